using System.Text.Json;
using System.Text.Json.Nodes;
using FakeDiscord.Support;

namespace FakeDiscord.Gateway;

/// <summary>
/// A gateway session created by Identify: its sequence counter and every dispatch sent in it, so a Resume can
/// replay what the client missed.
/// </summary>
public sealed class GatewaySession
{
    private readonly SemaphoreSlim _dispatchLock = new(1, 1);
    private readonly Lock _gate = new();
    private readonly List<GatewayDispatch> _dispatches = [];
    private int _lastSequence;
    private bool _invalidated;
    private GatewayConnection? _connection;

    internal GatewaySession(string sessionId, long intents, IReadOnlyList<int>? shard, JsonElement identify)
    {
        SessionId = sessionId;
        Intents = intents;
        Shard = shard;
        Identify = identify;
    }

    /// <summary>The session id sent in READY.</summary>
    public string SessionId { get; }

    /// <summary>The intents given in Identify.</summary>
    public long Intents { get; }

    /// <summary>The <c>[shard_id, num_shards]</c> given in Identify, if any.</summary>
    public IReadOnlyList<int>? Shard { get; }

    /// <summary>The Identify <c>d</c> object, with the token redacted.</summary>
    public JsonElement Identify { get; }

    /// <summary>The sequence number of the latest dispatch.</summary>
    public int LastSequence
    {
        get
        {
            lock (_gate)
            {
                return _lastSequence;
            }
        }
    }

    /// <summary>Whether the session can no longer be resumed.</summary>
    public bool IsInvalidated
    {
        get
        {
            lock (_gate)
            {
                return _invalidated;
            }
        }
    }

    /// <summary>Whether a live connection currently serves the session.</summary>
    public bool IsConnected => Connection is { IsOpen: true };

    /// <summary>Every dispatch of the session so far, in order.</summary>
    public IReadOnlyList<GatewayDispatch> Dispatches
    {
        get
        {
            lock (_gate)
            {
                return _dispatches.ToArray();
            }
        }
    }

    internal GatewayConnection? Connection
    {
        get
        {
            lock (_gate)
            {
                return _connection;
            }
        }
    }

    internal void Invalidate()
    {
        lock (_gate)
        {
            _invalidated = true;
        }
    }

    /// <summary>Detaches a connection that ended, unless another one already took over.</summary>
    internal void Detach(GatewayConnection connection)
    {
        lock (_gate)
        {
            if (ReferenceEquals(_connection, connection))
            {
                _connection = null;
            }
        }
    }

    internal async Task AttachAsync(GatewayConnection connection)
    {
        await _dispatchLock.WaitAsync().ConfigureAwait(false);
        try
        {
            lock (_gate)
            {
                _connection = connection;
            }
        }
        finally
        {
            _dispatchLock.Release();
        }
    }

    /// <summary>Numbers, buffers and (if connected) sends one event.</summary>
    internal async Task<int> DispatchAsync(string eventName, JsonNode? data)
    {
        await _dispatchLock.WaitAsync().ConfigureAwait(false);
        try
        {
            var (sequence, connection) = Buffer(eventName, data);
            if (connection is not null)
            {
                await connection.SendAsync(Envelope(sequence, eventName, data)).ConfigureAwait(false);
            }

            return sequence;
        }
        finally
        {
            _dispatchLock.Release();
        }
    }

    /// <summary>Attaches the resuming connection, replays every dispatch after <paramref name="sequence"/>, then RESUMED.</summary>
    internal async Task ResumeAsync(GatewayConnection connection, int sequence)
    {
        await _dispatchLock.WaitAsync().ConfigureAwait(false);
        try
        {
            GatewayDispatch[] missed;
            lock (_gate)
            {
                _connection = connection;
                missed = _dispatches.Where(d => d.Sequence > sequence).ToArray();
            }

            foreach (var dispatch in missed)
            {
                var data = JsonNode.Parse(dispatch.Data.GetRawText());
                await connection.SendAsync(Envelope(dispatch.Sequence, dispatch.EventName, data)).ConfigureAwait(false);
            }

            var resumed = new JsonObject { ["_trace"] = new JsonArray("fake-discord-resume") };
            var (resumedSequence, _) = Buffer("RESUMED", resumed);
            await connection.SendAsync(Envelope(resumedSequence, "RESUMED", resumed)).ConfigureAwait(false);
        }
        finally
        {
            _dispatchLock.Release();
        }
    }

    private (int Sequence, GatewayConnection? Connection) Buffer(string eventName, JsonNode? data)
    {
        lock (_gate)
        {
            var sequence = ++_lastSequence;
            _dispatches.Add(new GatewayDispatch(sequence, eventName, JsonDefaults.ToElement(data)));
            return (sequence, _connection);
        }
    }

    private static string Envelope(int sequence, string eventName, JsonNode? data) =>
        JsonDefaults.Serialize(new JsonObject
        {
            ["t"] = eventName,
            ["s"] = sequence,
            ["op"] = GatewayOpcode.Dispatch,
            ["d"] = data?.DeepClone(),
        });
}
