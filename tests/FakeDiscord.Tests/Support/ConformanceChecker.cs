using System.ComponentModel;
using System.Diagnostics;

namespace FakeDiscord.Tests.Support;

/// <summary>Runs the shared <c>discord_conformance.py</c> on a recorded JSONL file, when python3 and the tool are there.</summary>
internal static class ConformanceChecker
{
    /// <summary>The checker's verdict, or null with the reason it could not run.</summary>
    public static async Task<(int? ExitCode, string Output, string? Unavailable)> RunAsync(string recordFile)
    {
        if (FindShared() is not { } shared)
        {
            return (null, string.Empty, "shared/tools/discord_conformance.py was not found above the test folder");
        }

        var start = new ProcessStartInfo("python3")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(shared, "tools", "discord_conformance.py"));
        start.ArgumentList.Add("--spec");
        start.ArgumentList.Add(Path.Combine(shared, "discord", "openapi.json"));
        start.ArgumentList.Add(recordFile);
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception)
        {
            return (null, string.Empty, "python3 is not installed");
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            await process.WaitForExitAsync(timeout.Token);
            return (process.ExitCode, await output + await errors, null);
        }
    }

    /// <summary>
    /// Asserts that every request in the file passes; skips the calling <c>[SkippableFact]</c> visibly (after its other
    /// assertions ran) where the checker or python3 is not there.
    /// </summary>
    public static async Task AssertConformsAsync(string recordFile)
    {
        var (exitCode, output, unavailable) = await RunAsync(recordFile);
        Skip.If(unavailable is not null, $"conformance check not run: {unavailable}");
        Assert.True(exitCode == 0, $"conformance violations:\n{output}");
    }

    private static string? FindShared()
    {
        if (Environment.GetEnvironmentVariable("FAKEDISCORD_SHARED_DIR") is { Length: > 0 } configured)
        {
            return configured;
        }

        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "shared");
            if (File.Exists(Path.Combine(candidate, "tools", "discord_conformance.py")))
            {
                return candidate;
            }
        }

        return null;
    }
}
