using System.Net.WebSockets;
using System.Threading.RateLimiting;

namespace RumourBot.Discord.Gateway;

/// <summary>
/// One WebSocket to the gateway (<see cref="GatewaySocket"/>): whole messages read in place from a pooled buffer
/// (no copy and no allocation per message), sends serialised one at a time, at most 4096 bytes each, within the
/// per-connection send limit.
/// </summary>
internal sealed class GatewayConnection : IAsyncDisposable
{
    public const int MaxPayloadBytes = 4096;

    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly RateLimiter _sendLimiter;
    private GatewaySocket? _socket;

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

    public int? CloseCode => _socket?.CloseCode;

    private GatewaySocket Socket => _socket ?? throw new InvalidOperationException("Not connected.");

    public async Task ConnectAsync(Uri url, CancellationToken cancellationToken) => _socket = await GatewaySocket.ConnectAsync(url, cancellationToken);

    /// <summary>The last message received: valid until the next <see cref="ReceiveAsync"/>.</summary>
    public ReadOnlySpan<byte> Message => Socket.Message;

    /// <summary>Receives the next whole message into <see cref="Message"/>; false when the server closed the connection.</summary>
    public ValueTask<bool> ReceiveAsync(CancellationToken cancellationToken) => Socket.ReceiveAsync(cancellationToken);

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
            await Socket.SendTextAsync(payload, cancellationToken);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Drops the connection without a close frame: Discord keeps the session resumable.</summary>
    public void Abort() => _socket?.Abort();

    /// <summary>Closes with a code; 1000 ends the session for good (a clean shutdown).</summary>
    public async Task CloseAsync(WebSocketCloseStatus status, CancellationToken cancellationToken)
    {
        if (_socket is null) return;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(2));
            await _socket.CloseAsync((int)status, timeout.Token);
        }
        catch (Exception error) when (error is IOException or ObjectDisposedException or OperationCanceledException)
        {
            _socket.Abort(); // the connection is going anyway
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket is not null) await _socket.DisposeAsync();
        await _sendLimiter.DisposeAsync();
        _sendLock.Dispose();
    }
}
