using Microsoft.Extensions.DependencyInjection;
using RumourBot.Commands;
using RumourBot.Storage;
using RumourBot.Digests.Sections;

namespace RumourBot.Digests;

/// <summary>Registers digests: options, the sections in the order they appear, schedules, /digest and the scheduler.</summary>
public static class DigestsServiceCollectionExtensions
{
    public static IServiceCollection AddDigests(this IServiceCollection services)
    {
        // A feature adds its own section by registering an IDigestSection; FeedBook is the IFeedBackfillSource.
        services.AddOptions<DigestOptions>().BindConfiguration(DigestOptions.Section)
            .Validate(o => o.HasKnownTimeZone, "Digests:DefaultTimeZone must be a time zone this machine knows, e.g. Europe/London.")
            .Validate(o => o.MinimumInterval > TimeSpan.Zero && o.DefaultWindow > TimeSpan.Zero && o.NewsMaxAge > TimeSpan.Zero,
                "Digests:MinimumInterval, DefaultWindow and NewsMaxAge must be positive.")
            .Validate(o => o.MaxItemsPerSection is >= 1 and <= 50 && o.HottestCount is >= 1 and <= 25,
                "Digests:MaxItemsPerSection must be 1-50 and HottestCount 1-25.")
            .ValidateOnStart();
        services.AddSingleton<IDigestSection, FollowedClubsSection>(); // first: a server's own clubs lead its digest
        services.AddSingleton<IDigestSection, HottestRumoursSection>();
        services.AddSingleton<IDigestSection, NewRumoursSection>();
        services.AddSingleton<IDigestSection, StatusChangesSection>();
        services.AddSingleton<IDigestSection, SettledTransfersSection>();
        services.AddSingleton<IDigestSection, OpenPollsSection>();
        services.AddSingleton<IDigestSection, FeedBackfillsSection>();
        services.AddSingleton<DigestComposer>();
        services.AddStore<IDigestScheduleStore, LiteDbDigestScheduleStore, PostgresDigestScheduleStore>();
        services.AddPostgresSchema<PostgresDigestScheduleSchema>();
        services.AddSingleton<DigestBook>();
        services.AddSingleton<DigestPublisher>();
        services.AddSingleton<ICommandModule, DigestCommands>();
        services.AddSingleton<DigestScheduler>();
        services.AddHostedService(provider => provider.GetRequiredService<DigestScheduler>());
        return services;
    }
}
