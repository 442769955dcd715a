using System.Collections.Concurrent;
using RumourBot.Commands;
using RumourBot.Fetching;
using RumourBot.Tests.Support;

namespace RumourBot.Tests.Feeds;

/// <summary>/feeds add says how far its import has got while it reads the feed's articles.</summary>
public class FeedProgressTests
{
    private sealed class Recorded : IProgress<string>
    {
        public ConcurrentQueue<string> Reports { get; } = new();

        public void Report(string value) => Reports.Enqueue(value);
    }

    [Fact]
    public async Task Adding_a_feed_reports_each_imported_article_out_of_all_it_reads()
    {
        await using var server = await FeedFixtures.StartServerAsync();
        using var bot = new TestBot(addresses: AddressPolicy.AllowingOnly(server.EndPoint));
        var (request, _) = bot.Parser.Parse($"/feeds add url:{server.Url("/touchline.rss")}", 1, 1, "mod");
        var progress = new Recorded();

        var reply = await bot.Router.DispatchAsync(request! with { MemberPermissions = Permissions.ManageGuild, Progress = progress }, CancellationToken.None);

        Assert.Equal("Now following The Touchline Wire", reply.Title);
        var reports = progress.Reports.ToList();
        var total = bot.Feeds.ForGuild(1).Single().ArticlesSeen;
        Assert.Equal($"Reading {total} articles…", reports[0]);
        // Articles are read several at a time, so the words may arrive out of turn; each count comes once.
        Assert.Equal(total, reports.Count - 1);
        Assert.Equal(Enumerable.Range(1, total).Select(n => $"Imported {n} of {total} articles…").ToHashSet(), reports.Skip(1).ToHashSet());
    }
}
