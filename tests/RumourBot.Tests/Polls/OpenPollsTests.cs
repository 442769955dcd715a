using RumourBot.Polls;
using RumourBot.Tests.Support;

namespace RumourBot.Tests.Polls;

/// <summary>An open poll is one shared instance however it is read, and an ended poll never comes back as open.</summary>
public class OpenPollsTests
{
    [Fact]
    public void Every_way_of_reading_an_open_poll_gives_the_same_instance_until_it_ends()
    {
        using var bot = new TestBot();
        var poll = TestPolls.Open(bot.Polls, bot.Time);
        bot.Polls.Attach(poll, 5, 77);
        bot.Reopen(); // nothing in memory: the first read makes the shared instance

        var found = bot.Polls.Find(1, poll.Id)!;
        Assert.Same(found, bot.Polls.FindByMessage(77));
        Assert.Same(found, Assert.Single(bot.Polls.OpenInGuild(1)));
        Assert.Same(found, Assert.Single(bot.Polls.OpenOnDiscord()));
        Assert.Same(found, Assert.Single(bot.Polls.InGuild(1)));

        bot.Polls.Close(bot.Polls.FindByMessage(77)!);

        Assert.Equal(PollState.Closed, found.State); // every holder sees the close
        var after = bot.Polls.Find(1, poll.Id)!;
        Assert.NotSame(found, after); // ended polls are not kept
        Assert.Equal(PollState.Closed, after.State);
    }

    [Fact]
    public void A_copy_read_around_the_book_counts_no_vote_after_the_close_and_cannot_close_it_again()
    {
        using var bot = new TestBot();
        var poll = TestPolls.Open(bot.Polls, bot.Time);
        var aside = new LiteDbPollStore(bot.Database).Find(poll.Id)!; // not the shared instance
        var closings = 0;
        bot.Polls.Closed += _ => closings++;

        bot.Polls.Close(poll);

        Assert.Equal(VoteResult.PollClosed, bot.Polls.AddVote(aside, 1, "alice", "✅").Result);
        bot.Polls.Close(aside);
        bot.Polls.Cancel(aside);
        Assert.Equal(1, closings);
        Assert.Equal(PollState.Closed, bot.Polls.Find(1, poll.Id)!.State);
    }

    [Fact]
    public void A_poll_closed_while_another_reader_was_reading_it_does_not_come_back_as_open()
    {
        using var bot = new TestBot();
        var poll = TestPolls.Open(bot.Polls, bot.Time);
        var store = new InterruptedStore(new LiteDbPollStore(bot.Database));
        var polls = new PollBook(store, bot.Time); // a book with nothing in memory yet, as after a restart
        // The digest reads the server's open polls; between that read and its return, the closer closes the poll.
        store.AfterOpenInGuild = () => polls.Close(polls.Find(1, poll.Id)!);

        var read = Assert.Single(polls.OpenInGuild(1));

        Assert.Equal(PollState.Closed, read.State);
        Assert.Equal(PollState.Closed, polls.Find(1, poll.Id)!.State);
        Assert.Equal(VoteResult.PollClosed, polls.AddVote(read, 1, "alice", "✅").Result);
        Assert.Empty(polls.OpenInGuild(1));
    }

    /// <summary>The real store, with a hook run once after a read has come back from it and before the book sees it.</summary>
    private sealed class InterruptedStore(IPollStore inner) : IPollStore
    {
        public Action? AfterOpenInGuild { get; set; }

        public IReadOnlyList<Poll> OpenInGuild(ulong guildId)
        {
            var read = inner.OpenInGuild(guildId);
            var hook = AfterOpenInGuild;
            AfterOpenInGuild = null;
            hook?.Invoke();
            return read;
        }

        public void Add(Poll poll) => inner.Add(poll);
        public void Save(Poll poll) => inner.Save(poll);
        public Poll? Find(int id) => inner.Find(id);
        public Poll? FindByMessage(ulong messageId) => inner.FindByMessage(messageId);
        public IReadOnlyList<Poll> OpenOnDiscord() => inner.OpenOnDiscord();
        public IReadOnlyList<Poll> OpenDueBy(DateTimeOffset now) => inner.OpenDueBy(now);
        public IReadOnlyList<Poll> InGuild(ulong guildId) => inner.InGuild(guildId);
        public IReadOnlyList<Poll> LinkedTo(ulong guildId, string rumourId) => inner.LinkedTo(guildId, rumourId);
        public IReadOnlyList<Vote> Votes(int pollId) => inner.Votes(pollId);
        public void WriteVotes(IReadOnlyCollection<string> deletedIds, IReadOnlyCollection<Vote> inserted) => inner.WriteVotes(deletedIds, inserted);
    }
}
