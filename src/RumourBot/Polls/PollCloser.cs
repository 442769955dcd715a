using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RumourBot.Coordination;

namespace RumourBot.Polls;

/// <summary>
/// Closes polls at their deadline: at start-up (deadlines that passed while the bot was down) and then once a
/// minute, on the injected clock. Whoever shows polls hears of it through <see cref="PollBook.Closed"/>. A poll on
/// Discord whose deadline passed while the bot was down waits for its recount (votes cast meanwhile are only on its
/// message), for at most <see cref="RecountGrace"/>. A pass that fails (the database refusing) is logged and the
/// next one runs as usual: one error must not stop the service, nor with it the host. With shards across processes,
/// each closes only the polls of the guilds it owns (<see cref="GuildOwnership"/>).
/// </summary>
public sealed partial class PollCloser(PollBook polls, TimeProvider time, ILogger<PollCloser> logger, GuildOwnership? ownership = null) : BackgroundService
{
    private readonly GuildOwnership _ownership = ownership ?? GuildOwnership.Everything;

    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    /// <summary>How long overdue polls on Discord wait for their recount before they close without it.</summary>
    public static readonly TimeSpan RecountGrace = TimeSpan.FromMinutes(10);

    private readonly DateTimeOffset _startedAt = time.GetUtcNow();

    // Made at start, before the loop runs on its own thread, so the clock's first minute is never missed.
    private PeriodicTimer? _timer;

    /// <summary>Raised after each pass with the number of polls it closed, or null when the pass failed.</summary>
    public event Action<int?>? Swept;

    /// <summary>Closes every poll whose deadline has passed; returns how many.</summary>
    public int CloseDue()
    {
        var closed = 0;
        var waitForRecount = time.GetUtcNow() < _startedAt + RecountGrace;
        foreach (var poll in polls.Due())
        {
            if (!_ownership.Owns(poll.GuildId)) continue;
            if (waitForRecount && poll.MessageId is not null && poll.ClosesAt <= _startedAt && !polls.WasRecounted(poll.Id)) continue;
            Close(poll);
            closed++;
        }
        return closed;
    }

    /// <summary>Polls that ended while the bot was down close before anything else runs.</summary>
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        polls.Recounted += CloseIfOverdue;
        _timer = new PeriodicTimer(Interval, time);
        Sweep();
        return base.StartAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        polls.Recounted -= CloseIfOverdue;
        await base.StopAsync(cancellationToken);
        _timer?.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var timer = _timer ?? new PeriodicTimer(Interval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken)) Sweep();
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private void Sweep()
    {
        int? closed = null;
        try
        {
            closed = CloseDue();
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            LogPassFailed(error);
        }
        Swept?.Invoke(closed);
    }

    // A poll recounted after its deadline passed (while the bot was down) closes now that its votes are in.
    private void CloseIfOverdue(Poll poll)
    {
        try
        {
            if (poll.ClosesAt <= time.GetUtcNow() && _ownership.Owns(poll.GuildId)) Close(poll);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            LogPassFailed(error);
        }
    }

    private void Close(Poll poll)
    {
        var tally = polls.Close(poll);
        LogClosed(poll.Id, poll.GuildId, tally.Voters);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Poll {PollId} in guild {GuildId} closed at its deadline with {Voters} voters")]
    private partial void LogClosed(int pollId, ulong guildId, int voters);

    [LoggerMessage(Level = LogLevel.Error, Message = "Closing due polls failed; the next pass tries again")]
    private partial void LogPassFailed(Exception error);
}
