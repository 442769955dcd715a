using System.Net;

namespace RumourBot.Fetching;

/// <summary>
/// Thrown while connecting, before any byte is sent, when the host resolves to an address the
/// <see cref="AddressPolicy"/> refuses. The fetcher turns it into a <see cref="FetchOutcome.Blocked"/> result.
/// </summary>
public sealed class BlockedAddressException(string host, IPAddress address, string why)
    : Exception($"{(IPAddress.TryParse(host, out _) ? host + " is" : $"{host} resolves to {address},")} {why}; the bot only fetches from public internet addresses.")
{
    public string Host { get; } = host;
    public IPAddress Address { get; } = address;
}
