using System.Collections.Concurrent;
using System.Diagnostics;

namespace RumourBot.Discord.Tests.Support;

/// <summary>
/// The bot as its own operating-system process (tests/RumourBot.ShardProcess, the real bot configured by environment
/// variables), for tests that run several at once and kill one: everything it prints is kept for the failure message.
/// </summary>
public sealed class ShardProcess : IAsyncDisposable
{
    private readonly IReadOnlyDictionary<string, string> _environment;
    private readonly ConcurrentQueue<string> _output = new();
    private Process _process;
    private int _disposed;

    private ShardProcess(string name, IReadOnlyDictionary<string, string> environment)
    {
        Name = name;
        _environment = environment;
        _process = Launch();
    }

    public string Name { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>Every line it printed, on standard output and error, across restarts.</summary>
    public string Output => string.Join('\n', _output);

    public static ShardProcess Start(string name, IReadOnlyDictionary<string, string> environment) => new(name, environment);

    /// <summary>Ends it at once, as a crash or `kill -9` would: no shutdown code runs.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _output.Enqueue($"[{Name}] killed");
    }

    /// <summary>Starts it again with the same settings, after <see cref="KillAsync"/>.</summary>
    public void Restart()
    {
        _process.Dispose();
        _output.Enqueue($"[{Name}] restarted");
        _process = Launch();
    }

    private Process Launch()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { "exec", ProgramPath },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (key, value) in _environment) start.Environment[key] = value;
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, line) => { if (line.Data is not null) _output.Enqueue($"[{Name}] {line.Data}"); };
        process.ErrorDataReceived += (_, line) => { if (line.Data is not null) _output.Enqueue($"[{Name}] {line.Data}"); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    // Built beside this test project, in the same configuration (a project reference orders the build).
    private static string ProgramPath
    {
        get
        {
            var testProject = Path.Combine(RumourBot.Tests.Support.RepositoryPaths.Root, "tests", "RumourBot.Discord.Tests");
            var output = Path.GetRelativePath(testProject, AppContext.BaseDirectory); // bin/<configuration>/<framework>
            var path = Path.Combine(RumourBot.Tests.Support.RepositoryPaths.Root, "tests", "RumourBot.ShardProcess", output, "RumourBot.ShardProcess.dll");
            return File.Exists(path) ? path : throw new FileNotFoundException("build tests/RumourBot.ShardProcess first", path);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
