using Microsoft.Extensions.DependencyInjection;
using RumourBot.Commands;

namespace RumourBot.Exports;

/// <summary>Registers a server's CSV exports and /export.</summary>
public static class ExportsServiceCollectionExtensions
{
    public static IServiceCollection AddExports(this IServiceCollection services)
    {
        services.AddSingleton<ServerExport>();
        services.AddSingleton<ICommandModule, ExportCommands>();
        return services;
    }
}
