using LiteDB;
using RumourBot.Reports;
using RumourBot.Storage;

namespace RumourBot.Rumours;

/// <summary>
/// Reports, rumours, their change log and settings in the bot's LiteDB file ("reports", "rumours", "rumour_changes",
/// "settings"). LiteDB has one writer per file, so storing a report is one at a time in this process.
/// </summary>
public sealed class LiteDbRumourStore : IRumourStore
{
    public const string ReportsCollection = "reports";
    public const string RumoursCollection = "rumours";
    public const string ChangesCollection = "rumour_changes";
    public const string SettingsCollection = "settings";

    private readonly RumourDatabase _database;
    private readonly ILiteCollection<StoredReport> _reports;
    private readonly ILiteCollection<Rumour> _rumours;
    private readonly ILiteCollection<RumourChange> _changes;
    private readonly ILiteCollection<StoredSetting> _settings;

    // "Is it stored?" and the read-modify-write of a rumour's timeline must not interleave between importing threads.
    private readonly Lock _storeGate = new();
    private readonly Lock _countLock = new();
    private int? _reportCount;

    public LiteDbRumourStore(RumourDatabase database)
    {
        _database = database;
        // Derived values are computed from the stories on read, never stored twice.
        database.Map<Rumour>(r => r
            .Ignore(x => x.Latest).Ignore(x => x.Status).Ignore(x => x.Fee).Ignore(x => x.FeeUnclear).Ignore(x => x.FeeUnsure).Ignore(x => x.StatusUnsure).Ignore(x => x.ReportCount)
            .Ignore(x => x.BestSource).Ignore(x => x.Route));
        database.Map<RumourStory>(s => s.Ignore(x => x.BestTier).Ignore(x => x.ReportCount).Ignore(x => x.Learned));
        _reports = database.Collection<StoredReport>(ReportsCollection);
        _rumours = database.Collection<Rumour>(RumoursCollection);
        _changes = database.Collection<RumourChange>(ChangesCollection);
        _settings = database.Collection<StoredSetting>(SettingsCollection);
        _reports.EnsureIndex(r => r.Published);
        KeyReportsByUrlHash();
        _reports.EnsureIndex(r => r.UrlKey);
        _rumours.EnsureIndex(r => r.LastSeen);
        _rumours.EnsureIndex(r => r.PlayerKey);
        // Digests read only what changed since the last one.
        _changes.EnsureIndex(c => c.At);
    }

    /// <summary>
    /// Counting in LiteDB walks the whole index, too slow to do per command over 100,000 reports, so the count is
    /// taken once and then kept up to date as reports are stored.
    /// </summary>
    public int ReportCount
    {
        get
        {
            lock (_countLock) return _reportCount ??= _reports.Count();
        }
    }

    public StoredReport? FindReport(string id) => _reports.FindById(id);

    public StoredReport? FindReportByLinkKey(string urlKey) => _reports.FindOne(r => r.UrlKey == urlKey);

    public StoredReportResult Store(StoredReport report, IReadOnlyList<RumourUpdate> updates)
    {
        lock (_storeGate)
        {
            if (AlreadyStored(report) is { } stored) return new StoredReportResult(false, stored, []);
            var rumours = _database.InTransaction(() =>
            {
                _reports.Insert(report);
                var changed = new List<Rumour>(updates.Count);
                foreach (var update in updates)
                {
                    var existing = _rumours.FindById(update.RumourId);
                    var statusBefore = existing?.Status;
                    var rumour = update.Apply(existing);
                    _rumours.Upsert(rumour);
                    _changes.Insert(RumourChange.Of(rumour, report, statusBefore));
                    changed.Add(rumour);
                }
                return changed;
            });
            lock (_countLock)
            {
                if (_reportCount is not null) _reportCount++;
            }
            return new StoredReportResult(true, report, rumours);
        }
    }

    private StoredReport? AlreadyStored(StoredReport report) =>
        FindReport(report.Id) ?? (report.UrlKey is { } key ? FindReportByLinkKey(key) : null);

    public Rumour? FindRumour(string id) => _rumours.FindById(id);

    // Walks the LastSeen index newest first: cheap however many rumours are stored, when the reader stops early.
    public IEnumerable<Rumour> NewestFirst() => _rumours.Query().OrderByDescending(r => r.LastSeen).ToEnumerable();

    public IReadOnlyList<Rumour> Latest(RumourFilter filter, int count)
    {
        var query = _rumours.Query().OrderByDescending(r => r.LastSeen);
        if (filter.PlayerKeyPart is { } part) query = query.Where(r => r.PlayerKey.Contains(part));
        if (filter.Club is { } club) query = query.Where(r => r.ToClub == club || r.FromClub == club);
        // LiteDB treats a missing value as no match.
        if (filter.ClubText is { } text) query = query.Where(r => r.ToClub!.Contains(text) || r.FromClub!.Contains(text));
        return query.Limit(count).ToList();
    }

    public IReadOnlyList<Rumour> OfPlayer(string playerKey) => _rumours.Find(r => r.PlayerKey == playerKey).ToList();

    public IReadOnlyList<Rumour> OfPlayersMatching(string part) =>
        _rumours.FindAll().Where(r => r.PlayerKey.Contains(part, StringComparison.Ordinal)).ToList();

    // Two fields of each rumour, not the whole document with its stories.
    public IEnumerable<(string Player, DateTimeOffset LastSeen)> PlayersSeen() =>
        _database.Documents(RumoursCollection).Query().Select("{ Player: $.Player, LastSeen: $.LastSeen }").ToEnumerable()
            .Select(d => (d["Player"].AsString ?? "", new DateTimeOffset(d["LastSeen"].AsDateTime.ToUniversalTime(), TimeSpan.Zero)));

    // BETWEEN seeks the index to the window's start and stops at its end; "At > since" would walk the whole index.
    // Times are kept to the millisecond, so (since, until] is [since + 1 ms, until].
    public IReadOnlyList<RumourChange> ChangesBetween(DateTimeOffset since, DateTimeOffset until) =>
        _changes.Find(Query.Between(nameof(RumourChange.At), since.AddMilliseconds(1).UtcDateTime, until.UtcDateTime)).ToList();

    public string? Setting(string key) => _settings.FindById(key)?.Value;

    public void SaveSetting(string key, string value) => _settings.Upsert(new StoredSetting { Id = key, Value = value });

    // Reports were found by an index on Url, but LiteDB refuses index keys over 1023 bytes and a long link made its
    // import fail; they are found by UrlKey, a hash, now. A file from before gets its keys, then loses the old index
    // (in that order, so a crash in between leaves the index there and the next start finishes the work).
    private void KeyReportsByUrlHash()
    {
        if (!_database.HasIndex(ReportsCollection, nameof(StoredReport.Url))) return;
        var reports = _database.Documents(ReportsCollection);
        var unkeyed = reports.Query().Where("$.Url != null AND $.UrlKey = null").Select("{ _id: $._id, Url: $.Url }").ToList();
        foreach (var batch in unkeyed.Chunk(1000)) // a commit per batch, not per report
        {
            _database.InTransaction(() =>
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
        _reports.DropIndex(nameof(StoredReport.Url));
    }
}
