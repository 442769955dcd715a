using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using RumourBot.Storage;

namespace RumourBot.Coordination;

/// <summary>
/// Registers what lets several bot processes share the work: who this process is, the work leases, and which
/// guilds it owns (every guild here; the Discord bot narrows it to the guilds of its shards).
/// </summary>
public static class CoordinationServiceCollectionExtensions
{
    public static IServiceCollection AddCoordination(this IServiceCollection services)
    {
        services.TryAddSingleton<ProcessIdentity>();
        services.AddStore<IWorkLeases, LiteDbWorkLeases, PostgresWorkLeases>();
        services.AddPostgresSchema<PostgresLeaseSchema>();
        services.TryAddSingleton(GuildOwnership.Everything);
        services.AddSingleton<LeasedIdentifyGate>();
        return services;
    }
}
