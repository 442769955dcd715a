using Microsoft.Extensions.Logging;

namespace RumourBot.OnDiscord;

/// <summary>
/// Work an event handler starts and cannot await (a poll message's live edit, its final edit, removing a moved
/// vote's earlier reaction): each task is kept until it ends, a failure nobody expected is logged rather than left
/// unobserved, and whoever owns the work can wait for what is still running when it stops.
/// </summary>
internal sealed partial class TrackedTasks(ILogger logger)
{
    private readonly HashSet<Task> _running = [];
    private readonly Lock _lock = new();

    /// <summary>Tasks started and not yet ended.</summary>
    public int Count
    {
        get
        {
            lock (_lock) return _running.Count;
        }
    }

    /// <param name="pollId">The poll the work is for, named in the log line if it fails.</param>
    /// <param name="work">What the work is, in a few words, for that log line.</param>
    public void Track(Task task, int pollId, string work)
    {
        lock (_lock) _running.Add(task);
        task.ContinueWith(done =>
        {
            lock (_lock) _running.Remove(done);
            if (done.Exception is { } error) LogFailed(logger, error.GetBaseException(), work, pollId);
        }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    /// <summary>Completes when every task tracked so far has ended (however it ended), or after <paramref name="patience"/>.</summary>
    public async Task WhenIdleAsync(TimeSpan patience)
    {
        Task[] running;
        lock (_lock) running = [.. _running];
        try
        {
            await Task.WhenAll(running).WaitAsync(patience);
        }
        catch (Exception error) when (error is not TimeoutException)
        {
            // already logged by the continuation
        }
        catch (TimeoutException)
        {
            LogStillRunning(logger, running.Count(t => !t.IsCompleted));
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Work} for poll {PollId} failed unexpectedly")]
    private static partial void LogFailed(ILogger logger, Exception error, string work, int pollId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} poll message updates were still running at shutdown")]
    private static partial void LogStillRunning(ILogger logger, int count);
}
