using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RumourBot.Coordination;

namespace RumourBot.Feeds;

/// <summary>
/// Checks every feed when it is due, on the injected clock: each feed every <see cref="FeedOptions.PollInterval"/>,
/// a failing one less often (<see cref="FeedBook.Backoff"/>). Between rounds it sleeps until the next feed is due,
/// and never longer than the interval, so a feed added meanwhile is not kept waiting.
/// <para>
/// With shards across processes, a process checks only the feeds of the guilds it owns, and a feed's address is
/// claimed through a lease (<see cref="FeedAddressLease"/>) held for an interval and renewed at each check: an
/// address several servers follow is read by one process, once per interval, and another takes it over when that
/// process dies and its lease runs out. A subscription whose address another process reads waits
/// <see cref="HeldElsewhereWait"/> and tries again; its articles reach the rumours all the same.
/// </para>
/// </summary>
public sealed partial class FeedPoller(
    FeedBook book,
    FeedIngester ingester,
    IOptions<FeedOptions> options,
    TimeProvider time,
    ILogger<FeedPoller> logger,
    IWorkLeases? leases = null,
    ProcessIdentity? process = null,
    GuildOwnership? ownership = null) : BackgroundService
{
    private static readonly TimeSpan ShortestSleep = TimeSpan.FromSeconds(1);

    /// <summary>How long a feed whose address another process reads waits before it tries to claim it again.</summary>
    public static readonly TimeSpan HeldElsewhereWait = TimeSpan.FromMinutes(1);

    private readonly GuildOwnership _ownership = ownership ?? GuildOwnership.Everything;
    private readonly Lock _heldLock = new();
    private readonly HashSet<string> _held = [];

    /// <summary>Raised after each round, once the poller's sleep has begun (so a fake clock may be moved on).</summary>
    public event Action<FeedRound>? RoundCompleted;

    /// <summary>Checks every feed that is due, one after another; returns how many were checked.</summary>
    public async Task<int> CheckDueAsync(CancellationToken cancellationToken)
    {
        var checkedFeeds = 0;
        foreach (var feed in book.Due())
        {
            if (!_ownership.Owns(feed.GuildId)) continue; // another process's guild
            try
            {
                if (!ClaimAddress(feed))
                {
                    book.Postpone(feed, time.GetUtcNow() + HeldElsewhereWait);
                    LogHeldElsewhere(feed.Id);
                    continue;
                }
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
            var nextDue = book.NextDue();
            // Still due after the round: another process's guild (that process may be down), not worth a busy loop.
            if (!_ownership.OwnsEveryGuild && nextDue <= time.GetUtcNow()) nextDue = time.GetUtcNow() + HeldElsewhereWait;
            return (checkedFeeds, nextDue);
        }
        catch (Exception error) when (!stoppingToken.IsCancellationRequested)
        {
            LogRoundFailed(error);
            return (0, null);
        }
    }

    /// <summary>The lease on a feed's address: the same for every server that follows it.</summary>
    public static string FeedAddressLease(string url) =>
        "feed:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(url)).AsSpan(0, 12));

    // Held a little longer than an interval, so the holder's next check renews it before anyone else may claim it.
    private bool ClaimAddress(FeedSubscription feed)
    {
        if (leases is null || process is null) return true; // alone: nobody to share with
        var work = FeedAddressLease(feed.Url);
        if (!leases.TryClaim(work, process.Holder, time.GetUtcNow(), options.Value.PollInterval + HeldElsewhereWait)) return false;
        lock (_heldLock) _held.Add(work);
        return true;
    }

    /// <summary>A process that stops gives up its addresses, so another (or its own restart) reads them at once.</summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (leases is null || process is null) return;
        string[] held;
        lock (_heldLock) held = [.. _held];
        foreach (var work in held)
        {
            try
            {
                leases.Release(work, process.Holder);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                LogReleaseFailed(error, work); // the lease runs out by itself
            }
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

    [LoggerMessage(Level = LogLevel.Debug, Message = "Feed {FeedId}'s address is read by another process; trying again later")]
    private partial void LogHeldElsewhere(string feedId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not give up the lease {Work}; it runs out by itself")]
    private partial void LogReleaseFailed(Exception error, string work);

    [LoggerMessage(Level = LogLevel.Error, Message = "A round of feed checks failed; the next round tries again")]
    private partial void LogRoundFailed(Exception error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not record feed {FeedId}'s failure")]
    private partial void LogRecordFailed(Exception error, string feedId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Checking feed {FeedId} failed unexpectedly")]
    private partial void LogCheckCrashed(Exception error, string feedId);
}
