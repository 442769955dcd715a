using System.Net.WebSockets;
using System.Text.Json;
using System.Threading.RateLimiting;
using RumourBot.Discord.Models;

namespace RumourBot.Discord.Gateway;

/// <summary>
/// One WebSocket to the gateway: whole-message receive, sends serialised one at a time, at most 4096 bytes each,
/// within the per-connection send limit.
/// </summary>
internal sealed class GatewayConnection : IAsyncDisposable
{
    public const int MaxPayloadBytes = 4096;

    private readonly ClientWebSocket _socket = new();
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly RateLimiter _sendLimiter;
    private readonly MemoryStream _message = new();
    private readonly byte[] _buffer = new byte[16 * 1024];

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

    /// <summary>The next payload, or null when the server closed the connection.</summary>
    public async Task<GatewayPayload?> ReceiveAsync(CancellationToken cancellationToken)
    {
        _message.SetLength(0);
        while (true)
        {
            var result = await _socket.ReceiveAsync(_buffer, cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close) return null;
            _message.Write(_buffer, 0, result.Count);
            if (result.EndOfMessage) break;
        }
        return JsonSerializer.Deserialize(_message.GetBuffer().AsSpan(0, (int)_message.Length), DiscordJsonContext.Default.GatewayPayload);
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
        await _message.DisposeAsync();
    }
}
