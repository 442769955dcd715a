using Microsoft.Extensions.Logging;

namespace RumourBot.OnDiscord;

/// <summary>
/// Work the bot started off the gateway's receive loop (an interaction's answer, a recount, registering commands):
/// each task is kept until it ends, a failure is logged with what the work was, and the bot waits for what is
/// still running when it stops.
/// </summary>
public sealed partial class BackgroundWork(ILogger<BackgroundWork> logger)
{
    private readonly Lock _lock = new();
    private readonly HashSet<Task> _running = [];

    /// <summary>How many tasks are still running.</summary>
    public int Count
    {
        get
        {
            lock (_lock) return _running.Count;
        }
    }

    public void Track(Task task, string what)
    {
        lock (_lock) _running.Add(task);
        task.ContinueWith(done =>
        {
            lock (_lock) _running.Remove(done);
            if (done.Exception?.InnerException is { } error) LogFailed(error, what);
        }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    /// <summary>Waits for every task running now to end (failures were logged already).</summary>
    public async Task WhenAllEndedAsync()
    {
        Task[] running;
        lock (_lock) running = [.. _running];
        await Task.WhenAll(running).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Handling a {Work} failed")]
    private partial void LogFailed(Exception error, string work);
}
