using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using RumourBot.Commands;

namespace RumourBot.Digests;

/// <summary>
/// The nonce a digest's messages carry, so a request retried after a timeout returns the message already made. Discord
/// matches an enforced nonce per sender (the bot), not per channel: the nonce names the channel as well as the slot,
/// or two servers with the same 09:00 schedule would share one and the second would be handed the first's message.
/// </summary>
public static class DigestNonce
{
    // 12 bytes of the hash are 16 base64url characters: with the two-letter kind 18 in all, so the poster's "-page"
    // stays within Discord's 25. 96 bits make a clash between two channels' slots practically impossible.
    private const int HashBytes = 12;

    /// <summary>A scheduled slot's nonce: the same channel and slot always get the same one.</summary>
    public static string ForSlot(ChannelChoice channel, DateTimeOffset slot) => "ds" + Hash(channel, slot.ToUnixTimeSeconds());

    /// <summary>The nonce of a /digest now at a moment.</summary>
    public static string ForNow(ChannelChoice channel, DateTimeOffset now) => "dn" + Hash(channel, now.ToUnixTimeMilliseconds());

    private static string Hash(ChannelChoice channel, long moment)
    {
        var where = channel.Id?.ToString(CultureInfo.InvariantCulture) ?? "#" + channel.Name;
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{where}|{moment}")));
        return Base64Url.EncodeToString(hash.AsSpan(0, HashBytes));
    }
}
