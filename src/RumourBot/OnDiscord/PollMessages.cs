using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RumourBot.Discord.Rest;
using RumourBot.Polls;
using RumourBot.Replies;

namespace RumourBot.OnDiscord;

/// <summary>
/// Keeps poll messages on Discord showing their tally. Votes arriving together are coalesced into one edit per
/// poll per <see cref="DiscordOptions.PollEditInterval"/>; when Discord refuses more edits of an old message
/// (30046) live updates stop for that poll, so that the final edit at the close still goes through. Live edits are
/// optional requests: where Discord just refused access the REST client withholds them (the final edit still
/// goes). At the close the message shows the final result and a short result message is posted; what was kept
/// for the poll (its edit gate, its flags) is released then. Every edit is a tracked task: a failure is logged, and
/// disposing waits for the edits still running.
/// </summary>
public sealed partial class PollMessages : IDisposable, IAsyncDisposable
{
    private static readonly TimeSpan StopPatience = TimeSpan.FromSeconds(5);
    private const int TooManyEditsOfOldMessage = 30046;
    private readonly ConcurrentDictionary<int, byte> _pending = new();
    private readonly ConcurrentDictionary<int, byte> _liveEditsStopped = new();

    // One edit of a poll's message at a time, so a live edit in flight can never land after the final one.
    private readonly ConcurrentDictionary<int, SemaphoreSlim> _editGates = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly PollCommands _commands;
    private readonly PollBook _polls;
    private readonly DiscordRestClient _rest;
    private readonly IOptions<DiscordOptions> _options;
    private readonly TimeProvider _time;
    private readonly ILogger<PollMessages> _logger;
    private readonly TrackedTasks _edits;

    /// <summary>
    /// Listens to polls from construction on: the bot resolves this before any hosted service starts, so polls
    /// whose deadline passed while the bot was down (closed during start-up) still get their final edit.
    /// </summary>
    public PollMessages(PollCommands commands, PollBook polls, DiscordRestClient rest, IOptions<DiscordOptions> options, TimeProvider time, ILogger<PollMessages> logger)
    {
        _commands = commands;
        _polls = polls;
        _rest = rest;
        _options = options;
        _time = time;
        _logger = logger;
        _edits = new TrackedTasks(logger);
        polls.Changed += OnChanged;
        polls.Closed += OnClosed;
    }

    private void OnChanged(Poll poll) => _edits.Track(OnChangedAsync(poll, _stopping.Token), poll.Id, "A live tally edit");

    private void OnClosed(PollTally tally) => _edits.Track(OnClosedAsync(tally, _stopping.Token), tally.Poll.Id, "The final result");

    public void Dispose()
    {
        if (!StopListening()) return;
        _stopping.Dispose();
    }

    /// <summary>Stops listening, cancels the edits waiting for their turn and waits for those under way to end.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!StopListening()) return;
        await _edits.WhenIdleAsync(StopPatience);
        _stopping.Dispose();
    }

    private bool StopListening()
    {
        if (_stopping.IsCancellationRequested) return false;
        _polls.Changed -= OnChanged;
        _polls.Closed -= OnClosed;
        _stopping.Cancel();
        return true;
    }

    /// <summary>Polls something is kept for (an edit waiting, a gate, a flag): open polls only, once their close is done.</summary>
    public int TrackedPollCount => _pending.Keys.Union(_liveEditsStopped.Keys).Union(_editGates.Keys).Count();

    /// <summary>Schedules an edit unless one is already waiting for this poll.</summary>
    public Task OnChangedAsync(Poll poll, CancellationToken cancellationToken)
    {
        if (poll.MessageId is null || _liveEditsStopped.ContainsKey(poll.Id) || !_pending.TryAdd(poll.Id, 0)) return Task.CompletedTask;
        return EditLaterAsync(poll, cancellationToken);
    }

    private async Task EditLaterAsync(Poll poll, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(_options.Value.PollEditInterval, _time, cancellationToken);
            _pending.TryRemove(poll.Id, out _);
            // This copy of the poll may not know it closed: the book does; the close shows the final result.
            if (!StillOpen(poll)) return;
            var gate = GateOf(poll);
            await gate.WaitAsync(cancellationToken);
            try
            {
                if (!StillOpen(poll)) return;
                await EditAsync(poll, _commands.Render(poll, _polls.Tally(poll), $"Poll #{poll.Id}"), RequestPriority.Optional, cancellationToken);
            }
            finally
            {
                gate.Release();
            }
        }
        catch (DiscordRestException error) when (error.Code == TooManyEditsOfOldMessage)
        {
            _liveEditsStopped.TryAdd(poll.Id, 0);
            LogLiveEditsStopped(poll.Id);
        }
        catch (RequestWithheldException)
        {
            // Discord refused access there a moment ago: the next change tries again once that has passed
        }
        catch (Exception error) when (error is DiscordRestException or HttpRequestException)
        {
            LogEditFailed(error, poll.Id);
        }
        catch (OperationCanceledException)
        {
            // shutting down
        }
        finally
        {
            if (!StillOpen(poll)) Release(poll.Id); // a gate made after the close's release
        }
    }

    private bool StillOpen(Poll poll) =>
        poll.State == PollState.Open && poll.MessageId is { } message && _polls.FindByMessage(message) is { State: PollState.Open };

    /// <summary>The final result on the poll's message, and a short message saying how it ended.</summary>
    public async Task OnClosedAsync(PollTally tally, CancellationToken cancellationToken)
    {
        var poll = tally.Poll;
        if (poll.ChannelId is not { } channel || poll.MessageId is null) return;
        try
        {
            var gate = GateOf(poll);
            await gate.WaitAsync(cancellationToken);
            try
            {
                await EditAsync(poll, _commands.Render(poll, tally, $"Poll #{poll.Id} is closed"), RequestPriority.Essential, cancellationToken);
            }
            finally
            {
                gate.Release();
                Release(poll.Id);
            }
            var winner = tally.Counts.MaxBy(c => c.Votes);
            var summary = tally.TotalVotes == 0
                ? $"Poll #{poll.Id} closed with no votes."
                : $"Poll #{poll.Id} closed: {winner.Option.Emoji} {winner.Option.Label} with {tally.Share(winner.Votes).ToString("P0", CultureInfo.GetCultureInfo("en-GB"))} of {tally.Voters} voters.";
            var result = new Reply(summary, poll.Question) { Image = _commands.ResultChart(poll) };
            await _rest.CreateMessageAsync(channel.ToString(CultureInfo.InvariantCulture), ReplyAttachments.ToMessage(result), ReplyAttachments.Files(result), cancellationToken);
        }
        catch (Exception error) when (error is DiscordRestException or HttpRequestException)
        {
            LogEditFailed(error, poll.Id);
        }
        catch (OperationCanceledException)
        {
            // shutting down
        }
    }

    private SemaphoreSlim GateOf(Poll poll) => _editGates.GetOrAdd(poll.Id, static _ => new SemaphoreSlim(1, 1));

    // A closed poll is never edited live again: nothing need be kept for it. (A gate still held is not disposed:
    // its holder releases it and it is collected.)
    private void Release(int pollId)
    {
        _editGates.TryRemove(pollId, out _);
        _liveEditsStopped.TryRemove(pollId, out _);
    }

    private Task EditAsync(Poll poll, Reply reply, RequestPriority priority, CancellationToken cancellationToken) =>
        _rest.EditMessageAsync(poll.ChannelId!.Value.ToString(CultureInfo.InvariantCulture), poll.MessageId!.Value.ToString(CultureInfo.InvariantCulture),
            ReplyRenderer.ToMessage(reply), priority, cancellationToken);

    [LoggerMessage(Level = LogLevel.Information, Message = "Poll {PollId}: Discord allows no more edits of its message; live tallies stop until the close")]
    private partial void LogLiveEditsStopped(int pollId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not update the message of poll {PollId}")]
    private partial void LogEditFailed(Exception error, int pollId);
}
