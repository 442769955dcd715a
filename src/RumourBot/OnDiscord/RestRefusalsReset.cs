using RumourBot.Discord.Gateway.Events;
using RumourBot.Discord.Rest;

namespace RumourBot.OnDiscord;

/// <summary>
/// A channel or server that changed may have changed the bot's permissions: requests Discord refused there (see
/// <c>DiscordRestClient.Refusals</c>) may be tried again.
/// </summary>
public sealed class RestRefusalsReset(DiscordRestClient rest) : IGatewayEventHandler<ChannelChanged>, IGatewayEventHandler<GuildUpdated>
{
    public ValueTask HandleAsync(ChannelChanged channel, ShardContext shard, CancellationToken cancellationToken)
    {
        rest.Refusals.Forget(channel.Id);
        return ValueTask.CompletedTask;
    }

    public ValueTask HandleAsync(GuildUpdated guild, ShardContext shard, CancellationToken cancellationToken)
    {
        rest.Refusals.ForgetAll();
        return ValueTask.CompletedTask;
    }
}
