using RumourBot.Commands;
using RumourBot.Replies;

namespace RumourBot.Digests;

/// <summary>Posts a digest's pages to a channel: on Discord as messages, in the local console as text.</summary>
public interface IDigestPoster
{
    /// <param name="nonce">Tells this digest from others (≤ 20 characters), so a retried request never posts a page twice.</param>
    Task<DigestDelivery> PostAsync(ChannelChoice channel, IReadOnlyList<Reply> pages, string nonce, CancellationToken cancellationToken);
}
