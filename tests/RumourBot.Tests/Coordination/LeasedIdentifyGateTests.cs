using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;
using RumourBot.Coordination;
using RumourBot.Discord.Gateway;
using RumourBot.Discord.Models;
using RumourBot.Storage;
using RumourBot.Tests.Support;

namespace RumourBot.Tests.Coordination;

/// <summary>Two processes' identifies through one lease store, on a fake clock.</summary>
public sealed class LeasedIdentifyGateTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly RumourDatabase _database;
    private readonly LiteDbWorkLeases _leases;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));

    public LeasedIdentifyGateTests()
    {
        _database = new RumourDatabase(_folder.File("rumourbot.db"));
        _leases = new LiteDbWorkLeases(_database);
    }

    private LeasedIdentifyGate Process(string name) => new(_leases, new ProcessIdentity(name), _time);

    [Fact]
    public async Task A_shard_in_a_bucket_another_process_just_identified_in_waits_five_seconds()
    {
        var first = Process("process-a");
        var second = Process("process-b");
        var waits = Waits(second);
        await first.WaitTurnAsync(shardId: 0, maxConcurrency: 1, Spacing, CancellationToken.None);

        var turn = second.WaitTurnAsync(shardId: 1, maxConcurrency: 1, Spacing, CancellationToken.None); // bucket 1 % 1 = 0
        var waitedBeforeItsTurn = 0;
        while (!turn.IsCompleted)
        {
            await Task.WhenAny(waits.ReadAsync().AsTask(), turn);
            if (turn.IsCompleted) break;
            Assert.True(_time.GetUtcNow() < Start + Spacing, "waited past the spacing");
            waitedBeforeItsTurn++;
            _time.Advance(LeasedIdentifyGate.RetryEvery);
        }
        await turn;

        Assert.Equal(Spacing / LeasedIdentifyGate.RetryEvery, waitedBeforeItsTurn);
        Assert.Equal(Start + Spacing, _time.GetUtcNow());
    }

    [Fact]
    public async Task Shards_in_other_buckets_of_max_concurrency_identify_at_once()
    {
        await Process("process-a").WaitTurnAsync(shardId: 0, maxConcurrency: 2, Spacing, CancellationToken.None);

        var other = Process("process-b").WaitTurnAsync(shardId: 3, maxConcurrency: 2, Spacing, CancellationToken.None); // bucket 1

        Assert.True(other.IsCompletedSuccessfully);
        Assert.False(_leases.TryClaim(LeasedIdentifyGate.WorkFor(2, 2), "process-c", _time.GetUtcNow(), TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task The_limiter_of_a_process_waits_for_the_shared_gate_after_its_own_spacing()
    {
        await Process("process-a").WaitTurnAsync(shardId: 0, maxConcurrency: 1, Spacing, CancellationToken.None);
        var gate = Process("process-b");
        var waits = Waits(gate);
        var limiter = new IdentifyLimiter(Spacing, _time, gate);
        limiter.Update(new SessionStartLimit(Total: 1000, Remaining: 1000, ResetAfterMs: 0, MaxConcurrency: 1));

        var turn = limiter.WaitAsync(shardId: 1, waiting: null, CancellationToken.None);
        await waits.ReadAsync(); // its own budget had room: the other process's identify holds it up

        Assert.False(turn.IsCompleted);
        _time.Advance(Spacing);
        await turn;
    }

    private static readonly TimeSpan Spacing = TimeSpan.FromSeconds(5);

    private static DateTimeOffset Start => new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private static ChannelReader<int> Waits(LeasedIdentifyGate gate)
    {
        var waits = Channel.CreateUnbounded<int>();
        gate.Waiting += shard => waits.Writer.TryWrite(shard);
        return waits.Reader;
    }

    public void Dispose()
    {
        _database.Dispose();
        _folder.Dispose();
    }
}
