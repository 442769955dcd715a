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
                RecordFailure(feed);
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
                var (checkedFeeds, nextDue) = await RoundAsync(stoppingToken);
                var now = time.GetUtcNow();
                var interval = options.Value.PollInterval;
                var wait = (nextDue ?? now + interval) - now;
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

    // One round; a failure of the database (full disk, lock timeout) is logged and the next round comes as usual:
    // an exception out of here would stop the service, and with it the host.
    private async Task<(int Checked, DateTimeOffset? NextDue)> RoundAsync(CancellationToken stoppingToken)
    {
        try
        {
            var checkedFeeds = await CheckDueAsync(stoppingToken);
            return (checkedFeeds, book.NextDue());
        }
        catch (Exception error) when (!stoppingToken.IsCancellationRequested)
        {
            LogRoundFailed(error);
            return (0, null);
        }
    }

    // Noting the failure is itself storage, which may be what failed.
    private void RecordFailure(FeedSubscription feed)
    {
        try
        {
            book.RecordFailure(feed, "An internal error stopped this check; it has been logged.");
        }
        catch (Exception error)
        {
            LogRecordFailed(error, feed.Id);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A round of feed checks failed; the next round tries again")]
    private partial void LogRoundFailed(Exception error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not record feed {FeedId}'s failure")]
    private partial void LogRecordFailed(Exception error, string feedId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Checking feed {FeedId} failed unexpectedly")]
    private partial void LogCheckCrashed(Exception error, string feedId);
}
