using FakeDiscord.Model;
using Microsoft.Extensions.DependencyInjection;
using RumourBot.Discord.Tests.Support;
using RumourBot.Feeds;
using RumourBot.Fetching;
using RumourBot.Tests.Support;

namespace RumourBot.Discord.Tests.Bot;

/// <summary>
/// The whole path on FakeDiscord over real sockets: a moderator adds a feed, the feed brings a new article, and the
/// digest in the channel tells of it (and, in one line, of what the feed already listed).
/// </summary>
public class FeedToDigestOnDiscordTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private static object Command(string name, string subcommand, params object[] options) =>
        new { name, type = 1, options = new[] { new { name = subcommand, type = 1, options } } };

    [SkippableFact]
    public async Task A_new_article_in_a_followed_feed_reaches_the_channel_in_the_digest_and_every_request_conforms()
    {
        var record = Path.Combine(Path.GetTempPath(), $"rumourbot-feed-digest-requests-{Guid.NewGuid():N}.jsonl");
        await using var feeds = await FeedFixtures.StartServerAsync();
        var feedUrl = feeds.Url("/touchline.rss").AbsoluteUri;
        // The fetcher may reach this one loopback endpoint and nothing else (production allows public addresses only).
        await using (var bot = await BotHarness.StartAsync(recordFile: record, services: s => s.AddSingleton(AddressPolicy.AllowingOnly(feeds.EndPoint))))
        {
            await bot.Server.WaitForRequestAsync(r => r.Method == "PUT" && r.Path.Contains("/commands", StringComparison.Ordinal), Patience);
            async Task RunAsync(object data) =>
                await (await bot.Server.SendInteractionAsync(data, SampleIds.Alice, SampleIds.Guild, SampleIds.GeneralChannel)).WaitForResponseAsync(Patience);

            await RunAsync(Command("digest", "schedule",
                new { name = "channel", type = 7, value = SampleIds.RumoursChannel.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                new { name = "cron", type = 3, value = "0 9 * * *" }));
            await RunAsync(Command("feeds", "add", new { name = "url", type = 3, value = feedUrl }));
            var book = bot.Host.Services.GetRequiredService<FeedBook>();
            // On a loaded machine the add is deferred and its first response comes before the feed is read.
            await Eventually.TrueAsync(() => book.Find(SampleIds.Guild, feedUrl)?.ReportsStored == 4);

            // A new article appears, published now; the feed's next check (what the poller does when it is due) brings it in.
            var updated = FeedFixtures.Read("touchline-wire-updated.rss").Replace("Wed, 01 Oct 2025 12:05:00 GMT", DateTimeOffset.UtcNow.ToString("r"), StringComparison.Ordinal);
            feeds.ServeText("/touchline.rss", FeedFixtures.Rss, updated, etag: "\"v2\"");
            await bot.Host.Services.GetRequiredService<FeedIngester>().CheckAsync(book.Find(SampleIds.Guild, feedUrl)!, CancellationToken.None);
            await RunAsync(Command("digest", "now"));

            var posted = await bot.Server.WaitForRequestAsync(r => r.Method == "POST" && r.Path.EndsWith($"/channels/{SampleIds.RumoursChannel}/messages", StringComparison.Ordinal), Patience);
            var digest = posted.Body!.Value.GetRawText();
            Assert.Contains("Enzo Ravelle", digest);
            Assert.Contains("4 reports from The Touchline Wire", digest);
            Assert.Equal(0, posted.Body!.Value.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
        }

        await ConformanceCheck.AssertNoViolationsAsync(record);
    }
}
