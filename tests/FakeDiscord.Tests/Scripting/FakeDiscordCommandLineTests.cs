using System.Net;
using System.Net.Sockets;
using FakeDiscord.Scripting;
using FakeDiscord.Tests.Support;

namespace FakeDiscord.Tests.Scripting;

public sealed class FakeDiscordCommandLineTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("fakediscord-cli-").FullName;

    [Fact]
    public async Task With_a_script_the_runner_exits_0_when_every_step_held()
    {
        var port = FreePort();
        var script = Path.Combine(_folder, "scenario.json");
        var record = Path.Combine(_folder, "requests.jsonl");
        await File.WriteAllTextAsync(script, """
            [
              {"dispatch": "PING_ME", "d": {"why": "check the bot reads its own user"}},
              {"expect": {"method": "GET", "path": "/api/v10/users/@me"}, "within_ms": 5000}
            ]
            """);
        using var output = new StringWriter();
        var args = new[] { "--port", port.ToString(), "--script", script, "--record", record, "--token", "cli-token", "--ready-timeout-s", "15" };

        var run = FakeDiscordCommandLine.Create(output, output).Parse(args).InvokeAsync();
        await using (await ScriptedBot.StartAsync(port, "cli-token"))
        {
            Assert.Equal(0, await run.WaitAsync(TimeSpan.FromSeconds(20)));
        }

        var text = output.ToString();
        Assert.Contains($"FakeDiscord REST base URL: http://127.0.0.1:{port}/api/v10", text, StringComparison.Ordinal);
        Assert.Contains($"FakeDiscord gateway URL:   ws://127.0.0.1:{port}/gateway", text, StringComparison.Ordinal);
        Assert.Contains("All 2 steps held.", text, StringComparison.Ordinal);
        Assert.Contains("/api/v10/users/@me", await File.ReadAllTextAsync(record), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreadable_script_exits_1()
    {
        var script = Path.Combine(_folder, "broken.json");
        await File.WriteAllTextAsync(script, """{"not": "an array"}""");
        using var output = new StringWriter();

        var exitCode = await FakeDiscordCommandLine.Create(output, output).Parse(["--port", "0", "--script", script]).InvokeAsync();

        Assert.Equal(1, exitCode);
        Assert.Contains("must hold a JSON array", output.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
