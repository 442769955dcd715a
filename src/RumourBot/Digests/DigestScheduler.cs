using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RumourBot.Coordination;

namespace RumourBot.Digests;

/// <summary>
/// Posts each server's digest at its slots, on the injected clock. It sleeps until the earliest slot of any schedule
/// (at most a minute at a time, and less when a schedule changes), then posts every schedule whose slot has come.
/// <para>
/// A slot is claimed (written to the database) before its digest is posted: a crash or restart after posting never
/// posts that slot again, at the price that a crash between claiming and posting skips the slot. Its news is not
/// lost, because where the digests have got to moves only once a digest reached the channel; the next digest
/// carries it. A double post in a channel is worse than a late digest.
/// </para>
/// <para>
/// After downtime over one or more slots the bot posts one catch-up digest for the latest slot that has passed, not
/// one per missed slot, and the catch-up covers everything since the last digest that was posted.
/// </para>
/// <para>With shards across processes, each posts only the digests of the guilds it owns (<see cref="GuildOwnership"/>).</para>
/// </summary>
public sealed partial class DigestScheduler : BackgroundService
{
    public static readonly TimeSpan LongestSleep = TimeSpan.FromMinutes(1);

    /// <summary>Raised as the loop goes to sleep, with the earliest slot it plans for: lets a test wait on the loop, not on time.</summary>
    public event Action<DateTimeOffset?>? Sleeping;
    private static readonly TimeSpan ShortestSleep = TimeSpan.FromSeconds(1);

    private readonly DigestBook _book;
    private readonly DigestPublisher _publisher;
    private readonly TimeProvider _time;
    private readonly ILogger<DigestScheduler> _logger;
    private readonly GuildOwnership _ownership;
    private TaskCompletionSource _wake = NewWake();

    public DigestScheduler(DigestBook book, DigestPublisher publisher, TimeProvider time, ILogger<DigestScheduler> logger, GuildOwnership? ownership = null)
    {
        _ownership = ownership ?? GuildOwnership.Everything;
        _book = book;
        _publisher = publisher;
        _time = time;
        _logger = logger;
        book.Changed += Wake;
    }

    /// <summary>Posts the digest of every schedule whose slot has come; returns how many were attempted.</summary>
    public Task<int> PostDueAsync(CancellationToken cancellationToken) => PostDueAsync(_time.GetUtcNow(), cancellationToken);

    private async Task<int> PostDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var attempted = 0;
        foreach (var schedule in _book.Due(now))
        {
            if (!_ownership.Owns(schedule.Id)) continue; // another process's guild
            try
            {
                if (DigestTiming.Of(schedule) is not { } timing)
                {
                    // The publisher turns off a schedule that cannot be read, and says why; nothing is posted.
                    await _publisher.PostAsync(schedule, DigestNonce.ForSlot(schedule.Channel, now), cancellationToken);
                    continue;
                }
                if (timing.LatestAtOrBefore(now) is not { } slot) continue;
                if (schedule.NextSlot < slot) LogCatchingUp(schedule.Id, schedule.NextSlot!.Value, slot);
                if (!_book.ClaimSlot(schedule, slot, timing.NextAfter(slot))) continue; // replaced or removed meanwhile
                await _publisher.PostAsync(schedule, DigestNonce.ForSlot(schedule.Channel, slot), scheduled: true, cancellationToken);
                attempted++;
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                LogScheduleFailed(error, schedule.Id); // one server's trouble never holds up the others
            }
        }
        return attempted;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield(); // the first pass (a catch-up after downtime) never holds up the host's start-up
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var wake = Volatile.Read(ref _wake);
                if (wake.Task.IsCompleted) Interlocked.CompareExchange(ref _wake, wake = NewWake(), wake);
                // One reading of the clock for the pass and the sleep after it: the sleep is planned from what the
                // pass saw, so time that moves on during the pass is not slept through.
                var passedAt = _time.GetUtcNow();
                try
                {
                    await PostDueAsync(passedAt, stoppingToken);
                }
                catch (Exception error) when (error is not OperationCanceledException)
                {
                    LogLoopFailed(error);
                }
                await SleepAsync(wake, passedAt, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    // Until the earliest slot, but never more than a minute (so a clock change cannot strand it) and never a busy loop.
    // The wait counts from the pass's reading of the clock: a clock that passed the wake-up before the timer ran (a long
    // pass, or a test's clock moved meanwhile) means no sleep at all, not a whole wait counted from the new time.
    private async Task SleepAsync(TaskCompletionSource wake, DateTimeOffset now, CancellationToken stoppingToken)
    {
        var slot = _book.EarliestSlot();
        // A slot that passed after a pass is another process's guild (whose process may be down): plan for ours.
        if (slot <= now) slot = _book.Due(now + LongestSleep).Where(s => _ownership.Owns(s.Id)).Min(s => s.NextSlot);
        var wait = (slot ?? DateTimeOffset.MaxValue) - now;
        if (wait > LongestSleep) wait = LongestSleep;
        if (wait < ShortestSleep) wait = ShortestSleep;
        var wakeUp = now + wait;
        using var sleep = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var left = wakeUp - _time.GetUtcNow();
        var timer = Task.Delay(left > TimeSpan.Zero ? left : TimeSpan.Zero, _time, sleep.Token); // the timer runs before anyone hears of the sleep
        if (_time.GetUtcNow() < wakeUp) // else the clock passed the wake-up before the timer ran: no sleep
        {
            Sleeping?.Invoke(slot);
            await Task.WhenAny(timer, wake.Task);
        }
        await sleep.CancelAsync(); // no timer left behind when a change woke us
        stoppingToken.ThrowIfCancellationRequested();
    }

    private void Wake() => Volatile.Read(ref _wake).TrySetResult();

    private static TaskCompletionSource NewWake() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    public override void Dispose()
    {
        _book.Changed -= Wake;
        base.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Guild {GuildId}: digest slots from {Missed} passed while the bot was down; one catch-up digest for {Slot}")]
    private partial void LogCatchingUp(ulong guildId, DateTimeOffset missed, DateTimeOffset slot);

    [LoggerMessage(Level = LogLevel.Error, Message = "Digest of guild {GuildId} failed")]
    private partial void LogScheduleFailed(Exception error, ulong guildId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Digest scheduler pass failed; trying again shortly")]
    private partial void LogLoopFailed(Exception error);
}
