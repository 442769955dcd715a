using Microsoft.Extensions.Logging.Abstractions;
using RumourBot.Polls;
using RumourBot.Tests.Support;

namespace RumourBot.Tests.Polls;

/// <summary>Votes applied in batches (PollBook.Apply, VoteQueue): in order, one transaction, nothing lost.</summary>
public class VoteBatchTests
{
    private static Poll Open(TestBot bot, bool multiple = false) => TestPolls.Open(bot.Polls, bot.Time, multiple: multiple);

    private static VoteChange Add(Poll poll, ulong voter, string emoji) => new(poll, voter, $"user{voter}", emoji, VoteChangeKind.Add);

    private static VoteChange Remove(Poll poll, ulong voter, string emoji) => new(poll, voter, "", emoji, VoteChangeKind.Remove);

    [Fact]
    public void A_batch_is_applied_in_order_and_what_it_stored_survives_a_restart()
    {
        using var bot = new TestBot();
        var poll = Open(bot);

        var outcomes = bot.Polls.Apply(
        [
            Add(poll, 1, "✅"), Remove(poll, 1, "✅"), // taken back within the batch: never stored
            Add(poll, 2, "✅"), Add(poll, 2, "❌"),    // moved within the batch
            Add(poll, 3, "❌"), Remove(poll, 3, "❌"), Add(poll, 3, "❌"), // back again
            Add(poll, 4, "🍌"),
        ]);

        Assert.Equal(["✅"], outcomes[3].MovedFrom);
        Assert.Equal(VoteResult.NotAnOption, outcomes[7].Result);
        Assert.Equal([0, 2], bot.Polls.Tally(poll).Counts.Select(c => c.Votes));
        bot.Reopen();
        var reopened = bot.Polls.Find(1, poll.Id)!;
        Assert.Equal([0, 2], bot.Polls.Tally(reopened).Counts.Select(c => c.Votes));
        Assert.Equal(2, bot.Database.Collection<Vote>(LiteDbPollStore.VotesCollection).Count());
    }

    [Fact]
    public void Votes_queued_for_a_poll_that_has_closed_meanwhile_are_not_counted()
    {
        using var bot = new TestBot();
        var poll = Open(bot);
        bot.Polls.AddVote(poll, 1, "one", "✅");
        bot.Polls.Close(bot.Polls.Find(1, poll.Id)!); // closed through another copy, as /poll close does

        var outcomes = bot.Polls.Apply([Add(poll, 2, "❌")]);

        Assert.Equal(VoteResult.PollClosed, outcomes[0].Result);
        Assert.Equal(1, bot.Polls.Tally(poll).TotalVotes);
    }

    [Fact]
    public async Task The_queue_stores_votes_in_arrival_order_and_a_clear_never_overtakes_them()
    {
        using var bot = new TestBot();
        var poll = Open(bot);
        var queue = new VoteQueue(bot.Polls, NullLogger<VoteQueue>.Instance);
        var moved = new List<(ulong, string)>();
        queue.Moved += (change, from) => moved.Add((change.VoterId, from));
        await queue.StartAsync(CancellationToken.None);

        for (ulong voter = 1; voter <= 500; voter++) queue.Enqueue(Add(poll, voter, "✅"));
        queue.EnqueueInOrder(() => bot.Polls.RemoveVotes(poll, "✅"));
        queue.Enqueue(Add(poll, 7, "❌"));
        queue.Enqueue(Add(poll, 8, "❌"));
        queue.Enqueue(Add(poll, 8, "✅"));
        await queue.FlushAsync().WaitAsync(TimeSpan.FromSeconds(30));
        await queue.StopAsync(CancellationToken.None);

        Assert.Equal([1, 1], bot.Polls.Tally(poll).Counts.Select(c => c.Votes)); // 7 ❌, 8 ✅ after the clear
        Assert.Equal([(8UL, "❌")], moved);
    }

    [Fact]
    public async Task A_failing_step_does_not_stop_the_queue_and_stopping_stores_what_has_arrived()
    {
        using var bot = new TestBot();
        var poll = Open(bot);
        var queue = new VoteQueue(bot.Polls, NullLogger<VoteQueue>.Instance);
        var ran = false;
        queue.EnqueueInOrder(() => throw new InvalidOperationException("a bug in a queued step"));
        for (ulong voter = 1; voter <= 200; voter++) queue.Enqueue(Add(poll, voter, "✅"));
        queue.EnqueueInOrder(() => ran = true);

        await queue.StartAsync(CancellationToken.None);
        await queue.StopAsync(CancellationToken.None);

        Assert.Equal(200, bot.Polls.Tally(poll).TotalVotes);
        Assert.True(ran);
    }

    [Fact]
    public async Task A_batch_the_database_refuses_is_tried_again_and_none_of_its_votes_is_lost()
    {
        using var bot = new TestBot();
        var poll = Open(bot);
        bot.Polls.AddVote(poll, 1, "user1", "✅"); // the poll's ballots are now in memory
        // Another writer stores voter 2's vote behind the book's back: the batch's insert of it breaks the unique key,
        // and the whole transaction (every vote in it) is refused.
        bot.Database.Collection<Vote>(LiteDbPollStore.VotesCollection).Insert(new Vote { Id = Vote.IdFor(poll.Id, 2, "✅"), PollId = poll.Id, VoterId = 2, VoterName = "user2", Emoji = "✅", At = bot.Time.GetUtcNow() });
        var queue = new VoteQueue(bot.Polls, NullLogger<VoteQueue>.Instance);
        for (ulong voter = 2; voter <= 300; voter++) queue.Enqueue(Add(poll, voter, "✅"));

        await queue.StartAsync(CancellationToken.None);
        await queue.FlushAsync().WaitAsync(TimeSpan.FromSeconds(30));
        await queue.StopAsync(CancellationToken.None);

        Assert.Equal(300, bot.Polls.Tally(poll).TotalVotes);
        Assert.Equal(300, bot.Database.Collection<Vote>(LiteDbPollStore.VotesCollection).Count());
    }
}
