using Microsoft.Extensions.DependencyInjection;
using RumourBot.Commands;
using RumourBot.Storage;

namespace RumourBot.Polls;

/// <summary>
/// Registers polls: their store, the book, /poll and the closer. The vote queue is registered with the Discord bot
/// for now (see docs/architecture.md), as only Discord votes go through it yet.
/// </summary>
public static class PollsServiceCollectionExtensions
{
    public static IServiceCollection AddPolls(this IServiceCollection services)
    {
        services.AddStore<IPollStore, LiteDbPollStore, PostgresPollStore>();
        services.AddPostgresSchema<PostgresPollSchema>();
        services.AddSingleton<PollBook>();
        services.AddSingleton<PollCommands>();
        services.AddSingleton<ICommandModule>(provider => provider.GetRequiredService<PollCommands>());
        services.AddSingleton<PollCloser>();
        services.AddHostedService(provider => provider.GetRequiredService<PollCloser>());
        return services;
    }
}
