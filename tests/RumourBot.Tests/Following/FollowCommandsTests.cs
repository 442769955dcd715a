using RumourBot.Commands;
using RumourBot.Replies;
using RumourBot.Reports;
using RumourBot.Tests.Support;

namespace RumourBot.Tests.Following;

/// <summary>/follow, /unfollow and /following, and what following does to /rumours latest, on a real LiteDB file.</summary>
public class FollowCommandsTests
{
    private const ulong ViewChannel = 1UL << 10;

    private static TestBot WithRumours()
    {
        var bot = new TestBot();
        foreach (var seed in new[] { "01-gordon-arsenal-bid-rejected.txt", "10-adeyemi-napoli-fee-agreed.txt", "03-trent-real-madrid-talks-advance.txt" })
        {
            bot.Importer.Import(ReportFileReader.Read(RepositoryPaths.Seed(seed)) with { Published = bot.Time.GetUtcNow() }, "test");
            bot.Time.Advance(TimeSpan.FromMinutes(1));
        }
        return bot;
    }

    private static IReadOnlyList<string> Players(Reply reply) => reply.Fields.Select(f => f.Name).ToList();

    [Fact]
    public async Task A_moderator_follows_a_club_by_its_nickname_and_the_server_lists_it()
    {
        using var bot = new TestBot();

        var followed = await bot.RunAsync("/follow club:the Gunners", userId: 8, permissions: Permissions.ManageGuild);
        var list = await bot.RunAsync("/following", permissions: ViewChannel);

        Assert.Equal(ReplyTone.Success, followed.Tone);
        Assert.Equal("Following Arsenal", followed.Title);
        Assert.StartsWith("Arsenal · since", list.Description);
        Assert.Contains("by user8", list.Description);
    }

    [Fact]
    public async Task Following_and_unfollowing_need_manage_server_checked_by_the_bot()
    {
        using var bot = new TestBot();

        var refused = await bot.RunAsync("/follow club:Arsenal", userId: 7, permissions: ViewChannel);
        await bot.RunAsync("/follow club:Arsenal", permissions: Permissions.ManageGuild);
        var unfollowRefused = await bot.RunAsync("/unfollow club:Arsenal", userId: 7, permissions: ViewChannel);

        Assert.Equal(ReplyTone.Error, refused.Tone);
        Assert.Contains("Manage Server", refused.Description);
        Assert.Equal(ReplyTone.Error, unfollowRefused.Tone);
        Assert.Equal(["Arsenal"], bot.Follows.Of(1));
    }

    [Fact]
    public async Task Mistakes_get_a_clear_answer_and_change_nothing()
    {
        using var bot = new TestBot();
        await bot.RunAsync("/follow club:Arsenal", permissions: Permissions.ManageGuild);

        var unknown = await bot.RunAsync("/follow club:Sunday League XI", permissions: Permissions.ManageGuild);
        var twice = await bot.RunAsync("/follow club:arsenal", permissions: Permissions.ManageGuild);
        var notFollowed = await bot.RunAsync("/unfollow club:Chelsea", permissions: Permissions.ManageGuild);

        Assert.Equal(ReplyTone.Error, unknown.Tone);
        Assert.Contains("not a club on our list", unknown.Description);
        Assert.Equal("Already following Arsenal", twice.Title);
        Assert.True(twice.Ephemeral);
        Assert.Equal(ReplyTone.Error, notFollowed.Tone);
        Assert.Equal(["Arsenal"], bot.Follows.Of(1));
    }

    [Fact]
    public async Task With_a_club_followed_the_latest_rumours_keep_to_it_and_all_shows_everything()
    {
        using var bot = WithRumours();
        var before = await bot.RunAsync("/rumours latest");
        await bot.RunAsync("/follow club:Napoli", permissions: Permissions.ManageGuild);

        var followed = await bot.RunAsync("/rumours latest");
        var all = await bot.RunAsync("/rumours latest all:true");
        var asked = await bot.RunAsync("/rumours latest club:Real Madrid");
        var otherServer = await bot.RunAsync("/rumours latest", guildId: 2);

        Assert.Equal(3, before.Fields.Count);
        Assert.Equal("Latest rumours: your clubs", followed.Title);
        Assert.StartsWith("1. Karim Adeyemi: Borussia Dortmund → Napoli", Assert.Single(Players(followed)));
        Assert.Equal(Players(before), Players(all));
        Assert.Contains("Trent Alexander-Arnold", Assert.Single(Players(asked)));
        Assert.Equal(3, otherServer.Fields.Count);
    }

    [Fact]
    public async Task Following_a_seller_counts_too_and_unfollowing_the_last_club_shows_everything_again()
    {
        using var bot = WithRumours();
        await bot.RunAsync("/follow club:Newcastle", permissions: Permissions.ManageGuild);

        var seller = await bot.RunAsync("/rumours latest");
        var unfollowed = await bot.RunAsync("/unfollow club:Newcastle United", permissions: Permissions.ManageGuild);
        var again = await bot.RunAsync("/rumours latest");

        Assert.Contains("Anthony Gordon", Assert.Single(Players(seller)));
        Assert.Contains("show everything again", unfollowed.Description);
        Assert.Equal(3, again.Fields.Count);
    }

    [Fact]
    public async Task Followed_clubs_with_no_rumours_say_so_and_point_to_all()
    {
        using var bot = WithRumours();
        await bot.RunAsync("/follow club:Brentford", permissions: Permissions.ManageGuild);

        var latest = await bot.RunAsync("/rumours latest");

        Assert.True(latest.Ephemeral);
        Assert.Contains("(Brentford)", latest.Description);
        Assert.Contains("all:true", latest.Description);
    }
}
