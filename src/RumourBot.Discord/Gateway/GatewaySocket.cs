using System.Buffers;
using System.Buffers.Binary;
using System.Net.Security;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;

namespace RumourBot.Discord.Gateway;

/// <summary>
/// The client side of a WebSocket (RFC 6455) made for the gateway's traffic: many small text messages. Reads go
/// into one pooled buffer in large chunks and each message is handed out where it lies in that buffer, so a burst
/// of dispatches costs one read and no copy (a fragmented message, rare, is joined in a second buffer). Pings are
/// answered, a close frame is answered and ends the stream with its code; sends are masked as a client's must be.
/// A frame that breaks the protocol (masked, RSV bits, a bad length, a long or fragmented control frame, a
/// continuation out of place) is a <see cref="WebSocketException"/>, which the client treats as a lost connection.
/// </summary>
internal sealed class GatewaySocket : IAsyncDisposable
{
    private const int OpContinuation = 0x0, OpText = 0x1, OpBinary = 0x2, OpClose = 0x8, OpPing = 0x9, OpPong = 0xA;
    private const string AcceptGuid = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
    private const int ReadChunk = 64 * 1024;
    private const long MaxMessage = 64 * 1024 * 1024;

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
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        var host = url.IsDefaultPort ? url.IdnHost : $"{url.IdnHost}:{port}";
        var request = $"GET {url.PathAndQuery} HTTP/1.1\r\nHost: {host}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n" +
                      $"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\nUser-Agent: rumourbot\r\n\r\n";
        await _stream.WriteAsync(Encoding.ASCII.GetBytes(request), cancellationToken).ConfigureAwait(false);

        int headerEnd;
        while ((headerEnd = _buffer.AsSpan(0, _end).IndexOf("\r\n\r\n"u8)) < 0)
        {
            if (_end > 16 * 1024) throw new WebSocketException(WebSocketError.HeaderError, "The gateway's upgrade answer is too long.");
            if (!await FillAsync(cancellationToken).ConfigureAwait(false)) throw new WebSocketException(WebSocketError.ConnectionClosedPrematurely, "The gateway closed during the upgrade.");
        }
        var head = Encoding.ASCII.GetString(_buffer, 0, headerEnd);
        _start = headerEnd + 4; // what follows is already WebSocket frames
        var lines = head.Split("\r\n");
        if (lines[0].Split(' ') is not [_, "101", ..])
        {
            throw new WebSocketException(WebSocketError.NotAWebSocket, $"The gateway answered the upgrade with \"{lines[0]}\".");
        }
        var expected = Convert.ToBase64String(SHA1.HashData(Encoding.ASCII.GetBytes(key + AcceptGuid)));
        var accept = lines.Skip(1).Select(l => l.Split(':', 2)).FirstOrDefault(p => p.Length == 2 && p[0].Trim().Equals("Sec-WebSocket-Accept", StringComparison.OrdinalIgnoreCase));
        if (accept is null || accept[1].Trim() != expected)
        {
            throw new WebSocketException(WebSocketError.HeaderError, "The gateway's Sec-WebSocket-Accept does not match.");
        }
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

    private static WebSocketException ProtocolError(string message) => new(WebSocketError.Faulted, $"WebSocket protocol error: {message}");

    // One whole frame from the buffer; false if incomplete. A frame that breaks RFC 6455 throws.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool TryReadFrame(out bool final, out int opcode, out int payloadStart, out int payloadLength)
    {
        (final, opcode, payloadStart, payloadLength) = (false, 0, 0, 0);
        var available = _buffer.AsSpan(_start, _end - _start);
        if (available.Length < 2) return false;
        final = (available[0] & 0x80) != 0;
        opcode = available[0] & 0x0F;
        // No extension was negotiated, so no RSV bit may be set; a server never masks (5.1).
        if ((available[0] & 0x70) != 0) throw ProtocolError("RSV bits set with no extension negotiated.");
        if ((available[1] & 0x80) != 0) throw ProtocolError("The server masked a frame.");
        ulong length = (ulong)(available[1] & 0x7F);
        var header = 2;
        if (length == 126)
        {
            if (available.Length < 4) return false;
            length = BinaryPrimitives.ReadUInt16BigEndian(available[2..]);
            header = 4;
        }
        else if (length == 127)
        {
            if (available.Length < 10) return false;
            length = BinaryPrimitives.ReadUInt64BigEndian(available[2..]); // unsigned: a set top bit is not a small negative
            header = 10;
        }
        if (length > MaxMessage) throw ProtocolError($"A frame of {length} bytes, over 64 MB.");
        if (opcode >= OpClose && (!final || length > 125)) throw ProtocolError("A control frame fragmented or over 125 bytes.");
        if ((ulong)available.Length < (ulong)header + length) return false;
        payloadStart = _start + header;
        payloadLength = (int)length;
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
        var header = payload.Length < 126 ? 2 : payload.Length <= ushort.MaxValue ? 4 : 10;
        var frame = ArrayPool<byte>.Shared.Rent(header + 4 + payload.Length);
        try
        {
            var length = Frame(opcode, payload.Span, frame, header);
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

    // A client's frames are masked with a fresh random key (RFC 6455 5.3).
    private static int Frame(int opcode, ReadOnlySpan<byte> payload, Span<byte> frame, int header)
    {
        frame[0] = (byte)(0x80 | opcode);
        if (header == 2) frame[1] = (byte)(0x80 | payload.Length);
        else if (header == 4)
        {
            frame[1] = 0x80 | 126;
            BinaryPrimitives.WriteUInt16BigEndian(frame[2..], (ushort)payload.Length);
        }
        else
        {
            frame[1] = 0x80 | 127;
            BinaryPrimitives.WriteUInt64BigEndian(frame[2..], (ulong)payload.Length);
        }
        var mask = frame.Slice(header, 4);
        RandomNumberGenerator.Fill(mask);
        var body = frame.Slice(header + 4, payload.Length);
        for (var i = 0; i < payload.Length; i++) body[i] = (byte)(payload[i] ^ mask[i & 3]);
        return header + 4 + payload.Length;
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
