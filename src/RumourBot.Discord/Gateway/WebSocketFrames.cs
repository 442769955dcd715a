using System.Buffers.Binary;
using System.Net.WebSockets;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;

namespace RumourBot.Discord.Gateway;

/// <summary>
/// The WebSocket frame format (RFC 6455 section 5) as a client sees it: reading a server's frame header, with every
/// rule a server's frame must keep, and writing our frames masked with a fresh key.
/// </summary>
internal static class WebSocketFrames
{
    public const int OpContinuation = 0x0, OpText = 0x1, OpBinary = 0x2, OpClose = 0x8, OpPing = 0x9, OpPong = 0xA;

    /// <summary>The largest message (and frame) we accept.</summary>
    public const long MaxMessage = 64 * 1024 * 1024;

    /// <summary>
    /// The header of the frame at the start of <paramref name="available"/>; false unless the whole frame (header
    /// and payload) is there. A frame that breaks RFC 6455 throws.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryReadHeader(ReadOnlySpan<byte> available, out bool final, out int opcode, out int header, out int payloadLength)
    {
        (final, opcode, header, payloadLength) = (false, 0, 0, 0);
        if (available.Length < 2) return false;
        final = (available[0] & 0x80) != 0;
        opcode = available[0] & 0x0F;
        // No extension was negotiated, so no RSV bit may be set; a server never masks (5.1).
        if ((available[0] & 0x70) != 0) throw ProtocolError("RSV bits set with no extension negotiated.");
        if ((available[1] & 0x80) != 0) throw ProtocolError("The server masked a frame.");
        ulong length = (ulong)(available[1] & 0x7F);
        header = 2;
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
        payloadLength = (int)length;
        return true;
    }

    /// <summary>The bytes a frame of <paramref name="payloadLength"/> takes: header, mask key and payload.</summary>
    public static int SizeOf(int payloadLength) => HeaderLength(payloadLength) + 4 + payloadLength;

    /// <summary>Writes one final frame; a client's frames are masked with a fresh random key (5.3). Returns its length.</summary>
    public static int Write(int opcode, ReadOnlySpan<byte> payload, Span<byte> frame)
    {
        var header = HeaderLength(payload.Length);
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

    public static WebSocketException ProtocolError(string message) => new(WebSocketError.Faulted, $"WebSocket protocol error: {message}");

    private static int HeaderLength(int payloadLength) => payloadLength < 126 ? 2 : payloadLength <= ushort.MaxValue ? 4 : 10;
}
