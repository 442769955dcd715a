using Microsoft.Extensions.Logging.Abstractions;
using RumourBot.Polls;
using RumourBot.Tests.Support;

namespace RumourBot.Tests.Polls;

/// <summary>VoteQueue.EnqueueAsync: a queued vote whose sender (the local console) waits for what happened to it.</summary>
public class VoteQueueOutcomeTests
{
    private static VoteChange Add(Poll poll, ulong voter, string emoji) => new(poll, voter, $"user{voter}", emoji, VoteChangeKind.Add);

    [Fact]
    public async Task Each_waited_vote_hears_its_own_outcome_in_queue_order_among_unwaited_ones()
    {
        using var bot = new TestBot();
        var poll = TestPolls.Open(bot.Polls, bot.Time);
        var queue = new VoteQueue(bot.Polls, NullLogger<VoteQueue>.Instance);
        var moved = new List<string>();
        queue.Moved += (_, from) => moved.Add(from);

        queue.Enqueue(Add(poll, 1, "✅"));                // a Discord reaction, nobody waits
        var again = queue.EnqueueAsync(Add(poll, 1, "✅")); // the same vote again
        var change = queue.EnqueueAsync(Add(poll, 1, "❌")); // a change of mind, after it
        var banana = queue.EnqueueAsync(Add(poll, 2, "🍌"));
        await queue.StartAsync(CancellationToken.None);
        var outcomes = await Task.WhenAll(again, change, banana).WaitAsync(TimeSpan.FromSeconds(30));
        await queue.StopAsync(CancellationToken.None);

        Assert.Equal([VoteResult.AlreadyCounted, VoteResult.Counted, VoteResult.NotAnOption], outcomes.Select(o => o.Result));
        Assert.Equal(["✅"], outcomes[1].MovedFrom);
        Assert.Equal(["✅"], moved); // the move is announced as any queued vote's is
        Assert.Equal([0, 1], bot.Polls.Tally(poll).Counts.Select(c => c.Votes));
    }

    [Fact]
    public async Task A_waited_vote_on_a_closed_poll_hears_so()
    {
        using var bot = new TestBot();
        var poll = TestPolls.Open(bot.Polls, bot.Time);
        bot.Polls.Close(poll);
        var queue = new VoteQueue(bot.Polls, NullLogger<VoteQueue>.Instance);
        await queue.StartAsync(CancellationToken.None);

        var outcome = await queue.EnqueueAsync(Add(poll, 1, "✅")).WaitAsync(TimeSpan.FromSeconds(30));
        await queue.StopAsync(CancellationToken.None);

        Assert.Equal(VoteResult.PollClosed, outcome.Result);
    }

    [Fact]
    public async Task A_waited_vote_that_cannot_be_stored_at_all_faults_and_the_others_are_stored()
    {
        using var bot = new TestBot();
        var polls = new PollBook(new RefusingVoter(new LiteDbPollStore(bot.Database), 2), bot.Time);
        var poll = TestPolls.Open(polls, bot.Time);
        var queue = new VoteQueue(polls, NullLogger<VoteQueue>.Instance);
        var failing = queue.EnqueueAsync(Add(poll, 2, "✅"));
        var fine = queue.EnqueueAsync(Add(poll, 3, "✅"));

        await queue.StartAsync(CancellationToken.None);
        var stored = await fine.WaitAsync(TimeSpan.FromSeconds(30)); // after the batch's tries, vote by vote
        await queue.StopAsync(CancellationToken.None);

        Assert.Equal(VoteResult.Counted, stored.Result);
        var error = await Assert.ThrowsAsync<IOException>(() => failing.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal("voter 2's vote cannot be written", error.Message);
        Assert.Equal([3UL], polls.Votes(poll.Id).Select(v => v.VoterId));
    }

    /// <summary>The real store, except that any write with one member's vote in it fails (a bug, a bad document).</summary>
    private sealed class RefusingVoter(IPollStore inner, ulong voterId) : IPollStore
    {
        public void WriteVotes(IReadOnlyCollection<string> deletedIds, IReadOnlyCollection<Vote> inserted)
        {
            if (inserted.Any(v => v.VoterId == voterId)) throw new IOException($"voter {voterId}'s vote cannot be written");
            inner.WriteVotes(deletedIds, inserted);
        }

        public void Add(Poll poll) => inner.Add(poll);
        public void Save(Poll poll) => inner.Save(poll);
        public Poll? Find(int id) => inner.Find(id);
        public Poll? FindByMessage(ulong messageId) => inner.FindByMessage(messageId);
        public IReadOnlyList<Poll> OpenInGuild(ulong guildId) => inner.OpenInGuild(guildId);
        public IReadOnlyList<Poll> OpenOnDiscord() => inner.OpenOnDiscord();
        public IReadOnlyList<Poll> OpenDueBy(DateTimeOffset now) => inner.OpenDueBy(now);
        public IReadOnlyList<Poll> InGuild(ulong guildId) => inner.InGuild(guildId);
        public IReadOnlyList<Poll> LinkedTo(ulong guildId, string rumourId) => inner.LinkedTo(guildId, rumourId);
        public IReadOnlyList<Vote> Votes(int pollId) => inner.Votes(pollId);
    }
}
