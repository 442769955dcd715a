using System.Globalization;
using CsvHelper;
using RumourBot.Polls;
using RumourBot.Settling;

namespace RumourBot.Exports;

/// <summary>
/// A server's own data as CSV (CsvHelper: quoting, commas and line breaks in questions handled), so a server can take
/// its history elsewhere: polls with each answer's votes, members' scored predictions, settled transfers.
/// Times are ISO 8601 in UTC; ids are strings, since 64-bit snowflakes lose digits in spreadsheets.
/// </summary>
public sealed class ServerExport(PollBook polls, ISettlementStore settling)
{
    public (byte[] Csv, int Rows) Write(ExportKind kind, ulong guildId) => kind switch
    {
        ExportKind.Polls => ToCsv(PollRows(guildId)),
        ExportKind.Predictions => ToCsv(Predictions(guildId)),
        _ => ToCsv(Settlements(guildId)),
    };

    private List<PollRow> PollRows(ulong guildId)
    {
        var rows = new List<PollRow>();
        foreach (var poll in polls.InGuild(guildId))
        {
            var votes = polls.Votes(poll.Id).GroupBy(v => v.Emoji).ToDictionary(g => g.Key, g => g.Count());
            rows.AddRange(poll.Options.Select(o => new PollRow(poll.Id, poll.Question, poll.State.ToString().ToLowerInvariant(), Time(poll.CreatedAt),
                Time(poll.ClosesAt), poll.ClosedAt is { } closed ? Time(closed) : null, poll.CreatorName, poll.RumourId, poll.MultipleChoice,
                poll.HideResults, o.Emoji, o.Label, votes.GetValueOrDefault(o.Emoji))));
        }
        return rows;
    }

    private List<PredictionRow> Predictions(ulong guildId)
    {
        var polls = settling.PollsInGuild(guildId).ToDictionary(p => p.Id);
        return settling.PredictionsInGuild(guildId)
            .OrderBy(p => p.PollId).ThenBy(p => p.VoterId)
            .Select(p =>
            {
                var poll = polls.GetValueOrDefault(p.PollId);
                var ballot = poll?.Ballots.FirstOrDefault(b => b.VoterId == p.VoterId);
                var answers = ballot is null ? "" : string.Join(" | ", ballot.Emojis.Select(e => poll!.OptionFor(e)?.Label ?? e));
                return new PredictionRow(p.PollId, poll?.Question ?? "", p.RumourId, Id(p.VoterId), p.VoterName, answers,
                    poll?.OptionFor(poll.Answer)?.Label, p.Right, Math.Round(p.Brier, 4));
            })
            .ToList();
    }

    private List<SettlementRow> Settlements(ulong guildId) =>
        settling.SettlementsInGuild(guildId)
            .OrderBy(s => s.SettledAt)
            .Select(s => new SettlementRow(s.RumourId, s.Player, s.FromClub, s.RumourClub, s.Outcome.ToWireName(), s.Club, s.Note,
                Time(s.SettledAt), s.SettledByName, s.CorrectedAt is { } corrected ? Time(corrected) : null, s.CorrectedByName))
            .ToList();

    // Questions and names are typed by members: a field a spreadsheet would run as a formula (=, +, -, @) is escaped.
    private static readonly CsvWriterOptions Options = new() { Injection = CsvInjection.Escape, TrueValue = "true", FalseValue = "false" };

    private static (byte[], int) ToCsv<T>(IReadOnlyList<T> rows)
    {
        using var buffer = new MemoryStream();
        using (var csv = CsvWriter.Create(buffer, Options, leaveOpen: true))
        {
            if (rows.Count == 0) csv.WriteHeader<T>(); // the columns, even for a server with nothing yet
            else csv.WriteRecords(rows);
        }
        return (buffer.ToArray(), rows.Count);
    }

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string Id(ulong id) => id.ToString(CultureInfo.InvariantCulture);
}
