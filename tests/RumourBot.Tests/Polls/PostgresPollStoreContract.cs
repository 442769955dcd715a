using Npgsql;
using RumourBot.Polls;
using RumourBot.Tests.Support;

namespace RumourBot.Tests.Polls;

/// <summary>
/// The poll store contract on PostgreSQL, and what only a shared database must hold: two processes (two data
/// sources) adding polls or votes at once lose nothing and double nothing.
/// </summary>
public sealed class PostgresPollStoreContract(PostgresDatabase database) : PollStoreContract, IClassFixture<PostgresDatabase>
{
    private readonly Lock _opening = new();
    private NpgsqlDataSource? _source;

    // The first store of a test empties the tables; later ones (other "processes") open their own data source.
    protected override IPollStore NewStore()
    {
        lock (_opening) return new PostgresPollStore(_source is null ? _source = database.FreshDataSource("polls", "votes") : database.OpenDataSource());
    }

    [SkippableFact]
    public void Ids_past_a_signed_bigint_come_back_as_they_went_in()
    {
        var store = NewStore();
        var poll = NewPoll(guild: ulong.MaxValue - 1);
        poll.MessageId = (ulong)long.MaxValue + 5;
        store.Add(poll);
        store.WriteVotes([], [NewVote(poll.Id, ulong.MaxValue, "✅")]);

        Assert.Equal(poll.Id, store.FindByMessage((ulong)long.MaxValue + 5)!.Id);
        Assert.Equal([poll.Id], store.OpenInGuild(ulong.MaxValue - 1).Select(p => p.Id));
        Assert.Equal(ulong.MaxValue, Assert.Single(store.Votes(poll.Id)).VoterId);
    }

    [SkippableFact]
    public async Task Two_processes_adding_polls_at_once_get_different_numbers()
    {
        var stores = new[] { NewStore(), NewStore() };
        var polls = stores.Select(_ => Enumerable.Range(0, 60).Select(i => NewPoll(question: $"Poll {i}")).ToList()).ToList();

        await Task.WhenAll(stores.Select((store, s) => Task.Run(() => polls[s].ForEach(store.Add))));

        var numbers = polls.SelectMany(p => p).Select(p => p.Id).ToList();
        Assert.Equal(120, numbers.Distinct().Count());
        Assert.Equal(Enumerable.Range(1, 120), numbers.Order());
        Assert.Equal(numbers.Order(), stores[1].InGuild(Guild).Select(p => p.Id));
    }

    [SkippableFact]
    public async Task Two_processes_writing_votes_on_one_poll_at_once_lose_and_double_nothing()
    {
        var stores = new[] { NewStore(), NewStore() };
        var poll = NewPoll();
        stores[0].Add(poll);
        // Each process stores 20 batches of 500; a quarter of the voters reach both (a replayed reaction).
        var batches = Enumerable.Range(0, 2).Select(s => Enumerable.Range(0, 20).Select(b => Enumerable.Range(0, 500)
            .Select(i => (ulong)(s * 7_500 + b * 500 + i)).Select(voter => NewVote(poll.Id, voter, "✅")).ToList()).ToList()).ToList();

        await Task.WhenAll(stores.Select((store, s) => Task.Run(() => batches[s].ForEach(batch => store.WriteVotes([], batch)))));

        var expected = batches.SelectMany(b => b).SelectMany(b => b).Select(v => v.Id).Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.Equal(17_500, expected.Count);
        var stored = stores[1].Votes(poll.Id).Select(v => v.Id).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, stored);
    }

    [SkippableFact]
    public async Task Votes_moved_by_one_process_while_another_adds_end_as_both_meant()
    {
        var stores = new[] { NewStore(), NewStore() };
        var poll = NewPoll();
        stores[0].Add(poll);
        var first = Enumerable.Range(0, 2_000).Select(i => NewVote(poll.Id, (ulong)i, "✅")).ToList();
        stores[0].WriteVotes([], first);

        // Process 0 moves its 2,000 voters to ❌ in batches while process 1 adds 2,000 new voters.
        var moves = Task.Run(() =>
        {
            foreach (var batch in first.Chunk(250)) stores[0].WriteVotes(batch.Select(v => v.Id).ToList(), batch.Select(v => NewVote(poll.Id, v.VoterId, "❌")).ToList());
        });
        var adds = Task.Run(() =>
        {
            foreach (var batch in Enumerable.Range(2_000, 2_000).Select(i => NewVote(poll.Id, (ulong)i, "✅")).Chunk(250)) stores[1].WriteVotes([], batch);
        });
        await Task.WhenAll(moves, adds);

        var stored = stores[0].Votes(poll.Id);
        Assert.Equal(4_000, stored.Count);
        Assert.Equal(4_000, stored.Select(v => v.VoterId).Distinct().Count());
        Assert.All(stored, v => Assert.Equal(v.VoterId < 2_000 ? "❌" : "✅", v.Emoji));
    }
}
