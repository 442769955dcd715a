using RumourBot.Polls;

namespace RumourBot.Tests.Polls;

/// <summary>What every <see cref="IPollStore"/> does, whatever keeps the data: run once per engine by a subclass.</summary>
public abstract class PollStoreContract
{
    protected static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    protected const ulong Guild = 1_234_567_890_123_456_789;
    protected const ulong OtherGuild = 42;

    /// <summary>A store on a fresh, empty database (a second call in one test: the same database, as another process sees it).</summary>
    protected abstract IPollStore NewStore();

    protected static Poll NewPoll(ulong guild = Guild, string question = "Will Trent stay?", DateTimeOffset? closesAt = null, string? rumourId = null) => new()
    {
        GuildId = guild,
        Question = question,
        Options = [new PollOption("✅", "Yes"), new PollOption("❌", "No")],
        MultipleChoice = true,
        HideResults = true,
        RumourId = rumourId,
        CreatorId = 987_654_321_987_654_321,
        CreatorName = "alice",
        CreatedAt = Now,
        ClosesAt = closesAt ?? Now.AddDays(1),
        State = PollState.Open,
    };

    protected static Vote NewVote(int pollId, ulong voter, string emoji) =>
        new() { Id = Vote.IdFor(pollId, voter, emoji), PollId = pollId, VoterId = voter, VoterName = $"fan {voter}", Emoji = emoji, At = Now };

    [SkippableFact]
    public void Polls_are_numbered_from_one_and_read_back_whole()
    {
        var store = NewStore();
        var first = NewPoll(rumourId: "trent-real-madrid");
        var second = NewPoll(question: "Will he join Chelsea?");

        store.Add(first);
        store.Add(second);

        Assert.Equal(1, first.Id);
        Assert.Equal(2, second.Id);
        var read = store.Find(1)!;
        Assert.Equal("Will Trent stay?", read.Question);
        Assert.Equal(Guild, read.GuildId);
        Assert.Equal([new PollOption("✅", "Yes"), new PollOption("❌", "No")], read.Options);
        Assert.True(read.MultipleChoice);
        Assert.True(read.HideResults);
        Assert.Equal("trent-real-madrid", read.RumourId);
        Assert.Equal(987_654_321_987_654_321UL, read.CreatorId);
        Assert.Equal("alice", read.CreatorName);
        Assert.Equal(Now, read.CreatedAt);
        Assert.Equal(Now.AddDays(1), read.ClosesAt);
        Assert.Equal(PollState.Open, read.State);
        Assert.Null(read.MessageId);
        Assert.Null(store.Find(3));
    }

    [SkippableFact]
    public void Save_stores_the_message_and_state_and_the_poll_is_found_by_its_message()
    {
        var store = NewStore();
        var poll = NewPoll();
        store.Add(poll);

        poll.ChannelId = 555;
        poll.MessageId = 1_300_000_000_000_000_001;
        poll.State = PollState.Closed;
        poll.ClosedAt = Now.AddHours(2);
        store.Save(poll);

        var read = store.FindByMessage(1_300_000_000_000_000_001)!;
        Assert.Equal(poll.Id, read.Id);
        Assert.Equal(555UL, read.ChannelId);
        Assert.Equal(PollState.Closed, read.State);
        Assert.Equal(Now.AddHours(2), read.ClosedAt);
        Assert.Null(store.FindByMessage(7));
    }

    [SkippableFact]
    public void Open_polls_are_read_by_server_by_message_and_by_deadline()
    {
        var store = NewStore();
        var open = NewPoll(closesAt: Now.AddHours(1));
        var closed = NewPoll(closesAt: Now.AddHours(-1));
        var elsewhere = NewPoll(guild: OtherGuild, closesAt: Now.AddHours(-2));
        var onDiscord = NewPoll(closesAt: Now.AddHours(3));
        foreach (var poll in new[] { open, closed, elsewhere, onDiscord }) store.Add(poll);
        closed.State = PollState.Closed;
        store.Save(closed);
        onDiscord.MessageId = 99;
        store.Save(onDiscord);

        Assert.Equal([open.Id, onDiscord.Id], store.OpenInGuild(Guild).Select(p => p.Id).Order());
        Assert.Equal([elsewhere.Id], store.OpenInGuild(OtherGuild).Select(p => p.Id));
        Assert.Equal([onDiscord.Id], store.OpenOnDiscord().Select(p => p.Id));
        Assert.Equal([elsewhere.Id], store.OpenDueBy(Now).Select(p => p.Id));
        Assert.Equal([open.Id, elsewhere.Id], store.OpenDueBy(Now.AddHours(1)).Select(p => p.Id).Order());
    }

    [SkippableFact]
    public void A_servers_polls_come_by_number_and_those_tied_to_a_rumour_leave_out_cancelled_ones()
    {
        var store = NewStore();
        var tied = NewPoll(rumourId: "trent");
        var other = NewPoll(rumourId: "dalot");
        var cancelled = NewPoll(rumourId: "trent");
        var tiedLater = NewPoll(rumourId: "trent");
        var elsewhere = NewPoll(guild: OtherGuild, rumourId: "trent");
        foreach (var poll in new[] { tied, other, cancelled, tiedLater, elsewhere }) store.Add(poll);
        cancelled.State = PollState.Cancelled;
        store.Save(cancelled);

        Assert.Equal([tied.Id, other.Id, cancelled.Id, tiedLater.Id], store.InGuild(Guild).Select(p => p.Id));
        Assert.Equal([tied.Id, tiedLater.Id], store.LinkedTo(Guild, "trent").Select(p => p.Id));
        Assert.Equal([elsewhere.Id], store.LinkedTo(OtherGuild, "trent").Select(p => p.Id));
    }

    [SkippableFact]
    public void Votes_are_written_and_moved_as_one_batch_and_read_per_poll()
    {
        var store = NewStore();
        var poll = NewPoll();
        var other = NewPoll();
        store.Add(poll);
        store.Add(other);
        store.WriteVotes([], [NewVote(poll.Id, 10, "✅"), NewVote(poll.Id, 11, "❌"), NewVote(other.Id, 10, "✅")]);

        // Voter 10 moves to ❌: the old vote goes and the new one comes in one call.
        store.WriteVotes([Vote.IdFor(poll.Id, 10, "✅")], [NewVote(poll.Id, 10, "❌")]);

        var votes = store.Votes(poll.Id).OrderBy(v => v.VoterId).ToList();
        Assert.Equal([(10UL, "❌"), (11UL, "❌")], votes.Select(v => (v.VoterId, v.Emoji)));
        Assert.All(votes, v => Assert.Equal(poll.Id, v.PollId));
        Assert.Equal("fan 11", votes[1].VoterName);
        Assert.Equal(Now, votes[1].At);
        Assert.Equal(Vote.IdFor(poll.Id, 11, "❌"), votes[1].Id);
        Assert.Single(store.Votes(other.Id));
        Assert.Empty(store.Votes(other.Id + 1));
    }

    [SkippableFact]
    public void A_big_batch_of_votes_is_stored_whole()
    {
        var store = NewStore();
        var poll = NewPoll();
        store.Add(poll);
        var votes = Enumerable.Range(0, 5_000).Select(i => NewVote(poll.Id, 1_000_000_000_000_000_000UL + (ulong)i, i % 3 == 0 ? "❌" : "✅")).ToList();

        store.WriteVotes([], votes);

        var stored = store.Votes(poll.Id);
        Assert.Equal(5_000, stored.Count);
        Assert.Equal(votes.Select(v => v.Id).Order(StringComparer.Ordinal), stored.Select(v => v.Id).Order(StringComparer.Ordinal));
        Assert.Equal(votes.Count(v => v.Emoji == "❌"), stored.Count(v => v.Emoji == "❌"));
    }
}
