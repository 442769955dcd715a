using System.Text.Json.Nodes;
using FakeDiscord.Model;

namespace FakeDiscord.Interactions;

/// <summary>A dispatched interaction and what the bot did with it. Mutable state is guarded by its own lock.</summary>
internal sealed class InteractionRecord
{
    private readonly Lock _gate = new();
    private readonly List<ulong> _followUps = [];
    private int? _callbackType;
    private ulong? _originalMessageId;

    public required ulong Id { get; init; }

    public required string Token { get; init; }

    public required int Type { get; init; }

    public required ulong ChannelId { get; init; }

    public required ulong? GuildId { get; init; }

    public required FakeUser User { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required JsonObject Payload { get; init; }

    public ulong? SourceMessageId { get; init; }

    public string? CommandName { get; init; }

    public TaskCompletionSource<InteractionCallback> Callback { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The callback, once <see cref="Complete"/> ran.</summary>
    public InteractionCallback? Response { get; private set; }

    public bool IsAcknowledged
    {
        get
        {
            lock (_gate)
            {
                return _callbackType is not null;
            }
        }
    }

    public ulong? OriginalMessageId
    {
        get
        {
            lock (_gate)
            {
                return _originalMessageId;
            }
        }

        set
        {
            lock (_gate)
            {
                _originalMessageId = value;
            }
        }
    }

    public IReadOnlyList<ulong> FollowUps
    {
        get
        {
            lock (_gate)
            {
                return _followUps.ToArray();
            }
        }
    }

    /// <summary>Marks the interaction answered; false if it already was (40060).</summary>
    public bool TryAcknowledge(int callbackType)
    {
        lock (_gate)
        {
            if (_callbackType is not null)
            {
                return false;
            }

            _callbackType = callbackType;
            return true;
        }
    }

    public void Complete(InteractionCallback callback)
    {
        Response = callback;
        Callback.TrySetResult(callback);
    }

    public void AddFollowUp(ulong messageId)
    {
        lock (_gate)
        {
            _followUps.Add(messageId);
        }
    }

    public bool Owns(ulong messageId)
    {
        lock (_gate)
        {
            return _originalMessageId == messageId || _followUps.Contains(messageId);
        }
    }
}
