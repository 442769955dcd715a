using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace RumourBot.Storage;

/// <summary>
/// Registers the storage engines: the options, the LiteDB file (opened only when a LiteDB store is first used) and
/// the PostgreSQL data source (opened and migrated only when a Postgres store is first used, or at start).
/// Each feature then picks its store with <see cref="StoreRegistration.AddStore{TStore, TLiteDb, TPostgres}"/>.
/// </summary>
public static class StorageServiceCollectionExtensions
{
    public static IServiceCollection AddStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section)
            .Configure<IConfiguration>((o, configuration) => o.ConnectionString ??= configuration.GetConnectionString(StorageProviders.ConnectionStringName))
            .Validate(o => o.HasKnownProvider, $"Storage:Provider must be {StorageProviders.LiteDb} or {StorageProviders.Postgres}.")
            .Validate(o => !o.UsesPostgres || !string.IsNullOrWhiteSpace(o.ConnectionString),
                $"Storage:Provider is {StorageProviders.Postgres} but ConnectionStrings:{StorageProviders.ConnectionStringName} (ConnectionStrings__{StorageProviders.ConnectionStringName}) is empty.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.DataFolder), "Storage:DataFolder must name a folder.")
            .ValidateOnStart();
        services.AddSingleton<RumourDatabase>();
        services.AddSingleton(provider => PostgresDataSource.Open(
            provider.GetRequiredService<IOptions<StorageOptions>>().Value.ConnectionString,
            provider.GetServices<IPostgresMigrations>(),
            provider.GetRequiredService<ILoggerFactory>()));
        services.AddHostedService<PostgresStartup>();
        return services;
    }
}
