using System.Diagnostics;

namespace RumourBot.Discord.Tests.Support;

/// <summary>
/// Runs ../shared/tools/discord_conformance.py over a JSONL file of recorded REST requests. Where ../shared is not
/// beside the repository (a lone clone) the calling test is skipped, visibly.
/// </summary>
public static class ConformanceCheck
{
    public static async Task AssertNoViolationsAsync(string recordFile)
    {
        var root = RumourBot.Tests.Support.RepositoryPaths.Root;
        var checker = Path.GetFullPath(Path.Combine(root, "..", "shared", "tools", "discord_conformance.py"));
        var spec = Path.GetFullPath(Path.Combine(root, "..", "shared", "discord", "openapi.json"));
        Skip.IfNot(File.Exists(checker) && File.Exists(spec), $"no conformance checker at {checker}");

        var start = new ProcessStartInfo("python3") { ArgumentList = { checker, "--spec", spec, recordFile }, RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.True(process.ExitCode == 0, $"conformance violations:\n{output}\n{errors}");
        Assert.Contains(" 0 violations", output);
    }
}
