using Npgsql;
using RumourBot.Digests;
using RumourBot.Tests.Support;

namespace RumourBot.Tests.Digests;

/// <summary>The digest schedule store contract on PostgreSQL, and two processes claiming the same slot at once.</summary>
public sealed class PostgresDigestScheduleStoreContract(PostgresDatabase database) : DigestScheduleStoreContract, IClassFixture<PostgresDatabase>
{
    private readonly Lock _opening = new();
    private NpgsqlDataSource? _source;

    // The first store of a test empties the tables; later ones (other "processes") open their own data source.
    protected override IDigestScheduleStore NewStore()
    {
        lock (_opening) return new PostgresDigestScheduleStore(_source is null ? _source = database.FreshDataSource("digest_schedules") : database.OpenDataSource());
    }

    [SkippableFact]
    public async Task Of_two_processes_claiming_a_slot_at_once_exactly_one_moves_it()
    {
        var stores = new[] { NewStore(), NewStore() };
        stores[0].Save(Schedule());
        var claims = 0;

        // Each process claims each of 50 slots, as the scheduler does: only while the stored slot is the one it read.
        for (var slot = 0; slot < 50; slot++)
        {
            var due = Now.AddDays(slot);
            var claimed = await Task.WhenAll(stores.Select(store => Task.Run(() =>
            {
                var held = store.Find(Guild)!;
                var moved = false;
                store.UpdateIfCurrent(held, s =>
                {
                    if (s.NextSlot != due) return;
                    s.LastSlot = due;
                    s.NextSlot = due.AddDays(1);
                    moved = true;
                });
                return moved;
            })));
            claims += claimed.Count(c => c);
        }

        Assert.Equal(50, claims);
        Assert.Equal(Now.AddDays(50), stores[1].Find(Guild)!.NextSlot);
    }
}
