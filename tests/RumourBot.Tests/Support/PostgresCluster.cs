using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace RumourBot.Tests.Support;

/// <summary>
/// The PostgreSQL server the Postgres tests use, one per test run: the one named by RUMOURBOT_TEST_POSTGRES (a
/// connection string, as .ci/run sets), else a throwaway cluster started from the installed binaries in a temp
/// folder on a free loopback port (as the postgres user when running as root) and removed when the run ends;
/// else none, and the Postgres tests skip saying why.
/// </summary>
public sealed class PostgresCluster
{
    public const string Variable = "RUMOURBOT_TEST_POSTGRES";

    private static readonly Lazy<PostgresCluster> Instance = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);

    private PostgresCluster(string? connectionString, string? skipReason, string? failure)
    {
        ConnectionString = connectionString;
        SkipReason = skipReason;
        Failure = failure;
    }

    public static PostgresCluster Shared => Instance.Value;

    /// <summary>A superuser's connection string to the server's "postgres" database.</summary>
    public string? ConnectionString { get; }

    /// <summary>Why there is no server to test on (nothing configured, nothing installed).</summary>
    public string? SkipReason { get; }

    /// <summary>Why the installed server could not be started: a failure, not a skip.</summary>
    public string? Failure { get; }

    private static PostgresCluster Start()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } given) return new PostgresCluster(given, null, null);
        var binaries = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(v => Path.Combine(v, "bin")).Where(b => File.Exists(Path.Combine(b, "initdb")))
                .OrderByDescending(b => int.TryParse(Path.GetFileName(Path.GetDirectoryName(b)), out var version) ? version : 0).FirstOrDefault()
            : null;
        if (binaries is null)
        {
            return new PostgresCluster(null,
                $"no PostgreSQL to test on: {Variable} is not set and there is no /usr/lib/postgresql/*/bin/initdb (apt-get install postgresql)", null);
        }
        try
        {
            return new PostgresCluster(StartThrowaway(binaries), null, null);
        }
        catch (Exception error) when (error is InvalidOperationException or IOException or System.ComponentModel.Win32Exception)
        {
            return new PostgresCluster(null, null, $"a throwaway PostgreSQL cluster from {binaries} did not start: {error.Message}");
        }
    }

    private static string StartThrowaway(string binaries)
    {
        var root = Path.Combine(Path.GetTempPath(), "rumourbot-pg-" + Guid.NewGuid().ToString("N")[..12]);
        var data = Path.Combine(root, "data");
        Directory.CreateDirectory(root);
        var asRoot = Environment.UserName == "root";
        if (asRoot) Run("chown", ["-R", "postgres:", root]); // initdb refuses to run as root
        var port = FreePort();
        Run(Path.Combine(binaries, "initdb"), ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync"], asRoot);
        Run(Path.Combine(binaries, "pg_ctl"), ["-D", data, "-l", Path.Combine(root, "log"), "-w", "-t", "60", "-o",
            $"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300", "start"], asRoot);
        Watch(binaries, data, root, asRoot);
        return $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Timeout=10";
    }

    // The test host may be killed rather than exit (the runner does so once the run is over), so no exit handler
    // would run: a detached watcher stops the cluster and deletes its folder once this process is gone.
    private static void Watch(string binaries, string data, string root, bool asRoot)
    {
        var stop = $"{(asRoot ? "runuser -u postgres -- " : "")}'{Path.Combine(binaries, "pg_ctl")}' -D '{data}' -m immediate stop";
        var script = $"while kill -0 {Environment.ProcessId} 2>/dev/null; do sleep 1; done; {stop} >/dev/null 2>&1; rm -rf '{root}'";
        var start = new ProcessStartInfo("setsid") { ArgumentList = { "sh", "-c", script }, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        Process.Start(start)?.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Run(string program, string[] arguments, bool asPostgres = false)
    {
        var start = new ProcessStartInfo(asPostgres ? "runuser" : program) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (asPostgres)
        {
            foreach (var part in new[] { "-u", "postgres", "--", program }) start.ArgumentList.Add(part);
        }
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{Path.GetFileName(program)} exited {process.ExitCode}: {errors.Trim()} {output.Result.Trim()}");
    }
}
