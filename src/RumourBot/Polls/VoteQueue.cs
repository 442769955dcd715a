using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace RumourBot.Polls;

/// <summary>
/// Takes reactions off the gateway's hands and stores them in batches, in the order they arrived: each batch is
/// one transaction, so thousands of votes a second cost a few disk writes, not one each. Clearing reactions and
/// cancelling a poll wait their turn in the same queue, so they never overtake a vote that came before them.
/// A crash loses at most what is still queued, and the recount at the next READY reads that back. A batch the
/// database refuses is tried again (a lock timeout or a full disk passes); one that keeps failing is stored vote by
/// vote, so only a vote that cannot be stored at all is left to the recount. Discord's reactions and the local
/// console's votes both come this way; the console waits for each vote's outcome (<see cref="EnqueueAsync"/>).
/// </summary>
public sealed partial class VoteQueue(PollBook polls, ILogger<VoteQueue> logger, TimeProvider? time = null) : BackgroundService
{
    private const int MaxBatch = 1_000;

    /// <summary>Tries of a batch before it is stored vote by vote; the waits between them double from <see cref="FirstRetryAfter"/>.</summary>
    public const int MaxAttempts = 5;
    public static readonly TimeSpan FirstRetryAfter = TimeSpan.FromMilliseconds(50);

    private readonly TimeProvider _time = time ?? TimeProvider.System;

    // A VoteChange, a WaitedVote (its sender waits for the outcome), or an Action to run once everything before it
    // is stored.
    private readonly Channel<object> _queue = Channel.CreateUnbounded<object>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Raised once a vote in a single-choice poll moved, with the answer it moved from (its reaction should go).</summary>
    public event Action<VoteChange, string>? Moved;

    public void Enqueue(VoteChange change) => _queue.Writer.TryWrite(change);

    /// <summary>
    /// Queues a vote like any other and completes with what happened to it once it is stored (or faults if it
    /// could not be stored at all). For a sender that shows the outcome, as the local console does.
    /// </summary>
    public Task<VoteOutcome> EnqueueAsync(VoteChange change)
    {
        var outcome = new TaskCompletionSource<VoteOutcome>(TaskCreationOptions.RunContinuationsAsynchronously);
        _queue.Writer.TryWrite(new WaitedVote(change, outcome));
        return outcome.Task;
    }

    /// <summary>Runs <paramref name="work"/> after everything queued before it has been stored.</summary>
    public void EnqueueInOrder(Action work) => _queue.Writer.TryWrite(work);

    /// <summary>Completes when everything queued so far has been stored.</summary>
    public Task FlushAsync()
    {
        var flushed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        EnqueueInOrder(flushed.SetResult);
        return flushed.Task;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new VoteBatch(MaxBatch);
        try
        {
            while (await _queue.Reader.WaitToReadAsync(stoppingToken)) await StoreQueuedAsync(batch, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>Stopping: what has already arrived is stored rather than left to the next recount.</summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken); // the loop has ended: this is now the only reader
        var batch = new VoteBatch(MaxBatch);
        while (_queue.Reader.TryPeek(out _)) await StoreQueuedAsync(batch, CancellationToken.None);
    }

    // Takes what is queued, in order, storing votes a batch at a time and running steps in their turn.
    private async Task StoreQueuedAsync(VoteBatch batch, CancellationToken cancellationToken)
    {
        while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var item))
        {
            if (item is VoteChange change)
            {
                batch.Add(change, null);
                continue;
            }
            if (item is WaitedVote waited)
            {
                batch.Add(waited.Change, waited.Outcome);
                continue;
            }
            await StoreAsync(batch, cancellationToken);
            Run((Action)item);
        }
        await StoreAsync(batch, cancellationToken);
    }

    private async Task StoreAsync(VoteBatch batch, CancellationToken cancellationToken)
    {
        if (batch.Count == 0) return;
        var wait = FirstRetryAfter;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var outcomes = polls.Apply(batch.Changes);
                batch.Complete(outcomes);
                Announce(batch.Changes, outcomes);
                batch.Clear();
                return;
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                // Nothing of the batch was kept (one transaction): it can be applied again as it is.
                LogBatchFailed(error, batch.Count, attempt);
                if (attempt == MaxAttempts || cancellationToken.IsCancellationRequested) break;
            }
            try
            {
                await Task.Delay(wait, _time, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                break; // stopping: StopAsync stores what is left
            }
            wait *= 2;
        }
        // Still refused: vote by vote, so one vote that cannot be stored (a bug) costs only itself, and the recount
        // at the next READY restores it from the message.
        for (var i = 0; i < batch.Count; i++)
        {
            var change = batch.Changes[i];
            try
            {
                var outcome = polls.Apply([change]);
                batch.Complete(i, outcome[0]);
                Announce([change], outcome);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                LogVoteDropped(error, change.Poll.Id);
                batch.Fail(i, error);
            }
        }
        batch.Clear();
    }

    private void Announce(IReadOnlyList<VoteChange> batch, IReadOnlyList<VoteOutcome> outcomes)
    {
        for (var i = 0; i < batch.Count; i++)
        {
            foreach (var earlier in outcomes[i].MovedFrom) Moved?.Invoke(batch[i], earlier);
        }
    }

    private void Run(Action work)
    {
        try
        {
            work();
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            LogStepFailed(error);
        }
    }

    private sealed record WaitedVote(VoteChange Change, TaskCompletionSource<VoteOutcome> Outcome);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not store {Count} vote changes (try {Attempt})")]
    private partial void LogBatchFailed(Exception error, int count, int attempt);

    [LoggerMessage(Level = LogLevel.Error, Message = "A vote in poll {PollId} could not be stored; the next recount restores it")]
    private partial void LogVoteDropped(Exception error, int pollId);

    [LoggerMessage(Level = LogLevel.Error, Message = "A queued step failed")]
    private partial void LogStepFailed(Exception error);
}
