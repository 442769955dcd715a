using RumourBot.Coordination;

namespace RumourBot.Tests.Coordination;

/// <summary>What every <see cref="IWorkLeases"/> does, whatever keeps the leases: run once per engine by a subclass.</summary>
public abstract class WorkLeasesContract
{
    protected static readonly DateTimeOffset Now = new(2026, 5, 1, 12, 0, 0, TimeSpan.Zero);
    protected static readonly TimeSpan Hold = TimeSpan.FromMinutes(2);

    /// <summary>Leases on a fresh, empty database (a second call in one test: the same database, as another process sees it).</summary>
    protected abstract IWorkLeases NewLeases();

    [SkippableFact]
    public void Free_work_is_claimed_and_then_refused_to_another_holder_until_it_expires()
    {
        var leases = NewLeases();

        Assert.True(leases.TryClaim("feed:abc", "shard-0", Now, Hold));
        Assert.False(leases.TryClaim("feed:abc", "shard-1", Now.AddMinutes(1), Hold));
        Assert.False(leases.TryClaim("feed:abc", "shard-1", Now + Hold - TimeSpan.FromMilliseconds(1), Hold));
        Assert.True(leases.TryClaim("feed:abc", "shard-1", Now + Hold, Hold));
        Assert.False(leases.TryClaim("feed:abc", "shard-0", Now + Hold, Hold));
    }

    [SkippableFact]
    public void The_holder_extends_its_own_claim()
    {
        var leases = NewLeases();
        leases.TryClaim("seeds", "shard-0", Now, Hold);

        Assert.True(leases.TryClaim("seeds", "shard-0", Now.AddMinutes(1), Hold));

        // Extended to 3 minutes from the start: still held at 2½.
        Assert.False(leases.TryClaim("seeds", "shard-1", Now.AddMinutes(2.5), Hold));
        Assert.True(leases.TryClaim("seeds", "shard-1", Now.AddMinutes(3), Hold));
    }

    [SkippableFact]
    public void Releasing_frees_the_work_only_for_its_holder()
    {
        var leases = NewLeases();
        leases.TryClaim("digest:1", "shard-0", Now, Hold);

        leases.Release("digest:1", "shard-1");
        Assert.False(leases.TryClaim("digest:1", "shard-1", Now, Hold));

        leases.Release("digest:1", "shard-0");
        Assert.True(leases.TryClaim("digest:1", "shard-1", Now, Hold));
    }

    [SkippableFact]
    public void Different_work_is_claimed_independently()
    {
        var leases = NewLeases();

        Assert.True(leases.TryClaim("feed:a", "shard-0", Now, Hold));
        Assert.True(leases.TryClaim("feed:b", "shard-1", Now, Hold));
        Assert.False(leases.TryClaim("feed:a", "shard-1", Now, Hold));
    }
}
