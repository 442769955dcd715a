using System.Net.WebSockets;
using System.Text.Json.Nodes;
using FakeDiscord.Gateway;
using FakeDiscord.Model;
using FakeDiscord.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace FakeDiscord.Tests.Gateway;

public sealed class GatewayHubTests
{
    [Fact]
    public async Task Hello_announces_the_configured_heartbeat_interval()
    {
        await using var server = await TestServers.StartAsync(o => o.HeartbeatInterval = TimeSpan.FromMilliseconds(1234));
        await using var client = await GatewayTestClient.ConnectAsync(server.GatewayUrl);

        var hello = await client.ReceiveOpAsync(10);

        Assert.Equal(1234, hello["d"]!["heartbeat_interval"]!.GetValue<int>());
        Assert.Null(hello["s"]);
        Assert.Null(hello["t"]);
    }

    [Fact]
    public async Task Identify_gets_READY_then_a_GUILD_CREATE_per_guild()
    {
        await using var server = await TestServers.StartAsync();
        await using var client = await GatewayTestClient.ConnectAsync(server.GatewayUrl);
        await client.ReceiveOpAsync(10);

        await client.IdentifyAsync(server.Options.Token);
        var ready = await client.ReceiveAsync();
        var guildCreate = await client.ReceiveAsync();

        Assert.Equal("READY", ready["t"]!.GetValue<string>());
        Assert.Equal(1, ready["s"]!.GetValue<int>());
        var d = ready["d"]!;
        Assert.Equal(10, d["v"]!.GetValue<int>());
        Assert.Equal(SampleIds.BotUser.ToString(), d["user"]!["id"]!.GetValue<string>());
        Assert.True(d["user"]!["bot"]!.GetValue<bool>());
        Assert.True(d["guilds"]![0]!["unavailable"]!.GetValue<bool>());
        Assert.Equal(server.ResumeGatewayUrl, d["resume_gateway_url"]!.GetValue<string>());
        Assert.Equal(SampleIds.Application.ToString(), d["application"]!["id"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(d["session_id"]!.GetValue<string>()));
        Assert.Equal("GUILD_CREATE", guildCreate["t"]!.GetValue<string>());
        Assert.Equal(2, guildCreate["s"]!.GetValue<int>());
        Assert.Equal("Transfer Talk", guildCreate["d"]!["name"]!.GetValue<string>());
        Assert.Equal(4, guildCreate["d"]!["channels"]!.AsArray().Count);
        Assert.Equal(4, guildCreate["d"]!["member_count"]!.GetValue<int>());
        Assert.Equal(1, server.IdentifyCount);
    }

    [Fact]
    public async Task Without_the_GUILDS_intent_READY_comes_but_no_GUILD_CREATE()
    {
        await using var server = await TestServers.StartAsync();
        await using var client = await GatewayTestClient.ConnectAsync(server.GatewayUrl);
        await client.ReceiveOpAsync(10);

        await client.IdentifyAsync(server.Options.Token, intents: GatewayIntents.GuildMessageReactions);
        var ready = await client.ReceiveAsync();
        await client.SendAsync(new { op = 1, d = 1 });
        var next = await client.ReceiveAsync();

        Assert.Equal("READY", ready["t"]!.GetValue<string>());
        Assert.True(ready["d"]!["guilds"]![0]!["unavailable"]!.GetValue<bool>());
        Assert.Equal(11, next["op"]!.GetValue<int>()); // the heartbeat's ACK, not a GUILD_CREATE before it
    }

    [Fact]
    public async Task Heartbeat_is_acknowledged()
    {
        await using var server = await TestServers.StartAsync();
        await using var client = await GatewayTestClient.ConnectAsync(server.GatewayUrl);
        await client.ReceiveOpAsync(10);

        await client.SendAsync(new { op = 1, d = (int?)null });

        await client.ReceiveOpAsync(11);
    }

    [Fact]
    public async Task StopAcking_leaves_heartbeats_unanswered()
    {
        await using var server = await TestServers.StartAsync();
        var (client, _) = await GatewayTestClient.IdentifiedAsync(server);
        await using var _ = client;
        server.StopAcking();

        await client.SendAsync(new { op = 1, d = 2 });
        await server.WaitForGatewayPayloadAsync(p => p.Opcode == 1);
        await server.DispatchAsync("MARKER", new { after = "heartbeat" });

        var next = await client.ReceiveAsync();
        Assert.Equal("MARKER", next["t"]!.GetValue<string>()); // no ACK came first
    }

    [Fact]
    public async Task Server_can_ask_for_a_heartbeat_and_send_reconnect_and_invalid_session()
    {
        await using var server = await TestServers.StartAsync();
        var (client, _) = await GatewayTestClient.IdentifiedAsync(server);
        await using var _ = client;

        await server.RequestHeartbeatAsync();
        await client.ReceiveOpAsync(1);
        await server.SendReconnectAsync();
        Assert.Null((await client.ReceiveOpAsync(7))["d"]);
        await server.SendInvalidSessionAsync(resumable: true);
        Assert.True((await client.ReceiveOpAsync(9))["d"]!.GetValue<bool>());
    }

    public static TheoryData<string, string, int> IdentifyErrors() => new()
    {
        { "wrong token", """{"op":2,"d":{"token":"nope","intents":1537,"properties":{"os":"linux","browser":"t","device":"t"}}}""", 4004 },
        { "Bot prefix", """{"op":2,"d":{"token":"Bot fake-bot-token","intents":1537,"properties":{"os":"linux","browser":"t","device":"t"}}}""", 4004 },
        { "no intents", """{"op":2,"d":{"token":"fake-bot-token","properties":{"os":"linux","browser":"t","device":"t"}}}""", 4013 },
        { "unknown intent bit", """{"op":2,"d":{"token":"fake-bot-token","intents":1073741824,"properties":{"os":"linux","browser":"t","device":"t"}}}""", 4013 },
        { "GUILD_MEMBERS", """{"op":2,"d":{"token":"fake-bot-token","intents":3,"properties":{"os":"linux","browser":"t","device":"t"}}}""", 4014 },
        { "GUILD_PRESENCES", """{"op":2,"d":{"token":"fake-bot-token","intents":257,"properties":{"os":"linux","browser":"t","device":"t"}}}""", 4014 },
        { "MESSAGE_CONTENT", """{"op":2,"d":{"token":"fake-bot-token","intents":33281,"properties":{"os":"linux","browser":"t","device":"t"}}}""", 4014 },
        { "shard id past count", """{"op":2,"d":{"token":"fake-bot-token","intents":1537,"shard":[1,1],"properties":{"os":"linux","browser":"t","device":"t"}}}""", 4010 },
        { "zero shards", """{"op":2,"d":{"token":"fake-bot-token","intents":1537,"shard":[0,0],"properties":{"os":"linux","browser":"t","device":"t"}}}""", 4010 },
        { "over 4096 bytes", """{"op":2,"d":{"token":"fake-bot-token","intents":1537,"properties":{"os":"linux","browser":"t","device":"t"},"padding":""" + "\"" + new string('x', 4100) + "\"}}", 4002 },
        { "presence before identify", """{"op":3,"d":{"since":null,"activities":[],"status":"online","afk":false}}""", 4003 },
        { "unknown opcode", """{"op":99,"d":null}""", 4001 },
        { "invalid JSON", """{"op":2,"d":""", 4002 },
        { "no opcode", """{"d":{}}""", 4002 },
    };

    [Theory]
    [MemberData(nameof(IdentifyErrors))]
    public async Task Bad_payloads_close_the_connection_with_the_documented_code(string why, string payload, int expectedCode)
    {
        await using var server = await TestServers.StartAsync();
        await using var client = await GatewayTestClient.ConnectAsync(server.GatewayUrl);
        await client.ReceiveOpAsync(10);

        await client.SendRawAsync(payload);

        Assert.True(expectedCode == await client.ReceiveCloseAsync(), why);
        Assert.Equal(0, server.IdentifyCount);
    }

    [Fact]
    public async Task Privileged_intents_enabled_in_the_options_are_accepted()
    {
        await using var server = await TestServers.StartAsync(o => o.EnabledPrivilegedIntents = GatewayIntents.MessageContent);

        var (client, ready) = await GatewayTestClient.IdentifiedAsync(server, intents: 1537 | GatewayIntents.MessageContent);
        await using var _ = client;

        Assert.Equal("READY", ready["t"]!.GetValue<string>());
    }

    [Fact]
    public async Task Second_identify_closes_with_4005()
    {
        await using var server = await TestServers.StartAsync();
        var (client, _) = await GatewayTestClient.IdentifiedAsync(server);
        await using var _ = client;

        await client.IdentifyAsync(server.Options.Token);

        Assert.Equal(4005, await client.ReceiveCloseAsync());
    }

    [Theory]
    [InlineData("?v=9&encoding=json", 4012)]
    [InlineData("?encoding=json", 4012)]
    [InlineData("?v=10&encoding=etf", 4002)]
    public async Task Connection_must_ask_for_v10_and_json(string query, int expectedCode)
    {
        await using var server = await TestServers.StartAsync();
        await using var client = await GatewayTestClient.ConnectAsync(server.GatewayUrl, query);

        Assert.Equal(expectedCode, await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task More_than_120_payloads_in_a_minute_close_with_4008()
    {
        await using var server = await TestServers.StartAsync();
        await using var client = await GatewayTestClient.ConnectAsync(server.GatewayUrl);
        await client.ReceiveOpAsync(10);

        for (var i = 0; i < 121; i++)
        {
            await client.SendAsync(new { op = 1, d = (int?)null });
        }

        Assert.Equal(4008, await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Missing_heartbeats_close_with_4009_on_the_injected_clock()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var server = await TestServers.StartAsync(o =>
        {
            o.TimeProvider = clock;
            o.HeartbeatInterval = TimeSpan.FromSeconds(10);
        });
        var (client, _) = await GatewayTestClient.IdentifiedAsync(server);
        await using var _ = client;
        clock.Advance(TimeSpan.FromSeconds(5));
        await client.SendAsync(new { op = 1, d = client.LastSequence });
        await client.ReceiveOpAsync(11);

        clock.Advance(TimeSpan.FromSeconds(14));
        await server.DispatchAsync("STILL_ALIVE", new { });
        Assert.Equal("STILL_ALIVE", (await client.ReceiveAsync())["t"]!.GetValue<string>());
        clock.Advance(TimeSpan.FromSeconds(3)); // 17 s > 1.5 × 10 s + 1 s

        Assert.Equal(4009, await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Resume_replays_missed_dispatches_in_order_then_RESUMED()
    {
        await using var server = await TestServers.StartAsync();
        var (client, ready) = await GatewayTestClient.IdentifiedAsync(server);
        var sessionId = ready["d"]!["session_id"]!.GetValue<string>();
        await server.DispatchAsync("EVENT_A", new { n = 3 });
        await server.DispatchAsync("EVENT_B", new { n = 4 });
        await server.DispatchAsync("EVENT_C", new { n = 5 });
        var seen = await client.ReceiveDispatchAsync("EVENT_A");
        Assert.Equal(3, seen["s"]!.GetValue<int>());

        server.DropConnection();
        await server.WaitForGatewayEventAsync(GatewayLifecycle.Dropped);
        await client.DisposeAsync();
        await server.DispatchAsync("EVENT_D", new { n = 6 }); // buffered while nobody is connected
        await using var resumed = await GatewayTestClient.ConnectAsync(server.ResumeGatewayUrl);
        await resumed.ReceiveOpAsync(10);
        await resumed.SendAsync(new { op = 6, d = new { token = server.Options.Token, session_id = sessionId, seq = 3 } });

        var replay = new List<JsonObject>();
        for (var i = 0; i < 4; i++)
        {
            replay.Add(await resumed.ReceiveAsync());
        }

        Assert.Equal(["EVENT_B", "EVENT_C", "EVENT_D", "RESUMED"], replay.Select(p => p["t"]!.GetValue<string>()));
        Assert.Equal([4, 5, 6, 7], replay.Select(p => p["s"]!.GetValue<int>()));
        Assert.Equal(6, replay[2]["d"]!["n"]!.GetValue<int>());
        Assert.Equal(1, server.ResumeCount);
        Assert.Equal(1, server.IdentifyCount);
        Assert.Equal("/gateway-resume", server.GatewayPayloads.Last(p => p.Opcode == 6).Path);
        Assert.Equal(8, await server.DispatchAsync("AFTER_RESUME", new { }));
    }

    [Fact]
    public async Task Resume_of_an_unknown_session_gets_invalid_session_false()
    {
        await using var server = await TestServers.StartAsync();
        await using var client = await GatewayTestClient.ConnectAsync(server.GatewayUrl);
        await client.ReceiveOpAsync(10);

        await client.SendAsync(new { op = 6, d = new { token = server.Options.Token, session_id = "no-such-session", seq = 1 } });

        var invalid = await client.ReceiveOpAsync(9);
        Assert.False(invalid["d"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Closing_with_1000_ends_the_session()
    {
        await using var server = await TestServers.StartAsync();
        var (client, ready) = await GatewayTestClient.IdentifiedAsync(server);
        await client.CloseAsync(WebSocketCloseStatus.NormalClosure);
        await client.DisposeAsync();
        await server.WaitForGatewayEventAsync(GatewayLifecycle.ClosedByClient);
        await using var again = await GatewayTestClient.ConnectAsync(server.ResumeGatewayUrl);
        await again.ReceiveOpAsync(10);

        await again.SendAsync(new { op = 6, d = new { token = server.Options.Token, session_id = ready["d"]!["session_id"]!.GetValue<string>(), seq = 2 } });

        Assert.False((await again.ReceiveOpAsync(9))["d"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Resume_with_a_sequence_beyond_the_last_closes_with_4007()
    {
        await using var server = await TestServers.StartAsync();
        var (client, ready) = await GatewayTestClient.IdentifiedAsync(server);
        await client.CloseAsync((WebSocketCloseStatus)4000);
        await client.DisposeAsync();
        await server.WaitForGatewayEventAsync(GatewayLifecycle.ClosedByClient);
        await using var again = await GatewayTestClient.ConnectAsync(server.ResumeGatewayUrl);
        await again.ReceiveOpAsync(10);

        await again.SendAsync(new { op = 6, d = new { token = server.Options.Token, session_id = ready["d"]!["session_id"]!.GetValue<string>(), seq = 99 } });

        Assert.Equal(4007, await again.ReceiveCloseAsync());
    }

    [Fact]
    public async Task CloseAsync_sends_the_code_and_DropConnection_sends_no_close_frame()
    {
        await using var server = await TestServers.StartAsync();
        var (first, _) = await GatewayTestClient.IdentifiedAsync(server);
        await using (first)
        {
            await server.CloseAsync(4000);
            Assert.Equal(4000, await first.ReceiveCloseAsync());
        }

        var (second, _) = await GatewayTestClient.IdentifiedAsync(server);
        await using (second)
        {
            server.DropConnection();
            await Assert.ThrowsAsync<WebSocketException>(() => second.ReceiveAsync());
        }
    }
}
