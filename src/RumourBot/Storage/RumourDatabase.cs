using System.Globalization;
using LiteDB;
using RumourBot.Following;
using LiteDB.Engine;
using Microsoft.Extensions.Options;
using RumourBot.Feeds;
using RumourBot.Digests;
using RumourBot.Polls;
using RumourBot.Reports;
using RumourBot.Rumours;
using RumourBot.Settling;

namespace RumourBot.Storage;

/// <summary>
/// The bot's one LiteDB file and its collections. LiteDB journals every transaction, so a crash part-way through an
/// import leaves the file as it was before that import began.
/// </summary>
public sealed class RumourDatabase : IDisposable
{
    private readonly LiteDatabase _database;

    public RumourDatabase(IOptions<StorageOptions> options) : this(options.Value.DatabasePath)
    {
    }

    public RumourDatabase(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        _database = Open(path);
        Reports = _database.GetCollection<StoredReport>("reports");
        Rumours = _database.GetCollection<Rumour>("rumours");
        Settings = _database.GetCollection<StoredSetting>("settings");
        RumourChanges = _database.GetCollection<RumourChange>("rumour_changes");
        Reports.EnsureIndex(r => r.Published);
        KeyReportsByUrlHash();
        Reports.EnsureIndex(r => r.UrlKey);
        Rumours.EnsureIndex(r => r.LastSeen);
        Rumours.EnsureIndex(r => r.PlayerKey);
        // Digests read only what changed since the last one.
        RumourChanges.EnsureIndex(c => c.At);
        PlayerNames = new PlayerNameIndex(PlayersSeen);
    }

    /// <summary>Every rumour's player, in memory for autocomplete; the importer notes each change.</summary>
    public PlayerNameIndex PlayerNames { get; }

    // Two fields of each rumour, not the whole document with its stories: read once, when the index is first used.
    private IEnumerable<(string Player, DateTimeOffset LastSeen)> PlayersSeen() =>
        _database.GetCollection("rumours").Query().Select("{ Player: $.Player, LastSeen: $.LastSeen }").ToEnumerable()
            .Select(d => (d["Player"].AsString ?? "", new DateTimeOffset(d["LastSeen"].AsDateTime.ToUniversalTime(), TimeSpan.Zero)));

    // Reports were found by an index on Url, but LiteDB refuses index keys over 1023 bytes and a long link made its
    // import fail; they are found by UrlKey, a hash, now. A file from before gets its keys, then loses the old index
    // (in that order, so a crash in between leaves the index there and the next start finishes the work).
    private void KeyReportsByUrlHash()
    {
        var indexes = _database.GetCollection("$indexes");
        if (!indexes.Exists(Query.And(Query.EQ("collection", "reports"), Query.EQ("name", nameof(StoredReport.Url))))) return;
        var reports = _database.GetCollection("reports");
        var unkeyed = reports.Query().Where("$.Url != null AND $.UrlKey = null").Select("{ _id: $._id, Url: $.Url }").ToList();
        foreach (var batch in unkeyed.Chunk(1000)) // a commit per batch, not per report
        {
            InTransaction(() =>
            {
                foreach (var report in batch)
                {
                    if (reports.FindById(report["_id"]) is not { } document) continue;
                    document[nameof(StoredReport.UrlKey)] = StoredReport.UrlKeyFor(report[nameof(StoredReport.Url)].AsString);
                    reports.Update(document);
                }
                return batch.Length;
            });
        }
        Reports.DropIndex(nameof(StoredReport.Url));
    }

    // Ids (vote ids hold emojis) compare byte for byte: culture-aware comparison made every index lookup several
    // times slower. A file made before used the default collation and is rebuilt once.
    private static readonly Collation Ordinal = new(CultureInfo.InvariantCulture.LCID, CompareOptions.Ordinal);

    private static LiteDatabase Open(string path)
    {
        var settings = new ConnectionString { Filename = path, Connection = ConnectionType.Direct, Collation = Ordinal };
        try
        {
            return new LiteDatabase(settings, CreateMapper());
        }
        catch (LiteException error) when (error.Message.Contains("collation", StringComparison.OrdinalIgnoreCase))
        {
            using (var older = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct }))
            {
                older.Rebuild(new RebuildOptions { Collation = Ordinal });
            }
            return new LiteDatabase(settings, CreateMapper());
        }
    }

    // Derived values are computed from the stories on read, never stored twice.
    private static BsonMapper CreateMapper()
    {
        var mapper = new BsonMapper();
        mapper.Entity<Rumour>()
            .Ignore(r => r.Latest).Ignore(r => r.Status).Ignore(r => r.Fee).Ignore(r => r.FeeUnclear).Ignore(r => r.ReportCount)
            .Ignore(r => r.BestSource).Ignore(r => r.Route);
        mapper.Entity<RumourStory>().Ignore(s => s.BestTier).Ignore(s => s.ReportCount).Ignore(s => s.Learned);
        BsonMapperWarmUp.Prepare(mapper, [typeof(StoredReport), typeof(Rumour), typeof(StoredSetting), typeof(Poll), typeof(Vote),
            typeof(FeedSubscription), typeof(SeenFeedArticle), typeof(RumourChange), typeof(DigestSchedule), typeof(Settlement),
            typeof(SettledPoll), typeof(Prediction), typeof(FollowedClub)]);
        return mapper;
    }

    public ILiteCollection<StoredReport> Reports { get; }
    public ILiteCollection<Rumour> Rumours { get; }
    public ILiteCollection<StoredSetting> Settings { get; }

    /// <summary>What each report did to each rumour, by time: the digest's source (see <see cref="RumourChange"/>).</summary>
    public ILiteCollection<RumourChange> RumourChanges { get; }

    private readonly Lock _countLock = new();
    private int? _reportCount;

    /// <summary>
    /// How many reports are stored. Counting in LiteDB walks the whole index, too slow to do per command over
    /// 100,000 reports, so the count is taken once and then kept up to date by <see cref="NoteReportStored"/>.
    /// </summary>
    public int ReportCount
    {
        get
        {
            lock (_countLock) return _reportCount ??= Reports.Count();
        }
    }

    /// <summary>Called once a report's transaction has committed.</summary>
    public void NoteReportStored()
    {
        lock (_countLock)
        {
            if (_reportCount is not null) _reportCount++;
        }
    }

    /// <summary>
    /// A collection of the file, for a feature's store (the feature owns its name, indexes and migrations). Every
    /// stored type is mapped while the database opens (see <see cref="CreateMapper"/>).
    /// </summary>
    public ILiteCollection<T> Collection<T>(string name) => _database.GetCollection<T>(name);

    /// <summary>Runs <paramref name="work"/> as one transaction: all of its writes land, or none do.</summary>
    public T InTransaction<T>(Func<T> work)
    {
        // LiteDB transactions belong to the calling thread, so the work must not await.
        _database.BeginTrans();
        try
        {
            var result = work();
            _database.Commit();
            return result;
        }
        catch
        {
            _database.Rollback();
            throw;
        }
    }

    public void Dispose() => _database.Dispose();
}
