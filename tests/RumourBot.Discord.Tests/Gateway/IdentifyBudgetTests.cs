using System.Globalization;
using System.Text.RegularExpressions;
using FakeDiscord.Gateway;
using Microsoft.Extensions.Time.Testing;
using RumourBot.Discord.Gateway;
using RumourBot.Discord.Models;
using RumourBot.Discord.Tests.Support;

namespace RumourBot.Discord.Tests.Gateway;

/// <summary>
/// Discord's identify budget (1,000 a day, max_concurrency per 5 s, a reset token at the limit): the client waits
/// rather than spend it, and a gateway that keeps sending op 7 before READY does not make it spin.
/// </summary>
public partial class IdentifyBudgetTests
{
    [Fact]
    public async Task Identify_waits_for_the_session_start_limit_to_reset_instead_of_spending_it()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-12-01T20:00:00Z", CultureInfo.InvariantCulture));
        var identifies = new IdentifyLimiter(TimeSpan.FromSeconds(5), clock);
        identifies.Update(new SessionStartLimit(Total: 1000, Remaining: 0, ResetAfterMs: 3_600_000, MaxConcurrency: 1));
        var log = new ListLogger<DiscordGatewayClient>();
        // Heartbeats every 2 s: on a busy machine a 400 ms beat can miss its ACK and reconnect (each new connection
        // queues its own identify behind the first, 5 s apart).
        await using var harness = await GatewayHarness.StartAsync(o => o.HeartbeatInterval = TimeSpan.FromSeconds(2), identifies: identifies, logger: log);

        // Connected and heartbeating, but holding its Identify back, and saying so.
        await harness.Server.WaitForGatewayPayloadAsync(p => p.Opcode == 1, TimeSpan.FromSeconds(10));
        await Eventually.TrueAsync(() => log.Lines.Any(l => l.Contains("Identify waits 01:00:00", StringComparison.Ordinal)));
        Assert.Equal(0, harness.Server.IdentifyCount);

        clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(1));

        await harness.WaitForAsync("READY");
        Assert.Equal(1, harness.Server.IdentifyCount);
        Assert.Equal(1000 - harness.Server.ConnectionCount, identifies.Remaining); // one identify of the new day per connection
    }

    [Fact]
    public async Task Reconnect_requests_before_ready_do_not_reset_the_backoff()
    {
        // The budget is spent, so no connection ever gets to READY: each op 7 ends a connection that never worked.
        var identifies = new IdentifyLimiter(TimeSpan.FromSeconds(5), new FakeTimeProvider());
        identifies.Update(new SessionStartLimit(Total: 1000, Remaining: 0, ResetAfterMs: 3_600_000, MaxConcurrency: 1));
        var log = new ListLogger<DiscordGatewayClient>();
        // Heartbeats every 2 s: on a busy machine a 400 ms beat can miss its ACK and reconnect (each new connection
        // queues its own identify behind the first, 5 s apart).
        await using var harness = await GatewayHarness.StartAsync(o => o.HeartbeatInterval = TimeSpan.FromSeconds(2), identifies: identifies, logger: log);

        for (var connection = 1; connection <= 4; connection++)
        {
            var expected = connection;
            await Eventually.TrueAsync(() => harness.Server.ConnectionCount == expected
                && harness.Server.GatewayHistory.Count(e => e.Kind == GatewayLifecycle.Connected) == expected);
            await harness.Server.SendReconnectAsync();
        }
        await Eventually.TrueAsync(() => Delays(log).Count >= 4);

        // Backoff 50 ms doubling, jittered to [½, 1] of it: 25-50, 50-100, 100-200, 200-400 ms. Never at once.
        var delays = Delays(log);
        Assert.All(delays, delay => Assert.True(delay > 0, $"reconnected at once: {string.Join(", ", delays)}"));
        Assert.True(delays[3] >= 200, $"the backoff was reset: {string.Join(", ", delays)}");
        Assert.Equal(0, harness.Server.IdentifyCount);
    }

    [Fact]
    public void Shards_of_one_process_identify_max_concurrency_at_a_time_and_never_past_the_budget()
    {
        var clock = new FakeTimeProvider();
        var identifies = new IdentifyLimiter(TimeSpan.FromSeconds(5), clock);
        identifies.Update(new SessionStartLimit(Total: 1000, Remaining: 5, ResetAfterMs: 7_200_000, MaxConcurrency: 2));

        // Buckets are shard id mod max_concurrency: shards 0 and 1 at once, 2 and 3 five seconds later, 4 after ten.
        var waits = Enumerable.Range(0, 5).Select(shard => identifies.Reserve(shard).TotalSeconds).ToList();
        Assert.Equal([0, 0, 5, 5, 10], waits);
        Assert.Equal(0, identifies.Remaining);

        // The sixth identify of the day waits for the reset (two hours), not the next 5-second slot.
        Assert.Equal(TimeSpan.FromHours(2), identifies.Reserve(1));
        Assert.Equal(999, identifies.Remaining);
    }

    [Fact]
    public void Once_the_budget_is_spent_every_bucket_waits_for_the_reset()
    {
        var clock = new FakeTimeProvider();
        var identifies = new IdentifyLimiter(TimeSpan.FromSeconds(5), clock);
        identifies.Update(new SessionStartLimit(Total: 1000, Remaining: 2, ResetAfterMs: 3_600_000, MaxConcurrency: 4));

        // Shards 0 and 1 spend the last two; shards 2, 3 and 4 (three other buckets and shard 0's) must wait the hour.
        Assert.Equal(TimeSpan.Zero, identifies.Reserve(0));
        Assert.Equal(TimeSpan.Zero, identifies.Reserve(1));
        var waits = new[] { 2, 3, 4 }.Select(shard => identifies.Reserve(shard)).ToList();
        Assert.All(waits, wait => Assert.True(wait >= TimeSpan.FromHours(1), $"identified before the reset: {string.Join(", ", waits)}"));
        // Shard 4 shares shard 0's bucket with shard 0 long done, so it goes with the others at the reset, and shard 6
        // (shard 2's bucket) five seconds after shard 2.
        Assert.Equal([TimeSpan.FromHours(1), TimeSpan.FromHours(1), TimeSpan.FromHours(1)], waits);
        Assert.Equal(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(5), identifies.Reserve(6));
        Assert.Equal(996, identifies.Remaining);
    }

    private static List<double> Delays(ListLogger<DiscordGatewayClient> log) =>
        log.Lines.Select(line => ReconnectDelay().Match(line)).Where(m => m.Success)
            .Select(m => double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();

    [GeneratedRegex(@"Gateway closed with 4000; \w+ in ([0-9.]+) ms")]
    private static partial Regex ReconnectDelay();
}
