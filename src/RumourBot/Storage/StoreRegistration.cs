using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace RumourBot.Storage;

/// <summary>
/// How a feature registers its store with both engines, in its own <c>Add&lt;Feature&gt;()</c>:
/// <code>
/// services.AddStore&lt;IPollStore, LiteDbPollStore, PostgresPollStore&gt;();
/// services.AddPostgresSchema&lt;PostgresPollSchema&gt;();
/// </code>
/// </summary>
public static class StoreRegistration
{
    /// <summary>
    /// Registers <typeparamref name="TStore"/> as the implementation Storage:Provider names, built on first use: with
    /// Postgres the LiteDB implementation is never built, so the LiteDB file is not opened by it.
    /// </summary>
    public static IServiceCollection AddStore<TStore, TLiteDb, TPostgres>(this IServiceCollection services)
        where TStore : class
        where TLiteDb : class, TStore
        where TPostgres : class, TStore
    {
        services.TryAddSingleton<TLiteDb>();
        services.TryAddSingleton<TPostgres>();
        services.AddSingleton<TStore>(provider => provider.GetRequiredService<IOptions<StorageOptions>>().Value.UsesPostgres
            ? provider.GetRequiredService<TPostgres>()
            : provider.GetRequiredService<TLiteDb>());
        return services;
    }

    /// <summary>Adds a feature's PostgreSQL schema to those applied at start (harmless with LiteDB: never read then).</summary>
    public static IServiceCollection AddPostgresSchema<TSchema>(this IServiceCollection services) where TSchema : class, IPostgresMigrations
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostgresMigrations, TSchema>());
        return services;
    }
}
