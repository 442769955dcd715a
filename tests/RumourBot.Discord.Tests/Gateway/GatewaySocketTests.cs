using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using RumourBot.Discord.Gateway;

namespace RumourBot.Discord.Tests.Gateway;

/// <summary>
/// Our WebSocket reader against a raw TCP server on loopback that writes frames byte by byte as the test says:
/// the paths FakeDiscord (whole single frames) never takes, and frames a broken or hostile server might send.
/// </summary>
public sealed class GatewaySocketTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_fragmented_message_is_joined_and_a_ping_between_its_fragments_answered()
    {
        await using var server = RawServer.Start();
        var (socket, peer) = await server.OpenAsync();

        await peer.SendAsync(Frame(0x1, "{\"op\":11,"u8, final: false));
        await peer.SendAsync(Frame(0x9, "are you there"u8));
        await peer.SendAsync(Frame(0x0, "\"d\":"u8, final: false));
        await peer.SendAsync(Frame(0x0, "null}"u8));

        Assert.True(await socket.ReceiveAsync(Timeout()));
        Assert.Equal("{\"op\":11,\"d\":null}", Encoding.UTF8.GetString(socket.Message));
        var pong = await peer.ReadFrameAsync();
        Assert.Equal(0xA, pong.Opcode);
        Assert.Equal("are you there", Encoding.UTF8.GetString(pong.Payload));
    }

    [Fact]
    public async Task Frames_that_arrive_one_byte_at_a_time_are_read_whole()
    {
        await using var server = RawServer.Start();
        var (socket, peer) = await server.OpenAsync();
        var messages = new[] { "{\"op\":10,\"d\":{\"heartbeat_interval\":41250}}", new string('x', 200) }; // 7- and 16-bit lengths

        var sending = Task.Run(async () =>
        {
            foreach (var b in messages.SelectMany(m => Frame(0x1, Encoding.UTF8.GetBytes(m)))) await peer.SendAsync([b]);
        });
        var received = new List<string>();
        foreach (var _ in messages)
        {
            Assert.True(await socket.ReceiveAsync(Timeout()));
            received.Add(Encoding.UTF8.GetString(socket.Message));
        }
        await sending;

        Assert.Equal(messages, received);
    }

    [Fact]
    public async Task A_300_KB_message_with_a_64_bit_length_arrives_whole_from_small_pieces()
    {
        await using var server = RawServer.Start();
        var (socket, peer) = await server.OpenAsync();
        var message = Encoding.UTF8.GetBytes("{\"op\":0,\"d\":\"" + string.Concat(Enumerable.Range(0, 30_000).Select(i => (i % 10_000).ToString("D4", System.Globalization.CultureInfo.InvariantCulture) + "xxxxxx")) + "\"}");
        var frame = Frame(0x1, message);
        Assert.Equal(127, frame[1]); // the 64-bit length form

        var sending = Task.Run(async () =>
        {
            // The header split too (3 + 7 bytes), then 1,000-byte pieces.
            await peer.SendAsync(frame[..3]);
            await peer.SendAsync(frame[3..10]);
            for (var at = 10; at < frame.Length; at += 1000) await peer.SendAsync(frame[at..Math.Min(frame.Length, at + 1000)]);
        });
        Assert.True(await socket.ReceiveAsync(Timeout()));
        await sending;

        Assert.True(message.Length > 300_000);
        Assert.True(socket.Message.SequenceEqual(message));
    }

    public static TheoryData<string, byte[]> BrokenFrames => new()
    {
        { "masked", [0x81, 0x82, 1, 2, 3, 4, (byte)('{' ^ 1), (byte)('}' ^ 2)] },
        { "length with the top bit set", [0x81, 127, 0x80, 0, 0, 0, 0, 0, 0, 5, (byte)'{'] },
        { "length over 64 MB", [0x81, 127, 0, 0, 0, 0, 0x04, 0x00, 0x00, 0x01] },
        { "RSV1 with no extension", [0xC1, 2, (byte)'{', (byte)'}'] },
        { "ping over 125 bytes", [0x89, 126, 0, 126, .. new byte[126]] },
        { "fragmented ping", [0x09, 1, (byte)'?'] },
        { "continuation with nothing to continue", [0x80, 2, (byte)'{', (byte)'}'] },
    };

    [Theory]
    [MemberData(nameof(BrokenFrames))]
    public async Task A_frame_that_breaks_the_protocol_is_refused_as_a_websocket_error(string what, byte[] frame)
    {
        await using var server = RawServer.Start();
        var (socket, peer) = await server.OpenAsync();

        await peer.SendAsync(frame);

        var error = await Assert.ThrowsAsync<WebSocketException>(async () => await socket.ReceiveAsync(Timeout()));
        Assert.Contains("protocol error", error.Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(what));
    }

    [Fact]
    public async Task A_close_frame_ends_the_stream_with_its_code_and_is_answered()
    {
        await using var server = RawServer.Start();
        var (socket, peer) = await server.OpenAsync();
        var close = new byte[2 + 12];
        BinaryPrimitives.WriteUInt16BigEndian(close, 4004);
        "Bad token..."u8.CopyTo(close.AsSpan(2));

        await peer.SendAsync(Frame(0x8, close));

        Assert.False(await socket.ReceiveAsync(Timeout()));
        Assert.Equal(4004, socket.CloseCode);
        var answer = await peer.ReadFrameAsync();
        Assert.Equal(0x8, answer.Opcode);
        Assert.Equal(4004, BinaryPrimitives.ReadUInt16BigEndian(answer.Payload));
    }

    public static TheoryData<string, byte[]> Breakages => new()
    {
        { "length with the top bit set", [0x81, 127, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, (byte)'{'] }, // -1 as a signed long
        { "masked frame", [0x81, 0x82, 1, 2, 3, 4, (byte)('{' ^ 1), (byte)('}' ^ 2)] },
        { "op that is not a number", Frame(0x1, "{\"op\":\"ten\",\"d\":null}"u8) },
        { "sequence that is too large", Frame(0x1, "{\"op\":0,\"s\":1e12,\"t\":\"X\",\"d\":null}"u8) },
    };

    [Theory]
    [MemberData(nameof(Breakages))]
    public async Task The_gateway_client_reconnects_after_a_broken_frame_or_envelope_instead_of_stopping(string what, byte[] frame)
    {
        await using var server = RawServer.Start();
        var client = new DiscordGatewayClient(new GatewayOptions { Token = "test-token", ReconnectBaseDelay = TimeSpan.FromMilliseconds(50), MaxReconnectDelay = TimeSpan.FromMilliseconds(100) },
            NullLogger<DiscordGatewayClient>.Instance, TimeProvider.System);
        using var stop = new CancellationTokenSource();
        var run = client.RunAsync(new Uri(server.Url), stop.Token);
        try
        {
            await using (var first = await server.AcceptAsync()) await first.SendAsync(frame);
            var second = server.AcceptAsync();

            var done = await Task.WhenAny(second, run).WaitAsync(Patience);

            Assert.True(done == second, $"the client stopped on a {what}: {run.Exception?.InnerException?.GetType().Name}");
            await using var reconnected = await second;
        }
        finally
        {
            await stop.CancelAsync();
            await Task.WhenAny(run, Task.Delay(Patience)); // it stops with the cancellation, whatever the outcome
        }
    }

    private static CancellationToken Timeout() => new CancellationTokenSource(Patience).Token;

    // A server's frame: never masked; the length in 7, 16 or 64 bits as RFC 6455 5.2 says.
    private static byte[] Frame(int opcode, ReadOnlySpan<byte> payload, bool final = true)
    {
        var header = payload.Length < 126 ? 2 : payload.Length <= ushort.MaxValue ? 4 : 10;
        var frame = new byte[header + payload.Length];
        frame[0] = (byte)((final ? 0x80 : 0) | opcode);
        if (header == 2) frame[1] = (byte)payload.Length;
        else if (header == 4)
        {
            frame[1] = 126;
            BinaryPrimitives.WriteUInt16BigEndian(frame.AsSpan(2), (ushort)payload.Length);
        }
        else
        {
            frame[1] = 127;
            BinaryPrimitives.WriteUInt64BigEndian(frame.AsSpan(2), (ulong)payload.Length);
        }
        payload.CopyTo(frame.AsSpan(header));
        return frame;
    }

    /// <summary>A WebSocket server reduced to the handshake; after it the test writes raw bytes.</summary>
    private sealed class RawServer : IAsyncDisposable
    {
        private readonly TcpListener _listener;
        private readonly List<IAsyncDisposable> _opened = [];

        private RawServer(TcpListener listener) => _listener = listener;

        public string Url => $"ws://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/";

        public static RawServer Start()
        {
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return new RawServer(listener);
        }

        /// <summary>Our socket connected to this server, and the server's end; both go with the server.</summary>
        public async Task<(GatewaySocket Socket, Peer Peer)> OpenAsync()
        {
            var connecting = GatewaySocket.ConnectAsync(new Uri(Url), Timeout());
            var peer = await AcceptAsync();
            _opened.Add(peer);
            var socket = await connecting;
            _opened.Add(socket);
            return (socket, peer);
        }

        public async Task<Peer> AcceptAsync()
        {
            var tcp = await _listener.AcceptTcpClientAsync(Timeout());
            tcp.NoDelay = true;
            var stream = tcp.GetStream();
            var request = new List<byte>();
            var one = new byte[1];
            while (request.Count < 4 || !request.TakeLast(4).SequenceEqual("\r\n\r\n"u8.ToArray()))
            {
                if (await stream.ReadAsync(one, Timeout()) == 0) throw new IOException("The client left during the handshake.");
                request.Add(one[0]);
            }
            var key = Encoding.ASCII.GetString(request.ToArray()).Split("\r\n")
                .Select(l => l.Split(':', 2)).First(p => p[0].Equals("Sec-WebSocket-Key", StringComparison.OrdinalIgnoreCase))[1].Trim();
            var accept = Convert.ToBase64String(SHA1.HashData(Encoding.ASCII.GetBytes(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11")));
            await stream.WriteAsync(Encoding.ASCII.GetBytes($"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: {accept}\r\n\r\n"), Timeout());
            return new Peer(tcp, stream);
        }

        public async ValueTask DisposeAsync()
        {
            foreach (var opened in _opened) await opened.DisposeAsync();
            _listener.Stop();
            _listener.Dispose();
        }
    }

    /// <summary>The server's end of one connection.</summary>
    private sealed class Peer(TcpClient tcp, NetworkStream stream) : IAsyncDisposable
    {
        public async Task SendAsync(byte[] bytes)
        {
            await stream.WriteAsync(bytes, Timeout());
            await stream.FlushAsync(Timeout());
        }

        // A client's frame: always masked (the test reads only short ones).
        public async Task<(int Opcode, byte[] Payload)> ReadFrameAsync()
        {
            var head = await ReadExactlyAsync(2);
            Assert.True((head[1] & 0x80) != 0, "a client frame must be masked");
            var length = head[1] & 0x7F;
            if (length == 126) length = BinaryPrimitives.ReadUInt16BigEndian(await ReadExactlyAsync(2));
            var mask = await ReadExactlyAsync(4);
            var payload = await ReadExactlyAsync(length);
            for (var i = 0; i < payload.Length; i++) payload[i] ^= mask[i & 3];
            return (head[0] & 0x0F, payload);
        }

        private async Task<byte[]> ReadExactlyAsync(int count)
        {
            var bytes = new byte[count];
            await stream.ReadExactlyAsync(bytes, Timeout());
            return bytes;
        }

        public ValueTask DisposeAsync()
        {
            tcp.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
