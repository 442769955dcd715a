using RumourBot.Digests;
using RumourBot.Digests.Sections;
using RumourBot.Following;
using RumourBot.Reports.Clubs;
using RumourBot.Tests.Support;

namespace RumourBot.Tests.Following;

/// <summary>A digest of a server that follows clubs: its clubs' news first, and only rumours involving them.</summary>
public class FollowedDigestTests
{
    private static readonly DateTimeOffset Start = new(2027, 6, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    private static Digest Compose(DigestBot bot, DateTimeOffset since, ulong guild = DigestBot.Guild)
    {
        IDigestSection[] sections = [new FollowedClubsSection(), new HottestRumoursSection(), new NewRumoursSection(), new StatusChangesSection()];
        return new DigestComposer(sections, bot.Rumours, new LiteDbFollowStore(bot.Database), bot.Options, bot.Time)
            .Compose(new DigestWindow(guild, since, DigestWindow.Moment(bot.Time.GetUtcNow()), London));
    }

    private static DateTimeOffset ThreeRumours(DigestBot bot)
    {
        var since = DigestWindow.Moment(bot.Time.GetUtcNow());
        bot.Time.Advance(TimeSpan.FromHours(1));
        bot.Import("01-gordon-arsenal-bid-rejected.txt");
        bot.Import("10-adeyemi-napoli-fee-agreed.txt");
        bot.Import("03-trent-real-madrid-talks-advance.txt");
        bot.Time.Advance(TimeSpan.FromHours(1));
        return since;
    }

    [Fact]
    public void A_followed_clubs_news_leads_and_the_rumour_sections_keep_to_it()
    {
        using var bot = new DigestBot(Start);
        new ClubFollows(new LiteDbFollowStore(bot.Database), ClubGazetteer.Default, bot.Time).Follow(DigestBot.Guild, ClubGazetteer.Default.Find("Arsenal")!, 8, "mod");
        var since = ThreeRumours(bot);

        var digest = Compose(bot, since);

        var first = digest.Sections[0];
        Assert.Equal("⭐ Your clubs", first.Heading);
        Assert.StartsWith("Arsenal: 1 rumour moved, 1 new · most reported: Anthony Gordon: Newcastle United → Arsenal", Assert.Single(first.Entries));
        var rumourLines = digest.Sections.Skip(1).SelectMany(s => s.Entries).ToList();
        Assert.NotEmpty(rumourLines);
        Assert.All(rumourLines, line => Assert.Contains("Arsenal", line));
    }

    [Fact]
    public void A_server_that_follows_no_club_gets_every_rumour_and_no_clubs_section()
    {
        using var bot = new DigestBot(Start);
        new ClubFollows(new LiteDbFollowStore(bot.Database), ClubGazetteer.Default, bot.Time).Follow(99, ClubGazetteer.Default.Find("Arsenal")!, 8, "mod");
        var since = ThreeRumours(bot);

        var digest = Compose(bot, since);

        Assert.DoesNotContain(digest.Sections, s => s.Heading == "⭐ Your clubs");
        var lines = string.Join('\n', digest.Sections.SelectMany(s => s.Entries));
        Assert.Contains("Anthony Gordon", lines);
        Assert.Contains("Karim Adeyemi", lines);
        Assert.Contains("Trent Alexander-Arnold", lines);
    }
}
