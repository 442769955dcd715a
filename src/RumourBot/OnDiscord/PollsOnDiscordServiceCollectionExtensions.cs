using Microsoft.Extensions.DependencyInjection;
using RumourBot.Discord.Gateway.Events;
using RumourBot.Discord.Models;

namespace RumourBot.OnDiscord;

/// <summary>
/// Polls on Discord: reactions as votes, a deleted message cancelling its poll, the recount on READY, and the poll
/// messages kept showing their tally.
/// </summary>
public static class PollsOnDiscordServiceCollectionExtensions
{
    public static IServiceCollection AddPollsOnDiscord(this IServiceCollection services)
    {
        services.AddSingleton<PollReactions>();
        services.AddGatewayEventHandler<ReactionAdded, PollReactions>();
        services.AddGatewayEventHandler<ReactionRemoved, PollReactions>();
        services.AddGatewayEventHandler<ReactionsCleared, PollReactions>();
        services.AddGatewayEventHandler<MessagesDeleted, PollReactions>();
        services.AddGatewayEventHandler<ChannelChanged, PollReactions>();
        services.AddSingleton<PollRecount>();
        services.AddGatewayEventHandler<ReadyData, PollRecount>();
        // Listens to the poll book from the start: polls closed during start-up still get their final edit.
        services.AddSingleton<PollMessages>();
        services.AddHostedService(provider => new MadeAtStart<PollMessages>(provider.GetRequiredService<PollMessages>()));
        return services;
    }
}
