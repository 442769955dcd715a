using RumourBot.Feeds;
using RumourBot.Digests;
using RumourBot.Digests.Sections;
using RumourBot.Polls;
using RumourBot.Reports;
using RumourBot.Tests.Support;
using Xunit.Abstractions;

namespace RumourBot.Tests.Digests;

public class DigestComposerTests(ITestOutputHelper output)
{
    private static readonly DateTimeOffset Start = new(2027, 6, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    private static Poll OpenPoll(DigestBot bot, string question, bool hidden = false, ulong guild = DigestBot.Guild) =>
        TestPolls.Open(bot.Polls, bot.Time, question, hidden: hidden, guild: guild);

    private static Digest Compose(DigestBot bot, DateTimeOffset since) =>
        bot.Composer.Compose(new DigestWindow(DigestBot.Guild, since, DigestWindow.Moment(bot.Time.GetUtcNow()), London));

    private void Show(Digest digest, DigestBot bot)
    {
        foreach (var page in DigestPages.Layout(digest, bot.Time.GetUtcNow()))
        {
            output.WriteLine(page.Title);
            output.WriteLine(page.Description ?? "");
            foreach (var field in page.Fields) output.WriteLine($"[{field.Name}]\n{field.Value}");
        }
    }

    private static ComposedSection Section(Digest digest, string heading) => Assert.Single(digest.Sections, s => s.Heading.EndsWith(heading, StringComparison.Ordinal));

    [Fact]
    public void Every_section_tells_what_happened_since_the_window_began_from_real_reports_and_polls()
    {
        using var bot = new DigestBot(Start);
        var before = bot.Import("03-trent-real-madrid-talks-advance.txt"); // before the window: Trent's rumour is not new
        var statusBefore = bot.Database.Rumours().FindById(before.RumourIds[0]).Status.Describe();
        var since = DigestWindow.Moment(bot.Time.GetUtcNow());
        bot.Time.Advance(TimeSpan.FromHours(2));
        bot.Import("06-trent-real-madrid-early-release.txt");
        bot.Import("10-adeyemi-napoli-fee-agreed.txt");
        bot.Import("11-adeyemi-napoli-dortmund-accept.txt");
        bot.Import("05-bastoni-inter-new-contract.txt");
        bot.Import("08-leao-bayern-done.txt", published: bot.Time.GetUtcNow().AddDays(-20)); // a backfill: old news
        var open = OpenPoll(bot, "Will Adeyemi sign?");
        bot.Polls.AddVote(open, 11, "ann", "✅");
        bot.Polls.AddVote(open, 12, "ben", "✅");
        bot.Polls.AddVote(open, 13, "cat", "❌");
        var hidden = OpenPoll(bot, "Will Trent start for Madrid?", hidden: true);
        bot.Polls.AddVote(hidden, 11, "ann", "✅");
        OpenPoll(bot, "Another server's poll", guild: 99);
        bot.Time.Advance(TimeSpan.FromHours(1));

        var digest = Compose(bot, since);
        Show(digest, bot);

        Assert.False(digest.IsQuiet);
        var hottest = Section(digest, "Hottest");
        Assert.StartsWith("Karim Adeyemi: Borussia Dortmund → Napoli · 2 reports · Gianluca Di Marzio (tier 1)", hottest.Entries[0]);
        var fresh = Section(digest, "New rumours");
        Assert.Contains(fresh.Entries, e => e.StartsWith("Karim Adeyemi: Borussia Dortmund → Napoli · agreed", StringComparison.Ordinal));
        Assert.Contains(fresh.Entries, e => e.StartsWith("Alessandro Bastoni: stays at Inter", StringComparison.Ordinal));
        Assert.DoesNotContain(fresh.Entries, e => e.Contains("Trent", StringComparison.Ordinal)); // it started before the window
        Assert.DoesNotContain(digest.Sections.SelectMany(s => s.Entries), e => e.Contains("Leão", StringComparison.Ordinal));
        Assert.Equal("2 new rumours", fresh.Summary);
        var moving = Section(digest, "Moving on");
        var trent = Assert.Single(moving.Entries);
        Assert.StartsWith($"Trent Alexander-Arnold: Liverpool → Real Madrid · {statusBefore} → agreed · ", trent);
        Assert.EndsWith("an hour ago", trent);
        var polls = Section(digest, "Open polls");
        Assert.False(polls.IsNews);
        Assert.Equal("2 open polls", polls.Summary);
        Assert.Equal($"#{open.Id} Will Adeyemi sign? · closes 23 hours from now\n✅ Yes 67% (2) · ❌ No 33% (1)", polls.Entries[0]);
        Assert.Equal($"#{hidden.Id} Will Trent start for Madrid? · closes 23 hours from now\nresults hidden until it closes · 1 member voted", polls.Entries[1]);
        Assert.Equal("Since Tue 1 Jun 10:00 (3 hours ago): 2 new rumours, 1 status change, 2 open polls.", DigestPages.Intro(digest, bot.Time.GetUtcNow()));
    }

    [Fact]
    public void A_new_rumour_whose_figures_disagree_reads_fee_not_clear_rather_than_fee_unknown()
    {
        using var bot = new DigestBot(Start);
        var since = DigestWindow.Moment(bot.Time.GetUtcNow());
        bot.Time.Advance(TimeSpan.FromHours(1));
        bot.ImportText("Leeds United want Burnley midfielder Josh Carter. One report puts the fee at £12m. Another says a £20m deal is being discussed.");
        bot.Time.Advance(TimeSpan.FromHours(1));

        var fresh = Section(Compose(bot, since), "New rumours");

        var carter = Assert.Single(fresh.Entries);
        Assert.Contains(" · fee not clear · ", carter);
    }

    [Fact]
    public void A_new_rumour_whose_status_is_not_told_of_the_player_reads_unsure()
    {
        using var bot = new DigestBot(Start);
        var since = DigestWindow.Moment(bot.Time.GetUtcNow());
        bot.Time.Advance(TimeSpan.FromHours(1));
        bot.ImportText("Leeds United want Burnley midfielder Josh Carter. The two clubs have agreed a fee.");
        bot.Time.Advance(TimeSpan.FromHours(1));

        var fresh = Section(Compose(bot, since), "New rumours");

        var carter = Assert.Single(fresh.Entries);
        Assert.Contains(" · agreed (unsure) · ", carter);
    }

    [Fact]
    public void Nothing_new_is_a_quiet_one_said_plainly_and_open_polls_still_show()
    {
        using var bot = new DigestBot(Start);
        bot.Import("03-trent-real-madrid-talks-advance.txt");
        bot.Time.Advance(TimeSpan.FromHours(1));
        var since = DigestWindow.Moment(bot.Time.GetUtcNow());
        OpenPoll(bot, "Will Trent stay?");
        bot.Time.Advance(TimeSpan.FromHours(20));

        var digest = Compose(bot, since);
        Show(digest, bot);

        Assert.True(digest.IsQuiet);
        Assert.Equal("Quiet one: no new rumours since Tue 1 Jun 11:00 (20 hours ago) (1 open poll).", DigestPages.Intro(digest, bot.Time.GetUtcNow()));
        Assert.Equal(["🗳️ Open polls"], digest.Sections.Select(s => s.Heading));
    }

    [Fact]
    public void A_feeds_backfill_is_not_news_however_recently_it_was_published()
    {
        using var bot = new DigestBot(Start);
        var since = DigestWindow.Moment(bot.Time.GetUtcNow());
        bot.Time.Advance(TimeSpan.FromHours(1));
        bot.ImportBackfill("03-trent-real-madrid-talks-advance.txt");
        bot.Time.Advance(TimeSpan.FromHours(1));

        var digest = Compose(bot, since);

        Assert.True(digest.IsQuiet);
    }

    [Fact]
    public async Task A_settled_transfer_shows_what_the_servers_polls_predicted_and_who_was_right()
    {
        using var bot = new DigestBot(Start);
        bot.Import("03-trent-real-madrid-talks-advance.txt");
        await bot.RunOtherCommandAsync("/poll create question:Will Trent stay? rumour:Trent");
        var poll = bot.Polls.Find(DigestBot.Guild, 1)!;
        bot.Polls.AddVote(poll, 10, "alice", "✅");
        bot.Polls.AddVote(poll, 11, "bob", "❌");
        bot.Polls.AddVote(poll, 12, "carol", "❌");
        bot.Time.Advance(TimeSpan.FromHours(1));
        var since = DigestWindow.Moment(bot.Time.GetUtcNow());
        bot.Time.Advance(TimeSpan.FromHours(1));
        await bot.RunOtherCommandAsync("/settle rumour:Trent outcome:completed");
        bot.Time.Advance(TimeSpan.FromHours(2));

        var digest = Compose(bot, since);
        Show(digest, bot);

        var settled = Section(digest, "Settled");
        Assert.False(digest.IsQuiet);
        Assert.Equal("1 transfer settled", settled.Summary);
        var entry = Assert.Single(settled.Entries);
        Assert.StartsWith("Trent Alexander-Arnold: joined Real Madrid · 2 hours ago", entry);
        Assert.Contains("Poll #1 “Will Trent stay?”: 67% of 3 voters said “No”; he joined Real Madrid. (2 called it right)", entry);
        Assert.Null(Compose(bot, DigestWindow.Moment(bot.Time.GetUtcNow())).Sections.FirstOrDefault(s => s.Heading.EndsWith("Settled", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_long_section_shows_the_first_entries_and_counts_the_rest()
    {
        using var bot = new DigestBot(Start, new DigestOptions { MaxItemsPerSection = 3 });
        var since = DigestWindow.Moment(bot.Time.GetUtcNow());
        for (var i = 0; i < 5; i++) OpenPoll(bot, $"Poll {i}?");

        var polls = Section(Compose(bot, since), "Open polls");

        Assert.Equal(3, polls.Entries.Count);
        Assert.Equal("… and 2 more", polls.Lines.Last());
        Assert.Equal("5 open polls", polls.Summary);
    }

    [Fact]
    public void Feed_backfills_get_one_line_from_whatever_feeds_report()
    {
        using var bot = new DigestBot(Start);
        var since = DigestWindow.Moment(bot.Time.GetUtcNow());
        var feeds = new Backfills([new FeedBackfill("Window Watch", "https://windowwatch.example/feed", 3), new FeedBackfill("Back Pages Weekly", "https://backpages.example/rss", 120), new FeedBackfill("Empty feed", "https://empty.example/rss", 0)]);
        bot.AddBackfillSource(feeds);

        var digest = Compose(bot, since);

        var line = Assert.Single(Section(digest, "Feed backfills").Entries);
        Assert.Equal("Older reports filled in from new feeds: 120 reports from Back Pages Weekly, 3 reports from Window Watch.", line);
        Assert.True(digest.IsQuiet); // a backfill is not news
        Assert.Equal((DigestBot.Guild, since), feeds.AskedFor);
    }

    private sealed class Backfills(IReadOnlyList<FeedBackfill> backfills) : IFeedBackfillSource
    {
        public (ulong, DateTimeOffset)? AskedFor { get; private set; }

        public IReadOnlyList<FeedBackfill> BackfillsSince(ulong guildId, DateTimeOffset since)
        {
            AskedFor = (guildId, since);
            return backfills;
        }
    }
}
