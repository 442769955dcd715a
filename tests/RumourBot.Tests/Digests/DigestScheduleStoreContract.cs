using RumourBot.Digests;

namespace RumourBot.Tests.Digests;

/// <summary>What every <see cref="IDigestScheduleStore"/> does, whatever keeps the data: run once per engine by a subclass.</summary>
public abstract class DigestScheduleStoreContract
{
    protected static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    protected const ulong Guild = 1_333_444_555_666_777_888;

    /// <summary>A store on a fresh, empty database (a second call in one test: the same database, as another process sees it).</summary>
    protected abstract IDigestScheduleStore NewStore();

    protected static DigestSchedule Schedule(ulong guild = Guild, DateTimeOffset? next = null, bool enabled = true) => new()
    {
        Id = guild,
        ChannelId = 1_400_000_000_000_000_003,
        ChannelName = "transfers",
        Cron = "0 9 * * *",
        TimeZone = "Europe/London",
        SetBy = "mod",
        SetAt = Now.AddDays(-3),
        LastSlot = Now.AddDays(-1),
        NextSlot = next ?? Now,
        CoveredUntil = Now.AddDays(-1),
        Enabled = enabled,
        SkipQuiet = true,
    };

    [SkippableFact]
    public void A_schedule_is_one_per_server_and_read_back_whole()
    {
        var store = NewStore();
        store.Save(Schedule());
        var replacement = Schedule();
        replacement.Cron = "0 18 * * 5";
        replacement.SetAt = Now;

        store.Save(replacement);

        var read = store.Find(Guild)!;
        Assert.Equal("0 18 * * 5", read.Cron);
        Assert.Equal(1_400_000_000_000_000_003UL, read.ChannelId);
        Assert.Equal("transfers", read.ChannelName);
        Assert.Equal("Europe/London", read.TimeZone);
        Assert.Equal(Now, read.SetAt);
        Assert.Equal(Now.AddDays(-1), read.LastSlot);
        Assert.Equal(Now, read.NextSlot);
        Assert.Equal(Now.AddDays(-1), read.CoveredUntil);
        Assert.True(read.Enabled);
        Assert.True(read.SkipQuiet);
        Assert.Null(read.DisabledReason);
        Assert.Null(store.Find(3));
    }

    [SkippableFact]
    public void Deleting_says_whether_there_was_a_schedule()
    {
        var store = NewStore();
        store.Save(Schedule());

        Assert.True(store.Delete(Guild));
        Assert.False(store.Delete(Guild));
        Assert.Null(store.Find(Guild));
    }

    [SkippableFact]
    public void Due_schedules_are_the_switched_on_ones_whose_slot_has_come()
    {
        var store = NewStore();
        Assert.Null(store.EarliestSlot());
        store.Save(Schedule(1, Now.AddHours(-2)));
        store.Save(Schedule(2, Now));
        store.Save(Schedule(3, Now.AddHours(1)));
        store.Save(Schedule(4, Now.AddHours(-5), enabled: false));
        var off = Schedule(5);
        off.NextSlot = null;
        off.Enabled = false;
        store.Save(off);

        Assert.Equal([1UL, 2UL], store.DueBy(Now).Select(s => s.Id).Order());
        Assert.Equal([1UL], store.DueBy(Now.AddHours(-1)).Select(s => s.Id));
        Assert.Equal(Now.AddHours(-5), store.EarliestSlot());
    }

    [SkippableFact]
    public void A_guarded_update_lands_only_on_the_schedule_the_caller_holds()
    {
        var store = NewStore();
        store.Save(Schedule());
        var held = store.Find(Guild)!;

        Assert.True(store.UpdateIfCurrent(held, s => s.LastSlot = Now));
        Assert.Equal(Now, store.Find(Guild)!.LastSlot);

        var replacement = Schedule();
        replacement.SetAt = Now.AddMinutes(1);
        store.Save(replacement);
        Assert.False(store.UpdateIfCurrent(held, s => s.LastSlot = Now.AddDays(1)));
        Assert.Equal(Now.AddDays(-1), store.Find(Guild)!.LastSlot);

        store.Delete(Guild);
        Assert.False(store.UpdateIfCurrent(replacement, s => s.LastSlot = Now.AddDays(1)));
        Assert.Null(store.Find(Guild));
    }
}
