using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RumourBot.Commands;
using RumourBot.Storage;
using RumourBot.Digests.Sections;

namespace RumourBot.Feeds;

/// <summary>Registers feeds: options, their store, the ingester, /feeds and the poller.</summary>
public static class FeedsServiceCollectionExtensions
{
    public static IServiceCollection AddFeeds(this IServiceCollection services)
    {
        services.AddOptions<FeedOptions>().BindConfiguration(FeedOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<FeedOptions>, FeedOptionsValidation>();
        services.AddStore<IFeedStore, LiteDbFeedStore, PostgresFeedStore>();
        services.AddPostgresSchema<PostgresFeedSchema>();
        services.AddSingleton<FeedBook>();
        services.AddSingleton<IFeedBackfillSource>(provider => provider.GetRequiredService<FeedBook>());
        services.AddSingleton<FeedIngester>();
        services.AddSingleton<ICommandModule, FeedCommands>();
        services.AddSingleton<FeedPoller>();
        services.AddHostedService(provider => provider.GetRequiredService<FeedPoller>());
        return services;
    }
}
