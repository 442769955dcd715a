using RumourBot.Charts;
using RumourBot.Commands;
using RumourBot.Fetching;
using RumourBot.Following;
using RumourBot.Ingestion;
using RumourBot.Reports;
using RumourBot.Replies;
using RumourBot.Settling;

namespace RumourBot.Rumours;

/// <summary>
/// <c>/rumours latest | about | submit</c>: the rumours as the reports tell them, with what really happened where
/// this server's moderators have settled one.
/// </summary>
public sealed class RumourCommands(RumourBook book, ReportImporter importer, ArticleReader articles, SettlementBook settlements, SubmitGate gate, ClubFollows? follows, TimeProvider time) : ICommandModule
{
    public const int MaxSubmittedCharacters = 6000;
    private const int MinSubmittedCharacters = 40;
    private const int MaxTimelineEntries = 20;

    public IEnumerable<CommandDefinition> Commands =>
    [
        new("rumours", "latest", "The latest transfer rumours, newest first",
            [
                new CommandOption("player", "Only rumours about this player", MaxLength: 100),
                new CommandOption("club", "Only rumours involving this club (name or nickname)", MaxLength: 100),
                new CommandOption("count", "How many rumours (1-10, default 5)", CommandOptionType.Integer, MinValue: 1, MaxValue: 10),
                new CommandOption("all", "Every club's rumours, not only the clubs this server follows", CommandOptionType.Boolean),
            ],
            LatestAsync),
        new("rumours", "about", "One player's rumours with their timeline",
            [new CommandOption("player", "The player's name", Required: true, MaxLength: 100)],
            AboutAsync),
        new("rumours", "submit", "Analyse a report (its text, or a link to it) and add it to the rumours",
            [
                new CommandOption("text", "The article text (or give url)", MaxLength: MaxSubmittedCharacters),
                new CommandOption("url", "A link to the article (or give text)", MaxLength: WebLink.MaxLength),
            ],
            SubmitAsync),
    ];

    private ValueTask<Reply> LatestAsync(CommandInvocation invocation, CancellationToken cancellationToken)
    {
        var player = invocation.GetString("player");
        var club = invocation.GetString("club");
        var count = (int)(invocation.GetInteger("count") ?? 5);
        // A server's followed clubs narrow the list unless a club is asked for or all:true.
        var followed = club is null && invocation.GetBoolean("all") != true && follows is not null ? follows.Of(invocation.GuildId) : new HashSet<string>();
        var rumours = followed.Count > 0 ? book.LatestInvolving(player, followed, count) : book.Latest(player, club, count);
        var filter = string.Join(", ", new[] { player, club, followed.Count > 0 ? "your clubs" : null }.Where(f => f is not null));
        var title = filter.Length == 0 ? "Latest rumours" : $"Latest rumours: {filter}";
        if (rumours.Count == 0)
        {
            var hint = filter.Length == 0 ? "No reports yet. Submit one with /rumours submit."
                : followed.Count > 0 ? $"No rumours involve the clubs this server follows ({string.Join(", ", followed.Order(StringComparer.OrdinalIgnoreCase))}) yet; all:true shows every club."
                : "Nothing matches; try a shorter name.";
            return ValueTask.FromResult(new Reply(title, hint, Ephemeral: true));
        }
        var now = time.GetUtcNow();
        var settled = settlements.For(invocation.GuildId, rumours.Select(r => r.Id));
        var fields = rumours.Select((rumour, i) => new ReplyField(
            $"{i + 1}. {rumour.Player}: {rumour.Route}",
            Marker(settled, rumour, "\n") +
            $"{RumourText.Status(rumour.Status, rumour.StatusUnsure)} · {RumourText.Fee(rumour.Fee, rumour.FeeUnclear, rumour.FeeUnsure)} · {RumourText.Source(rumour.BestSource)} · " +
            $"{RumourText.Reports(rumour.ReportCount)} · {RumourText.Ago(rumour.LastSeen, now)}\n{rumour.Latest.Summary}")).ToList();
        return ValueTask.FromResult(new Reply(title, Fields: fields, Footer: $"{book.ReportCount} reports on file"));
    }

    private ValueTask<Reply> AboutAsync(CommandInvocation invocation, CancellationToken cancellationToken)
    {
        var player = invocation.GetString("player")!;
        var rumours = book.About(player);
        if (rumours.Count == 0)
        {
            return ValueTask.FromResult(Reply.Error($"No rumours about '{player}' yet. /rumours latest lists the players we have."));
        }
        var now = time.GetUtcNow();
        var settled = settlements.For(invocation.GuildId, rumours.Select(r => r.Id));
        var fields = new List<ReplyField>();
        foreach (var rumour in rumours)
        {
            var entries = rumour.Stories.OrderByDescending(s => s.Published).Take(MaxTimelineEntries).Reverse();
            foreach (var story in entries)
            {
                var outlets = story.Outlets.Count == 0 ? "" : " · " + string.Join(", ", story.Outlets);
                var prefix = rumours.Count > 1 ? $"{rumour.Route} · " : "";
                fields.Add(new ReplyField(
                    $"{prefix}{RumourText.Date(story.Published)} · {RumourText.Status(story.Status, story.StatusUnsure)} · {RumourText.Fee(story.Fee, story.FeeUnclear, story.FeeUnsure)}{outlets}",
                    story.Summary));
            }
            if (settled.GetValueOrDefault(rumour.Id) is { } settlement)
            {
                // The end of the timeline: what really happened, as this server's moderators recorded it.
                var prefix = rumours.Count > 1 ? $"{rumour.Route} · " : "";
                var note = settlement.Note is { } text ? $"\n“{text}”" : "";
                fields.Add(new ReplyField($"{prefix}{RumourText.Date(settlement.SettledAt)} · ✅ settled",
                    $"{SettlementText.Happened(settlement, rumour.Player)}, as settled here by {settlement.SettledByName}.{note}"));
            }
        }
        var main = rumours[0];
        var description = string.Join('\n', rumours.Select(r =>
            $"{r.Route}: " + Marker(settled, r, " · ") + $"{RumourText.Status(r.Status, r.StatusUnsure)} · {RumourText.Fee(r.Fee, r.FeeUnclear, r.FeeUnsure)} · best source {RumourText.Source(r.BestSource)} · " +
            $"{RumourText.Reports(r.ReportCount)} · first seen {RumourText.Ago(r.FirstSeen, now)}"));
        return ValueTask.FromResult(new Reply($"{main.Player}: the timeline", description, fields.TakeLast(25).ToList())
        {
            Image = TimelinePictures.For(rumours),
        });
    }

    // "✅ Settled 26 Nov 2026: joined Real Madrid" ahead of a settled rumour's status; nothing for the others.
    private static string Marker(IReadOnlyDictionary<string, Settlement> settled, Rumour rumour, string separator) =>
        settled.GetValueOrDefault(rumour.Id) is { } settlement ? SettlementText.Marker(settlement) + separator : "";

    private async ValueTask<Reply> SubmitAsync(CommandInvocation invocation, CancellationToken cancellationToken)
    {
        var text = invocation.GetString("text");
        var link = invocation.GetString("url");
        if ((text is null) == (link is null))
        {
            return Reply.Error("Give the report either as text:<article text> or as url:<link to the article>, one of the two.");
        }
        if (gate.Refusal(invocation) is { } refusal) return refusal;
        Report report;
        if (link is not null)
        {
            if (!WebLink.TryParse(link, out var url, out var problem)) return Reply.Error(problem);
            if (importer.FindByLink(url.AbsoluteUri) is { } known) return Analysis(known, alreadyStored: true);
            invocation.Progress.Report($"Reading {url.Host}…");
            var reading = await articles.ReadAsync(url, fallback: null, cancellationToken);
            if (reading.Report is null) return Reply.Error($"Could not read that article: {reading.Problem}");
            invocation.Progress.Report("Analysing the article…");
            report = reading.Report with { Published = reading.Report.Published ?? time.GetUtcNow() };
        }
        else
        {
            if (text!.Length < MinSubmittedCharacters)
            {
                return Reply.Error($"That is too short to be a report ({text.Length} characters); paste the article's text.");
            }
            report = ReportFileReader.FromText(text, time.GetUtcNow());
        }
        var result = importer.Import(report, $"submitted by {invocation.UserName}", requireMove: true);
        if (result.Outcome == ImportOutcome.NoMoveFound)
        {
            var what = link is null ? "that text" : "that article";
            return Reply.Error($"I couldn't find a transfer in {what} (a named player and a club), so nothing was stored.");
        }
        return Analysis(result.Report, result.Outcome == ImportOutcome.AlreadyStored);
    }

    private static Reply Analysis(StoredReport report, bool alreadyStored)
    {
        var fields = report.Moves.Select(m => new ReplyField(
            $"{m.Player}: {string.Join(" / ", m.ToClubs.DefaultIfEmpty("?").Select(to => $"{m.FromClub ?? "?"} → {to}"))}",
            $"{RumourText.Status(m.Status, m.Confidence.DoubtsStatus(m.Status))} · {RumourText.Fee(m.Fee, m.FeeUnclear, m.Confidence.DoubtsFee(m.Fee))}")).ToList();
        if (report.Sources.Count > 0)
        {
            fields.Add(new ReplyField("Sources", string.Join(", ", report.Sources.Select(RumourText.Source))));
        }
        return new Reply(alreadyStored ? "Already on file" : "Report added", report.Summary, fields,
            alreadyStored ? ReplyTone.Neutral : ReplyTone.Success, Footer: report.Url);
    }
}
