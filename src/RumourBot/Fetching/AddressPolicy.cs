using System.Net;

namespace RumourBot.Fetching;

/// <summary>
/// Which addresses the bot may connect to when it fetches a feed or an article: public internet addresses only.
/// Loopback, private, shared (CGNAT), link-local (where cloud metadata services live), unspecified, multicast and
/// reserved ranges are refused, whether written as IPv4, IPv6, or IPv4 inside IPv6 (mapped, NAT64, 6to4); so is any
/// port but the web's own (80 and 443), so the bot cannot be made to knock on a host's other services.
/// </summary>
public sealed class AddressPolicy
{
    private static readonly (IPNetwork Network, string Why)[] RefusedV4 =
    [
        (IPNetwork.Parse("0.0.0.0/8"), "an unspecified address"),
        (IPNetwork.Parse("10.0.0.0/8"), "a private address"),
        (IPNetwork.Parse("100.64.0.0/10"), "a shared (carrier-grade NAT) address"),
        (IPNetwork.Parse("127.0.0.0/8"), "a loopback address"),
        (IPNetwork.Parse("169.254.0.0/16"), "a link-local address (cloud metadata services live there)"),
        (IPNetwork.Parse("172.16.0.0/12"), "a private address"),
        (IPNetwork.Parse("192.0.0.0/24"), "a reserved address"),
        (IPNetwork.Parse("192.0.2.0/24"), "a documentation address"),
        (IPNetwork.Parse("192.168.0.0/16"), "a private address"),
        (IPNetwork.Parse("198.18.0.0/15"), "a benchmarking address"),
        (IPNetwork.Parse("198.51.100.0/24"), "a documentation address"),
        (IPNetwork.Parse("203.0.113.0/24"), "a documentation address"),
        (IPNetwork.Parse("224.0.0.0/4"), "a multicast address"),
        (IPNetwork.Parse("240.0.0.0/4"), "a reserved address"),
    ];

    private static readonly (IPNetwork Network, string Why)[] RefusedV6 =
    [
        (IPNetwork.Parse("::/128"), "an unspecified address"),
        (IPNetwork.Parse("::1/128"), "a loopback address"),
        (IPNetwork.Parse("100::/64"), "a discard address"),
        (IPNetwork.Parse("64:ff9b:1::/48"), "a local-use NAT64 address"), // RFC 8215: for a network's own translator
        (IPNetwork.Parse("2001:db8::/32"), "a documentation address"),
        (IPNetwork.Parse("fc00::/7"), "a private (unique local) address"),
        (IPNetwork.Parse("fe80::/10"), "a link-local address"),
        (IPNetwork.Parse("fec0::/10"), "a site-local address"),
        (IPNetwork.Parse("ff00::/8"), "a multicast address"),
    ];

    // IPv6 ranges that carry an IPv4 address inside them: the IPv4 address decides.
    private static readonly IPNetwork Mapped = IPNetwork.Parse("::ffff:0:0/96");
    private static readonly IPNetwork Compatible = IPNetwork.Parse("::/96");
    private static readonly IPNetwork Nat64 = IPNetwork.Parse("64:ff9b::/96");
    private static readonly IPNetwork SixToFour = IPNetwork.Parse("2002::/16");

    private readonly HashSet<IPEndPoint> _exceptions;

    private AddressPolicy(IEnumerable<IPEndPoint> exceptions) => _exceptions = [.. exceptions];

    /// <summary>The policy of every production code path: public addresses only, no exceptions.</summary>
    public static AddressPolicy PublicOnly { get; } = new([]);

    /// <summary>
    /// The public-only policy plus these exact endpoints (address and port), for tests and the load harness that
    /// serve feeds from 127.0.0.1. Internal on purpose: nothing outside this assembly's tests can build one, and no
    /// setting binds to it, so configuration cannot open the guard.
    /// </summary>
    internal static AddressPolicy AllowingOnly(params IPEndPoint[] endpoints) => new(endpoints);

    /// <summary>The ports web pages and feeds are served on.</summary>
    public static bool IsWebPort(int port) => port is 80 or 443;

    /// <summary>Null when the bot may connect to this address and port; otherwise why not (for the log only).</summary>
    public string? Refusal(IPAddress address, int port)
    {
        if (_exceptions.Count > 0 && _exceptions.Contains(new IPEndPoint(address, port))) return null;
        return IsWebPort(port) ? Refusal(address) : $"port {port}, not a web port (80 or 443)";
    }

    private static string? Refusal(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) return Refusal(address.MapToIPv4());
        if (address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork)
        {
            foreach (var (network, why) in RefusedV4) if (network.Contains(address)) return why;
            return null;
        }
        foreach (var (network, why) in RefusedV6) if (network.Contains(address)) return why;
        if (Mapped.Contains(address) || Compatible.Contains(address) || Nat64.Contains(address))
        {
            return Refusal(new IPAddress(address.GetAddressBytes().AsSpan(12, 4)));
        }
        if (SixToFour.Contains(address)) return Refusal(new IPAddress(address.GetAddressBytes().AsSpan(2, 4)));
        return null;
    }
}
