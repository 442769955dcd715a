using System.Globalization;
using Humanizer;
using RumourBot.Commands;
using RumourBot.Replies;
using RumourBot.Rumours;

namespace RumourBot.Settling;

/// <summary><c>/leaderboard fans | sources</c>: who called this server's settled transfers right.</summary>
public sealed class LeaderboardCommands(Leaderboards leaderboards) : ICommandModule
{
    public const int DefaultFanMinimum = 3;
    public const int DefaultSourceMinimum = 1;
    private const int Shown = 10;
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public IEnumerable<CommandDefinition> Commands =>
    [
        new("leaderboard", "fans", "Members ranked by how often their poll answers came true",
            [new CommandOption("min", $"Only members with at least this many settled predictions (default {DefaultFanMinimum})", CommandOptionType.Integer, MinValue: 1, MaxValue: 1000)],
            FansAsync),
        new("leaderboard", "sources", "Outlets and journalists ranked by how often what they reported came true",
            [new CommandOption("min", $"Only sources with at least this many settled calls (default {DefaultSourceMinimum})", CommandOptionType.Integer, MinValue: 1, MaxValue: 1000)],
            SourcesAsync),
        new("leaderboard", "crowd", "How often this server's polls called it, with a calibration chart", [], CrowdAsync),
    ];

    private ValueTask<Reply> FansAsync(CommandInvocation invocation, CancellationToken cancellationToken)
    {
        var minimum = (int)(invocation.GetInteger("min") ?? DefaultFanMinimum);
        var standings = leaderboards.Fans(invocation.GuildId, minimum);
        if (standings.Count == 0)
        {
            return Answer(new Reply("Leaderboard: fans",
                $"Nobody here has {"settled prediction".ToQuantity(minimum)} yet. Polls tied to a rumour count once a moderator settles it with /settle.",
                Ephemeral: true));
        }
        var lines = standings.Take(Shown).Select((s, i) =>
            $"{i + 1}. {s.Name}: {s.Right} of {s.Total} right ({s.Share.ToString("P0", English)}) · Brier {s.MeanBrier.ToString("0.00", English)}");
        return Answer(new Reply("Leaderboard: fans", string.Join('\n', lines),
            Footer: $"Members with at least {"settled prediction".ToQuantity(minimum)}, by share right, then mean Brier score " +
                "(0 is sure and right, 2 is sure and wrong), then number of predictions."));
    }

    private ValueTask<Reply> SourcesAsync(CommandInvocation invocation, CancellationToken cancellationToken)
    {
        var minimum = (int)(invocation.GetInteger("min") ?? DefaultSourceMinimum);
        var standings = leaderboards.Sources(invocation.GuildId, minimum);
        if (standings.Count == 0)
        {
            return Answer(new Reply("Leaderboard: sources",
                "No cited source has a settled call here yet. Sources are scored once a moderator settles their rumours with /settle.",
                Ephemeral: true));
        }
        var lines = standings.Take(Shown).Select((s, i) =>
            $"{i + 1}. {RumourText.Source(s.Source)}: {s.Right} of {s.Total} right · score {s.Score.ToString("P0", English)}");
        return Answer(new Reply("Leaderboard: sources", string.Join('\n', lines),
            Footer: "Ranked by (right + 1) / (calls + 2), so one lucky call cannot top the table. A call is a source's reports on one " +
                $"settled rumour; a move is right when he joined that club. Sources with at least {"call".ToQuantity(minimum)}."));
    }

    private ValueTask<Reply> CrowdAsync(CommandInvocation invocation, CancellationToken cancellationToken)
    {
        var record = leaderboards.Crowd(invocation.GuildId);
        if (record.Polls == 0)
        {
            return Answer(new Reply("Leaderboard: the crowd",
                "No settled poll here has a known answer and votes yet. Polls tied to a rumour count once a moderator settles it with /settle.",
                Ephemeral: true));
        }
        var chart = record.ToChart();
        var bands = chart.Bins.Where(b => b.Forecasts > 0).Select(b =>
            $"{b.From.ToString("P0", English)}–{b.To.ToString("P0", English)} of the votes: {b.CameTrue} of {"answer".ToQuantity(b.Forecasts)} came true ({b.Observed.ToString("P0", English)})");
        var picture = Charts.CalibrationChart.Render(chart, "crowd-calibration.png");
        return Answer(new Reply("Leaderboard: the crowd",
            $"The answer with the most votes came true in {record.MajorityRight} of {"settled poll".ToQuantity(record.Polls)} ({record.MajorityShare.ToString("P0", English)}).",
            [new ReplyField("When the crowd gave an answer…", string.Join('\n', bands))],
            Footer: "Each answer of each settled poll is a forecast: its share of the votes. A well-calibrated crowd's 70% answers come true 70% of the time (the diagonal). A tie at the top is no majority.")
        {
            Image = new ReplyImage(picture.FileName, picture.Png, picture.Description),
        });
    }

    private static ValueTask<Reply> Answer(Reply reply) => ValueTask.FromResult(reply);
}
