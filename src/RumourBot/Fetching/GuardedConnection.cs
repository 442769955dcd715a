using System.Net;
using System.Net.Sockets;

namespace RumourBot.Fetching;

/// <summary>
/// The HTTP handler every fetch goes through. Its connect step resolves the host itself, checks every address
/// against the <see cref="AddressPolicy"/>, and connects only to an address it has just checked, so a DNS answer
/// that changes between check and connect (DNS rebinding) cannot slip a private address through. Redirects are
/// not followed here (<see cref="SafeHttpFetcher"/> follows them, checking each hop) and no proxy is used, since
/// a proxy would make the checked address the proxy's, not the target's.
/// </summary>
public static class GuardedConnection
{
    public static SocketsHttpHandler CreateHandler(AddressPolicy policy) => new()
    {
        AllowAutoRedirect = false,
        UseProxy = false,
        UseCookies = false,
        AutomaticDecompression = DecompressionMethods.All, // the size cap counts the decompressed bytes
        ConnectTimeout = SafeHttpFetcher.TimeLimit,
        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
        MaxResponseHeadersLength = 64, // kilobytes
        MaxResponseDrainSize = 0, // an abandoned body (over the cap) closes the connection instead of being read on
        ConnectCallback = (context, cancellationToken) => ConnectAsync(policy, context.DnsEndPoint, cancellationToken),
    };

    public static async ValueTask<Stream> ConnectAsync(AddressPolicy policy, DnsEndPoint endpoint, CancellationToken cancellationToken)
    {
        var addresses = IPAddress.TryParse(endpoint.Host, out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(endpoint.Host, cancellationToken);
        if (addresses.Length == 0) throw new SocketException((int)SocketError.HostNotFound);

        // A host with any refused address is refused whole: mixing public and private answers is a rebinding trick.
        foreach (var address in addresses)
        {
            if (policy.Refusal(address, endpoint.Port) is { } why) throw new BlockedAddressException(endpoint.Host, address, why);
        }

        SocketException? last = null;
        foreach (var address in addresses)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, endpoint.Port), cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException error)
            {
                socket.Dispose();
                last = error;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }
        throw last!;
    }
}
