using System.Text.Json.Nodes;
using FakeDiscord.Interactions;
using FakeDiscord.Model;
using FakeDiscord.Scripting;
using FakeDiscord.Tests.Support;

namespace FakeDiscord.Tests.DiscordJs;

/// <summary>
/// discord.js 14 (tests/DiscordJs, installed by npm) as a second real client: a fake that only our own client accepts
/// would prove little. It logs in, answers commands and autocomplete sent both as raw dispatches and as the
/// fake's own interactions, reacts, and hears reactions; every request it made passes the conformance check.
/// </summary>
public sealed class DiscordJsClientTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly string _folder = Directory.CreateTempSubdirectory("fakediscord-discordjs-").FullName;

    private static ulong NewSnowflake() =>
        ((ulong)(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() - 1420070400000) << 22) + (uint)Random.Shared.Next(1, 4096);

    /// <summary>An INTERACTION_CREATE written as Discord sends it, for a member of the sample guild in #rumours.</summary>
    private static JsonObject Raw(ulong id, string token, int type, JsonObject data)
    {
        var guild = SampleIds.Guild.ToString();
        var channel = SampleIds.RumoursChannel.ToString();
        return new JsonObject
        {
            ["id"] = id.ToString(),
            ["application_id"] = SampleIds.Application.ToString(),
            ["type"] = type,
            ["data"] = data,
            ["guild"] = new JsonObject { ["id"] = guild, ["locale"] = "en-US", ["features"] = new JsonArray() },
            ["guild_id"] = guild,
            ["channel"] = new JsonObject { ["id"] = channel, ["type"] = 0, ["guild_id"] = guild, ["name"] = "rumours", ["permissions"] = FakeGuild.EveryonePermissions },
            ["channel_id"] = channel,
            ["member"] = new JsonObject
            {
                ["user"] = new JsonObject
                {
                    ["id"] = SampleIds.Carol.ToString(), ["username"] = "carol", ["discriminator"] = "0", ["global_name"] = "Carol",
                    ["avatar"] = null, ["public_flags"] = 0,
                },
                ["roles"] = new JsonArray(),
                ["joined_at"] = "2024-05-01T12:00:00.000000+00:00",
                ["nick"] = "Carol the Kop",
                ["deaf"] = false,
                ["mute"] = false,
                ["flags"] = 0,
                ["pending"] = false,
                ["permissions"] = FakeGuild.EveryonePermissions,
            },
            ["token"] = token,
            ["version"] = 1,
            ["app_permissions"] = "562949953514560",
            ["locale"] = "en-GB",
            ["guild_locale"] = "en-US",
            ["entitlements"] = new JsonArray(),
            ["authorizing_integration_owners"] = new JsonObject { ["0"] = guild },
            ["context"] = 0,
            ["attachment_size_limit"] = 10485760,
        };
    }

    [SkippableFact]
    public async Task Discord_js_logs_in_answers_commands_and_autocomplete_sent_both_ways_reacts_and_hears_reactions()
    {
        var record = Path.Combine(_folder, "discordjs-requests.jsonl");
        await using var server = await FakeDiscordServer.StartAsync(new FakeDiscordOptions
        {
            RecordFilePath = record,
            HeartbeatInterval = TimeSpan.FromSeconds(5),
        });
        await using var client = DiscordJsClient.Start(server, SampleIds.Guild);

        // READY with the sample guild, and the guild commands registered.
        var ready = await client.WaitForAsync("ready", timeout: TimeSpan.FromSeconds(60));
        Assert.Equal([SampleIds.Guild.ToString()], ready["guilds"]!.AsArray().Select(g => g!.GetValue<string>()));
        var commands = server.GetGuildCommands(SampleIds.Guild);
        var rumourCommand = commands.Single(c => c.Name == "rumour").Id.ToString();
        var pingCommand = commands.Single(c => c.Name == "ping").Id.ToString();

        // A slash command as the fake builds it, then one dispatched raw.
        var viaStep = await server.SendSlashCommandAsync("ping", userId: SampleIds.Bob, channelId: SampleIds.RumoursChannel);
        var stepCallback = await viaStep.WaitForResponseAsync(Patience);
        var stepReply = await client.WaitForAsync("replied", l => l["id"]!.GetValue<string>() == viaStep.Id.ToString());
        var (rawId, rawToken) = (NewSnowflake(), "cmF3LWRpc2NvcmRqcy1jb21tYW5k");
        await server.DispatchAsync("INTERACTION_CREATE", Raw(rawId, rawToken, 2, new JsonObject { ["id"] = pingCommand, ["name"] = "ping", ["type"] = 1, ["guild_id"] = SampleIds.Guild.ToString() }));
        var rawReply = await client.WaitForAsync("replied", l => l["id"]!.GetValue<string>() == rawId.ToString());

        // Autocomplete, both ways.
        var focused = new JsonArray(new JsonObject { ["name"] = "player", ["type"] = 3, ["value"] = "tre", ["focused"] = true });
        var stepComplete = await server.SendInteractionAsync(
            new InteractionRequest(new JsonObject { ["name"] = "rumour", ["type"] = 1, ["options"] = focused.DeepClone() }) { Type = 4, UserId = SampleIds.Bob, ChannelId = SampleIds.RumoursChannel });
        var stepChoices = await stepComplete.WaitForResponseAsync(Patience);
        var (rawCompleteId, rawCompleteToken) = (NewSnowflake(), "cmF3LWRpc2NvcmRqcy1hdXRvY29tcGxldGU");
        await server.DispatchAsync("INTERACTION_CREATE", Raw(rawCompleteId, rawCompleteToken, 4, new JsonObject
        {
            ["id"] = rumourCommand, ["name"] = "rumour", ["type"] = 1, ["guild_id"] = SampleIds.Guild.ToString(), ["options"] = focused.DeepClone(),
        }));
        await client.WaitForAsync("autocomplete", l => l["id"]!.GetValue<string>() == rawCompleteId.ToString());
        var rawChoices = await server.WaitForRequestAsync(r => r.Path.Contains($"/interactions/{rawCompleteId}/", StringComparison.Ordinal), Patience);

        // discord.js reacted to its reply; a member reacts too, and discord.js hears both.
        var replyMessage = ulong.Parse(rawReply["message"]!.GetValue<string>());
        await client.WaitForAsync("reaction_add", l => l["message_id"]!.GetValue<string>() == replyMessage.ToString() && l["me"]!.GetValue<bool>());
        await server.AddReactionAsync(SampleIds.RumoursChannel, replyMessage, "👍", SampleIds.Bob);
        var bobs = await client.WaitForAsync("reaction_add", l => l["user_id"]!.GetValue<string>() == SampleIds.Bob.ToString());
        await client.WaitForAsync("raw_reaction_add", l => l["user_id"]!.GetValue<string>() == SampleIds.Bob.ToString());

        Assert.Equal(0, await client.QuitAsync());
        Assert.Equal(4, stepCallback.Type);
        Assert.Equal(stepCallback.MessageId!.Value.ToString(), stepReply["message"]!.GetValue<string>());
        Assert.Contains($"pong from discord.js ({rawId})", server.GetMessage(SampleIds.RumoursChannel, replyMessage)!.Content, StringComparison.Ordinal);
        Assert.Equal(8, stepChoices.Type);
        Assert.Equal(2, stepChoices.Data!.Value.GetProperty("choices").GetArrayLength()); // the two Trents
        Assert.Equal(204, rawChoices.Status);
        Assert.Equal(8, rawChoices.Body!.Value.GetProperty("type").GetInt32());
        Assert.Equal("👍", bobs["emoji"]!.GetValue<string>());
        Assert.All(server.GetMessage(SampleIds.RumoursChannel, replyMessage)!.Reactions, r => Assert.Equal(1, r.Count));
        Assert.Contains(server.GetMessage(SampleIds.RumoursChannel, replyMessage)!.Reactions, r => r.Emoji == "✅" && r.Me);
        Assert.DoesNotContain(client.Lines.Snapshot(), l => l["event"]!.GetValue<string>() is "error" or "warn");
        // No 404 10062 (or any refusal) for interactions sent either way. A 429 may come where Discord would give one
        // too: discord.js opens a new queue when it learns a bucket's hash, and its second reaction within 0.25 s in
        // a channel is over the limit; it must then have waited and succeeded.
        var requests = server.Requests;
        Assert.All(requests, r => Assert.True(r.Status < 400 || r.Status == 429, $"{r.Method} {r.Path} -> {r.Status}"));
        Assert.All(requests.Where(r => r.Status == 429), limited =>
            Assert.Contains(requests, r => r.Number > limited.Number && r.Method == limited.Method && r.Path == limited.Path && r.Status < 300));
        var identify = server.GatewayPayloads.First(p => p.Opcode == 2).Payload.GetProperty("d");
        Assert.Equal(1537, identify.GetProperty("intents").GetInt32());
        Assert.Empty(server.DroppedDispatches);

        // Every request discord.js made is one Discord's spec accepts.
        await server.DisposeAsync();
        await ConformanceChecker.AssertConformsAsync(record);
    }

    [SkippableFact]
    public async Task Discord_js_passes_a_scenario_of_interaction_steps_and_raw_dispatch_steps()
    {
        var record = Path.Combine(_folder, "discordjs-scenario.jsonl");
        await using var server = await FakeDiscordServer.StartAsync(new FakeDiscordOptions { RecordFilePath = record, HeartbeatInterval = TimeSpan.FromSeconds(5) });
        await using var client = DiscordJsClient.Start(server, SampleIds.Guild);
        await client.WaitForAsync("ready", timeout: TimeSpan.FromSeconds(60));
        var (rawId, rawCompleteId) = (NewSnowflake(), NewSnowflake() + 1);
        var focused = new JsonArray(new JsonObject { ["name"] = "player", ["type"] = 3, ["value"] = "mbap", ["focused"] = true });
        var rumours = SampleIds.RumoursChannel.ToString();
        var script = new JsonArray(
            JsonNode.Parse($$"""{"interaction": {"name": "ping"}, "channel_id": "{{rumours}}", "user_id": "1310000000000000202", "capture": "ping"}"""),
            JsonNode.Parse("""{"expect": {"method": "POST", "path": "/interactions/{{ping}}/[^/]+/callback", "status": 204, "body": "type.:4"}, "within_ms": 10000, "capture": "reply"}"""),
            new JsonObject { ["dispatch"] = "INTERACTION_CREATE", ["d"] = Raw(rawId, "c2NlbmFyaW8tcmF3LWNvbW1hbmQ", 2, new JsonObject { ["name"] = "ping", ["type"] = 1, ["id"] = "1310000000000000900" }) },
            JsonNode.Parse($$"""{"expect": {"method": "POST", "path": "/interactions/{{rawId}}/c2NlbmFyaW8tcmF3LWNvbW1hbmQ/callback", "status": 204}, "within_ms": 10000}"""),
            new JsonObject { ["interaction"] = new JsonObject { ["name"] = "rumour", ["options"] = focused.DeepClone() }, ["type"] = 4, ["channel_id"] = rumours, ["capture"] = "complete" },
            JsonNode.Parse("""{"expect": {"method": "POST", "path": "/interactions/{{complete}}/[^/]+/callback", "status": 204, "body": "Kylian Mbapp"}, "within_ms": 10000}"""),
            new JsonObject { ["dispatch"] = "INTERACTION_CREATE", ["d"] = Raw(rawCompleteId, "c2NlbmFyaW8tcmF3LWF1dG9jb21wbGV0ZQ", 4, new JsonObject { ["name"] = "rumour", ["type"] = 1, ["id"] = "1310000000000000901", ["options"] = focused.DeepClone() }) },
            JsonNode.Parse($$"""{"expect": {"method": "POST", "path": "/interactions/{{rawCompleteId}}/c2NlbmFyaW8tcmF3LWF1dG9jb21wbGV0ZQ/callback", "status": 204, "body": "type.:8"}, "within_ms": 10000}"""),
            new JsonObject { ["reaction"] = new JsonObject { ["channel_id"] = rumours, ["message_id"] = "{{reply}}", ["emoji"] = "👍", ["user_id"] = SampleIds.Carol.ToString() } });
        using var output = new StringWriter();

        var held = await new ScriptRunner(server, output).RunAsync(script, TimeSpan.FromSeconds(30));
        var carols = await client.WaitForAsync("reaction_add", l => l["user_id"]!.GetValue<string>() == SampleIds.Carol.ToString());

        Assert.True(held, output.ToString());
        Assert.Equal("👍", carols["emoji"]!.GetValue<string>());
        // Each of the two replies is logged once its HTTP response is back, in whichever order the responses come.
        await client.WaitForAsync("replied", l => l["id"]!.GetValue<string>() == rawId.ToString());
        await client.WaitForAsync("replied", l => l["id"]!.GetValue<string>() != rawId.ToString());
        await client.WaitForAsync("autocomplete", l => l["id"]!.GetValue<string>() == rawCompleteId.ToString());
        await client.WaitForAsync("autocomplete", l => l["id"]!.GetValue<string>() != rawCompleteId.ToString());
        Assert.Equal(2, client.Lines.Snapshot().Count(l => l["event"]!.GetValue<string>() == "replied"));
        Assert.Equal(2, client.Lines.Snapshot().Count(l => l["event"]!.GetValue<string>() == "autocomplete"));
        Assert.DoesNotContain(client.Lines.Snapshot(), l => l["event"]!.GetValue<string>() is "error" or "warn");
        Assert.Equal(0, await client.QuitAsync());
        Assert.DoesNotContain(server.Requests, r => r.Status >= 400 && r.Status != 429);
        await server.DisposeAsync();
        await ConformanceChecker.AssertConformsAsync(record);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
