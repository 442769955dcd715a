using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace RumourBot.Feeds;

/// <summary>
/// Checks every feed when it is due, on the injected clock: each feed every <see cref="FeedOptions.PollInterval"/>,
/// a failing one less often (<see cref="FeedBook.Backoff"/>). Between rounds it sleeps until the next feed is due,
/// and never longer than the interval, so a feed added meanwhile is not kept waiting.
/// </summary>
public sealed partial class FeedPoller(
    FeedBook book,
    FeedIngester ingester,
    IOptions<FeedOptions> options,
    TimeProvider time,
    ILogger<FeedPoller> logger) : BackgroundService
{
    private static readonly TimeSpan ShortestSleep = TimeSpan.FromSeconds(1);

    /// <summary>Raised after each round, once the poller's sleep has begun (so a fake clock may be moved on).</summary>
    public event Action<FeedRound>? RoundCompleted;

    /// <summary>Checks every feed that is due, one after another; returns how many were checked.</summary>
    public async Task<int> CheckDueAsync(CancellationToken cancellationToken)
    {
        var checkedFeeds = 0;
        foreach (var feed in book.Due())
        {
            try
            {
                await ingester.CheckAsync(feed, cancellationToken);
            }
            catch (Exception error) when (!cancellationToken.IsCancellationRequested)
            {
                // A fault of ours (the database, a parser bug) must not stop the other feeds: it is logged and the
                // feed backs off like any failing one.
                LogCheckCrashed(error, feed.Id);
                book.RecordFailure(feed, "An internal error stopped this check; it has been logged.");
            }
            checkedFeeds++;
        }
        return checkedFeeds;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var checkedFeeds = await CheckDueAsync(stoppingToken);
                var now = time.GetUtcNow();
                var interval = options.Value.PollInterval;
                var wait = (book.NextDue() ?? now + interval) - now;
                wait = wait < ShortestSleep ? ShortestSleep : wait > interval ? interval : wait;
                var sleep = Task.Delay(wait, time, stoppingToken);
                RoundCompleted?.Invoke(new FeedRound(checkedFeeds, now + wait));
                await sleep;
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Checking feed {FeedId} failed unexpectedly")]
    private partial void LogCheckCrashed(Exception error, string feedId);
}
