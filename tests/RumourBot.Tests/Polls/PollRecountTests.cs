using RumourBot.Polls;
using RumourBot.Tests.Support;

namespace RumourBot.Tests.Polls;

/// <summary>PollBook.Recount: the stored votes become what the poll message's reactions show.</summary>
public class PollRecountTests
{
    private static Poll Open(TestBot bot, bool multiple = false) => TestPolls.Open(bot.Polls, bot.Time, multiple: multiple);

    private static Dictionary<string, IReadOnlyList<PollVoter>> Shown(params (string Emoji, ulong[] Voters)[] reactions) =>
        reactions.ToDictionary(r => r.Emoji, r => (IReadOnlyList<PollVoter>)r.Voters.Select(v => new PollVoter(v, $"user{v}")).ToList());

    [Fact]
    public void Votes_missed_are_added_and_votes_taken_back_are_removed()
    {
        using var bot = new TestBot();
        var poll = Open(bot);
        bot.Polls.AddVote(poll, 1, "one", "✅"); // reaction later removed while the bot was away
        bot.Polls.AddVote(poll, 2, "two", "❌"); // still there

        var window = bot.Polls.BeginRecount(poll);
        var result = bot.Polls.Recount(poll, window, Shown(("✅", [3, 4]), ("❌", [2])));

        Assert.Equal((2, 1), (result.Added, result.Removed));
        Assert.Equal([2, 1], bot.Polls.Tally(poll).Counts.Select(c => c.Votes));
        Assert.Empty(result.ExtraReactions);
    }

    [Fact]
    public void A_recount_of_what_is_already_counted_changes_nothing()
    {
        using var bot = new TestBot();
        var poll = Open(bot);
        bot.Polls.AddVote(poll, 1, "one", "✅");
        var changes = 0;
        bot.Polls.Changed += _ => changes++;

        var window = bot.Polls.BeginRecount(poll);
        var result = bot.Polls.Recount(poll, window, Shown(("✅", [1]), ("❌", [])));

        Assert.Equal((0, 0), (result.Added, result.Removed));
        Assert.Equal(0, changes);
    }

    [Fact]
    public void In_a_single_choice_poll_the_answer_not_counted_before_wins_and_the_other_reaction_is_returned()
    {
        using var bot = new TestBot();
        var poll = Open(bot);
        bot.Polls.AddVote(poll, 1, "one", "✅"); // then, while the bot was away, one also reacted ❌

        var window = bot.Polls.BeginRecount(poll);
        var result = bot.Polls.Recount(poll, window, Shown(("✅", [1]), ("❌", [1])));

        Assert.Equal([0, 1], bot.Polls.Tally(poll).Counts.Select(c => c.Votes));
        Assert.Equal([(1UL, "✅")], result.ExtraReactions);
    }

    [Fact]
    public void In_a_multiple_choice_poll_every_reaction_counts()
    {
        using var bot = new TestBot();
        var poll = Open(bot, multiple: true);

        var window = bot.Polls.BeginRecount(poll);
        var result = bot.Polls.Recount(poll, window, Shown(("✅", [1]), ("❌", [1])));

        Assert.Equal([1, 1], bot.Polls.Tally(poll).Counts.Select(c => c.Votes));
        Assert.Empty(result.ExtraReactions);
    }

    [Fact]
    public void A_member_who_voted_live_during_the_recount_keeps_the_live_vote()
    {
        using var bot = new TestBot();
        var poll = Open(bot);

        var window = bot.Polls.BeginRecount(poll);
        // The recount read no reactions; meanwhile member 5 reacted and the live event counted it.
        bot.Polls.AddVote(poll, 5, "five", "❌");
        bot.Polls.Recount(poll, window, Shown(("✅", []), ("❌", [])));

        Assert.Equal([0, 1], bot.Polls.Tally(poll).Counts.Select(c => c.Votes));
    }

    [Fact]
    public void Reactions_that_are_not_answers_and_closed_polls_are_left_alone()
    {
        using var bot = new TestBot();
        var poll = Open(bot);
        bot.Polls.AddVote(poll, 1, "one", "✅");

        var window = bot.Polls.BeginRecount(poll);
        bot.Polls.Recount(poll, window, Shown(("✅", [1]), ("🍌", [2, 3])));
        Assert.Equal(1, bot.Polls.Tally(poll).TotalVotes);

        bot.Polls.Close(poll);
        var afterClose = bot.Polls.BeginRecount(poll);
        var result = bot.Polls.Recount(poll, afterClose, Shown(("✅", []), ("❌", [])));
        Assert.Equal(RecountResult.Nothing, result);
        Assert.Equal(1, bot.Polls.Tally(poll).TotalVotes);
    }

    [Fact]
    public void Of_two_overlapping_recounts_only_the_later_one_counts()
    {
        using var bot = new TestBot();
        var poll = Open(bot);
        var earlier = bot.Polls.BeginRecount(poll);
        var later = bot.Polls.BeginRecount(poll);

        var superseded = bot.Polls.Recount(poll, earlier, Shown(("✅", [1, 2]), ("❌", [])));
        var counted = bot.Polls.Recount(poll, later, Shown(("✅", [1]), ("❌", [])));

        Assert.Equal(RecountResult.Nothing, superseded);
        Assert.Equal(1, counted.Added);
        Assert.Equal(1, bot.Polls.Tally(poll).TotalVotes);
    }
}
