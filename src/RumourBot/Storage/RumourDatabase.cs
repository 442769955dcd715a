using LiteDB;
using Microsoft.Extensions.Options;
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
        _database = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct }, CreateMapper());
        Reports = _database.GetCollection<StoredReport>("reports");
        Rumours = _database.GetCollection<Rumour>("rumours");
        Settings = _database.GetCollection<StoredSetting>("settings");
        Polls = _database.GetCollection<Poll>("polls");
        Votes = _database.GetCollection<Vote>("votes");
        Settlements = _database.GetCollection<Settlement>("settlements");
        SettledPolls = _database.GetCollection<SettledPoll>("settled_polls");
        Predictions = _database.GetCollection<Prediction>("predictions");
        Reports.EnsureIndex(r => r.Published);
        Rumours.EnsureIndex(r => r.LastSeen);
        Rumours.EnsureIndex(r => r.PlayerKey);
        Votes.EnsureIndex(v => v.PollId);
        Polls.EnsureIndex(p => p.MessageId);
        Polls.EnsureIndex(p => p.RumourId);
        Settlements.EnsureIndex(s => s.GuildId);
        SettledPolls.EnsureIndex(p => p.RumourId);
        Predictions.EnsureIndex(p => p.GuildId);
        Predictions.EnsureIndex(p => p.PollId);
    }

    // Derived values are computed from the stories on read, never stored twice.
    private static BsonMapper CreateMapper()
    {
        var mapper = new BsonMapper();
        mapper.Entity<Rumour>()
            .Ignore(r => r.Latest).Ignore(r => r.Status).Ignore(r => r.Fee).Ignore(r => r.ReportCount)
            .Ignore(r => r.BestSource).Ignore(r => r.Route);
        mapper.Entity<RumourStory>().Ignore(s => s.BestTier);
        return mapper;
    }

    public ILiteCollection<StoredReport> Reports { get; }
    public ILiteCollection<Rumour> Rumours { get; }
    public ILiteCollection<StoredSetting> Settings { get; }
    public ILiteCollection<Poll> Polls { get; }
    public ILiteCollection<Vote> Votes { get; }

    /// <summary>What happened to rumoured moves, per server; see <see cref="Settling.SettlementBook"/>.</summary>
    public ILiteCollection<Settlement> Settlements { get; }
    public ILiteCollection<SettledPoll> SettledPolls { get; }

    /// <summary>Every voter's scored answer in every settled poll, for the leaderboards.</summary>
    public ILiteCollection<Prediction> Predictions { get; }

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
