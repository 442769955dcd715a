using RumourBot.Polls;
using RumourBot.Tests.Support;

namespace RumourBot.Tests.Polls;

public class PollBookTests
{
    private static Poll Open(TestBot bot, bool multiple = false) => TestPolls.Open(bot.Polls, bot.Time, multiple: multiple);

    [Fact]
    public void A_vote_is_counted_once_however_often_the_event_arrives()
    {
        using var bot = new TestBot();
        var poll = Open(bot);

        var first = bot.Polls.AddVote(poll, 10, "alice", "✅");
        var replay = bot.Polls.AddVote(poll, 10, "alice", "✅");

        Assert.Equal(VoteResult.Counted, first.Result);
        Assert.Equal(VoteResult.AlreadyCounted, replay.Result);
        Assert.Equal(1, bot.Polls.Tally(poll).TotalVotes);
    }

    [Fact]
    public void In_a_single_choice_poll_a_second_reaction_moves_the_vote()
    {
        using var bot = new TestBot();
        var poll = Open(bot);
        bot.Polls.AddVote(poll, 10, "alice", "✅");

        var moved = bot.Polls.AddVote(poll, 10, "alice", "❌");

        Assert.Equal(["✅"], moved.MovedFrom);
        var tally = bot.Polls.Tally(poll);
        Assert.Equal([0, 1], tally.Counts.Select(c => c.Votes));
        Assert.Equal(1, tally.Voters);
    }

    [Fact]
    public void In_a_multiple_choice_poll_both_answers_count()
    {
        using var bot = new TestBot();
        var poll = Open(bot, multiple: true);

        bot.Polls.AddVote(poll, 10, "alice", "✅");
        var second = bot.Polls.AddVote(poll, 10, "alice", "❌");

        Assert.Empty(second.MovedFrom);
        Assert.Equal([1, 1], bot.Polls.Tally(poll).Counts.Select(c => c.Votes));
    }

    [Fact]
    public void Emojis_that_are_not_options_are_ignored()
    {
        using var bot = new TestBot();
        var poll = Open(bot);

        Assert.Equal(VoteResult.NotAnOption, bot.Polls.AddVote(poll, 10, "alice", "🍌").Result);
        Assert.Equal(0, bot.Polls.Tally(poll).TotalVotes);
    }

    [Fact]
    public void Taking_a_reaction_back_removes_the_vote()
    {
        using var bot = new TestBot();
        var poll = Open(bot);
        bot.Polls.AddVote(poll, 10, "alice", "✅");

        Assert.True(bot.Polls.RemoveVote(poll, 10, "✅"));
        Assert.Equal(0, bot.Polls.Tally(poll).TotalVotes);
    }

    [Fact]
    public void After_the_deadline_no_vote_counts_and_the_poll_is_due_to_close_at_its_deadline()
    {
        using var bot = new TestBot();
        var poll = Open(bot);
        bot.Polls.AddVote(poll, 10, "alice", "✅");

        bot.Time.Advance(TimeSpan.FromDays(3)); // as if the bot had been down over the deadline

        Assert.Equal(VoteResult.PollClosed, bot.Polls.AddVote(poll, 11, "bob", "❌").Result);
        var due = Assert.Single(bot.Polls.Due());
        var final = bot.Polls.Close(due);
        Assert.Equal(poll.ClosesAt, due.ClosedAt);
        Assert.Equal([1, 0], final.Counts.Select(c => c.Votes));
        Assert.Empty(bot.Polls.Due());
    }

    [Fact]
    public void Votes_survive_a_restart()
    {
        using var bot = new TestBot();
        var poll = Open(bot);
        bot.Polls.AddVote(poll, 10, "alice", "✅");
        bot.Polls.AddVote(poll, 11, "bob", "❌");

        bot.Reopen();

        var reloaded = bot.Polls.Find(1, poll.Id)!;
        Assert.Equal([1, 1], bot.Polls.Tally(reloaded).Counts.Select(c => c.Votes));
        Assert.Null(bot.Polls.Find(2, poll.Id)); // another server cannot see it
    }

    [Fact]
    public void A_poll_closes_once_however_many_copies_of_it_are_closed_or_cancelled()
    {
        using var bot = new TestBot();
        var poll = Open(bot);
        var (first, second, third) = (bot.Polls.Find(1, poll.Id)!, bot.Polls.Find(1, poll.Id)!, bot.Polls.Find(1, poll.Id)!);
        var closings = 0;
        bot.Polls.Closed += _ => closings++;

        bot.Polls.Close(first);  // the deadline
        bot.Polls.Close(second); // and /poll close at the same moment
        bot.Polls.Cancel(third); // and a message deletion queued before

        Assert.Equal(1, closings);
        Assert.Equal(PollState.Closed, bot.Polls.Find(1, poll.Id)!.State);
    }
}
