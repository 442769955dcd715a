using System.Net;
using System.Text.Json.Nodes;
using FakeDiscord.Gateway;
using FakeDiscord.Model;
using FakeDiscord.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace FakeDiscord.Tests.Messages;

public sealed class MessageRoutesTests
{
    private const string Messages = "channels/1310000000000000101/messages";

    [Fact]
    public async Task Content_of_2001_characters_is_an_invalid_form_body()
    {
        await using var server = await TestServers.StartWithoutRateLimitsAsync();
        using var client = DiscordHttp.Create(server);

        using var tooLong = await client.PostJsonAsync(Messages, new { content = new string('a', 2001) });
        using var longest = await client.PostJsonAsync(Messages, new { content = new string('a', 2000) });

        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        var body = await tooLong.ReadJsonAsync();
        Assert.Equal(50035, body.ErrorCode());
        Assert.Equal("Invalid Form Body", body["message"]!.GetValue<string>());
        Assert.Equal("BASE_TYPE_MAX_LENGTH", body["errors"]!["content"]!["_errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, longest.StatusCode);
    }

    public static TheoryData<string, object, string> EmbedErrors()
    {
        var field = new { name = "Fee", value = "£20m" };
        return new()
        {
            { "title 257", new { title = new string('t', 257) }, "embeds.0.title" },
            { "description 4097", new { description = new string('d', 4097) }, "embeds.0.description" },
            { "26 fields", new { title = "t", fields = Enumerable.Repeat(field, 26).ToArray() }, "embeds.0.fields" },
            { "field name 257", new { fields = new[] { new { name = new string('n', 257), value = "v" } } }, "embeds.0.fields.0.name" },
            { "field value 1025", new { fields = new[] { new { name = "n", value = new string('v', 1025) } } }, "embeds.0.fields.0.value" },
            { "field without value", new { fields = new[] { new { name = "n" } } }, "embeds.0.fields.0.value" },
            { "footer 2049", new { title = "t", footer = new { text = new string('f', 2049) } }, "embeds.0.footer.text" },
            { "author 257", new { title = "t", author = new { name = new string('a', 257) } }, "embeds.0.author.name" },
        };
    }

    [Theory]
    [MemberData(nameof(EmbedErrors))]
    public async Task Embed_limits_are_enforced(string why, object embed, string errorPath)
    {
        await using var server = await TestServers.StartWithoutRateLimitsAsync();
        using var client = DiscordHttp.Create(server);

        using var response = await client.PostJsonAsync(Messages, new { embeds = new[] { embed } });

        var body = await response.ReadJsonAsync();
        Assert.True(body.ErrorCode() == 50035, why);
        JsonNode? node = body["errors"];
        foreach (var segment in errorPath.Split('.'))
        {
            node = node?[segment];
        }

        Assert.True(node?["_errors"] is JsonArray, $"{why}: no error at {errorPath} in {body.ToJsonString()}");
    }

    [Fact]
    public async Task Eleven_embeds_and_6001_embed_characters_are_refused()
    {
        await using var server = await TestServers.StartWithoutRateLimitsAsync();
        using var client = DiscordHttp.Create(server);

        using var eleven = await client.PostJsonAsync(Messages, new { embeds = Enumerable.Repeat(new { title = "t" }, 11).ToArray() });
        using var heavy = await client.PostJsonAsync(Messages, new
        {
            embeds = new[] { new { description = new string('z', 4000) }, new { description = new string('z', 2001) } },
        });
        using var justFits = await client.PostJsonAsync(Messages, new
        {
            embeds = new[] { new { description = new string('z', 4000) }, new { description = new string('z', 2000) } },
        });

        Assert.Equal("BASE_TYPE_MAX_LENGTH", (await eleven.ReadJsonAsync())["errors"]!["embeds"]!["_errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal("MAX_EMBED_SIZE_EXCEEDED", (await heavy.ReadJsonAsync())["errors"]!["embeds"]!["_errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, justFits.StatusCode);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"content\":\"\"}")]
    [InlineData("{\"content\":\"   \",\"embeds\":[]}")]
    public async Task An_empty_message_gets_50006(string json)
    {
        await using var server = await TestServers.StartWithoutRateLimitsAsync();
        using var client = DiscordHttp.Create(server);

        using var response = await client.PostAsync(Messages, DiscordHttp.Json(json));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(50006, (await response.ReadJsonAsync()).ErrorCode());
    }

    [Fact]
    public async Task Unknown_channels_and_messages_get_10003_and_10008()
    {
        await using var server = await TestServers.StartWithoutRateLimitsAsync();
        using var client = DiscordHttp.Create(server);

        using var channel = await client.PostJsonAsync("channels/42/messages", new { content = "x" });
        using var message = await client.GetAsync(Messages + "/42");
        using var edit = await client.PatchJsonAsync(Messages + "/42", new { content = "x" });
        using var delete = await client.DeleteAsync(Messages + "/42");

        Assert.Equal(10003, (await channel.ReadJsonAsync()).ErrorCode());
        Assert.Equal(HttpStatusCode.NotFound, message.StatusCode);
        Assert.Equal(10008, (await message.ReadJsonAsync()).ErrorCode());
        Assert.Equal(10008, (await edit.ReadJsonAsync()).ErrorCode());
        Assert.Equal(10008, (await delete.ReadJsonAsync()).ErrorCode());
    }

    [Fact]
    public async Task Messages_get_snowflakes_from_the_injected_clock_and_can_be_read_edited_and_deleted()
    {
        var now = new DateTimeOffset(2025, 8, 1, 20, 0, 0, TimeSpan.Zero);
        await using var server = await TestServers.StartWithoutRateLimitsAsync(o => o.TimeProvider = new FakeTimeProvider(now));
        using var client = DiscordHttp.Create(server);

        var id = await client.CreateMessageAsync(SampleIds.GeneralChannel, "Poll: will Trent stay?");
        using var edited = await client.PatchJsonAsync($"{Messages}/{id}", new { content = "Poll closed", embeds = new[] { new { title = "Result" } } });
        var read = await client.GetJsonAsync($"{Messages}/{id}");
        using var deleted = await client.DeleteAsync($"{Messages}/{id}");
        using var gone = await client.GetAsync($"{Messages}/{id}");

        Assert.Equal(now, Snowflake.TimestampOf(ulong.Parse(id)));
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Equal("Poll closed", read!["content"]!.GetValue<string>());
        Assert.Equal("rich", read["embeds"]![0]!["type"]!.GetValue<string>());
        Assert.NotNull(read["edited_timestamp"]);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task An_enforced_nonce_is_matched_per_sender_so_another_channel_gets_the_earlier_message()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var server = await TestServers.StartWithoutRateLimitsAsync(o => o.TimeProvider = clock);
        using var client = DiscordHttp.Create(server);

        using var first = await client.PostJsonAsync($"channels/{SampleIds.RumoursChannel}/messages", new { content = "Digest for #rumours", nonce = "ds1", enforce_nonce = true });
        using var elsewhere = await client.PostJsonAsync($"channels/{SampleIds.PollsChannel}/messages", new { content = "Digest for #polls", nonce = "ds1", enforce_nonce = true });
        using var other = await client.PostJsonAsync($"channels/{SampleIds.PollsChannel}/messages", new { content = "Digest for #polls", nonce = "ds2", enforce_nonce = true });
        clock.Advance(TimeSpan.FromMinutes(2));
        using var later = await client.PostJsonAsync($"channels/{SampleIds.PollsChannel}/messages", new { content = "Digest for #polls", nonce = "ds1", enforce_nonce = true });

        var original = await first.ReadJsonAsync();
        var returned = await elsewhere.ReadJsonAsync();
        Assert.Equal(HttpStatusCode.OK, elsewhere.StatusCode);
        Assert.Equal(original["id"]!.GetValue<string>(), returned["id"]!.GetValue<string>());
        Assert.Equal(SampleIds.RumoursChannel.ToString(), returned["channel_id"]!.GetValue<string>());
        Assert.Equal("Digest for #rumours", returned["content"]!.GetValue<string>());
        Assert.NotEqual(original["id"]!.GetValue<string>(), (await later.ReadJsonAsync())["id"]!.GetValue<string>()); // the window has passed
        Assert.Equal(["Digest for #polls", "Digest for #polls"], server.GetMessages(SampleIds.PollsChannel).Select(m => m.Content));
        Assert.Single(server.GetMessages(SampleIds.RumoursChannel));
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task Editing_an_old_message_past_the_cap_gets_30046()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var server = await TestServers.StartWithoutRateLimitsAsync(o =>
        {
            o.TimeProvider = clock;
            o.EditCapPerOldMessage = 2;
        });
        using var client = DiscordHttp.Create(server);
        var id = await client.CreateMessageAsync(SampleIds.GeneralChannel);
        for (var i = 0; i < 5; i++)
        {
            (await client.PatchJsonAsync($"{Messages}/{id}", new { content = $"young edit {i}" })).EnsureSuccessStatusCode();
        }

        clock.Advance(TimeSpan.FromHours(1));
        using var first = await client.PatchJsonAsync($"{Messages}/{id}", new { content = "old edit 1" });
        using var second = await client.PatchJsonAsync($"{Messages}/{id}", new { content = "old edit 2" });
        using var third = await client.PatchJsonAsync($"{Messages}/{id}", new { content = "old edit 3" });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, third.StatusCode);
        Assert.Equal(30046, (await third.ReadJsonAsync()).ErrorCode());
        Assert.Equal("old edit 2", server.GetMessage(SampleIds.GeneralChannel, ulong.Parse(id))!.Content);
    }

    [Fact]
    public async Task Messages_are_dispatched_and_others_content_needs_MESSAGE_CONTENT()
    {
        await using var server = await TestServers.StartWithoutRateLimitsAsync();
        var (gateway, _) = await GatewayTestClient.IdentifiedAsync(server);
        await using var _ = gateway;
        using var client = DiscordHttp.Create(server);

        var id = await client.CreateMessageAsync(SampleIds.GeneralChannel, "from the bot");
        var own = await gateway.ReceiveDispatchAsync("MESSAGE_CREATE");
        await server.PostUserMessageAsync(SampleIds.GeneralChannel, SampleIds.Bob, "from bob");
        var bobs = await gateway.ReceiveDispatchAsync("MESSAGE_CREATE");

        Assert.Equal(id, own["d"]!["id"]!.GetValue<string>());
        Assert.Equal("from the bot", own["d"]!["content"]!.GetValue<string>());
        Assert.Equal(SampleIds.Guild.ToString(), own["d"]!["guild_id"]!.GetValue<string>());
        Assert.Equal(string.Empty, bobs["d"]!["content"]!.GetValue<string>());
        Assert.Equal(SampleIds.Bob.ToString(), bobs["d"]!["author"]!["id"]!.GetValue<string>());
        Assert.NotNull(bobs["d"]!["member"]);
        Assert.Equal(GatewayIntents.GuildMessages, server.CurrentSession!.Intents & GatewayIntents.GuildMessages);
    }

    [Fact]
    public async Task History_is_newest_first_and_pages_with_before_and_after()
    {
        await using var server = await TestServers.StartWithoutRateLimitsAsync();
        using var client = DiscordHttp.Create(server);
        var ids = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            ids.Add(await client.CreateMessageAsync(SampleIds.GeneralChannel, $"report {i}"));
        }

        var newest = (await client.GetJsonAsync($"{Messages}?limit=2"))!.AsArray();
        var older = (await client.GetJsonAsync($"{Messages}?before={ids[2]}"))!.AsArray();
        var newer = (await client.GetJsonAsync($"{Messages}?after={ids[0]}&limit=2"))!.AsArray();
        using var bad = await client.GetAsync($"{Messages}?before=yesterday");

        Assert.Equal([ids[3], ids[2]], newest.Select(m => m!["id"]!.GetValue<string>()));
        Assert.Equal([ids[1], ids[0]], older.Select(m => m!["id"]!.GetValue<string>()));
        Assert.Equal([ids[2], ids[1]], newer.Select(m => m!["id"]!.GetValue<string>()));
        Assert.Equal(50035, (await bad.ReadJsonAsync()).ErrorCode());
    }

    [Fact]
    public async Task Sending_to_a_voice_channel_gets_50008()
    {
        await using var server = await TestServers.StartWithoutRateLimitsAsync();
        using var client = DiscordHttp.Create(server);

        using var response = await client.PostJsonAsync($"channels/{SampleIds.VoiceChannel}/messages", new { content = "x" });

        Assert.Equal(50008, (await response.ReadJsonAsync()).ErrorCode());
    }
}
