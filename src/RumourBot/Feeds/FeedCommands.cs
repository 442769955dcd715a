using Humanizer;
using Microsoft.Extensions.Options;
using RumourBot.Commands;
using RumourBot.Fetching;
using RumourBot.Replies;
using RumourBot.Rumours;

namespace RumourBot.Feeds;

/// <summary><c>/feeds add | list | remove</c>: the RSS and Atom feeds a server follows (moderators only).</summary>
public sealed class FeedCommands(FeedBook book, FeedIngester ingester, IOptions<FeedOptions> options, TimeProvider time) : ICommandModule
{
    public IEnumerable<CommandDefinition> Commands =>
    [
        new("feeds", "add", "Follow an RSS or Atom feed: its articles become reports (Manage Server)",
            [new CommandOption("url", "The feed's address, e.g. https://example.com/transfers.rss", Required: true, MaxLength: WebLink.MaxLength)],
            AddAsync) { RequiredPermissions = Permissions.ManageGuild },
        new("feeds", "list", "The feeds this server follows and how each is doing (Manage Server)", [], ListAsync)
            { RequiredPermissions = Permissions.ManageGuild, Private = true },
        new("feeds", "remove", "Stop following a feed; its reports stay (Manage Server)",
            [new CommandOption("url", "The feed's address, as /feeds list shows it", Required: true, MaxLength: WebLink.MaxLength)],
            RemoveAsync) { RequiredPermissions = Permissions.ManageGuild },
    ];

    private async ValueTask<Reply> AddAsync(CommandInvocation invocation, CancellationToken cancellationToken)
    {
        if (invocation.GuildId == 0) return NotInServer;
        if (!WebLink.TryParse(invocation.GetString("url"), out var url, out var problem)) return Reply.Error(problem);
        if (book.Find(invocation.GuildId, url.AbsoluteUri) is { } existing)
        {
            return Reply.Error($"This server already follows {existing.Title} ({existing.Url}). /feeds list shows how it is doing.");
        }
        var limit = options.Value.MaxFeedsPerServer;
        if (book.ForGuild(invocation.GuildId).Count >= limit)
        {
            return Reply.Error($"This server already follows {limit} feeds, the most it can. Remove one with /feeds remove first.");
        }

        var progress = new ImportProgress(invocation.Progress);
        var check = await ingester.SubscribeAsync(invocation.GuildId, url, invocation.UserName, progress, cancellationToken);
        if (check.Outcome == FeedCheckOutcome.Failed) return Reply.Error($"Could not add that feed: {check.Problem} Nothing was stored.");

        var lines = new List<string>
        {
            check.NewArticles == 0 ? "It lists no articles yet."
            : check.ReportsStored == 0 ? $"None of its {"current article".ToQuantity(check.NewArticles)} added a new report."
                : $"{"earlier report".ToQuantity(check.ReportsStored)} imported from the articles it already lists (marked as backfill, so a digest mentions them in one line).",
        };
        if (check.AlreadyStored > 0) lines.Add($"{"article".ToQuantity(check.AlreadyStored)} were already on file.");
        if (check.WithoutTransfer > 0) lines.Add($"{"article".ToQuantity(check.WithoutTransfer)} named no transfer and were left out.");
        if (check.NewArticles > options.Value.MaxArticlesPerCheck) lines.Add($"Only the newest {options.Value.MaxArticlesPerCheck} articles were read.");
        lines.Add($"It will be checked every {options.Value.PollInterval.Humanize()}.");
        return new Reply($"Now following {check.Feed.Title}", string.Join('\n', lines), Tone: ReplyTone.Success, Footer: check.Feed.Url);
    }

    private ValueTask<Reply> ListAsync(CommandInvocation invocation, CancellationToken cancellationToken)
    {
        if (invocation.GuildId == 0) return ValueTask.FromResult(NotInServer);
        var feeds = book.ForGuild(invocation.GuildId);
        if (feeds.Count == 0)
        {
            return ValueTask.FromResult(new Reply("Feeds", "This server follows no feeds yet. Add one with /feeds add url:<feed address>.", Ephemeral: true));
        }
        var now = time.GetUtcNow();
        var fields = feeds.Select(feed => new ReplyField(feed.Title, Health(feed, now))).ToList();
        var failing = feeds.Count(f => f.ConsecutiveFailures > 0);
        return ValueTask.FromResult(new Reply(
            $"Feeds ({feeds.Count})",
            failing == 0 ? "All feeds are healthy." : $"{"feed".ToQuantity(failing)} failing; the bot checks those less often until they answer again.",
            fields,
            failing == 0 ? ReplyTone.Neutral : ReplyTone.Warning,
            Ephemeral: true,
            Footer: $"Checked every {options.Value.PollInterval.Humanize()}"));
    }

    /// <summary>"last success 3 hours ago · 24 articles seen, 20 reports · next check in 7 minutes", plus the last error.</summary>
    public static string Health(FeedSubscription feed, DateTimeOffset now)
    {
        var lines = new List<string> { feed.Url };
        var success = feed.LastSuccessAt is { } at ? $"last success {RumourText.Ago(at, now)}" : "never read successfully";
        lines.Add($"{success} · {"article".ToQuantity(feed.ArticlesSeen)} seen, {"report".ToQuantity(feed.ReportsStored)} · next check {RumourText.Ago(feed.NextCheckAt, now)}");
        if (feed.LastError is { } error && feed.LastErrorAt is { } when)
        {
            var streak = feed.ConsecutiveFailures > 0 ? $"failing, {"time".ToQuantity(feed.ConsecutiveFailures)} in a row" : "since recovered";
            lines.Add($"last error {RumourText.Ago(when, now)} ({streak}): {error}");
        }
        return string.Join('\n', lines);
    }

    private ValueTask<Reply> RemoveAsync(CommandInvocation invocation, CancellationToken cancellationToken)
    {
        if (invocation.GuildId == 0) return ValueTask.FromResult(NotInServer);
        if (!WebLink.TryParse(invocation.GetString("url"), out var url, out var problem)) return ValueTask.FromResult(Reply.Error(problem));
        var feed = book.Find(invocation.GuildId, url.AbsoluteUri);
        if (feed is null || !book.Remove(invocation.GuildId, url.AbsoluteUri))
        {
            return ValueTask.FromResult(Reply.Error($"This server does not follow {url.AbsoluteUri}. /feeds list shows the feeds it does follow."));
        }
        return ValueTask.FromResult(new Reply($"Stopped following {feed.Title}",
            $"Its {"report".ToQuantity(feed.ReportsStored)} stay on file.", Tone: ReplyTone.Success, Footer: feed.Url));
    }

    private static Reply NotInServer => Reply.Error("Feeds belong to a server: use /feeds in one of its channels.");
}
