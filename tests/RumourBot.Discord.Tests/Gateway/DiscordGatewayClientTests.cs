using FakeDiscord.Gateway;
using Microsoft.Extensions.Time.Testing;
using RumourBot.Discord.Gateway;
using RumourBot.Discord.Tests.Support;

namespace RumourBot.Discord.Tests.Gateway;

/// <summary>The gateway client against FakeDiscord over real sockets on 127.0.0.1.</summary>
public class DiscordGatewayClientTests
{
    // Events go to the sample guild the bot is in: FakeDiscord, like Discord, drops events of other guilds.
    private const string Guild = "1310000000000000100";
    private const string Channel = "1310000000000000103";

    [Fact]
    public async Task Hello_identify_ready_with_the_bots_intents_and_no_privileged_ones()
    {
        await using var harness = await GatewayHarness.StartAsync();

        await harness.WaitForAsync("READY");

        var identify = await harness.Server.WaitForGatewayPayloadAsync(p => p.Opcode == 2);
        var d = identify.Payload.GetProperty("d");
        Assert.Equal(1 | 1024, d.GetProperty("intents").GetInt32());
        Assert.Equal("rumourbot", d.GetProperty("properties").GetProperty("browser").GetString());
        Assert.Equal(1, harness.Client.IdentifyCount);
        Assert.NotNull(harness.Client.SessionId);
        Assert.NotNull(harness.Client.ResumeGatewayUrl);
    }

    [Fact]
    public async Task Heartbeats_carry_the_last_sequence_and_are_acknowledged()
    {
        await using var harness = await GatewayHarness.StartAsync();
        await harness.WaitForAsync("READY");
        var sequence = await harness.Server.DispatchAsync("GUILD_UPDATE", new { id = Guild, name = "Transfer Talk" }); // GUILDS is asked for
        await harness.WaitForAsync("GUILD_UPDATE");

        var beat = await harness.Server.WaitForGatewayPayloadAsync(p => p.Opcode == 1 && p.Payload.GetProperty("d").ValueKind == System.Text.Json.JsonValueKind.Number
            && p.Payload.GetProperty("d").GetInt32() >= sequence, TimeSpan.FromSeconds(5));

        Assert.True(beat.Payload.GetProperty("d").GetInt32() >= sequence);
        // A client that ignored the ACKs would call the connection a zombie at its next beat and reconnect: two more
        // beats on the first connection show every ACK was taken.
        var after = beat.ReceivedAt;
        var next = await harness.Server.WaitForGatewayPayloadAsync(p => p.Opcode == 1 && p.ReceivedAt > after, TimeSpan.FromSeconds(5));
        await harness.Server.WaitForGatewayPayloadAsync(p => p.Opcode == 1 && p.ReceivedAt > next.ReceivedAt, TimeSpan.FromSeconds(5));
        Assert.Equal(0, harness.Client.ResumeCount);
        Assert.Equal(1, harness.Server.ConnectionCount);
    }

    [Fact]
    public async Task A_heartbeat_requested_by_the_server_is_sent_at_once()
    {
        // The client's clock never moves, so its own (jittered) first beat never comes: the only beat the server can
        // see is the one it asked for. The server's session timeout is off for the same reason.
        var frozen = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var harness = await GatewayHarness.StartAsync(o =>
        {
            o.HeartbeatInterval = TimeSpan.FromSeconds(30);
            o.HeartbeatTimeout = Timeout.InfiniteTimeSpan;
        }, clientTime: frozen);
        await harness.WaitForAsync("READY");
        Assert.DoesNotContain(harness.Server.GatewayPayloads, p => p.Opcode == 1);

        await harness.Server.RequestHeartbeatAsync();

        var beat = await harness.Server.WaitForGatewayPayloadAsync(p => p.Opcode == 1, TimeSpan.FromSeconds(5));
        Assert.Equal(1, beat.Opcode);
    }

    public static TheoryData<string> Disconnects() => ["drop", "close 4000", "close 4008", "op 7", "invalid session true"];

    [Theory]
    [MemberData(nameof(Disconnects))]
    public async Task After_a_resumable_disconnect_it_resumes_and_no_dispatch_is_lost_or_handled_twice(string how)
    {
        await using var harness = await GatewayHarness.StartAsync();
        await harness.WaitForAsync("READY");
        await harness.Server.DispatchAsync("MESSAGE_REACTION_ADD", new { message_id = "1", user_id = "10", channel_id = Channel, guild_id = Guild, emoji = new { name = "✅" } });
        await harness.WaitForAsync("MESSAGE_REACTION_ADD");

        switch (how)
        {
            case "drop": harness.Server.DropConnection(); break;
            case "close 4000": await harness.Server.CloseAsync(4000); break;
            case "close 4008": await harness.Server.CloseAsync(4008); break;
            case "op 7": await harness.Server.SendReconnectAsync(); break;
            default: await harness.Server.SendInvalidSessionAsync(resumable: true); break;
        }
        // Sent while the bot is away: buffered by the session and replayed on resume.
        await harness.Server.DispatchAsync("MESSAGE_REACTION_ADD", new { message_id = "2", user_id = "11", channel_id = Channel, guild_id = Guild, emoji = new { name = "❌" } });
        await harness.Server.DispatchAsync("MESSAGE_REACTION_ADD", new { message_id = "3", user_id = "12", channel_id = Channel, guild_id = Guild, emoji = new { name = "✅" } });

        await harness.WaitForAsync("RESUMED");
        await harness.WaitForAsync("MESSAGE_REACTION_ADD", 3);

        var reactions = harness.Dispatches.Where(d => d.Name == "MESSAGE_REACTION_ADD").Select(d => d.Data.GetProperty("message_id").GetString()).ToList();
        var sequences = harness.Dispatches.Select(d => d.Sequence).ToList();
        // Everything the client and server saw, so a rare failure says which step went wrong.
        var seen = $"dispatches {string.Join(", ", harness.Dispatches.Select(d => $"{d.Name}#{d.Sequence}"))}; identifies {harness.Client.IdentifyCount}, " +
                   $"resumes {harness.Client.ResumeCount}; server: {string.Join(", ", harness.Server.GatewayHistory.Select(e => $"{e.Kind}@{e.ConnectionNumber}{(e.CloseCode is { } code ? $"({code})" : "")}"))}";
        Assert.True(reactions.SequenceEqual(["1", "2", "3"]), seen);
        Assert.True(sequences.Distinct().Count() == sequences.Count, seen);
        Assert.True(harness.Client.IdentifyCount == 1, seen);
        Assert.True(harness.Client.ResumeCount >= 1, seen);
    }

    [Fact]
    public async Task A_zombie_connection_with_no_ack_is_closed_and_resumed()
    {
        await using var harness = await GatewayHarness.StartAsync(o => o.HeartbeatInterval = TimeSpan.FromMilliseconds(200));
        await harness.WaitForAsync("READY");

        harness.Server.StopAcking();
        await harness.Server.WaitForGatewayEventAsync(GatewayLifecycle.ConnectionLost, timeout: TimeSpan.FromSeconds(5));
        harness.Server.ResumeAcking();

        await harness.WaitForAsync("RESUMED");
        Assert.Equal(1, harness.Client.IdentifyCount);
    }

    [Theory]
    [InlineData(4007)]
    [InlineData(4009)]
    public async Task A_close_that_ends_the_session_leads_to_a_fresh_identify(int code)
    {
        await using var harness = await GatewayHarness.StartAsync();
        await harness.WaitForAsync("READY");

        await harness.Server.CloseAsync(code);

        await harness.WaitForAsync("READY", 2);
        Assert.Equal(2, harness.Client.IdentifyCount);
        Assert.Equal(0, harness.Client.ResumeCount);
    }

    [Fact]
    public async Task An_invalid_session_that_cannot_resume_waits_then_identifies_anew()
    {
        await using var harness = await GatewayHarness.StartAsync();
        await harness.WaitForAsync("READY");

        await harness.Server.SendInvalidSessionAsync(resumable: false);

        await harness.WaitForAsync("READY", 2);
        Assert.Equal(2, harness.Client.IdentifyCount);
    }

    [Theory]
    [InlineData(4004)]
    [InlineData(4010)]
    [InlineData(4011)]
    [InlineData(4012)]
    [InlineData(4013)]
    [InlineData(4014)]
    public async Task A_fatal_close_stops_with_its_reason_and_never_reconnects(int code)
    {
        var log = new ListLogger<DiscordGatewayClient>();
        await using var harness = await GatewayHarness.StartAsync(logger: log);
        await harness.WaitForAsync("READY");

        await harness.Server.CloseAsync(code);

        var fatal = await Assert.ThrowsAsync<GatewayFatalException>(() => harness.Run.WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.Equal(code, fatal.CloseCode);
        Assert.Equal(GatewayCloseCodes.Describe(code), fatal.Reason);
        // RunAsync is the only thing that connects, and it has ended (awaiting every task of its connection on the
        // way): nothing can reconnect from here, so the count is final without waiting. The log shows it never
        // scheduled a reconnect either.
        Assert.Equal(1, harness.Server.ConnectionCount);
        Assert.DoesNotContain(log.Lines, line => System.Text.RegularExpressions.Regex.IsMatch(line, @"Gateway closed with \d+; \w+ in")); // a reconnect's line
        Assert.Contains(log.Lines, line => line.Contains($"Gateway closed with {code}", StringComparison.Ordinal) && line.Contains("Not reconnecting", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_wrong_token_is_fatal_at_identify()
    {
        await using var harness = await GatewayHarness.StartAsync(client: o => o.Token = "not-the-token");

        var fatal = await Assert.ThrowsAsync<GatewayFatalException>(() => harness.Run.WaitAsync(TimeSpan.FromSeconds(5)));

        Assert.Equal(4004, fatal.CloseCode);
        Assert.DoesNotContain("not-the-token", fatal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_privileged_intent_the_bot_lacks_is_fatal()
    {
        await using var harness = await GatewayHarness.StartAsync(client: o => o.Intents = RumourBot.Discord.Gateway.GatewayIntents.Guilds | (RumourBot.Discord.Gateway.GatewayIntents)(1 << 15));

        var fatal = await Assert.ThrowsAsync<GatewayFatalException>(() => harness.Run.WaitAsync(TimeSpan.FromSeconds(5)));

        Assert.Equal(4014, fatal.CloseCode);
    }
}
