using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Npgsql;

namespace RumourBot.Storage;

/// <summary>
/// Checks the storage settings and, with Postgres, connects and migrates: called by the bot before its host starts
/// (so a bad setting or a dead server is one line on stderr, not a host failure with a stack trace), and as the
/// first hosted service of any other host built with the bot's parts.
/// </summary>
public sealed class PostgresStartup(IServiceProvider services) : IHostedService
{
    /// <summary>Throws <see cref="OptionsValidationException"/> or <see cref="StorageUnavailableException"/> when storage cannot be used.</summary>
    public static void Open(IServiceProvider services)
    {
        if (services.GetRequiredService<IOptions<StorageOptions>>().Value.UsesPostgres) services.GetRequiredService<NpgsqlDataSource>();
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        Open(services);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
