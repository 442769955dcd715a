using Microsoft.Extensions.DependencyInjection;
using RumourBot.Commands;

namespace RumourBot.Following;

/// <summary>Registers the clubs a server follows: their store, suggestions and /follow.</summary>
public static class FollowingServiceCollectionExtensions
{
    public static IServiceCollection AddFollowing(this IServiceCollection services)
    {
        services.AddSingleton<IFollowStore, LiteDbFollowStore>();
        services.AddSingleton<ClubFollows>();
        services.AddSingleton<ClubSuggestions>();
        services.AddSingleton<ICommandModule, FollowCommands>();
        return services;
    }
}
