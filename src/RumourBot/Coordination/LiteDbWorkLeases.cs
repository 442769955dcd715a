using LiteDB;
using RumourBot.Storage;

namespace RumourBot.Coordination;

/// <summary>
/// Work leases in the bot's LiteDB file: the "work_leases" collection, one document per piece of work (its holder and
/// until when). A LiteDB file is opened by one process at a time, so a lock in the process makes a claim atomic; the
/// leases still matter across restarts, where a crashed process's claim runs out instead of being released.
/// </summary>
public sealed class LiteDbWorkLeases : IWorkLeases
{
    public const string LeasesCollection = "work_leases";

    // Plain documents: the leases need no entry in the database's type map.
    private const string HolderField = "Holder", UntilField = "Until";

    private readonly ILiteCollection<BsonDocument> _leases;
    private readonly Lock _lock = new();

    public LiteDbWorkLeases(RumourDatabase database) => _leases = database.Collection<BsonDocument>(LeasesCollection);

    public bool TryClaim(string work, string holder, DateTimeOffset now, TimeSpan hold)
    {
        ArgumentException.ThrowIfNullOrEmpty(work);
        ArgumentException.ThrowIfNullOrEmpty(holder);
        lock (_lock)
        {
            if (_leases.FindById(work) is { } lease
                && lease[HolderField].AsString != holder
                && UntilOf(lease) > now)
            {
                return false;
            }
            _leases.Upsert(new BsonDocument
            {
                ["_id"] = work,
                [HolderField] = holder,
                [UntilField] = (now + hold).UtcDateTime,
            });
            return true;
        }
    }

    public void Release(string work, string holder)
    {
        lock (_lock)
        {
            if (_leases.FindById(work) is { } lease && lease[HolderField].AsString == holder) _leases.Delete(work);
        }
    }

    private static DateTimeOffset UntilOf(BsonDocument lease) =>
        new(DateTime.SpecifyKind(lease[UntilField].AsDateTime.ToUniversalTime(), DateTimeKind.Utc));
}
