using RumourBot.Coordination;

namespace RumourBot.Tests.Coordination;

/// <summary>
/// What every <see cref="IWorkLeases"/> must do, whatever keeps the leases: a subclass per implementation gives the
/// store (a LiteDB file, a PostgreSQL database) and runs the same tests.
/// </summary>
public abstract class WorkLeasesContract : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Hold = TimeSpan.FromSeconds(30);

    /// <summary>A fresh, empty store of leases; the subclass disposes what it made in <see cref="Dispose(bool)"/>.</summary>
    protected abstract IWorkLeases CreateLeases();

    private readonly Lock _creating = new();
    private IWorkLeases? _leases;

    // Asked for from eight threads at once by the race below: one store.
    private IWorkLeases Leases
    {
        get
        {
            lock (_creating) return _leases ??= CreateLeases();
        }
    }

    // A unique name per test run, so a store shared between tests (a database server) starts each test clean.
    private readonly string _work = $"work-{Guid.NewGuid():N}";

    [SkippableFact]
    public void Free_work_is_claimed()
    {
        Assert.True(Leases.TryClaim(_work, "alpha", Start, Hold));
    }

    [SkippableFact]
    public void Another_holder_is_refused_until_the_claim_runs_out_then_gets_it()
    {
        Leases.TryClaim(_work, "alpha", Start, Hold);

        Assert.False(Leases.TryClaim(_work, "beta", Start, Hold));
        Assert.False(Leases.TryClaim(_work, "beta", Start + Hold - TimeSpan.FromSeconds(1), Hold));
        Assert.True(Leases.TryClaim(_work, "beta", Start + Hold, Hold)); // alpha died: beta takes over
        Assert.False(Leases.TryClaim(_work, "alpha", Start + Hold + TimeSpan.FromSeconds(1), Hold)); // and keeps it
    }

    [SkippableFact]
    public void The_holder_claiming_again_extends_its_claim()
    {
        Leases.TryClaim(_work, "alpha", Start, Hold);

        Assert.True(Leases.TryClaim(_work, "alpha", Start + TimeSpan.FromSeconds(20), Hold));

        // Until 20 s + 30 s now, not 30 s.
        Assert.False(Leases.TryClaim(_work, "beta", Start + TimeSpan.FromSeconds(40), Hold));
        Assert.True(Leases.TryClaim(_work, "beta", Start + TimeSpan.FromSeconds(50), Hold));
    }

    [SkippableFact]
    public void Released_work_is_free_at_once()
    {
        Leases.TryClaim(_work, "alpha", Start, Hold);

        Leases.Release(_work, "alpha");

        Assert.True(Leases.TryClaim(_work, "beta", Start + TimeSpan.FromSeconds(1), Hold));
    }

    [SkippableFact]
    public void Only_the_holder_can_release_a_claim()
    {
        Leases.TryClaim(_work, "alpha", Start, Hold);

        Leases.Release(_work, "beta");
        Leases.Release($"{_work}-other", "alpha");

        Assert.False(Leases.TryClaim(_work, "beta", Start + TimeSpan.FromSeconds(1), Hold));
    }

    [SkippableFact]
    public void A_holder_whose_claim_was_taken_over_cannot_release_the_new_holders()
    {
        Leases.TryClaim(_work, "alpha", Start, Hold);
        Leases.TryClaim(_work, "beta", Start + Hold, Hold);

        Leases.Release(_work, "alpha"); // alpha comes back and thinks it still holds the work

        Assert.False(Leases.TryClaim(_work, "gamma", Start + Hold + TimeSpan.FromSeconds(1), Hold));
    }

    [SkippableFact]
    public void Different_works_are_claimed_independently()
    {
        Assert.True(Leases.TryClaim($"{_work}:0", "alpha", Start, Hold));
        Assert.True(Leases.TryClaim($"{_work}:1", "beta", Start, Hold));
        Assert.False(Leases.TryClaim($"{_work}:0", "beta", Start, Hold));
    }

    [SkippableFact]
    public async Task Of_many_holders_claiming_at_once_exactly_one_gets_the_work()
    {
        var leases = Leases; // opened once, before the race: the claims race, not the opening
        using var go = new ManualResetEventSlim();
        var claims = Enumerable.Range(0, 8).Select(i => Task.Run(() =>
        {
            go.Wait();
            return leases.TryClaim(_work, $"holder-{i}", Start, Hold);
        })).ToArray();

        go.Set();
        var won = await Task.WhenAll(claims);

        Assert.Equal(1, won.Count(w => w));
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
    }
}
