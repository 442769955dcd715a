using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using FakeDiscord.Support;

namespace FakeDiscord.Tests.Support;

/// <summary>
/// tests/DiscordJs/client.js (discord.js 14) running in node against a fake: every JSON line it prints is kept, so a
/// test can wait for one. Node and the npm packages are required: a missing one fails the test with what to do.
/// </summary>
internal sealed class DiscordJsClient : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _errors = new();
    private readonly Task _reading;

    private DiscordJsClient(Process process)
    {
        _process = process;
        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (_errors)
                {
                    _errors.AppendLine(e.Data);
                }
            }
        };
        _process.BeginErrorReadLine();
        _reading = ReadAsync();
    }

    /// <summary>Every line the script printed, parsed.</summary>
    public WatchableList<JsonObject> Lines { get; } = new();

    public string Errors
    {
        get
        {
            lock (_errors)
            {
                return _errors.ToString();
            }
        }
    }

    /// <summary>tests/DiscordJs, found above the test's output folder.</summary>
    public static string Folder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "tests", "DiscordJs");
            if (File.Exists(Path.Combine(candidate, "package.json")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("tests/DiscordJs/package.json was not found above " + AppContext.BaseDirectory);
    }

    public static DiscordJsClient Start(FakeDiscordServer server, ulong guildId)
    {
        var folder = Folder();
        EnsureInstalled(folder);

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("client.js");
        // The REST base without its version: discord.js adds /v10 itself.
        start.Environment["FAKE_DISCORD_API"] = server.BaseUrl[..server.BaseUrl.LastIndexOf("/v10", StringComparison.Ordinal)];
        start.Environment["DISCORD_TOKEN"] = server.Options.Token;
        start.Environment["GUILD_ID"] = guildId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        try
        {
            return new DiscordJsClient(Process.Start(start)!);
        }
        catch (Win32Exception error)
        {
            throw new InvalidOperationException("node is not installed (CI has node 20): the discord.js tests cannot run.", error);
        }
    }

    /// <summary>
    /// Installs discord.js from the committed package-lock when it is not there yet (.ci/run already did it in CI).
    /// Without npm or the registry the test fails with what to do; it never skips.
    /// </summary>
    private static void EnsureInstalled(string folder)
    {
        if (File.Exists(Path.Combine(folder, "node_modules", "discord.js", "package.json")))
        {
            return;
        }

        var start = new ProcessStartInfo("npm")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "ci", "--no-audit", "--no-fund" })
        {
            start.ArgumentList.Add(argument);
        }

        Process npm;
        try
        {
            npm = Process.Start(start)!;
        }
        catch (Win32Exception error)
        {
            throw new InvalidOperationException($"discord.js is not installed and npm is missing: install Node 20 and run `npm ci` in {folder}.", error);
        }

        using (npm)
        {
            var output = npm.StandardOutput.ReadToEndAsync();
            var errors = npm.StandardError.ReadToEndAsync();
            if (!npm.WaitForExit(TimeSpan.FromMinutes(5)))
            {
                npm.Kill(entireProcessTree: true);
                throw new InvalidOperationException($"`npm ci` in {folder} took more than 5 minutes.");
            }

            if (npm.ExitCode != 0)
            {
                throw new InvalidOperationException($"`npm ci` in {folder} failed ({npm.ExitCode}):\n{output.Result}\n{errors.Result}");
            }
        }
    }

    /// <summary>Waits for a printed line with that <c>event</c> matching <paramref name="predicate"/>, earlier ones included.</summary>
    public async Task<JsonObject> WaitForAsync(string eventName, Func<JsonObject, bool>? predicate = null, TimeSpan? timeout = null)
    {
        try
        {
            var (line, _) = await Lines.WaitAsync(
                l => l["event"]?.GetValue<string>() == eventName && (predicate is null || predicate(l)), 0,
                timeout ?? TimeSpan.FromSeconds(30), CancellationToken.None);
            return line;
        }
        catch (TimeoutException)
        {
            throw new TimeoutException(
                $"discord.js never printed '{eventName}'. It printed:\n{string.Join('\n', Lines.Snapshot().Select(l => l.ToJsonString()))}\nstderr:\n{Errors}");
        }
    }

    /// <summary>Asks the script to log out (it closes the gateway and exits 0) and returns its exit code.</summary>
    public async Task<int> QuitAsync()
    {
        await _process.StandardInput.WriteLineAsync("quit");
        await _process.StandardInput.FlushAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        await _process.WaitForExitAsync(timeout.Token);
        await _reading;
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        await _reading;
        _process.Dispose();
    }

    private async Task ReadAsync()
    {
        while (await _process.StandardOutput.ReadLineAsync() is { } text)
        {
            if (text.StartsWith('{') && JsonNode.Parse(text) is JsonObject line)
            {
                Lines.Add(line);
            }
            else
            {
                lock (_errors)
                {
                    _errors.AppendLine(text);
                }
            }
        }
    }
}
