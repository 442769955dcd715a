using Microsoft.Extensions.Logging;
using RumourBot.OnDiscord;

namespace RumourBot.Tests.OnDiscord;

/// <summary>Work an event handler starts without awaiting it (poll message edits) is kept and its failures logged.</summary>
public class TrackedTasksTests
{
    [Fact]
    public async Task A_failure_is_logged_with_its_poll_and_the_task_is_no_longer_kept()
    {
        var logger = new Recording();
        var tasks = new TrackedTasks(logger);
        var release = new TaskCompletionSource();

        tasks.Track(FailAfter(release.Task), 7, "A live tally edit");
        Assert.Equal(1, tasks.Count);
        release.SetResult();
        await tasks.WhenIdleAsync(TimeSpan.FromSeconds(10));
        await logger.Logged.Task.WaitAsync(TimeSpan.FromSeconds(10)); // the continuation logs once the task has ended

        Assert.Equal(0, tasks.Count);
        var (level, message, error) = Assert.Single(logger.Entries);
        Assert.Equal(LogLevel.Error, level);
        Assert.Equal("A live tally edit for poll 7 failed unexpectedly", message);
        Assert.IsType<InvalidOperationException>(error);
    }

    [Fact]
    public async Task Waiting_for_idle_waits_for_the_work_under_way_and_logs_nothing_when_it_succeeds()
    {
        var logger = new Recording();
        var tasks = new TrackedTasks(logger);
        var release = new TaskCompletionSource();
        var work = SucceedAfter(release.Task);
        tasks.Track(work, 3, "The final result");

        var idle = tasks.WhenIdleAsync(TimeSpan.FromSeconds(30));
        Assert.False(idle.IsCompleted);
        release.SetResult();
        await idle;

        Assert.True(work.IsCompletedSuccessfully);
        Assert.Empty(logger.Entries);
    }

    private static async Task FailAfter(Task release)
    {
        await release;
        throw new InvalidOperationException("a bug in the edit");
    }

    private static async Task SucceedAfter(Task release) => await release;

    private sealed class Recording : ILogger
    {
        public List<(LogLevel, string, Exception?)> Entries { get; } = [];
        public TaskCompletionSource Logged { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (Entries) Entries.Add((logLevel, formatter(state, exception), exception));
            Logged.TrySetResult();
        }
    }
}
