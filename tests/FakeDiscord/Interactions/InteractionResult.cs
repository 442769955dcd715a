using System.Text.Json;
using FakeDiscord.Messages;
using FakeDiscord.Support;

namespace FakeDiscord.Interactions;

/// <summary>An interaction the fake dispatched: await the bot's callback, then inspect the messages it produced.</summary>
public sealed class InteractionResult
{
    private readonly InteractionRecord _record;
    private readonly Func<ulong, StoredMessage?> _findMessage;

    internal InteractionResult(InteractionRecord record, Func<ulong, StoredMessage?> findMessage)
    {
        _record = record;
        _findMessage = findMessage;
        Payload = JsonDefaults.ToElement(record.Payload);
    }

    /// <summary>The interaction id.</summary>
    public ulong Id => _record.Id;

    /// <summary>The interaction token (for follow-ups under <c>/webhooks/{application_id}/{token}</c>).</summary>
    public string Token => _record.Token;

    /// <summary>When INTERACTION_CREATE was dispatched, by the fake's clock.</summary>
    public DateTimeOffset CreatedAt => _record.CreatedAt;

    /// <summary>The INTERACTION_CREATE <c>d</c> object as sent.</summary>
    public JsonElement Payload { get; }

    /// <summary>The first callback, once it arrived.</summary>
    public InteractionCallback? Callback => _record.Response;

    /// <summary>The original response (callback 4/5 message, or the component's message for 6/7), as it is now.</summary>
    public StoredMessage? OriginalResponse => _record.OriginalMessageId is { } id ? _findMessage(id) : null;

    /// <summary>Follow-up messages still stored, in the order they were sent.</summary>
    public IReadOnlyList<StoredMessage> FollowUps =>
        _record.FollowUps.Select(_findMessage).OfType<StoredMessage>().ToArray();

    /// <summary>Waits (wall-clock) for the bot's callback.</summary>
    /// <exception cref="TimeoutException">No callback arrived within <paramref name="timeout"/>.</exception>
    public Task<InteractionCallback> WaitForResponseAsync(TimeSpan timeout, CancellationToken cancellationToken = default) =>
        _record.Callback.Task.WaitAsync(timeout, cancellationToken);
}
