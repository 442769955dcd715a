using RumourBot.Commands;
using RumourBot.Replies;
using RumourBot.Tests.Support;

namespace RumourBot.Tests.Rumours;

/// <summary>Limits on /rumours submit: five a minute per member, and a server may keep it to moderators.</summary>
public class SubmitGateTests
{
    private static string Text(int i) => $"Aston Villa have made a £{10 + i} million bid for Feyenoord winger Tobias Lindqvist, according to reports number {i}.";

    [Fact]
    public async Task A_flood_of_submits_is_refused_after_five_a_minute_saying_when_to_try_again()
    {
        using var bot = new TestBot();
        var replies = new List<Reply>();
        for (var i = 0; i < 7; i++)
        {
            replies.Add(await bot.RunAsync($"/rumours submit text:{Text(i)}", userId: 7));
            bot.Time.Advance(TimeSpan.FromSeconds(5));
        }
        var otherMember = await bot.RunAsync($"/rumours submit text:{Text(20)}", userId: 8);
        bot.Time.Advance(TimeSpan.FromSeconds(30)); // the first submit is now a minute old
        var later = await bot.RunAsync($"/rumours submit text:{Text(30)}", userId: 7);

        Assert.All(replies.Take(5), r => Assert.Equal("Report added", r.Title));
        Assert.All(replies.Skip(5), r => Assert.True(r.Ephemeral));
        Assert.Equal("You have submitted 5 reports in the last minute, the most anyone may; try again in 35 seconds.", replies[5].Description);
        Assert.Equal("You have submitted 5 reports in the last minute, the most anyone may; try again in 30 seconds.", replies[6].Description);
        Assert.Equal("Report added", otherMember.Title);
        Assert.Equal("Report added", later.Title);
        Assert.Equal(7, bot.Database.Reports().Count());
    }

    [Fact]
    public async Task A_server_can_keep_submits_to_moderators_and_only_a_moderator_can_say_so()
    {
        using var bot = new TestBot();
        const ulong member = 1UL << 10; // View Channel only

        var byMember = await bot.RunAsync("/submit-access who:moderators", userId: 3, permissions: member);
        var byModerator = await bot.RunAsync("/submit-access who:moderators", userId: 4, permissions: Permissions.ManageGuild);
        var memberSubmit = await bot.RunAsync($"/rumours submit text:{Text(1)}", userId: 3, permissions: member);
        var moderatorSubmit = await bot.RunAsync($"/rumours submit text:{Text(2)}", userId: 4, permissions: Permissions.ManageGuild);
        var elsewhere = await bot.RunAsync($"/rumours submit text:{Text(3)}", userId: 3, permissions: member, guildId: 2);

        Assert.Contains("is for moderators", byMember.Description);
        Assert.Equal(ReplyTone.Success, byModerator.Tone);
        Assert.True(memberSubmit.Ephemeral);
        Assert.Equal("In this server only moderators (Manage Server) can submit reports; ask one to submit it for you.", memberSubmit.Description);
        Assert.Equal("Report added", moderatorSubmit.Title);
        Assert.Equal("Report added", elsewhere.Title); // another server's choice
        Assert.Equal(2, bot.Database.Reports().Count());
    }

    [Fact]
    public async Task A_server_can_keep_submits_to_one_role_and_moderators()
    {
        using var bot = new TestBot();
        const ulong member = 1UL << 10; // View Channel only
        const ulong desk = 1310000000000000555;

        var set = await bot.RunAsync($"/submit-access who:role role:<@&{desk}>", userId: 4, permissions: Permissions.ManageGuild);
        var withRole = await bot.RunAsync($"/rumours submit text:{Text(1)}", userId: 3, permissions: member, roles: [desk]);
        var withoutRole = await bot.RunAsync($"/rumours submit text:{Text(2)}", userId: 5, permissions: member, roles: [desk + 1]);
        var moderator = await bot.RunAsync($"/rumours submit text:{Text(3)}", userId: 4, permissions: Permissions.ManageGuild, roles: []);
        var noRoleGiven = await bot.RunAsync("/submit-access who:role", userId: 4, permissions: Permissions.ManageGuild);
        var backToEveryone = await bot.RunAsync("/submit-access who:everyone", userId: 4, permissions: Permissions.ManageGuild);
        var afterwards = await bot.RunAsync($"/rumours submit text:{Text(4)}", userId: 5, permissions: member, roles: []);

        Assert.Equal($"Only members with the role {desk} role, and moderators, can use /rumours submit in this server now.", set.Description);
        Assert.Equal("Report added", withRole.Title);
        Assert.True(withoutRole.Ephemeral);
        Assert.Equal($"In this server only members with the role {desk} role (or Manage Server) can submit reports; ask one of them to submit it for you.", withoutRole.Description);
        Assert.Equal("Report added", moderator.Title);
        Assert.Equal(ReplyTone.Error, noRoleGiven.Tone);
        Assert.Equal(ReplyTone.Success, backToEveryone.Tone);
        Assert.Equal("Report added", afterwards.Title);
        Assert.Equal(3, bot.Database.Reports().Count());
    }
}
