using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RumourBot.Commands;
using RumourBot.Coordination;
using RumourBot.Digests;
using RumourBot.Digests.Sections;
using RumourBot.Discord.Gateway;
using RumourBot.Discord.Gateway.Events;
using RumourBot.Discord.Models;
using RumourBot.Discord.Rest;
using RumourBot.Exports;
using RumourBot.Feeds;
using RumourBot.Fetching;
using RumourBot.Following;
using RumourBot.Ingestion;
using RumourBot.LocalConsole;
using RumourBot.OnDiscord;
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
        // Storage first: its hosted service connects to (and migrates) PostgreSQL before any other starts.
        services.AddStorage();
        services.AddOptions<DiscordOptions>().BindConfiguration(DiscordOptions.Section);
        services.AddOptions<LimitOptions>().BindConfiguration(LimitOptions.Section)
            .Validate(o => o.IsValid, "Limits: each limit must be at least 1 (FetchQueue at least 0) and BurstWindow at most an hour.")
            .ValidateOnStart();
        services.AddSingleton(TimeProvider.System);
        services.AddCoordination();

        // Reports
        // Analysis:ClubsFile adds clubs from a file of the clubs.json shape, without touching code.
        services.AddSingleton(_ => builder.Configuration[ClubGazetteer.ExtraFileSetting] is { Length: > 0 } clubsFile
            ? ClubGazetteer.FromEmbeddedAnd(clubsFile)
            : ClubGazetteer.Default);
        services.AddSingleton(SourceDirectory.Default);
        services.AddSingleton<ReportAnalyzer>();
        services.AddSingleton<ReportImporter>();

        // Storage: the seeds go in before anything reads the database.
        services.AddSingleton<SeedImporter>();
        services.AddHostedService(provider => provider.GetRequiredService<SeedImporter>());

        // Fetching and reading articles: every outbound fetch of a URL someone else chose goes through the guard.
        services.AddSafeFetching();
        services.AddSingleton<ArticleReader>();

        // Each feature registers its own parts. The order is the order of their hosted services, command modules
        // and digest sections (the followed clubs' /follow came before the rumour commands).
        services.AddFollowing();
        services.AddRumours();
        services.AddPolls();
        services.AddFeeds();
        services.AddDigests();
        services.AddSettling();
        services.AddExports();

        // Commands, shared by the local console and Discord
        services.AddSingleton<CommandCatalog>();
        services.AddSingleton<CommandRouter>();
        services.AddSingleton<SlashCommandParser>();
        return builder;
    }

    /// <summary>
    /// The fetcher for feeds and articles, and the one <see cref="AddressPolicy"/> its connections obey: public
    /// addresses only. No setting changes that; only tests replace the policy, in code.
    /// </summary>
    public static IServiceCollection AddSafeFetching(this IServiceCollection services)
    {
        services.AddSingleton(AddressPolicy.PublicOnly);
        services.AddOptions<LimitOptions>();
        services.AddHttpClient(SafeHttpFetcher.ClientName, client => client.Timeout = SafeHttpFetcher.TimeLimit * 3) // a real-clock backstop
            .ConfigurePrimaryHttpMessageHandler(provider => GuardedConnection.CreateHandler(provider.GetRequiredService<AddressPolicy>()));
        services.AddSingleton<SafeHttpFetcher>();
        return services;
    }

    /// <summary>The bot on Discord: REST and gateway clients configured from the "Discord" section.</summary>
    public static IHostApplicationBuilder AddDiscordBot(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<BotExit>();
        services.AddOptions<DiscordOptions>().ValidateOnStart();
        services.AddSingleton<IValidateOptions<DiscordOptions>, DiscordOptionsValidation>();
        // This process does the own work (feeds, digests, polls) of the guilds on its shards; bad settings stop it at start.
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<DiscordOptions>>().Value.ReadShardPlan(out _)?.Ownership ?? GuildOwnership.Everything);
        services.AddSingleton(provider =>
        {
            var discord = provider.GetRequiredService<IOptions<DiscordOptions>>().Value;
            return new DiscordRestOptions { Token = discord.Token ?? "", BaseUrl = new Uri(discord.ApiBaseUrl.TrimEnd('/') + "/") };
        });
        services.AddSingleton(provider => new GatewayOptions { Token = provider.GetRequiredService<IOptions<DiscordOptions>>().Value.Token ?? "", Intents = BotIntents.All });
        // One REST client for the whole bot: rate-limit buckets, the global limit and the invalid-request count are
        // shared (a typed HttpClient would give each consumer its own, blind to the others' requests).
        // The singleton keeps its HttpClient for ever, so the factory never rotates the handler: connections are
        // renewed by age instead, and a changed DNS answer for discord.com is picked up.
        services.AddHttpClient(DiscordOptions.RestHttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(15) });
        services.AddSingleton(provider => new DiscordRestClient(
            provider.GetRequiredService<IHttpClientFactory>().CreateClient(DiscordOptions.RestHttpClientName),
            provider.GetRequiredService<DiscordRestOptions>(), provider.GetRequiredService<ILogger<DiscordRestClient>>(), provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IIdentifyGate>(provider => provider.GetRequiredService<LeasedIdentifyGate>());
        services.AddSingleton<GatewayClientFactory>();
        services.AddSingleton<InteractionBurstGuard>();
        services.AddSingleton<InteractionHandler>();
        services.AddSingleton<BotIdentity>();
        services.AddSingleton<SlashCommandRegistrar>();
        services.AddSingleton<RestRefusalsReset>();
        // READY's handlers run in this order: who the bot is first (the recount leaves its own reactions out).
        services.AddGatewayEventHandler<ReadyData, BotIdentity>();
        services.AddGatewayEventHandler<ReadyData, SlashCommandRegistrar>();
        services.AddGatewayEventHandler<Interaction, InteractionHandler>();
        services.AddGatewayEventHandler<ChannelChanged, RestRefusalsReset>();
        services.AddGatewayEventHandler<GuildUpdated, RestRefusalsReset>();
        services.AddPollsOnDiscord();
        services.AddSingleton<IDigestPoster, DiscordDigestPoster>();
        services.AddSingleton<BackgroundWork>();
        services.AddSingleton<GatewayEventRouter>();
        services.AddHostedService<ShardRunner>();
        return builder;
    }

    public static IHostApplicationBuilder AddLocalConsole(this IHostApplicationBuilder builder, LocalConsoleStreams streams)
    {
        builder.Services.AddSingleton(streams);
        builder.Services.AddSingleton<ConsoleVote>();
        builder.Services.AddSingleton<ConsoleImages>();
        builder.Services.AddSingleton<IDigestPoster, ConsoleDigestPoster>();
        builder.Services.AddHostedService<LocalConsoleService>();
        return builder;
    }
}
