using RumourBot.Tests.Support;

namespace RumourBot.Tests.LocalConsole;

/// <summary>Runs the real program with piped standard input, as README's "echo ... | dotnet run" does.</summary>
public class LocalConsoleProcessTests
{
    [Fact]
    public async Task Piped_commands_are_answered_and_end_of_input_exits_0()
    {
        using var data = new TempFolder();

        var (exit, output, _) = await BotProcess.RunAsync("/rumours latest\n/rumours latest player:Trent\n/rumours about player:Dalot\n", data);

        Assert.Equal(0, exit);
        Assert.Contains("Latest rumours", output);
        Assert.Contains("Trent Alexander-Arnold: Liverpool → Real Madrid", output);
        Assert.Contains("Diogo Dalot: the timeline", output);
        Assert.True(File.Exists(Path.Combine(data.Path, "rumourbot.db")));
    }

    [Fact]
    public async Task An_unknown_command_gets_one_line_on_stderr_and_the_session_goes_on()
    {
        using var data = new TempFolder();

        var (exit, output, errors) = await BotProcess.RunAsync("/transfers now\n/help\n", data);

        Assert.Equal(0, exit);
        Assert.Contains("error: Unknown command '/transfers'", errors);
        Assert.Contains("RumourBot commands", output);
        Assert.Contains("/rumours submit [text:<text>] [url:<text>]", output);
    }

    [Fact]
    public async Task Feeds_work_in_the_console_and_its_guard_cannot_be_opened_by_settings()
    {
        using var data = new TempFolder();

        var (exit, output, errors) = await BotProcess.RunAsync("/feeds list\n/feeds add url:http://127.0.0.1:9/transfers.rss\n/rumours submit url:http://169.254.169.254/latest/meta-data/\n", data,
            ("Fetching__AllowLoopback", "true"), ("Fetching__AllowedAddresses__0", "127.0.0.1"), ("Feeds__AllowedAddresses__0", "127.0.0.1:9"));

        Assert.Equal(0, exit);
        Assert.Contains("This server follows no feeds yet", output);
        Assert.Contains("error: Could not add that feed: 127.0.0.1 cannot be fetched: the bot only fetches public web addresses", errors);
        Assert.Contains("error: Could not read that article: 169.254.169.254 cannot be fetched: the bot only fetches public web addresses", errors);
    }

    [Fact]
    public async Task A_poll_is_opened_voted_on_with_vote_lines_and_closed()
    {
        using var data = new TempFolder();

        var (exit, output, errors) = await BotProcess.RunAsync(
            "/poll create question:Will Trent stay? rumour:Trent\nvote 1 ✅ as alice\nvote 1 ❌ as bob\nvote 1 ❌ as alice\nvote 1 🍌 as carol\n/poll close id:1\n", data);

        Assert.Equal(0, exit);
        Assert.Contains("Poll #1 is open: Will Trent stay?", output);
        Assert.Contains("alice changed their vote to ❌", output);
        Assert.Contains("Poll #1 is closed", output);
        Assert.Contains("❌ No  ██████████ 100% (2)", output);
        Assert.Contains("error: 🍌 is not an option of poll #1", errors);
    }

    [Fact]
    public async Task Polls_are_settled_and_the_fans_who_called_it_lead_the_table()
    {
        using var data = new TempFolder();
        var input = string.Join('\n',
            "/poll create question:Will Trent stay? rumour:Trent",
            "/poll create question:Will Trent join Real Madrid? rumour:Trent",
            "/poll create question:Where next? options:Real Madrid | Manchester City | Stays rumour:Trent",
            "/poll create question:Will Trent join Real Madrid before Christmas? rumour:Trent",
            "vote 1 ❌ as alice", "vote 1 ✅ as bob",
            "vote 2 ✅ as alice", "vote 2 ❌ as bob",
            "vote 3 1 as alice", "vote 3 3 as bob",
            "vote 4 ✅ as alice", "vote 4 ✅ as bob",
            "/settle rumour:Trent outcome:elsewhere",
            "/settle rumour:Trent outcome:completed note:Free transfer",
            "/leaderboard fans",
            "/settle-poll id:4 answer:yes",
            "/leaderboard fans",
            "/rumours latest player:Trent") + "\n";

        // Four polls from the console's one member: one more than a member may have open by default.
        var (exit, output, errors) = await BotProcess.RunAsync(input, data, ("Limits__OpenPollsPerMember", "4"));

        Assert.Equal(0, exit);
        Assert.Contains("error: elsewhere needs the club he joined", errors);
        Assert.Contains("Settled: Trent Alexander-Arnold joined Real Madrid", output);
        Assert.Contains("2 voters were split between “Yes” and “No” (50% each); he joined Real Madrid.", output);
        Assert.Contains("/settle-poll id:4 answer:<✅ ❌, 1-2 or none>", output);
        Assert.Contains("1. alice: 3 of 3 right (100%) · Brier 0.00\n2. bob: 0 of 3 right (0%) · Brier 2.00", output);
        Assert.Contains("Poll #4: ✅ Yes came true", output);
        Assert.Contains("1. alice: 4 of 4 right (100%) · Brier 0.00\n2. bob: 1 of 4 right (25%) · Brier 1.50", output);
        Assert.Contains("✅ Settled ", output);
    }

    [Fact]
    public async Task The_console_is_one_member_with_the_same_limits()
    {
        using var data = new TempFolder();
        var submits = Enumerable.Range(0, 6).Select(i => $"/rumours submit text:Arsenal have made a £{40 + i}m bid for Brentford striker Igor Thiago, report {i}.");
        var polls = Enumerable.Range(0, 4).Select(i => $"/poll create question:Will Thiago move {i}?");
        var input = string.Join('\n', submits.Concat(polls)) + "\n";

        var (exit, _, errors) = await BotProcess.RunAsync(input, data);

        Assert.Equal(0, exit);
        Assert.Contains("error: You have submitted 5 reports in the last minute, the most anyone may; try again in", errors);
        Assert.Contains("error: You have 3 open polls here, the most anyone may; your next one closes in", errors);
    }

    [Fact]
    public async Task A_second_start_imports_nothing_twice()
    {
        using var data = new TempFolder();
        await BotProcess.RunAsync("", data);

        var (_, output, _) = await BotProcess.RunAsync("/rumours latest count:1\n", data);

        var seeds = Directory.GetFiles(RepositoryPaths.Seeds, "*.txt").Length;
        Assert.Contains($"{seeds} reports on file", output);
    }

    [Fact]
    public async Task With_a_token_and_no_reachable_discord_it_exits_1_with_one_clear_line_and_never_shows_the_token()
    {
        using var data = new TempFolder();
        const string token = "MTIz.secret-token-value";

        var (exit, output, errors) = await BotProcess.RunAsync("", data,
            ("Discord__Token", token), ("Discord__ApiBaseUrl", "http://127.0.0.1:1/api/v10"));

        Assert.Equal(1, exit);
        Assert.Contains("Cannot reach Discord at http://127.0.0.1:1/api/v10", errors);
        Assert.DoesNotContain(token, errors + output);
    }
}
