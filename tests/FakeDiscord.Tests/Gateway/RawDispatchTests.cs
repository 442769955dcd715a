using System.Net;
using System.Text.Json.Nodes;
using FakeDiscord.Gateway;
using FakeDiscord.Model;
using FakeDiscord.Scripting;
using FakeDiscord.Tests.Support;
using Microsoft.Extensions.Logging;

namespace FakeDiscord.Tests.Gateway;

/// <summary>Events handed to the fake as Discord would send them: interactions it knows, and only what the intents ask for.</summary>
public sealed class RawDispatchTests : IDisposable
{
    private readonly string _record = Path.Combine(Path.GetTempPath(), $"fakediscord-raw-{Guid.NewGuid():N}.jsonl");

    public void Dispose() => File.Delete(_record);

    private static ulong NewSnowflake() =>
        ((ulong)(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() - 1420070400000) << 22) + (uint)Random.Shared.Next(1, 4096);

    /// <summary>An application-command INTERACTION_CREATE as Discord sends it (trimmed to what a bot reads).</summary>
    private static JsonObject RawSlashCommand(ulong id, string token, string name = "rumours") => new()
    {
        ["id"] = id.ToString(),
        ["application_id"] = SampleIds.Application.ToString(),
        ["type"] = 2,
        ["token"] = token,
        ["version"] = 1,
        ["guild_id"] = SampleIds.Guild.ToString(),
        ["channel_id"] = SampleIds.RumoursChannel.ToString(),
        ["channel"] = new JsonObject { ["id"] = SampleIds.RumoursChannel.ToString(), ["type"] = 0, ["guild_id"] = SampleIds.Guild.ToString() },
        ["member"] = new JsonObject
        {
            ["user"] = new JsonObject { ["id"] = SampleIds.Bob.ToString(), ["username"] = "bob", ["discriminator"] = "0" },
            ["roles"] = new JsonArray(),
            ["permissions"] = FakeGuild.EveryonePermissions,
        },
        ["data"] = new JsonObject { ["id"] = "1310000000000000900", ["name"] = name, ["type"] = 1 },
        ["app_permissions"] = "562949953514560",
        ["locale"] = "en-GB",
    };

    [SkippableFact]
    public async Task A_raw_INTERACTION_CREATE_is_known_so_its_callback_original_and_follow_up_work()
    {
        await using var server = await TestServers.StartAsync(o => o.RecordFilePath = _record);
        var (gateway, _) = await GatewayTestClient.IdentifiedAsync(server);
        await using var _ = gateway;
        using var bot = DiscordHttp.Create(server, authorize: false);
        var id = NewSnowflake();
        const string token = "aW50ZXJhY3Rpb246cmF3OnRva2Vu";

        var sequence = await server.DispatchAsync("INTERACTION_CREATE", RawSlashCommand(id, token));
        var created = await gateway.ReceiveDispatchAsync("INTERACTION_CREATE");
        using var deferred = await bot.PostJsonAsync($"interactions/{id}/{token}/callback", new { type = 5 });
        using var edited = await bot.PatchJsonAsync($"webhooks/{SampleIds.Application}/{token}/messages/@original", new { content = "Trent: talks ongoing" });
        using var followUp = await bot.PostJsonAsync($"webhooks/{SampleIds.Application}/{token}", new { content = "More soon" });

        Assert.True(sequence > 0);
        Assert.Equal(id.ToString(), created["d"]!["id"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NoContent, deferred.StatusCode);
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Equal(HttpStatusCode.OK, followUp.StatusCode);
        var messages = server.GetMessages(SampleIds.RumoursChannel);
        Assert.Equal(["Trent: talks ongoing", "More soon"], messages.Select(m => m.Content));
        Assert.Empty(server.DroppedDispatches);
        await server.DisposeAsync();
        await ConformanceChecker.AssertConformsAsync(_record);
    }

    [SkippableFact]
    public async Task A_raw_INTERACTION_CREATE_in_a_script_is_answered_like_the_interaction_step()
    {
        await using var server = await TestServers.StartAsync(o => o.RecordFilePath = _record);
        await using var bot = await ScriptedBot.StartAsync(server);
        using var output = new StringWriter();
        var raw = RawSlashCommand(NewSnowflake(), "c2NyaXB0LXRva2Vu", "ping");
        var script = new JsonArray(
            new JsonObject { ["dispatch"] = "INTERACTION_CREATE", ["d"] = raw },
            JsonNode.Parse("""{"expect": {"method": "POST", "path": "/interactions/[0-9]+/c2NyaXB0LXRva2Vu/callback$", "status": 204}, "within_ms": 5000, "capture": "pong"}"""),
            JsonNode.Parse("""{"interaction": {"name": "ping"}, "user_id": "1310000000000000201"}"""),
            JsonNode.Parse("""{"expect": {"method": "POST", "path": "/callback$", "status": 204}, "within_ms": 5000}"""),
            JsonNode.Parse("""{"dispatch": "MESSAGE_REACTION_ADD", "d": {"user_id": "1310000000000000202", "channel_id": "1", "message_id": "2", "guild_id": "3", "emoji": {"name": "✅"}}}"""));

        var held = await new ScriptRunner(server, output).RunAsync(script, TimeSpan.FromSeconds(5));

        Assert.True(held, output.ToString());
        Assert.Equal(2, server.GetMessages(SampleIds.RumoursChannel).Concat(server.GetMessages(SampleIds.GeneralChannel)).Count(m => m.Content == "Pong"));
        Assert.DoesNotContain(server.Requests, r => r.Status == 404);
        Assert.Contains("not dispatched MESSAGE_REACTION_ADD: the bot is not in guild 3 (Discord would not send it)", output.ToString(), StringComparison.Ordinal);
        await bot.DisposeAsync();
        await server.DisposeAsync();
        await ConformanceChecker.AssertConformsAsync(_record);
    }

    [Fact]
    public async Task A_raw_INTERACTION_CREATE_Discord_could_not_send_is_refused_with_the_reason()
    {
        await using var server = await TestServers.StartAsync();
        var (gateway, _) = await GatewayTestClient.IdentifiedAsync(server);
        await using var _ = gateway;
        var inOtherGuild = RawSlashCommand(NewSnowflake(), "token");
        inOtherGuild["channel_id"] = "1310000000000009999";
        var noToken = RawSlashCommand(NewSnowflake(), "token");
        noToken.Remove("token");

        var wrongChannel = await Assert.ThrowsAsync<ArgumentException>(() => server.DispatchAsync("INTERACTION_CREATE", inOtherGuild));
        var missingToken = await Assert.ThrowsAsync<ArgumentException>(() => server.DispatchAsync("INTERACTION_CREATE", noToken));

        Assert.Contains("is not a channel of guild", wrongChannel.Message, StringComparison.Ordinal);
        Assert.Contains("token", missingToken.Message, StringComparison.Ordinal);
        Assert.Equal(0, server.CurrentSession!.Dispatches.Count(d => d.EventName == "INTERACTION_CREATE"));
    }

    [Fact]
    public async Task An_event_outside_the_session_intents_is_dropped_and_logged_and_the_next_one_arrives()
    {
        var logs = new ListLoggerProvider();
        await using var server = await TestServers.StartAsync(o => o.ConfigureLogging = l => l.AddProvider(logs));
        const long guildsAndReactions = GatewayIntents.Guilds | GatewayIntents.GuildMessageReactions; // 1025, no GUILD_MESSAGES
        var (gateway, _) = await GatewayTestClient.IdentifiedAsync(server, guildsAndReactions);
        await using var _ = gateway;
        var guild = SampleIds.Guild.ToString();
        var channel = SampleIds.PollsChannel.ToString();

        var deleted = await server.DispatchAsync("MESSAGE_DELETE", new { id = "1310000000000000555", channel_id = channel, guild_id = guild });
        var inDirectMessage = await server.DispatchAsync("MESSAGE_REACTION_ADD", new { user_id = SampleIds.Bob.ToString(), channel_id = "1310000000000000777", message_id = "1310000000000000556", emoji = new { name = "✅" } });
        var elsewhere = await server.DispatchAsync("MESSAGE_REACTION_ADD", new { user_id = SampleIds.Bob.ToString(), channel_id = "1310000000000000778", message_id = "1310000000000000557", guild_id = "1310000000000000999", emoji = new { name = "✅" } });
        var reaction = await server.DispatchAsync("MESSAGE_REACTION_ADD", new { user_id = SampleIds.Bob.ToString(), channel_id = channel, message_id = "1310000000000000558", guild_id = guild, emoji = new { name = "✅" } });
        var received = await gateway.ReceiveAsync();

        Assert.Equal([0, 0, 0], new[] { deleted, inDirectMessage, elsewhere });
        Assert.True(reaction > 0);
        Assert.Equal("MESSAGE_REACTION_ADD", received["t"]!.GetValue<string>());
        Assert.Equal(reaction, received["s"]!.GetValue<int>());
        Assert.Equal("1310000000000000558", received["d"]!["message_id"]!.GetValue<string>());
        Assert.Equal(["MESSAGE_DELETE", "MESSAGE_REACTION_ADD", "MESSAGE_REACTION_ADD"], server.DroppedDispatches.Select(d => d.EventName));
        Assert.Contains("intents 1025", server.DroppedDispatches[0].Reason, StringComparison.Ordinal);
        Assert.Contains("not in guild 1310000000000000999", server.DroppedDispatches[2].Reason, StringComparison.Ordinal);
        Assert.Contains(logs.Lines, l => l.Contains("Not dispatching MESSAGE_DELETE", StringComparison.Ordinal));
        Assert.DoesNotContain(server.CurrentSession!.Dispatches, d => d.EventName == "MESSAGE_DELETE");
    }

    [SkippableFact]
    public async Task A_moderator_deleting_a_message_reaches_only_a_session_with_GUILD_MESSAGES()
    {
        await using var server = await TestServers.StartWithoutRateLimitsAsync(o => o.RecordFilePath = _record);
        var (without, _) = await GatewayTestClient.IdentifiedAsync(server, GatewayIntents.Guilds | GatewayIntents.GuildMessageReactions);
        await using (without)
        {
            using var bot = DiscordHttp.Create(server);
            var first = ulong.Parse(await bot.CreateMessageAsync(SampleIds.PollsChannel));
            await server.DeleteMessageAsync(SampleIds.PollsChannel, first);
            Assert.DoesNotContain(server.CurrentSession!.Dispatches, d => d.EventName == "MESSAGE_DELETE");
        }

        var (with, _) = await GatewayTestClient.IdentifiedAsync(server, GatewayIntents.Guilds | GatewayIntents.GuildMessages | GatewayIntents.GuildMessageReactions);
        await using var _ = with;
        using var http = DiscordHttp.Create(server);
        var second = ulong.Parse(await http.CreateMessageAsync(SampleIds.PollsChannel));
        await server.DeleteMessageAsync(SampleIds.PollsChannel, second);

        var deleted = await with.ReceiveDispatchAsync("MESSAGE_DELETE");
        Assert.Equal(second.ToString(), deleted["d"]!["id"]!.GetValue<string>());
        await server.DisposeAsync();
        await ConformanceChecker.AssertConformsAsync(_record);
    }

    [Theory]
    [InlineData("MESSAGE_DELETE", true, 1025L, false)]
    [InlineData("MESSAGE_DELETE", true, 1537L, true)]
    [InlineData("MESSAGE_DELETE_BULK", true, 1537L, true)]
    [InlineData("MESSAGE_DELETE_BULK", false, 1537L | 4096L, false)] // there is no bulk delete in DMs
    [InlineData("MESSAGE_REACTION_ADD", true, 1025L, true)]
    [InlineData("MESSAGE_REACTION_ADD", false, 1025L, false)] // DM reactions need DIRECT_MESSAGE_REACTIONS
    [InlineData("MESSAGE_REACTION_ADD", false, 8192L, true)]
    [InlineData("CHANNEL_DELETE", true, 1024L, false)]
    [InlineData("GUILD_CREATE", true, 1L, true)]
    [InlineData("TYPING_START", true, 1537L, false)]
    [InlineData("PRESENCE_UPDATE", true, 1537L, false)]
    [InlineData("THREAD_MEMBERS_UPDATE", true, 2L, true)]
    [InlineData("INTERACTION_CREATE", true, 0L, true)]
    [InlineData("READY", false, 0L, true)]
    public void Each_event_needs_the_intent_Discord_lists_for_it(string eventName, bool inGuild, long intents, bool receives) =>
        Assert.Equal(receives, GatewayEventIntents.Receives(intents, eventName, inGuild));
}
