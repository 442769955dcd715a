using Microsoft.Extensions.DependencyInjection;
using RumourBot.Commands;
using RumourBot.Storage;

namespace RumourBot.Following;

/// <summary>Registers the clubs a server follows: their store, suggestions and /follow.</summary>
public static class FollowingServiceCollectionExtensions
{
    public static IServiceCollection AddFollowing(this IServiceCollection services)
    {
        services.AddStore<IFollowStore, LiteDbFollowStore, PostgresFollowStore>();
        services.AddPostgresSchema<PostgresFollowSchema>();
        services.AddSingleton<ClubFollows>();
        services.AddSingleton<ClubSuggestions>();
        services.AddSingleton<ICommandModule, FollowCommands>();
        return services;
    }
}
