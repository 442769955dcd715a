using RumourBot.Commands;
using RumourBot.Digests;
using RumourBot.Replies;

namespace RumourBot.LocalConsole;

/// <summary>The local console's stand-in for a channel: a digest is printed as text, under the channel it was meant for.</summary>
public sealed class ConsoleDigestPoster(LocalConsoleStreams streams, ConsoleImages images) : IDigestPoster
{
    private readonly Lock _lock = new();

    public async Task<DigestDelivery> PostAsync(ChannelChoice channel, IReadOnlyList<Reply> pages, string nonce, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            streams.Output.WriteLine($"[digest posted to {channel.Display}]");
            foreach (var page in pages) ConsoleReplyWriter.Write(page, streams.Output, streams.Errors, images);
        }
        await streams.Output.FlushAsync(cancellationToken);
        return DigestDelivery.Posted(pages.Count);
    }
}
