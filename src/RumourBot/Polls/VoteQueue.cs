using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace RumourBot.Polls;

/// <summary>
/// Takes reactions off the gateway's hands and stores them in batches, in the order they arrived: each batch is
/// one transaction, so thousands of votes a second cost a few disk writes, not one each. Clearing reactions and
/// cancelling a poll wait their turn in the same queue, so they never overtake a vote that came before them.
/// A crash loses at most what is still queued, and the recount at the next READY reads that back.
/// </summary>
public sealed partial class VoteQueue(PollBook polls, ILogger<VoteQueue> logger) : BackgroundService
{
    private const int MaxBatch = 1_000;

    // Either a VoteChange, or an Action to run once everything before it is stored.
    private readonly Channel<object> _queue = Channel.CreateUnbounded<object>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Raised once a vote in a single-choice poll moved, with the answer it moved from (its reaction should go).</summary>
    public event Action<VoteChange, string>? Moved;

    public void Enqueue(VoteChange change) => _queue.Writer.TryWrite(change);

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
        var batch = new List<VoteChange>(MaxBatch);
        try
        {
            while (await _queue.Reader.WaitToReadAsync(stoppingToken)) StoreQueued(batch);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>Stopping: what has already arrived is stored rather than left to the next recount.</summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken); // the loop has ended: this is now the only reader
        var batch = new List<VoteChange>(MaxBatch);
        while (_queue.Reader.TryPeek(out _)) StoreQueued(batch);
    }

    // Takes what is queued, in order, storing votes a batch at a time and running steps in their turn.
    private void StoreQueued(List<VoteChange> batch)
    {
        while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var item))
        {
            if (item is VoteChange change)
            {
                batch.Add(change);
                continue;
            }
            Store(batch);
            Run((Action)item);
        }
        Store(batch);
    }

    private void Store(List<VoteChange> batch)
    {
        if (batch.Count == 0) return;
        try
        {
            var outcomes = polls.Apply(batch);
            for (var i = 0; i < batch.Count; i++)
            {
                foreach (var earlier in outcomes[i].MovedFrom) Moved?.Invoke(batch[i], earlier);
            }
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // A full disk or a bug must not stop the queue (and with it every later vote): the batch is logged and
            // dropped, and the recount at the next READY restores it from the messages.
            LogBatchFailed(error, batch.Count);
        }
        batch.Clear();
    }

    private void Run(Action work)
    {
        try
        {
            work();
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            LogBatchFailed(error, 1);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not store {Count} vote changes")]
    private partial void LogBatchFailed(Exception error, int count);
}
