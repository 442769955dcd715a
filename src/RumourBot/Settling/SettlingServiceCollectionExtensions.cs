using Microsoft.Extensions.DependencyInjection;
using RumourBot.Commands;
using RumourBot.Storage;

namespace RumourBot.Settling;

/// <summary>Registers settling: outcomes, scored predictions, leaderboards and their commands.</summary>
public static class SettlingServiceCollectionExtensions
{
    public static IServiceCollection AddSettling(this IServiceCollection services)
    {
        services.AddStore<ISettlementStore, LiteDbSettlementStore, PostgresSettlementStore>();
        services.AddPostgresSchema<PostgresSettlementSchema>();
        services.AddSingleton<ClubMatch>();
        services.AddSingleton<SettlementDraft>();
        services.AddSingleton<PollBallots>();
        services.AddSingleton<PollAnswerDeriver>();
        services.AddSingleton<SettlementBook>();
        services.AddSingleton<Leaderboards>();
        services.AddSingleton<ICommandModule, SettleCommands>();
        services.AddSingleton<ICommandModule, LeaderboardCommands>();
        return services;
    }
}
