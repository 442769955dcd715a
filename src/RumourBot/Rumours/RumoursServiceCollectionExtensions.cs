using Microsoft.Extensions.DependencyInjection;
using RumourBot.Commands;
using RumourBot.Storage;

namespace RumourBot.Rumours;

/// <summary>Registers rumours: their store, the book, the picker, who may submit, and their commands.</summary>
public static class RumoursServiceCollectionExtensions
{
    public static IServiceCollection AddRumours(this IServiceCollection services)
    {
        services.AddStore<IRumourStore, LiteDbRumourStore, PostgresRumourStore>();
        services.AddPostgresSchema<PostgresRumourSchema>();
        // Filled from the store on first use, then kept up to date by the importer.
        services.AddSingleton(provider => new PlayerNameIndex(provider.GetRequiredService<IRumourStore>().PlayersSeen));
        services.AddSingleton<RumourBook>();
        services.AddSingleton<RumourPicker>();
        services.AddSingleton<SubmitGate>();
        services.AddSingleton<ICommandModule, RumourCommands>();
        services.AddSingleton<ICommandModule, SubmitAccessCommands>();
        return services;
    }
}
