using System.Buffers;
using System.Buffers.Binary;
using System.Net.Security;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Runtime.CompilerServices;
using System.Text;
using static RumourBot.Discord.Gateway.WebSocketFrames;

namespace RumourBot.Discord.Gateway;

/// <summary>
/// The client side of a WebSocket (RFC 6455) made for the gateway's traffic: many small text messages. Reads go
/// into one pooled buffer in large chunks and each message is handed out where it lies in that buffer, so a burst
/// of dispatches costs one read and no copy (a fragmented message, rare, is joined in a second buffer). Pings are
/// answered, a close frame is answered and ends the stream with its code; sends are masked as a client's must be.
/// A frame that breaks the protocol (masked, RSV bits, a bad length, a long or fragmented control frame, a
/// continuation out of place) is a <see cref="WebSocketException"/>, which the client treats as a lost connection.
/// The upgrade is <see cref="WebSocketHandshake"/>'s and the frame format <see cref="WebSocketFrames"/>'; this
/// type owns the buffers, the stream and the message loop.
/// </summary>
internal sealed class GatewaySocket : IAsyncDisposable
{
    private const int ReadChunk = 64 * 1024;

    private readonly Socket _tcp;
    private readonly Stream _stream;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(2 * ReadChunk);
    private int _start; // first unread byte
    private int _end;   // one past the last received byte
    private byte[]? _fragments;
    private int _fragmentLength;
    private int _messageStart, _messageLength;
    private bool _messageInFragments;
    private bool _inFragmentedMessage; // a text/binary frame without FIN came, its continuations are due
    private bool _closeSent;

    private GatewaySocket(Socket tcp, Stream stream)
    {
        _tcp = tcp;
        _stream = stream;
    }

    /// <summary>The code of the server's close frame, once one arrived.</summary>
    public int? CloseCode { get; private set; }

    /// <summary>The message last received; valid until the next <see cref="ReceiveAsync"/>.</summary>
    public ReadOnlySpan<byte> Message => _messageInFragments
        ? _fragments.AsSpan(0, _fragmentLength)
        : _buffer.AsSpan(_messageStart, _messageLength);

    /// <summary>Opens TCP (TLS for wss), sends the upgrade request and checks the server's 101 answer.</summary>
    public static async Task<GatewaySocket> ConnectAsync(Uri url, CancellationToken cancellationToken)
    {
        var secure = url.Scheme is "wss" or "https";
        var port = url.IsDefaultPort ? (secure ? 443 : 80) : url.Port;
        var tcp = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        GatewaySocket? socket = null;
        try
        {
            await tcp.ConnectAsync(url.Host, port, cancellationToken).ConfigureAwait(false);
            Stream stream = new NetworkStream(tcp, ownsSocket: true);
            if (secure)
            {
                var tls = new SslStream(stream, leaveInnerStreamOpen: false);
                await tls.AuthenticateAsClientAsync(new SslClientAuthenticationOptions { TargetHost = url.IdnHost }, cancellationToken).ConfigureAwait(false);
                stream = tls;
            }
            socket = new GatewaySocket(tcp, stream);
            await socket.HandshakeAsync(url, port, cancellationToken).ConfigureAwait(false);
            return socket;
        }
        catch (Exception error) when (error is SocketException or IOException or System.Security.Authentication.AuthenticationException)
        {
            if (socket is not null) await socket.DisposeAsync().ConfigureAwait(false);
            else tcp.Dispose();
            throw new WebSocketException(WebSocketError.Faulted, $"Could not open the gateway connection ({error.GetType().Name}).", error);
        }
        catch
        {
            if (socket is not null) await socket.DisposeAsync().ConfigureAwait(false);
            else tcp.Dispose();
            throw;
        }
    }

    private async Task HandshakeAsync(Uri url, int port, CancellationToken cancellationToken)
    {
        var key = WebSocketHandshake.NewKey();
        await _stream.WriteAsync(WebSocketHandshake.Request(url, port, key), cancellationToken).ConfigureAwait(false);

        int headerEnd;
        while ((headerEnd = WebSocketHandshake.HeadLength(_buffer.AsSpan(0, _end))) < 0)
        {
            if (_end > WebSocketHandshake.MaxAnswerBytes) throw new WebSocketException(WebSocketError.HeaderError, "The gateway's upgrade answer is too long.");
            if (!await FillAsync(cancellationToken).ConfigureAwait(false)) throw new WebSocketException(WebSocketError.ConnectionClosedPrematurely, "The gateway closed during the upgrade.");
        }
        var head = Encoding.ASCII.GetString(_buffer, 0, headerEnd);
        _start = headerEnd + 4; // what follows is already WebSocket frames
        WebSocketHandshake.CheckAnswer(head, key);
    }

    /// <summary>
    /// The next whole text or binary message into <see cref="Message"/>; false once the server closed (its close
    /// frame's code in <see cref="CloseCode"/>, none if the connection just ended). Completes without waiting when
    /// the message is already buffered, as it is for most of a burst.
    /// </summary>
    public async ValueTask<bool> ReceiveAsync(CancellationToken cancellationToken)
    {
        _messageInFragments = false;
        _inFragmentedMessage = false;
        _fragmentLength = 0;
        while (true)
        {
            if (!TryReadFrame(out var final, out var opcode, out var payloadStart, out var payloadLength))
            {
                if (!await FillAsync(cancellationToken).ConfigureAwait(false)) return false;
                continue;
            }
            switch (opcode)
            {
                case OpText or OpBinary when _inFragmentedMessage:
                    throw ProtocolError("A new message began before the last one's final fragment.");
                case OpContinuation when !_inFragmentedMessage:
                    throw ProtocolError("A continuation frame with no message to continue.");
                case OpText or OpBinary when final:
                    (_messageStart, _messageLength) = (payloadStart, payloadLength);
                    return true;
                case OpText or OpBinary or OpContinuation:
                    AppendFragment(_buffer.AsSpan(payloadStart, payloadLength));
                    if (_fragmentLength > MaxMessage) throw ProtocolError("A gateway message over 64 MB.");
                    _inFragmentedMessage = !final;
                    if (!final) continue;
                    _messageInFragments = true;
                    return true;
                case OpPing:
                    var ping = _buffer.AsSpan(payloadStart, payloadLength).ToArray();
                    await SendFrameAsync(OpPong, ping, cancellationToken).ConfigureAwait(false);
                    continue;
                case OpPong:
                    continue;
                case OpClose:
                    CloseCode = payloadLength >= 2 ? BinaryPrimitives.ReadUInt16BigEndian(_buffer.AsSpan(payloadStart, 2)) : 1005;
                    await AnswerCloseAsync(payloadLength >= 2 ? _buffer.AsMemory(payloadStart, 2).ToArray() : [], cancellationToken).ConfigureAwait(false);
                    return false;
                default:
                    throw ProtocolError($"Unknown WebSocket opcode {opcode}.");
            }
        }
    }

    // The server's close frame gets one back (RFC 6455 5.5.1) with its code; the server may already have gone.
    private async Task AnswerCloseAsync(byte[] code, CancellationToken cancellationToken)
    {
        if (_closeSent) return;
        _closeSent = true;
        try
        {
            await SendFrameAsync(OpClose, code, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (error is IOException or SocketException or ObjectDisposedException)
        {
            // the connection ended with the close: nothing to answer
        }
    }

    // One whole frame from the buffer; false if incomplete. A frame that breaks RFC 6455 throws.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool TryReadFrame(out bool final, out int opcode, out int payloadStart, out int payloadLength)
    {
        payloadStart = 0;
        if (!TryReadHeader(_buffer.AsSpan(_start, _end - _start), out final, out opcode, out var header, out payloadLength)) return false;
        payloadStart = _start + header;
        _start = payloadStart + payloadLength;
        return true;
    }

    // Reads more: the unread bytes move to the front (the last message is done with), and a frame larger than the
    // buffer gets a larger one.
    private async ValueTask<bool> FillAsync(CancellationToken cancellationToken)
    {
        if (_start > 0 && _start == _end) _start = _end = 0;
        if (_buffer.Length - _end < ReadChunk / 2)
        {
            var unread = _end - _start;
            var target = unread + ReadChunk > _buffer.Length ? ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, unread + ReadChunk)) : _buffer;
            _buffer.AsSpan(_start, unread).CopyTo(target);
            if (target != _buffer)
            {
                ArrayPool<byte>.Shared.Return(_buffer);
                _buffer = target;
            }
            (_start, _end) = (0, unread);
        }
        var read = await _stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false);
        _end += read;
        return read > 0;
    }

    private void AppendFragment(ReadOnlySpan<byte> part)
    {
        _fragments ??= new byte[Math.Max(ReadChunk, part.Length)];
        if (_fragmentLength + part.Length > _fragments.Length) Array.Resize(ref _fragments, Math.Max(_fragments.Length * 2, _fragmentLength + part.Length));
        part.CopyTo(_fragments.AsSpan(_fragmentLength));
        _fragmentLength += part.Length;
    }

    public Task SendTextAsync(ReadOnlyMemory<byte> payload, CancellationToken cancellationToken) => SendFrameAsync(OpText, payload, cancellationToken);

    /// <summary>Sends a close frame with a code (1000 ends the Discord session; others keep it resumable).</summary>
    public async Task CloseAsync(int code, CancellationToken cancellationToken)
    {
        if (_closeSent) return;
        _closeSent = true;
        var payload = new byte[2];
        BinaryPrimitives.WriteUInt16BigEndian(payload, (ushort)code);
        await SendFrameAsync(OpClose, payload, cancellationToken).ConfigureAwait(false);
    }

    private async Task SendFrameAsync(int opcode, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken)
    {
        var frame = ArrayPool<byte>.Shared.Rent(SizeOf(payload.Length));
        try
        {
            var length = Write(opcode, payload.Span, frame);
            await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                await _stream.WriteAsync(frame.AsMemory(0, length), cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                _writeLock.Release();
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(frame);
        }
    }

    /// <summary>Drops the connection without a close frame (Discord keeps the session resumable); a pending read ends.</summary>
    public void Abort()
    {
        try
        {
            _tcp.Shutdown(SocketShutdown.Both);
        }
        catch (Exception error) when (error is SocketException or ObjectDisposedException)
        {
            // already gone
        }
        _tcp.Close();
    }

    public async ValueTask DisposeAsync()
    {
        await _stream.DisposeAsync().ConfigureAwait(false);
        _tcp.Dispose();
        _writeLock.Dispose();
        var buffer = _buffer;
        _buffer = [];
        if (buffer.Length > 0) ArrayPool<byte>.Shared.Return(buffer);
    }
}
