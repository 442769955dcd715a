using System.Net;
using System.Text;
using FakeDiscord.Model;
using FakeDiscord.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace FakeDiscord.Tests.Messages;

public sealed class ReactionRoutesTests
{
    private const string Messages = "channels/1310000000000000101/messages";
    private const string Check = "%E2%9C%85"; // ✅

    [Fact]
    public async Task Reactors_are_paged_by_id_past_100_users()
    {
        await using var server = await TestServers.StartAsync();
        using var client = DiscordHttp.Create(server);
        var id = await client.CreateMessageAsync(SampleIds.GeneralChannel);
        var voters = Enumerable.Range(0, 150).Select(i => 1400000000000000000UL + (ulong)((i * 37) % 150)).ToList();
        foreach (var voter in voters)
        {
            await server.AddReactionAsync(SampleIds.GeneralChannel, ulong.Parse(id), "✅", voter);
        }

        var firstPage = (await client.GetJsonAsync($"{Messages}/{id}/reactions/{Check}?limit=100"))!.AsArray();
        var last = firstPage[^1]!["id"]!.GetValue<string>();
        var secondPage = (await client.GetJsonAsync($"{Messages}/{id}/reactions/{Check}?limit=100&after={last}"))!.AsArray();
        var defaultPage = (await client.GetJsonAsync($"{Messages}/{id}/reactions/{Check}"))!.AsArray();
        var message = await client.GetJsonAsync($"{Messages}/{id}");

        var paged = firstPage.Concat(secondPage).Select(u => ulong.Parse(u!["id"]!.GetValue<string>())).ToList();
        Assert.Equal(100, firstPage.Count);
        Assert.Equal(50, secondPage.Count);
        Assert.Equal(voters.Order(), paged);
        Assert.Equal(25, defaultPage.Count);
        var reaction = message!["reactions"]![0]!;
        Assert.Equal(150, reaction["count"]!.GetValue<int>());
        Assert.Equal(150, reaction["count_details"]!["normal"]!.GetValue<int>());
        Assert.Equal(0, reaction["count_details"]!["burst"]!.GetValue<int>());
        Assert.False(reaction["me"]!.GetValue<bool>());
        Assert.False(reaction["me_burst"]!.GetValue<bool>());
        Assert.Equal("✅", reaction["emoji"]!["name"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public async Task Reactor_page_limit_must_be_1_to_100(int limit)
    {
        await using var server = await TestServers.StartAsync();
        using var client = DiscordHttp.Create(server);
        var id = await client.CreateMessageAsync(SampleIds.GeneralChannel);

        using var response = await client.GetAsync($"{Messages}/{id}/reactions/{Check}?limit={limit}");

        Assert.Equal(50035, (await response.ReadJsonAsync()).ErrorCode());
    }

    [Theory]
    [InlineData("%E2%9C%85", HttpStatusCode.NoContent)]
    [InlineData("%F0%9F%91%8D", HttpStatusCode.NoContent)]
    [InlineData("1%EF%B8%8F%E2%83%A3", HttpStatusCode.NoContent)]
    [InlineData("trent:1310000000000000301", HttpStatusCode.NoContent)]
    [InlineData("trent%3A1310000000000000301", HttpStatusCode.NoContent)]
    [InlineData("%3Athumbsup%3A", HttpStatusCode.BadRequest)]
    [InlineData("thumbsup", HttpStatusCode.BadRequest)]
    [InlineData("%25E2%259C%2585", HttpStatusCode.BadRequest)]
    [InlineData("unknown:1310000000000000999", HttpStatusCode.BadRequest)]
    [InlineData("%E2%9C", HttpStatusCode.BadRequest)]
    public async Task The_emoji_segment_must_be_percent_encoded_unicode_or_name_colon_id(string segment, HttpStatusCode expected)
    {
        await using var server = await TestServers.StartAsync();
        using var client = DiscordHttp.Create(server);
        var id = await client.CreateMessageAsync(SampleIds.GeneralChannel);

        using var response = await client.PutAsync($"{Messages}/{id}/reactions/{segment}/@me", null);

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.BadRequest)
        {
            Assert.Equal(10014, (await response.ReadJsonAsync()).ErrorCode());
        }
    }

    [Fact]
    public async Task A_21st_distinct_emoji_gets_30010()
    {
        await using var server = await TestServers.StartAsync();
        using var client = DiscordHttp.Create(server);
        var id = ulong.Parse(await client.CreateMessageAsync(SampleIds.GeneralChannel));
        for (var i = 0; i < 20; i++)
        {
            await server.AddReactionAsync(SampleIds.GeneralChannel, id, new Rune(0x1F600 + i).ToString(), SampleIds.Bob);
        }

        using var response = await client.PutAsync($"{Messages}/{id}/reactions/{Uri.EscapeDataString(new Rune(0x1F600 + 20).ToString())}/@me", null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(30010, (await response.ReadJsonAsync()).ErrorCode());
    }

    [Fact]
    public async Task Reactions_change_the_message_and_fire_gateway_events()
    {
        await using var server = await TestServers.StartWithoutRateLimitsAsync();
        var (gateway, _) = await GatewayTestClient.IdentifiedAsync(server);
        await using var _ = gateway;
        using var client = DiscordHttp.Create(server);
        var id = await client.CreateMessageAsync(SampleIds.GeneralChannel);
        var messageId = ulong.Parse(id);

        (await client.PutAsync($"{Messages}/{id}/reactions/{Check}/@me", null)).EnsureSuccessStatusCode();
        var own = await gateway.ReceiveDispatchAsync("MESSAGE_REACTION_ADD");
        await server.AddReactionAsync(SampleIds.GeneralChannel, messageId, "✅", SampleIds.Bob);
        var bobs = await gateway.ReceiveDispatchAsync("MESSAGE_REACTION_ADD");
        (await client.DeleteAsync($"{Messages}/{id}/reactions/{Check}/{SampleIds.Bob}")).EnsureSuccessStatusCode();
        var removed = await gateway.ReceiveDispatchAsync("MESSAGE_REACTION_REMOVE");
        var afterRemoval = server.GetMessage(SampleIds.GeneralChannel, messageId)!;
        (await client.DeleteAsync($"{Messages}/{id}/reactions")).EnsureSuccessStatusCode();
        var cleared = await gateway.ReceiveDispatchAsync("MESSAGE_REACTION_REMOVE_ALL");

        Assert.Equal(SampleIds.BotUser.ToString(), own["d"]!["user_id"]!.GetValue<string>());
        Assert.Equal(SampleIds.Bob.ToString(), bobs["d"]!["user_id"]!.GetValue<string>());
        Assert.Equal(SampleIds.Bob.ToString(), bobs["d"]!["member"]!["user"]!["id"]!.GetValue<string>());
        Assert.Equal(SampleIds.Guild.ToString(), bobs["d"]!["guild_id"]!.GetValue<string>());
        Assert.Equal(id, bobs["d"]!["message_id"]!.GetValue<string>());
        Assert.Null(bobs["d"]!["emoji"]!["id"]);
        Assert.Equal("✅", bobs["d"]!["emoji"]!["name"]!.GetValue<string>());
        Assert.Null(removed["d"]!["member"]);
        var reaction = Assert.Single(afterRemoval.Reactions);
        Assert.True(reaction.Me);
        Assert.Equal([SampleIds.BotUser], reaction.UserIds);
        Assert.Equal(id, cleared["d"]!["message_id"]!.GetValue<string>());
        Assert.Empty(server.GetMessage(SampleIds.GeneralChannel, messageId)!.Reactions);
    }

    [Fact]
    public async Task Reaction_writes_share_one_bucket_of_one_per_quarter_second()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var server = await TestServers.StartAsync(o => o.TimeProvider = clock);
        using var client = DiscordHttp.Create(server);
        var id = await client.CreateMessageAsync(SampleIds.GeneralChannel);

        using var first = await client.PutAsync($"{Messages}/{id}/reactions/{Check}/@me", null);
        using var second = await client.DeleteAsync($"{Messages}/{id}/reactions/{Check}/@me");
        clock.Advance(TimeSpan.FromMilliseconds(250));
        using var third = await client.DeleteAsync($"{Messages}/{id}/reactions/{Check}/@me");

        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.Equal("1", first.Header("X-RateLimit-Limit"));
        Assert.Equal("0.250", second.Header("X-RateLimit-Reset-After"));
        Assert.Equal(first.Header("X-RateLimit-Bucket"), second.Header("X-RateLimit-Bucket"));
        Assert.Equal(HttpStatusCode.NoContent, third.StatusCode);
    }
}
