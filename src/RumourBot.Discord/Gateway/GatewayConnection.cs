using System.Buffers;
using System.Net.WebSockets;
using System.Threading.RateLimiting;

namespace RumourBot.Discord.Gateway;

/// <summary>
/// One WebSocket to the gateway: whole-message receive into one pooled buffer (no copy and no allocation per
/// message), sends serialised one at a time, at most 4096 bytes each, within the per-connection send limit.
/// </summary>
internal sealed class GatewayConnection : IAsyncDisposable
{
    public const int MaxPayloadBytes = 4096;

    private readonly ClientWebSocket _socket = new();
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly RateLimiter _sendLimiter;
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
    private int _length;

    public GatewayConnection(int sendsPerMinute)
    {
        _sendLimiter = new SlidingWindowRateLimiter(new SlidingWindowRateLimiterOptions
        {
            PermitLimit = sendsPerMinute,
            Window = TimeSpan.FromSeconds(60),
            SegmentsPerWindow = 12,
            QueueLimit = 1000,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        });
    }

    public int? CloseCode => (int?)_socket.CloseStatus;

    public Task ConnectAsync(Uri url, CancellationToken cancellationToken) => _socket.ConnectAsync(url, cancellationToken);

    /// <summary>The last message received: valid until the next <see cref="ReceiveAsync"/>.</summary>
    public ReadOnlySpan<byte> Message => _buffer.AsSpan(0, _length);

    /// <summary>Receives the next whole message into <see cref="Message"/>; false when the server closed the connection.</summary>
    public async ValueTask<bool> ReceiveAsync(CancellationToken cancellationToken)
    {
        _length = 0;
        while (true)
        {
            if (_length == _buffer.Length) Grow();
            var result = await _socket.ReceiveAsync(_buffer.AsMemory(_length), cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close) return false;
            _length += result.Count;
            if (result.EndOfMessage) return true;
        }
    }

    // A message larger than the buffer (a big GUILD_CREATE): a larger pooled buffer, kept for the connection.
    private void Grow()
    {
        var larger = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
        _buffer.AsSpan(0, _length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = larger;
    }

    public async Task SendAsync(byte[] payload, CancellationToken cancellationToken)
    {
        if (payload.Length > MaxPayloadBytes)
        {
            throw new InvalidOperationException($"A gateway payload of {payload.Length} bytes is over Discord's {MaxPayloadBytes}-byte limit.");
        }
        using var lease = await _sendLimiter.AcquireAsync(1, cancellationToken);
        if (!lease.IsAcquired) throw new InvalidOperationException("The gateway send queue is full.");
        await _sendLock.WaitAsync(cancellationToken);
        try
        {
            await _socket.SendAsync(payload, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Drops the connection without a close frame: Discord keeps the session resumable.</summary>
    public void Abort() => _socket.Abort();

    /// <summary>Closes with a code; 1000 ends the session for good (a clean shutdown).</summary>
    public async Task CloseAsync(WebSocketCloseStatus status, CancellationToken cancellationToken)
    {
        if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            try
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                timeout.CancelAfter(TimeSpan.FromSeconds(2));
                await _socket.CloseOutputAsync(status, "closing", timeout.Token);
            }
            catch (Exception error) when (error is WebSocketException or OperationCanceledException)
            {
                _socket.Abort(); // the connection is going anyway
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        _socket.Dispose();
        await _sendLimiter.DisposeAsync();
        _sendLock.Dispose();
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }
}
