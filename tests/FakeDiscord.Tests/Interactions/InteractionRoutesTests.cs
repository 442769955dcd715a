using System.Net;
using FakeDiscord.Model;
using FakeDiscord.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace FakeDiscord.Tests.Interactions;

public sealed class InteractionRoutesTests
{
    [Fact]
    public async Task A_slash_command_reply_creates_the_original_response_once()
    {
        await using var server = await TestServers.StartAsync();
        var (gateway, _) = await GatewayTestClient.IdentifiedAsync(server);
        await using var _ = gateway;
        using var bot = DiscordHttp.Create(server, authorize: false);

        var interaction = await server.SendSlashCommandAsync("rumours", new Dictionary<string, object> { ["player"] = "Trent" }, userId: SampleIds.Bob);
        var created = await gateway.ReceiveDispatchAsync("INTERACTION_CREATE");
        var d = created["d"]!;
        var callbackPath = $"interactions/{d["id"]!.GetValue<string>()}/{d["token"]!.GetValue<string>()}/callback";
        using var reply = await bot.PostJsonAsync(callbackPath, new { type = 4, data = new { content = "Trent: talks ongoing", flags = 64 } });
        using var again = await bot.PostJsonAsync(callbackPath, new { type = 4, data = new { content = "twice" } });
        var callback = await interaction.WaitForResponseAsync(TimeSpan.FromSeconds(5));
        var original = await bot.GetJsonAsync($"webhooks/{SampleIds.Application}/{interaction.Token}/messages/@original");

        Assert.Equal(SampleIds.Bob.ToString(), d["member"]!["user"]!["id"]!.GetValue<string>());
        Assert.Equal("Trent", d["data"]!["options"]![0]!["value"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(d["member"]!["permissions"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.NoContent, reply.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Equal(40060, (await again.ReadJsonAsync()).ErrorCode());
        Assert.Equal(4, callback.Type);
        Assert.Equal("Trent: talks ongoing", original!["content"]!.GetValue<string>());
        Assert.Equal(64, original["flags"]!.GetValue<int>());
        Assert.Equal(callback.MessageId, interaction.OriginalResponse!.Id);
    }

    [Fact]
    public async Task A_percent_encoded_original_is_the_original_as_on_Discord()
    {
        await using var server = await TestServers.StartAsync();
        var (gateway, _) = await GatewayTestClient.IdentifiedAsync(server);
        await using var _ = gateway;
        using var bot = DiscordHttp.Create(server, authorize: false);
        var interaction = await server.SendSlashCommandAsync("rumours");
        using var reply = await bot.PostJsonAsync($"interactions/{interaction.Id}/{interaction.Token}/callback", new { type = 4, data = new { content = "Trent: talks ongoing" } });

        // discord.js writes @original as %40original; Discord decodes the path before routing.
        using var encoded = await bot.GetAsync($"webhooks/{SampleIds.Application}/{interaction.Token}/messages/%40original");
        using var edited = await bot.PatchJsonAsync($"webhooks/{SampleIds.Application}/{interaction.Token}/messages/%40original", new { content = "Trent: agreed" });

        Assert.Equal(HttpStatusCode.OK, encoded.StatusCode);
        Assert.Equal("Trent: talks ongoing", (await encoded.ReadJsonAsync())["content"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Equal("Trent: agreed", interaction.OriginalResponse!.Content);
    }

    [Fact]
    public async Task A_callback_after_three_seconds_is_an_unknown_interaction()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var server = await TestServers.StartAsync(o => o.TimeProvider = clock);
        var (gateway, _) = await GatewayTestClient.IdentifiedAsync(server);
        await using var _ = gateway;
        using var bot = DiscordHttp.Create(server, authorize: false);
        var interaction = await server.SendSlashCommandAsync("rumours");

        clock.Advance(TimeSpan.FromSeconds(3.1));
        using var late = await bot.PostJsonAsync($"interactions/{interaction.Id}/{interaction.Token}/callback", new { type = 5 });
        using var unknown = await bot.PostJsonAsync($"interactions/{interaction.Id}/not-the-token/callback", new { type = 5 });

        Assert.Equal(HttpStatusCode.NotFound, late.StatusCode);
        Assert.Equal(10062, (await late.ReadJsonAsync()).ErrorCode());
        Assert.Equal(10062, (await unknown.ReadJsonAsync()).ErrorCode());
        Assert.Null(interaction.Callback);
    }

    [Fact]
    public async Task A_deferred_reply_is_finished_with_PATCH_original_and_followed_up()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var server = await TestServers.StartAsync(o => o.TimeProvider = clock);
        var (gateway, _) = await GatewayTestClient.IdentifiedAsync(server);
        await using var _ = gateway;
        using var bot = DiscordHttp.Create(server, authorize: false);
        var interaction = await server.SendSlashCommandAsync("digest");
        var webhook = $"webhooks/{SampleIds.Application}/{interaction.Token}";

        using var deferred = await bot.PostJsonAsync($"interactions/{interaction.Id}/{interaction.Token}/callback?with_response=true", new { type = 5 });
        var loading = interaction.OriginalResponse!;
        clock.Advance(TimeSpan.FromSeconds(10)); // past the 3 s deadline, well within the 15 min token
        using var finished = await bot.PatchJsonAsync($"{webhook}/messages/@original", new { content = "Digest: 3 moves" });
        using var followUp = await bot.PostJsonAsync(webhook, new { content = "Sources: 2" });
        var followUpId = (await followUp.ReadJsonAsync())["id"]!.GetValue<string>();
        using var editedFollowUp = await bot.PatchJsonAsync($"{webhook}/messages/{followUpId}", new { content = "Sources: 3" });
        using var deletedFollowUp = await bot.DeleteAsync($"{webhook}/messages/{followUpId}");
        using var goneFollowUp = await bot.GetAsync($"{webhook}/messages/{followUpId}");
        clock.Advance(TimeSpan.FromMinutes(15));
        using var expired = await bot.PatchJsonAsync($"{webhook}/messages/@original", new { content = "too late" });

        var response = await deferred.ReadJsonAsync();
        Assert.Equal(HttpStatusCode.OK, deferred.StatusCode);
        Assert.True(response["interaction"]!["response_message_loading"]!.GetValue<bool>());
        Assert.Equal(128, loading.Flags & 128);
        Assert.Equal(HttpStatusCode.OK, finished.StatusCode);
        Assert.Equal("Digest: 3 moves", interaction.OriginalResponse!.Content);
        Assert.Equal(0, interaction.OriginalResponse.Flags & 128);
        Assert.Equal(HttpStatusCode.OK, editedFollowUp.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, deletedFollowUp.StatusCode);
        Assert.Equal(10008, (await goneFollowUp.ReadJsonAsync()).ErrorCode());
        Assert.Equal(HttpStatusCode.Unauthorized, expired.StatusCode);
        Assert.Equal(50027, (await expired.ReadJsonAsync()).ErrorCode());
    }

    [Fact]
    public async Task Unsuitable_callback_types_and_early_follow_ups_are_refused()
    {
        await using var server = await TestServers.StartAsync();
        var (gateway, _) = await GatewayTestClient.IdentifiedAsync(server);
        await using var _ = gateway;
        using var bot = DiscordHttp.Create(server, authorize: false);
        var interaction = await server.SendSlashCommandAsync("rumours");

        using var autocompleteForCommand = await bot.PostJsonAsync(
            $"interactions/{interaction.Id}/{interaction.Token}/callback", new { type = 8, data = new { choices = Array.Empty<object>() } });
        using var followUpTooEarly = await bot.PostJsonAsync($"webhooks/{SampleIds.Application}/{interaction.Token}", new { content = "x" });
        using var emptyReply = await bot.PostJsonAsync($"interactions/{interaction.Id}/{interaction.Token}/callback", new { type = 4, data = new { content = "" } });

        Assert.Equal(50035, (await autocompleteForCommand.ReadJsonAsync()).ErrorCode());
        Assert.Equal(10015, (await followUpTooEarly.ReadJsonAsync()).ErrorCode());
        Assert.Equal(50006, (await emptyReply.ReadJsonAsync()).ErrorCode());
    }

    [Fact]
    public async Task Bulk_overwrite_stores_commands_and_keeps_their_ids()
    {
        await using var server = await TestServers.StartAsync();
        using var client = DiscordHttp.Create(server);
        var commands = new object[]
        {
            new { name = "rumours", description = "Latest rumours", options = new[] { new { type = 3, name = "player", description = "Who", required = true } } },
            new { name = "poll", description = "Open a poll" },
        };
        var path = $"applications/{SampleIds.Application}/guilds/{SampleIds.Guild}/commands";

        var first = (await (await client.PutJsonAsync(path, commands)).ReadJsonAsync()).AsArray();
        var second = (await (await client.PutJsonAsync(path, commands)).ReadJsonAsync()).AsArray();
        var listed = (await client.GetJsonAsync(path))!.AsArray();
        using var invalid = await client.PutJsonAsync(path, new[] { new { name = "Rumours", description = "x" } });
        using var foreign = await client.PutJsonAsync($"applications/42/commands", commands);

        Assert.Equal(2, first.Count);
        Assert.Equal(first.Select(c => c!["id"]!.GetValue<string>()), second.Select(c => c!["id"]!.GetValue<string>()));
        Assert.Equal(SampleIds.Guild.ToString(), listed[0]!["guild_id"]!.GetValue<string>());
        Assert.Equal(2, server.GetGuildCommands(SampleIds.Guild).Count);
        Assert.Equal(50035, (await invalid.ReadJsonAsync()).ErrorCode());
        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);

        var (gateway, _) = await GatewayTestClient.IdentifiedAsync(server);
        await using var _ = gateway;
        var interaction = await server.SendSlashCommandAsync("rumours", new Dictionary<string, object> { ["player"] = "Trent" });
        Assert.Equal(first[0]!["id"]!.GetValue<string>(), interaction.Payload.GetProperty("data").GetProperty("id").GetString());
    }
}
