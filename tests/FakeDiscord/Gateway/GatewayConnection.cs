using System.Net.WebSockets;
using System.Text;

namespace FakeDiscord.Gateway;

/// <summary>One accepted WebSocket: serialised sends, the send-rate window, and how it ended.</summary>
internal sealed class GatewayConnection(int number, string path, WebSocket socket, TimeProvider time)
    : IDisposable
{
    public const int MaxPayloadBytes = 4096;

    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly Queue<DateTimeOffset> _recentPayloads = new();
    private ITimer? _heartbeatTimer;
    private int _aborted;

    public int Number { get; } = number;

    public string Path { get; } = path;

    public WebSocket Socket { get; } = socket;

    /// <summary>The session this connection serves, once Identify or Resume succeeded.</summary>
    public GatewaySession? Session { get; set; }

    /// <summary>Set when the fake closed or aborted the connection, so the receive loop can tell who ended it.</summary>
    public GatewayLifecycle? EndedByServer { get; set; }

    public bool IsOpen => Volatile.Read(ref _aborted) == 0 && Socket.State == WebSocketState.Open;

    /// <summary>Counts one client payload; false when it is over the limit for the window.</summary>
    public bool CountPayload(int limit, TimeSpan window)
    {
        var now = time.GetUtcNow();
        while (_recentPayloads.Count > 0 && now - _recentPayloads.Peek() >= window)
        {
            _recentPayloads.Dequeue();
        }

        _recentPayloads.Enqueue(now);
        return _recentPayloads.Count <= limit;
    }

    public async Task<bool> SendAsync(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        await _sendLock.WaitAsync().ConfigureAwait(false);
        try
        {
            if (!IsOpen)
            {
                return false;
            }

            await Socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None)
                .ConfigureAwait(false);
            return true;
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or IOException
                                       or OperationCanceledException or InvalidOperationException)
        {
            // The peer is gone; the event stays buffered in the session for a Resume.
            return false;
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Sends a close frame; the client is expected to answer, otherwise the socket is aborted.</summary>
    public async Task CloseAsync(int code, string reason)
    {
        await _sendLock.WaitAsync().ConfigureAwait(false);
        try
        {
            if (Socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                EndedByServer ??= GatewayLifecycle.ClosedByServer;
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                await Socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, timeout.Token).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or IOException
                                       or OperationCanceledException or InvalidOperationException)
        {
            Abort(GatewayLifecycle.ClosedByServer);
        }
        finally
        {
            _sendLock.Release();
        }

        _ = AbortIfStillOpenAsync();
    }

    /// <summary>Ends the TCP connection without a close frame.</summary>
    public void Abort(GatewayLifecycle reason)
    {
        EndedByServer ??= reason;
        if (Interlocked.Exchange(ref _aborted, 1) == 0)
        {
            try
            {
                // ASP.NET Core's WebSocket stream aborts the HTTP connection: a TCP drop, no close frame.
                Socket.Abort();
            }
            catch (Exception ex) when (ex is ObjectDisposedException or NullReferenceException or InvalidOperationException)
            {
                // The request had already ended (ASP.NET Core may have recycled its HttpContext, which surfaces as
                // any of these while aborting); there is nothing left to cut.
            }
        }
    }

    /// <summary>Reads one client message into <paramref name="buffer"/> (sized limit + 1), stopping past 4096 bytes.</summary>
    public async Task<GatewayFrame> ReceiveFrameAsync(byte[] buffer)
    {
        var count = 0;
        while (true)
        {
            var result = await Socket.ReceiveAsync(buffer.AsMemory(count), CancellationToken.None).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return new GatewayFrame(GatewayFrameKind.Close, 0);
            }

            count += result.Count;
            if (count > MaxPayloadBytes)
            {
                return new GatewayFrame(GatewayFrameKind.TooLarge, count);
            }

            if (result.EndOfMessage)
            {
                return new GatewayFrame(result.MessageType == WebSocketMessageType.Text ? GatewayFrameKind.Text : GatewayFrameKind.Binary, count);
            }
        }
    }

    public void ArmHeartbeatTimer(TimeSpan timeout, Action<GatewayConnection> onMissed)
    {
        if (timeout == Timeout.InfiniteTimeSpan)
        {
            return;
        }

        _heartbeatTimer ??= time.CreateTimer(
            static state => ((Action)state!)(), new Action(() => onMissed(this)), timeout, Timeout.InfiniteTimeSpan);
        _heartbeatTimer.Change(timeout, Timeout.InfiniteTimeSpan);
    }

    public void Dispose()
    {
        _heartbeatTimer?.Dispose();
        // The send lock is not disposed: a close or send racing the end of the connection may still release it,
        // and a SemaphoreSlim that never handed out its wait handle holds nothing that needs disposing.
    }

    private async Task AbortIfStillOpenAsync()
    {
        // A client that never answers the close frame is cut off, as a real server would.
        await Task.Delay(TimeSpan.FromSeconds(3)).ConfigureAwait(false);
        if (Socket.State is not (WebSocketState.Closed or WebSocketState.Aborted))
        {
            Abort(GatewayLifecycle.ClosedByServer);
        }
    }
}
