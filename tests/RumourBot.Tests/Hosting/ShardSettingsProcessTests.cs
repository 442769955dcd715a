using System.Diagnostics;
using System.Reflection;
using RumourBot.Tests.Support;

namespace RumourBot.Tests.Hosting;

/// <summary>Shard settings that make no sense stop the real program at start: one line on stderr, exit status 1.</summary>
public class ShardSettingsProcessTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    // The app as its own project built it (see LocalConsoleProcessTests for why not the copy beside the tests).
    private static string BuiltApp => Path.Combine(RepositoryPaths.Root, "src", "RumourBot", "bin",
        typeof(ShardSettingsProcessTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug",
        "net10.0", "RumourBot.dll");

    [Theory]
    [InlineData("2", "2", "Discord:ShardIds names shard 2, outside Discord:TotalShards 2")]
    [InlineData("4", "0-x", "Discord:ShardIds \"0-x\" is not a list of shard ids")]
    [InlineData(null, "1", "Discord:ShardIds (1) needs Discord:TotalShards")]
    [InlineData("two", "1", "Discord:TotalShards")]
    public async Task Bad_shard_settings_stop_the_bot_with_one_line_and_status_1(string? totalShards, string shardIds, string expected)
    {
        using var data = new TempFolder();
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { BuiltApp },
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = data.Path,
        };
        start.Environment["Storage__DataFolder"] = data.Path;
        start.Environment["Discord__Token"] = "a-token-that-must-never-be-used";
        start.Environment["Discord__ApiBaseUrl"] = "http://127.0.0.1:9/api/v10"; // never reached: the settings are checked first
        start.Environment["Discord__ShardIds"] = shardIds;
        if (totalShards is not null) start.Environment["Discord__TotalShards"] = totalShards;

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(Patience);
        await process.WaitForExitAsync(timeout.Token);

        Assert.Equal(1, process.ExitCode);
        var line = Assert.Single((await errors).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.StartsWith("error: configuration: ", line);
        Assert.Contains(expected, line);
        Assert.Equal("", await output);
    }
}
