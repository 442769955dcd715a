namespace RumourBot.Digests;

/// <summary>Where each server's digest schedule is kept (one per server).</summary>
public interface IDigestScheduleStore
{
    DigestSchedule? Find(ulong guildId);

    /// <summary>Stores the schedule, replacing the server's earlier one.</summary>
    void Save(DigestSchedule schedule);

    /// <summary>False when the server had no schedule.</summary>
    bool Delete(ulong guildId);

    /// <summary>Switched-on schedules whose next slot is at or before <paramref name="now"/>.</summary>
    IReadOnlyList<DigestSchedule> DueBy(DateTimeOffset now);

    /// <summary>The earliest next slot of any schedule.</summary>
    DateTimeOffset? EarliestSlot();

    /// <summary>
    /// Re-reads the stored schedule and applies <paramref name="change"/> to it, as one transaction, only if it is
    /// still the one the caller holds (same <see cref="DigestSchedule.SetAt"/>); false when it was replaced or removed.
    /// </summary>
    bool UpdateIfCurrent(DigestSchedule schedule, Action<DigestSchedule> change);
}
