using System.Text.Json.Nodes;
using FakeDiscord.Model;
using FakeDiscord.Scripting;
using FakeDiscord.Tests.Support;

namespace FakeDiscord.Tests.Scripting;

public sealed class ScriptRunnerTests
{
    private const string PollScenario = """
        [
          {"message": {"channel_id": "{{channel_id}}", "user_id": "1310000000000000202", "content": "!poll"}},
          {"expect": {"method": "POST", "path": "/channels/{{channel_id}}/messages$", "status": 200}, "within_ms": 5000, "capture": "poll"},
          {"reaction": {"channel_id": "{{channel_id}}", "message_id": "{{poll}}", "emoji": "✅", "user_id": "1310000000000000203"}},
          {"expect": {"method": "PATCH", "path": "/messages/{{poll}}$", "body": "1 vote"}, "within_ms": 5000},
          {"interaction": {"name": "ping"}, "user_id": "1310000000000000201", "capture": "ping"},
          {"expect": {"method": "POST", "path": "/interactions/{{ping}}/[^/]+/callback$"}, "within_ms": 5000, "capture": "pong"},
          {"wait_ms": 10},
          {"dispatch": "PING_ME", "d": {"poll_message_id": "{{pong}}"}},
          {"expect": {"method": "GET", "path": "/users/@me$"}, "within_ms": 5000}
        ]
        """;

    [Fact]
    public async Task A_scenario_with_captures_runs_against_a_live_bot()
    {
        await using var server = await TestServers.StartAsync();
        await using var bot = await ScriptedBot.StartAsync(server);
        using var output = new StringWriter();

        var held = await new ScriptRunner(server, output).RunAsync((JsonArray)JsonNode.Parse(PollScenario)!, TimeSpan.FromSeconds(5));

        Assert.True(held, output.ToString());
        var poll = server.GetMessages(SampleIds.GeneralChannel).First(m => m.Content.StartsWith("Poll", StringComparison.Ordinal));
        Assert.Equal("Poll: will Trent stay? 1 vote", poll.Content);
        Assert.Contains($"poll = {poll.Id}", output.ToString(), StringComparison.Ordinal);
        var pong = server.GetMessages(SampleIds.GeneralChannel).Single(m => m.Content == "Pong");
        var dispatched = server.CurrentSession!.Dispatches.Single(d => d.EventName == "PING_ME");
        Assert.Equal(pong.Id.ToString(), dispatched.Data.GetProperty("poll_message_id").GetString());
    }

    [Fact]
    public async Task A_missed_expectation_fails_and_says_what_was_seen()
    {
        await using var server = await TestServers.StartAsync();
        await using var bot = await ScriptedBot.StartAsync(server);
        using var output = new StringWriter();
        var script = (JsonArray)JsonNode.Parse("""[{"expect": {"method": "DELETE", "path": "/messages/"}, "within_ms": 200}]""")!;

        var held = await new ScriptRunner(server, output).RunAsync(script, TimeSpan.FromSeconds(5));

        Assert.False(held);
        Assert.Contains("FAIL step 1: expected DELETE /messages/ within 200 ms", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_bot_the_script_fails_waiting_for_READY()
    {
        await using var server = await TestServers.StartAsync();
        using var output = new StringWriter();

        var held = await new ScriptRunner(server, output).RunAsync([], TimeSpan.FromMilliseconds(200));

        Assert.False(held);
        Assert.Contains("no session became READY", output.ToString(), StringComparison.Ordinal);
    }
}
