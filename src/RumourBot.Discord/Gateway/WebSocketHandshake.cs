using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Text;

namespace RumourBot.Discord.Gateway;

/// <summary>
/// The HTTP/1.1 upgrade that opens a WebSocket (RFC 6455 section 4): the request with a fresh key, and the check of
/// the server's answer (101, and a Sec-WebSocket-Accept made from our key).
/// </summary>
internal static class WebSocketHandshake
{
    private const string AcceptGuid = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

    /// <summary>An upgrade answer longer than this is not the gateway's.</summary>
    public const int MaxAnswerBytes = 16 * 1024;

    public static string NewKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));

    public static byte[] Request(Uri url, int port, string key)
    {
        var host = url.IsDefaultPort ? url.IdnHost : $"{url.IdnHost}:{port}";
        var request = $"GET {url.PathAndQuery} HTTP/1.1\r\nHost: {host}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n" +
                      $"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\nUser-Agent: rumourbot\r\n\r\n";
        return Encoding.ASCII.GetBytes(request);
    }

    /// <summary>Where the answer's head ends (its blank line), or -1 while it has not all arrived.</summary>
    public static int HeadLength(ReadOnlySpan<byte> received) => received.IndexOf("\r\n\r\n"u8);

    /// <summary>Throws a <see cref="WebSocketException"/> unless the head switches protocols for our key.</summary>
    public static void CheckAnswer(string head, string key)
    {
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
}
