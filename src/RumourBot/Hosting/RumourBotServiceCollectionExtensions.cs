using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RumourBot.Commands;
using Microsoft.Extensions.Options;
using RumourBot.Discord;
using RumourBot.Discord.Gateway;
using RumourBot.Discord.Rest;
using RumourBot.LocalConsole;
using RumourBot.Polls;
using RumourBot.Reports;
using RumourBot.Reports.Clubs;
using RumourBot.Reports.Sources;
using RumourBot.Rumours;
using RumourBot.Settling;
using RumourBot.Storage;

namespace RumourBot.Hosting;

/// <summary>Registers the bot's parts with the generic host, one feature at a time.</summary>
public static class RumourBotServiceCollectionExtensions
{
    public static IHostApplicationBuilder AddRumourBot(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section)
            .Validate(o => !string.IsNullOrWhiteSpace(o.DataFolder), "Storage:DataFolder must name a folder.")
            .ValidateOnStart();
        services.AddOptions<DiscordOptions>().BindConfiguration(DiscordOptions.Section);
        services.AddSingleton(TimeProvider.System);

        // Reports
        services.AddSingleton(ClubGazetteer.Default);
        services.AddSingleton(SourceDirectory.Default);
        services.AddSingleton<ReportAnalyzer>();
        services.AddSingleton<ReportImporter>();

        // Storage: the seeds go in before anything reads the database.
        services.AddSingleton<RumourDatabase>();
        services.AddSingleton<SeedImporter>();
        services.AddHostedService(provider => provider.GetRequiredService<SeedImporter>());

        // Rumours
        services.AddSingleton<RumourBook>();
        services.AddSingleton<RumourPicker>();
        services.AddSingleton<ICommandModule, RumourCommands>();

        // Polls
        services.AddSingleton<PollBook>();
        services.AddSingleton<PollCommands>();
        services.AddSingleton<ICommandModule>(provider => provider.GetRequiredService<PollCommands>());
        services.AddSingleton<PollCloser>();
        services.AddHostedService(provider => provider.GetRequiredService<PollCloser>());

        // Settling: outcomes, scored predictions and leaderboards
        services.AddSingleton<ClubMatch>();
        services.AddSingleton<SettlementDraft>();
        services.AddSingleton<PollBallots>();
        services.AddSingleton<PollAnswerDeriver>();
        services.AddSingleton<SettlementBook>();
        services.AddSingleton<Leaderboards>();
        services.AddSingleton<ICommandModule, SettleCommands>();
        services.AddSingleton<ICommandModule, LeaderboardCommands>();

        // Commands, shared by the local console and Discord
        services.AddSingleton<CommandCatalog>();
        services.AddSingleton<CommandRouter>();
        services.AddSingleton<SlashCommandParser>();
        return builder;
    }

    /// <summary>The bot on Discord: REST and gateway clients configured from the "Discord" section.</summary>
    public static IHostApplicationBuilder AddDiscordBot(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<BotExit>();
        services.AddSingleton(provider =>
        {
            var discord = provider.GetRequiredService<IOptions<DiscordOptions>>().Value;
            return new DiscordRestOptions { Token = discord.Token ?? "", BaseUrl = new Uri(discord.ApiBaseUrl.TrimEnd('/') + "/") };
        });
        services.AddSingleton(provider => new GatewayOptions { Token = provider.GetRequiredService<IOptions<DiscordOptions>>().Value.Token ?? "" });
        services.AddHttpClient<DiscordRestClient>();
        services.AddSingleton<GatewayClientFactory>();
        services.AddSingleton<InteractionHandler>();
        services.AddSingleton<BotIdentity>();
        services.AddSingleton<PollReactions>();
        services.AddSingleton<PollMessages>();
        services.AddSingleton<PollRecount>();
        services.AddHostedService<DiscordBotService>();
        return builder;
    }

    public static IHostApplicationBuilder AddLocalConsole(this IHostApplicationBuilder builder, LocalConsoleStreams streams)
    {
        builder.Services.AddSingleton(streams);
        builder.Services.AddSingleton<ConsoleVote>();
        builder.Services.AddHostedService<LocalConsoleService>();
        return builder;
    }
}
