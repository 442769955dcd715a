using System.Diagnostics;
using System.Globalization;
using FakeDiscord;
using FakeDiscord.Model;
using RumourBot.Polls;
using RumourBot.Storage;
using RumourBot.Discord.Tests.Support;

namespace RumourBot.Discord.Tests.Bot;

/// <summary>
/// The real bot process is killed in the middle of a burst of votes; after a restart and its recount, the stored
/// votes are exactly the reactions on the poll message.
/// </summary>
public sealed class PollCrashTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly string _data = Path.Combine(Path.GetTempPath(), "rumourbot-crash-tests", Guid.NewGuid().ToString("N"));
    private FakeDiscordServer _server = null!;

    public async Task InitializeAsync() =>
        _server = await FakeDiscordServer.StartAsync(new FakeDiscordOptions { HeartbeatTimeout = TimeSpan.FromSeconds(30) });

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        try
        {
            Directory.Delete(_data, recursive: true);
        }
        catch (IOException)
        {
            // a temp folder; the OS cleans it
        }
    }

    [Fact]
    public async Task Killing_the_process_mid_burst_loses_no_vote_once_it_has_recounted()
    {
        var first = BotProcess.Start(_server, _data);
        await _server.WaitForRequestAsync(r => r.Method == "PUT" && r.Path.Contains("/commands", StringComparison.Ordinal), Patience);
        var create = new
        {
            name = "poll",
            type = 1,
            options = new[] { new { name = "create", type = 1, options = new[] { new { name = "question", type = 3, value = "Will Trent stay?" } } } },
        };
        await (await _server.SendInteractionAsync(create, SampleIds.Alice, SampleIds.Guild, SampleIds.PollsChannel)).WaitForResponseAsync(Patience);
        var message = await WaitForPollMessageAsync();

        const int voters = 600;
        for (var i = 0; i < voters; i++)
        {
            if (i == voters / 2) first.Kill(); // mid-burst: the rest reach no bot
            var voter = 800_000_000_000_000_000UL + (ulong)i;
            await _server.AddReactionAsync(SampleIds.PollsChannel, message, i % 3 == 0 ? "❌" : "✅", voter);
            if (i % 7 == 0) await _server.AddReactionAsync(SampleIds.PollsChannel, message, "❌", voter); // changes their mind
            if (i % 11 == 0) await _server.RemoveReactionAsync(SampleIds.PollsChannel, message, "✅", voter); // takes it back
        }
        await first.WaitForExitAsync(Patience);

        var second = BotProcess.Start(_server, _data);
        await second.WaitForLogAsync("Recounted 1 open polls", Patience);
        await second.StopAsync(Patience);

        var shown = _server.GetMessage(SampleIds.PollsChannel, message)!.Reactions
            .SelectMany(r => r.UserIds.Where(id => id != _server.Options.BotUser.Id).Select(id => $"{id}:{r.Emoji}"))
            .Order().ToList();
        using var database = new RumourDatabase(Path.Combine(_data, "rumourbot.db"));
        var stored = database.Collection<Vote>(LiteDbPollStore.VotesCollection).Find(v => v.PollId == 1).Select(v => $"{v.VoterId}:{v.Emoji}").Order().ToList();
        Assert.True(stored.Count > voters / 2, $"only {stored.Count} votes stored");
        Assert.Equal(shown, stored);
        Assert.Equal(stored.Count, stored.Select(v => v.Split(':')[0]).Distinct().Count()); // one answer each: single choice
    }

    // The bot adds the answers' reactions in order, ✅ then ❌: once Discord has answered the ❌ one, both are there.
    private async Task<ulong> WaitForPollMessageAsync()
    {
        var last = await _server.WaitForRequestAsync(r => r.Method == "PUT" && r.Status == 204
            && r.Path.Contains("/reactions/%E2%9D%8C/@me", StringComparison.Ordinal), Patience);
        var message = ulong.Parse(last.Path.Split('/')[6], CultureInfo.InvariantCulture);
        Assert.Equal(2, _server.GetMessage(SampleIds.PollsChannel, message)!.Reactions.Count);
        return message;
    }

    /// <summary>The published bot run as its own process against FakeDiscord, its log read from stderr.</summary>
    private sealed class BotProcess
    {
        private readonly Process _process;
        private readonly List<string> _log = [];

        // Waits for a log line, completed as the line arrives (or failed when the log ends without it).
        private readonly List<(string Text, TaskCompletionSource Seen)> _waits = [];
        private bool _logEnded;

        private BotProcess(Process process)
        {
            _process = process;
            process.ErrorDataReceived += (_, line) =>
            {
                lock (_log)
                {
                    if (line.Data is null)
                    {
                        _logEnded = true; // the process has gone and its stderr is read to the end
                        foreach (var (_, seen) in _waits) seen.TrySetException(new InvalidOperationException("the bot exited"));
                        _waits.Clear();
                        return;
                    }
                    _log.Add(line.Data);
                    foreach (var wait in _waits.Where(w => line.Data.Contains(w.Text, StringComparison.Ordinal)).ToList())
                    {
                        wait.Seen.TrySetResult();
                        _waits.Remove(wait);
                    }
                }
            };
            process.OutputDataReceived += (_, _) => { };
            process.BeginErrorReadLine();
            process.BeginOutputReadLine();
        }

        public static BotProcess Start(FakeDiscordServer server, string data)
        {
            // The test's own runtime config and dependency list: they carry everything RumourBot.dll needs.
            var start = new ProcessStartInfo("dotnet")
            {
                ArgumentList =
                {
                    "exec",
                    "--runtimeconfig", Path.Combine(AppContext.BaseDirectory, "RumourBot.Discord.Tests.runtimeconfig.json"),
                    "--depsfile", Path.Combine(AppContext.BaseDirectory, "RumourBot.Discord.Tests.deps.json"),
                    Path.Combine(AppContext.BaseDirectory, "RumourBot.dll"),
                },
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                RedirectStandardInput = true,
                WorkingDirectory = AppContext.BaseDirectory,
            };
            start.Environment["Storage__DataFolder"] = data;
            start.Environment["Storage__SeedsFolder"] = RumourBot.Tests.Support.RepositoryPaths.Seeds;
            start.Environment["Discord__Token"] = server.Options.Token;
            start.Environment["Discord__ApiBaseUrl"] = server.BaseUrl;
            start.Environment["Discord__DevGuildId"] = SampleIds.Guild.ToString(CultureInfo.InvariantCulture);
            start.Environment["Discord__PollEditInterval"] = "00:00:00.500";
            return new BotProcess(Process.Start(start)!);
        }

        public void Kill() => _process.Kill(entireProcessTree: true);

        public async Task WaitForExitAsync(TimeSpan timeout)
        {
            using var cancel = new CancellationTokenSource(timeout);
            await _process.WaitForExitAsync(cancel.Token);
        }

        public async Task WaitForLogAsync(string text, TimeSpan timeout)
        {
            var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            lock (_log)
            {
                if (_log.Any(l => l.Contains(text, StringComparison.Ordinal))) return;
                if (_logEnded) throw new InvalidOperationException($"the bot exited without \"{text}\" in the log:\n{string.Join('\n', _log)}");
                _waits.Add((text, seen));
            }
            try
            {
                await seen.Task.WaitAsync(timeout);
            }
            catch (Exception error) when (error is TimeoutException or InvalidOperationException)
            {
                lock (_log) throw new TimeoutException($"no \"{text}\" in the log ({error.Message}):\n{string.Join('\n', _log)}");
            }
        }

        /// <summary>SIGTERM, as a service manager stops it: the host shuts down and closes the database.</summary>
        public async Task StopAsync(TimeSpan timeout)
        {
            using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]);
            await kill.WaitForExitAsync();
            await WaitForExitAsync(timeout);
        }
    }
}
