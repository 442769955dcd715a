using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using RumourBot.OnDiscord;

namespace RumourBot.Tests.OnDiscord;

public class InteractionProgressTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private sealed class Edits
    {
        public Channel<(string Text, DateTimeOffset At)> Made { get; } = Channel.CreateUnbounded<(string, DateTimeOffset)>();

        /// <summary>How long the first edit takes to reach Discord: the fake clock moves on while it is under way.</summary>
        public TimeSpan FirstEditTakes { get; init; }

        private int _made;

        public InteractionProgress Progress(FakeTimeProvider time) => new((body, _) =>
        {
            if (Interlocked.Increment(ref _made) == 1) time.Advance(FirstEditTakes);
            Made.Writer.TryWrite((body.Embeds![0].Description!, time.GetUtcNow()));
            return Task.CompletedTask;
        }, time);

        // Moves the fake clock on in small steps until the next edit is made.
        public async Task<(string Text, DateTimeOffset At)> NextAsync(FakeTimeProvider time)
        {
            using var timeout = new CancellationTokenSource(Patience);
            (string Text, DateTimeOffset At) edit;
            while (!Made.Reader.TryRead(out edit))
            {
                timeout.Token.ThrowIfCancellationRequested();
                time.Advance(TimeSpan.FromMilliseconds(250));
                await Task.Delay(5, timeout.Token);
            }
            return edit;
        }
    }

    [Fact]
    public async Task Progress_is_edited_in_at_most_once_every_two_seconds_always_the_latest_words()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        var edits = new Edits();
        var progress = edits.Progress(time);
        progress.Start();

        progress.Report("Imported 1 of 50 articles…");
        var first = await edits.NextAsync(time);
        progress.Report("Imported 2 of 50 articles…");
        progress.Report("Imported 3 of 50 articles…");
        var second = await edits.NextAsync(time);
        progress.Report("Imported 50 of 50 articles…");
        var third = await edits.NextAsync(time);
        await progress.StopAsync();

        Assert.Equal("Imported 1 of 50 articles…", first.Text);
        Assert.Equal("Imported 3 of 50 articles…", second.Text); // 2 of 50 was overtaken before it could be shown
        Assert.Equal("Imported 50 of 50 articles…", third.Text);
        Assert.True(second.At - first.At >= InteractionProgress.MinimumInterval, $"{second.At - first.At}");
        Assert.True(third.At - second.At >= InteractionProgress.MinimumInterval, $"{third.At - second.At}");
    }

    [Fact]
    public async Task The_two_seconds_count_from_when_an_edit_was_done_however_long_it_took()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        var edits = new Edits { FirstEditTakes = TimeSpan.FromSeconds(1) };
        var progress = edits.Progress(time);
        progress.Start();

        progress.Report("Imported 1 of 50 articles…");
        var first = await edits.NextAsync(time);
        progress.Report("Imported 2 of 50 articles…");
        var second = await edits.NextAsync(time);
        await progress.StopAsync();

        Assert.True(second.At - first.At >= InteractionProgress.MinimumInterval, $"{second.At - first.At}");
    }

    [Fact]
    public async Task Nothing_is_edited_before_the_answer_is_deferred_or_after_it_is_ready()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        var edits = new Edits();
        var progress = edits.Progress(time);

        progress.Report("Reading touchline.example…"); // answered at once: there is nothing to edit
        progress.Start();
        var shown = await edits.NextAsync(time); // the words waiting when it was deferred
        await progress.StopAsync();
        progress.Report("Imported 4 of 4 articles…");
        time.Advance(TimeSpan.FromSeconds(10));

        Assert.Equal("Reading touchline.example…", shown.Text);
        Assert.False(edits.Made.Reader.TryRead(out _));
    }

    public static TheoryData<string> Failures => ["timeout", "json"];

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task A_progress_edit_that_fails_any_way_is_logged_and_never_holds_back_the_answer(string failure)
    {
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        var logger = new WarningLogger();
        // What the REST client can throw past its retries: a timeout's TaskCanceledException, or a body it cannot read.
        Exception error = failure == "timeout" ? new TaskCanceledException("The request timed out.") : new JsonException("Unexpected character.");
        var progress = new InteractionProgress((_, _) => Task.FromException(error), time, logger);

        progress.Report("Reading touchline.example…");
        progress.Start();
        var logged = await logger.Warning.Task.WaitAsync(Patience);
        await progress.StopAsync(); // the answer goes on to be edited in

        Assert.Contains(error.GetType().Name, logged, StringComparison.Ordinal);
    }

    private sealed class WarningLogger : ILogger
    {
        public TaskCompletionSource<string> Warning { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel >= LogLevel.Warning) Warning.TrySetResult(formatter(state, exception));
        }
    }
}
