using System.Globalization;
using RumourBot.Commands;
using RumourBot.Digests;
using RumourBot.Discord.Rest;
using RumourBot.Replies;

namespace RumourBot.OnDiscord;

/// <summary>
/// Posts a digest's pages as channel messages, pinging nobody (allowed_mentions parse=[]) and escaping all text (the
/// renderer does both). Each page carries a nonce Discord enforces, so a request retried after a timeout returns the
/// message already made instead of posting it again. A deleted channel (404, 10003) or lost access (403, 50001 /
/// 50013) makes the channel unusable; anything else is a failure that may pass.
/// </summary>
public sealed class DiscordDigestPoster(DiscordRestClient rest) : IDigestPoster
{
    private const int UnknownChannel = 10003;
    private const int MissingAccess = 50001;
    private const int MissingPermissions = 50013;

    public async Task<DigestDelivery> PostAsync(ChannelChoice channel, IReadOnlyList<Reply> pages, string nonce, CancellationToken cancellationToken)
    {
        if (channel.Id is not { } channelId) return new DigestDelivery(DigestDeliveryResult.ChannelUnusable, 0, $"{channel.Display} is not a Discord channel");
        var posted = 0;
        try
        {
            foreach (var page in pages)
            {
                var body = ReplyRenderer.ToMessage(page) with { Nonce = $"{nonce}-{posted}", EnforceNonce = true };
                await rest.CreateMessageAsync(channelId.ToString(CultureInfo.InvariantCulture), body, cancellationToken);
                posted++;
            }
            return DigestDelivery.Posted(posted);
        }
        // Only Discord's own codes turn a schedule off: a bare 404 or 403 (a proxy, a wrong base URL) is a failure that may pass.
        catch (DiscordRestException error) when (error.Code == UnknownChannel)
        {
            return new DigestDelivery(DigestDeliveryResult.ChannelUnusable, posted, $"{channel.Display} was deleted");
        }
        catch (DiscordRestException error) when (error.Code is MissingAccess or MissingPermissions)
        {
            return new DigestDelivery(DigestDeliveryResult.ChannelUnusable, posted,
                $"the bot may no longer post in {channel.Display} ({error.DiscordMessage})");
        }
        catch (DiscordRestException error)
        {
            return new DigestDelivery(DigestDeliveryResult.Failed, posted, $"Discord answered {(int)error.Status}, code {error.Code}: {error.DiscordMessage}");
        }
        catch (Exception error) when (error is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return new DigestDelivery(DigestDeliveryResult.Failed, posted, $"Discord could not be reached ({error.GetType().Name})");
        }
    }
}
