using RumourBot.Tests.Support;

namespace RumourBot.Tests.Hosting;

/// <summary>Shard settings that make no sense stop the real program at start: one line on stderr, exit status 1.</summary>
public class ShardSettingsProcessTests
{
    [Theory]
    [InlineData("2", "2", "Discord:ShardIds names shard 2, outside Discord:TotalShards 2")]
    [InlineData("4", "0-x", "Discord:ShardIds \"0-x\" is not a list of shard ids")]
    [InlineData(null, "1", "Discord:ShardIds (1) needs Discord:TotalShards")]
    [InlineData("two", "1", "Discord:TotalShards")]
    public async Task Bad_shard_settings_stop_the_bot_with_one_line_and_status_1(string? totalShards, string shardIds, string expected)
    {
        using var data = new TempFolder();
        List<(string, string)> settings =
        [
            ("Discord__Token", "a-token-that-must-never-be-used"),
            ("Discord__ApiBaseUrl", "http://127.0.0.1:9/api/v10"), // never reached: the settings are checked first
            ("Discord__ShardIds", shardIds),
        ];
        if (totalShards is not null) settings.Add(("Discord__TotalShards", totalShards));

        var (exit, output, errors) = await BotProcess.RunAsync("", data, [.. settings]);

        Assert.Equal(1, exit);
        var line = Assert.Single(errors.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.StartsWith("error: configuration: ", line);
        Assert.Contains(expected, line);
        Assert.Equal("", output);
    }
}
