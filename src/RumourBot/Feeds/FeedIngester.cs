using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RumourBot.Fetching;
using RumourBot.Ingestion;
using RumourBot.Reports;

namespace RumourBot.Feeds;

/// <summary>
/// Reads a feed and imports its new articles: a conditional GET (an unchanged feed costs a 304 and nothing else),
/// then each article the subscription has not seen (by guid or link) is fetched, its text extracted and imported
/// as a report, a few at a time. The first read, when a server adds the feed, imports what the feed already lists
/// as backfill.
/// </summary>
public sealed partial class FeedIngester(
    FeedBook book,
    SafeHttpFetcher fetcher,
    ArticleReader articles,
    ReportImporter importer,
    IOptions<FeedOptions> options,
    TimeProvider time,
    ILogger<FeedIngester> logger)
{
    public const string Accept = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1";

    /// <summary>
    /// /feeds add: reads the feed and, if it is one, subscribes the server and imports what it lists as backfill.
    /// A URL that is not a readable feed is a <see cref="FeedCheckOutcome.Failed"/> check and nothing is stored.
    /// </summary>
    public Task<FeedCheck> SubscribeAsync(ulong guildId, Uri url, string addedBy, CancellationToken cancellationToken) =>
        SubscribeAsync(guildId, url, addedBy, progress: null, cancellationToken);

    /// <param name="progress">Told (articles done, articles to read) as each of the feed's articles is imported.</param>
    public async Task<FeedCheck> SubscribeAsync(ulong guildId, Uri url, string addedBy, IProgress<(int Done, int Total)>? progress, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var feed = new FeedSubscription
        {
            Id = FeedSubscription.IdFor(guildId, url.AbsoluteUri),
            GuildId = guildId,
            Url = url.AbsoluteUri,
            AddedBy = addedBy,
            AddedAt = now,
            NextCheckAt = now + options.Value.PollInterval,
        };
        var fetched = await fetcher.FetchAsync(url, Accept, conditions: null, cancellationToken);
        if (!fetched.IsFetched) return new FeedCheck(FeedCheckOutcome.Failed, feed, fetched.Problem);
        if (!FeedParser.TryParse(fetched.Body, url, out var parsed, out var problem)) return new FeedCheck(FeedCheckOutcome.Failed, feed, problem);

        feed.Title = parsed.Title;
        if (!book.TryAdd(feed)) return new FeedCheck(FeedCheckOutcome.Failed, feed, "This server already follows that feed.");
        LogSubscribed(guildId, parsed.Title, parsed.Articles.Count);
        return await ImportAsync(feed, parsed, new FetchConditions(fetched.ETag, fetched.LastModified), backfill: true, cancellationToken, progress);
    }

    /// <summary>A scheduled check of a feed the server follows.</summary>
    public async Task<FeedCheck> CheckAsync(FeedSubscription feed, CancellationToken cancellationToken)
    {
        var url = new Uri(feed.Url);
        var fetched = await fetcher.FetchAsync(url, Accept, new FetchConditions(feed.ETag, feed.LastModified), cancellationToken);
        if (fetched.Outcome == FetchOutcome.NotModified)
        {
            book.RecordSuccess(feed, 0, 0);
            return new FeedCheck(FeedCheckOutcome.NotModified, feed);
        }
        if (!fetched.IsFetched) return Failed(feed, fetched.Problem ?? fetched.Outcome.ToString());
        if (!FeedParser.TryParse(fetched.Body, url, out var parsed, out var problem)) return Failed(feed, problem);

        feed.Title = parsed.Title;
        // The old validators no longer match, and the new ones are kept only once every new article is in (see
        // ImportAsync): should this import fail, the next check must read the feed in full, not hear 304.
        feed.ETag = null;
        feed.LastModified = null;
        return await ImportAsync(feed, parsed, new FetchConditions(fetched.ETag, fetched.LastModified), backfill: false, cancellationToken);
    }

    private FeedCheck Failed(FeedSubscription feed, string problem)
    {
        book.RecordFailure(feed, problem);
        LogCheckFailed(feed.GuildId, feed.Title, feed.ConsecutiveFailures, problem);
        return new FeedCheck(FeedCheckOutcome.Failed, feed, problem);
    }

    /// <param name="validators">The ETag and Last-Modified of the answer <paramref name="parsed"/> came from.</param>
    private async Task<FeedCheck> ImportAsync(FeedSubscription feed, ParsedFeed parsed, FetchConditions validators, bool backfill, CancellationToken cancellationToken,
        IProgress<(int Done, int Total)>? progress = null)
    {
        var seen = book.SeenKeys(feed.Id);
        var fresh = parsed.Articles
            .Where(a => a.Key is { } key && !seen.Contains(key) && (a.Link is null || !seen.Contains(a.Link.AbsoluteUri)))
            .DistinctBy(a => a.Key)
            .DistinctBy(a => a.Link?.AbsoluteUri ?? a.Key)
            .OrderByDescending(a => a.Published ?? DateTimeOffset.MinValue) // stable: undated articles keep the feed's order
            .ToList();
        var limit = options.Value.MaxArticlesPerCheck;
        var now = time.GetUtcNow();

        // A new feed's older articles beyond the limit are remembered unread; later ones wait for the next check.
        if (backfill)
        {
            foreach (var older in fresh.Skip(limit)) book.RecordArticle(Seen(feed, older, now, backfill, SeenFeedArticleOutcome.SkippedOlder, null));
        }

        var counts = new int[Enum.GetValues<SeenFeedArticleOutcome>().Length];
        var fromSummary = 0;
        var toRead = Math.Min(fresh.Count, limit);
        var done = 0;
        progress?.Report((0, toRead));
        await Parallel.ForEachAsync(fresh.Take(limit),
            new ParallelOptions { MaxDegreeOfParallelism = options.Value.ArticleConcurrency, CancellationToken = cancellationToken },
            async (article, token) =>
            {
                var (outcome, reportId, usedSummary) = await ImportOrFailAsync(feed, article, backfill, token);
                book.RecordArticle(Seen(feed, article, time.GetUtcNow(), backfill, outcome, reportId));
                Interlocked.Increment(ref counts[(int)outcome]);
                if (usedSummary) Interlocked.Increment(ref fromSummary);
                progress?.Report((Interlocked.Increment(ref done), toRead));
            });

        var newArticles = backfill ? fresh.Count : Math.Min(fresh.Count, limit);
        var stored = counts[(int)SeenFeedArticleOutcome.Stored];
        // With articles left for the next check, that check must read the feed in full: sent these validators, the
        // server would answer 304 and the articles left over would never be fetched.
        if (newArticles == fresh.Count)
        {
            feed.ETag = validators.ETag;
            feed.LastModified = validators.LastModified;
        }
        book.RecordSuccess(feed, newArticles, stored);
        if (newArticles > 0) LogImported(feed.GuildId, feed.Title, newArticles, stored, backfill);
        return new FeedCheck(FeedCheckOutcome.Read, feed)
        {
            NewArticles = newArticles,
            ReportsStored = stored,
            AlreadyStored = counts[(int)SeenFeedArticleOutcome.AlreadyStored],
            WithoutTransfer = counts[(int)SeenFeedArticleOutcome.NoTransfer],
            FromSummary = fromSummary,
        };
    }

    // One article's trouble (a fault of ours, the database refusing it) must not fail the whole check and send the
    // feed into backoff with its other articles: it is logged and remembered as failed, so no check retries it.
    private async Task<(SeenFeedArticleOutcome Outcome, string? ReportId, bool FromSummary)> ImportOrFailAsync(
        FeedSubscription feed, FeedArticle article, bool backfill, CancellationToken cancellationToken)
    {
        try
        {
            return await ImportArticleAsync(feed, article, backfill, cancellationToken);
        }
        catch (TooDeepHtmlException refused)
        {
            // A poisoned item: remembered as refused like any seen article, so no later check (or restart) reads it.
            LogArticleRefused(feed.GuildId, feed.Title, article.Key ?? "", refused.Message);
            return (SeenFeedArticleOutcome.Refused, null, false);
        }
        catch (Exception error) when (!cancellationToken.IsCancellationRequested)
        {
            LogArticleFailed(error, feed.GuildId, feed.Title, article.Key ?? "");
            return (SeenFeedArticleOutcome.Failed, null, false);
        }
    }

    private async Task<(SeenFeedArticleOutcome Outcome, string? ReportId, bool FromSummary)> ImportArticleAsync(
        FeedSubscription feed, FeedArticle article, bool backfill, CancellationToken cancellationToken)
    {
        // Another feed, or a member, may have brought the same link in already: no need to fetch it again.
        if (article.Link is { } link && importer.FindByLink(link.AbsoluteUri) is { } known) return (SeenFeedArticleOutcome.AlreadyStored, known.Id, false);

        var fallback = new ArticleFallback(article.Title, article.Summary, feed.Title, article.Published);
        ArticleReading reading;
        if (article.Link is { } page)
        {
            reading = await articles.ReadAsync(page, fallback, cancellationToken);
        }
        else
        {
            var summary = article.Summary is { } html ? HtmlText.ToPlainText(html) : "";
            reading = new ArticleReading(summary.Length == 0 ? null : new Report(article.Title, feed.Title, null, article.Published, summary), null, FromSummary: true);
        }
        if (reading.Report is not { } report)
        {
            LogArticleUnreadable(feed.Title, reading.Problem ?? "no text");
            return (SeenFeedArticleOutcome.Unreadable, null, false);
        }

        var result = importer.Import(report, $"feed:{feed.Url}", requireMove: true, new FeedOrigin(feed.Url, feed.Title, backfill));
        var outcome = result.Outcome switch
        {
            ImportOutcome.Stored => SeenFeedArticleOutcome.Stored,
            ImportOutcome.AlreadyStored => SeenFeedArticleOutcome.AlreadyStored,
            _ => SeenFeedArticleOutcome.NoTransfer,
        };
        return (outcome, outcome == SeenFeedArticleOutcome.NoTransfer ? null : result.Report.Id, reading.FromSummary);
    }

    private static SeenFeedArticle Seen(FeedSubscription feed, FeedArticle article, DateTimeOffset at, bool backfill, SeenFeedArticleOutcome outcome, string? reportId) => new()
    {
        Id = SeenFeedArticle.IdFor(feed.Id, article.Key!),
        FeedId = feed.Id,
        GuildId = feed.GuildId,
        FeedUrl = feed.Url,
        FeedTitle = feed.Title,
        Guid = article.Guid,
        Link = article.Link?.AbsoluteUri,
        SeenAt = at,
        Outcome = outcome,
        ReportId = reportId,
        Backfill = backfill,
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Guild {GuildId} now follows {Feed}, which lists {Articles} articles")]
    private partial void LogSubscribed(ulong guildId, string feed, int articles);

    [LoggerMessage(Level = LogLevel.Information, Message = "Feed {Feed} of guild {GuildId}: {Articles} new articles, {Stored} reports stored (backfill: {Backfill})")]
    private partial void LogImported(ulong guildId, string feed, int articles, int stored, bool backfill);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Feed {Feed} of guild {GuildId} failed ({Failures} in a row): {Problem}")]
    private partial void LogCheckFailed(ulong guildId, string feed, int failures, string problem);

    [LoggerMessage(Level = LogLevel.Error, Message = "Importing article {Article} of feed {Feed} (guild {GuildId}) failed; it will not be tried again")]
    private partial void LogArticleFailed(Exception error, ulong guildId, string feed, string article);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Article {Article} of feed {Feed} (guild {GuildId}) was refused: {Why}")]
    private partial void LogArticleRefused(ulong guildId, string feed, string article, string why);

    [LoggerMessage(Level = LogLevel.Information, Message = "An article of {Feed} had no readable text: {Problem}")]
    private partial void LogArticleUnreadable(string feed, string problem);
}
