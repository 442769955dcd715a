using LiteDB;
using RumourBot.Storage;

namespace RumourBot.Digests;

/// <summary>Digest schedules in the bot's LiteDB file: the "digest_schedules" collection, keyed by guild id.</summary>
public sealed class LiteDbDigestScheduleStore : IDigestScheduleStore
{
    public const string SchedulesCollection = "digest_schedules";

    private readonly RumourDatabase _database;
    private readonly ILiteCollection<DigestSchedule> _schedules;

    public LiteDbDigestScheduleStore(RumourDatabase database)
    {
        _database = database;
        _schedules = database.Collection<DigestSchedule>(SchedulesCollection);
        _schedules.EnsureIndex(s => s.NextSlot);
    }

    public DigestSchedule? Find(ulong guildId) => _schedules.FindById((long)guildId);

    public void Save(DigestSchedule schedule) => _schedules.Upsert(schedule);

    public bool Delete(ulong guildId) => _schedules.Delete((long)guildId);

    public IReadOnlyList<DigestSchedule> DueBy(DateTimeOffset now) =>
        // A range seek on the index (nulls sort below every date, so schedules that are off are not in it).
        _schedules.Find(Query.Between(nameof(DigestSchedule.NextSlot), DateTime.MinValue, now.UtcDateTime)).Where(s => s.Enabled).ToList();

    public DateTimeOffset? EarliestSlot() =>
        _schedules.Query().Where(s => s.NextSlot != null).OrderBy(s => s.NextSlot).Limit(1).FirstOrDefault()?.NextSlot;

    public bool UpdateIfCurrent(DigestSchedule schedule, Action<DigestSchedule> change) => _database.InTransaction(() =>
    {
        var current = _schedules.FindById((long)schedule.Id);
        if (current is null || current.SetAt != schedule.SetAt) return false;
        change(current);
        _schedules.Update(current);
        return true;
    });
}
