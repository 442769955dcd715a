using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using RumourBot.Discord.Models;
using RumourBot.Replies;

namespace RumourBot.OnDiscord;

/// <summary>
/// Shows long work's progress in a deferred answer ("Imported 12 of 50 articles…") by editing it, at most once per
/// <see cref="MinimumInterval"/> and always with the latest words, well inside Discord's limits. Nothing is shown
/// before <see cref="Start"/> (the answer was not deferred); <see cref="StopAsync"/> waits for an edit in flight, so
/// a progress edit can never land after the real answer. Progress is optional: whatever goes wrong with it is
/// logged and ends it, and never holds back the answer.
/// </summary>
public sealed partial class InteractionProgress : IProgress<string>
{
    public static readonly TimeSpan MinimumInterval = TimeSpan.FromSeconds(2);

    private readonly Func<MessageBody, CancellationToken, Task> _edit;
    private readonly TimeProvider _time;
    private readonly Lock _lock = new();
    private readonly SemaphoreSlim _changed = new(0, 1);
    private readonly CancellationTokenSource _stop = new();
    private string? _latest;
    private string? _shown;
    private readonly ILogger _logger;
    private Task? _loop;

    public InteractionProgress(Func<MessageBody, CancellationToken, Task> edit, TimeProvider time, ILogger? logger = null)
    {
        _edit = edit;
        _time = time;
        _logger = logger ?? NullLogger.Instance;
    }

    public void Report(string value)
    {
        lock (_lock) _latest = value;
        if (_changed.CurrentCount == 0)
        {
            try
            {
                _changed.Release();
            }
            catch (SemaphoreFullException)
            {
                // already signalled by another report
            }
        }
    }

    /// <summary>The answer is deferred: from now on progress is shown.</summary>
    public void Start() => _loop ??= Task.Run(() => LoopAsync(_stop.Token));

    /// <summary>Stops showing progress; returns once no edit is in flight.</summary>
    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        if (_loop is { } loop) await loop;
    }

    private async Task LoopAsync(CancellationToken stopping)
    {
        var lastEdit = DateTimeOffset.MinValue;
        try
        {
            while (true)
            {
                await _changed.WaitAsync(stopping);
                var wait = lastEdit + MinimumInterval - _time.GetUtcNow();
                if (wait > TimeSpan.Zero) await Task.Delay(wait, _time, stopping);
                string? text;
                lock (_lock) text = _latest;
                if (text is null || text == _shown) continue;
                _shown = text;
                // The edit itself is not cancelled by a stop: StopAsync waits for it instead.
                await _edit(new MessageBody(Embeds: [new Embed(Description: DiscordText.Escape(text), Color: 0x3498DB)], AllowedMentions: AllowedMentions.None),
                    CancellationToken.None);
                // The interval counts from when the edit was done, so however long one takes, the next is never sooner.
                lastEdit = _time.GetUtcNow();
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // the answer is ready
        }
        catch (Exception error)
        {
            // Progress is a courtesy: anything that fails it (a refused edit, a timeout after retries, a bad body)
            // stops it, and the answer still comes.
            LogProgressFailed(error.GetType().Name, error.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Progress of a deferred answer stopped: {Error}: {Reason}")]
    private partial void LogProgressFailed(string error, string reason);
}
