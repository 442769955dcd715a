using Microsoft.Extensions.DependencyInjection;
using RumourBot.Commands;
using RumourBot.Storage;

namespace RumourBot.Polls;

/// <summary>
/// Registers polls: their store, the book, /poll, the vote queue every vote goes through (Discord's reactions and
/// the local console's vote lines alike) and the closer.
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
        services.AddSingleton<VoteQueue>();
        services.AddHostedService(provider => provider.GetRequiredService<VoteQueue>());
        services.AddSingleton<PollCloser>();
        services.AddHostedService(provider => provider.GetRequiredService<PollCloser>());
        return services;
    }
}
