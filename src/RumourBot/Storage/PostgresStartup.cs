using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Npgsql;

namespace RumourBot.Storage;

/// <summary>
/// With Postgres, connects and migrates as the host starts (first of the hosted services), so an unreachable
/// database stops the bot at once rather than at the first command.
/// </summary>
internal sealed class PostgresStartup(IServiceProvider services, IOptions<StorageOptions> options) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.UsesPostgres) services.GetRequiredService<NpgsqlDataSource>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
