namespace RumourBot.Digests;

/// <summary>
/// Digest schedules, kept through <see cref="IDigestScheduleStore"/>. Every update re-reads the schedule inside a transaction and changes only its own
/// fields, and only if the schedule is still the one it was given (same <see cref="DigestSchedule.SetAt"/>), so a
/// digest finishing after a moderator replaced the schedule never writes over the new one.
/// </summary>
public sealed class DigestBook(IDigestScheduleStore store)
{
    /// <summary>Raised when a schedule is set or removed, so the scheduler can wake for a slot sooner than it planned.</summary>
    public event Action? Changed;

    public DigestSchedule? Find(ulong guildId) => store.Find(guildId);

    public void Save(DigestSchedule schedule)
    {
        store.Save(schedule);
        Changed?.Invoke();
    }

    public bool Delete(ulong guildId)
    {
        var deleted = store.Delete(guildId);
        if (deleted) Changed?.Invoke();
        return deleted;
    }

    /// <summary>Schedules whose next slot has come (walks the NextSlot index; schedules that are off have none).</summary>
    public IReadOnlyList<DigestSchedule> Due(DateTimeOffset now) =>
        store.DueBy(now);

    /// <summary>The earliest slot of any schedule, for the scheduler to sleep until.</summary>
    public DateTimeOffset? EarliestSlot() =>
        store.EarliestSlot();

    /// <summary>Records that <paramref name="slot"/> is being posted and which slot comes next, before anything is posted.</summary>
    public bool ClaimSlot(DigestSchedule schedule, DateTimeOffset slot, DateTimeOffset? next) => Update(schedule, current =>
    {
        current.LastSlot = slot;
        current.NextSlot = next;
    });

    /// <summary>A digest reached its channel: the next one starts where it ended.</summary>
    public bool MarkCovered(DigestSchedule schedule, DateTimeOffset until) => Update(schedule, current => current.CoveredUntil = until);

    /// <summary>Turns the schedule off (the channel is gone, or the bot may no longer post there), keeping why.</summary>
    public bool Disable(DigestSchedule schedule, string reason, DateTimeOffset at) => Update(schedule, current =>
    {
        current.Enabled = false;
        current.NextSlot = null;
        current.DisabledReason = reason;
        current.DisabledAt = at;
    });

    private bool Update(DigestSchedule schedule, Action<DigestSchedule> change)
    {
        if (!store.UpdateIfCurrent(schedule, change)) return false;
        change(schedule); // the caller's copy reads the same
        return true;
    }
}
