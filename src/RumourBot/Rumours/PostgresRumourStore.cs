using Npgsql;
using RumourBot.Reports;
using RumourBot.Storage;

namespace RumourBot.Rumours;

/// <summary>
/// Reports, rumours, their change log and settings in PostgreSQL (see <see cref="PostgresRumourSchema"/>). Storing a
/// report is one transaction: the report goes in with ON CONFLICT DO NOTHING (another process that stored the same
/// id or link first wins, and this one gets its report back), then each rumour it feeds is created if missing and
/// locked (SELECT … FOR UPDATE) before it is read, changed and written, so two processes growing one rumour take turns.
/// </summary>
public sealed class PostgresRumourStore(NpgsqlDataSource source, TimeProvider? time = null) : IRumourStore
{
    private const int Page = 200;

    /// <summary>How long a counted number of reports is used before counting again (other processes store reports too).</summary>
    public static readonly TimeSpan CountFreshFor = TimeSpan.FromSeconds(10);

    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly Lock _countLock = new();
    private (int Count, long CountedAt)? _count;

    private const string Rumour = "SELECT doc FROM rumours WHERE doc IS NOT NULL";

    private const string Filtered = """
        SELECT doc FROM rumours
        WHERE doc IS NOT NULL
          AND ($1::text IS NULL OR strpos(player_key, $1) > 0)
          AND ($2::text IS NULL OR to_club = $2 OR from_club = $2)
          AND ($3::text IS NULL OR strpos(to_club, $3) > 0 OR strpos(from_club, $3) > 0)
        ORDER BY last_seen DESC, id DESC
        LIMIT $4
        """;

    /// <summary>
    /// Counting 100,000 rows per /rumours latest put its p99 past 50 ms, so a count is used for
    /// <see cref="CountFreshFor"/>, with this process's own stored reports added as they commit.
    /// </summary>
    public int ReportCount
    {
        get
        {
            lock (_countLock)
            {
                if (_count is { } kept && _time.GetElapsedTime(kept.CountedAt) < CountFreshFor) return kept.Count;
            }
            var counted = (int)(source.Sql("SELECT count(*) FROM reports").Scalar<long>() ?? 0);
            lock (_countLock) _count = (counted, _time.GetTimestamp());
            return counted;
        }
    }

    public StoredReport? FindReport(string id) => source.Sql("SELECT doc FROM reports WHERE id = $1", id).Document<StoredReport>();

    public StoredReport? FindReportByLinkKey(string urlKey) => source.Sql("SELECT doc FROM reports WHERE url_key = $1", urlKey).Document<StoredReport>();

    public StoredReportResult Store(StoredReport report, IReadOnlyList<RumourUpdate> updates)
    {
        using var connection = source.OpenConnection();
        using (var transaction = connection.BeginTransaction())
        {
            // Waits for another transaction inserting the same id or link, then does nothing if that one committed.
            var inserted = connection.Sql("INSERT INTO reports (id, url_key, published, doc) VALUES ($1, $2, $3, $4::jsonb) ON CONFLICT DO NOTHING",
                report.Id, report.UrlKey, report.Published, PostgresJson.Write(report)).Run();
            if (inserted == 1)
            {
                var rumours = Apply(connection, report, updates);
                transaction.Commit();
                lock (_countLock)
                {
                    if (_count is { } kept) _count = (kept.Count + 1, kept.CountedAt);
                }
                return new StoredReportResult(true, report, rumours);
            }
        }
        var stored = FindReport(report.Id) ?? (report.UrlKey is { } key ? FindReportByLinkKey(key) : null);
        return new StoredReportResult(false, stored ?? report, []);
    }

    // Locks every rumour first, in id order (two reports feeding the same rumours never wait for each other in a
    // circle), then applies the updates in the order given.
    private static List<Rumour> Apply(NpgsqlConnection connection, StoredReport report, IReadOnlyList<RumourUpdate> updates)
    {
        var current = new Dictionary<string, Rumour?>(StringComparer.Ordinal);
        foreach (var id in updates.Select(u => u.RumourId).Distinct().Order(StringComparer.Ordinal))
        {
            connection.Sql("INSERT INTO rumours (id) VALUES ($1) ON CONFLICT (id) DO NOTHING", id).Run();
            current[id] = connection.Sql("SELECT doc FROM rumours WHERE id = $1 FOR UPDATE", id).Document<Rumour>(); // null: new
        }
        var changed = new List<Rumour>(updates.Count);
        foreach (var update in updates)
        {
            var existing = current[update.RumourId];
            var statusBefore = existing?.Status;
            var rumour = update.Apply(existing);
            current[update.RumourId] = rumour;
            connection.Sql("UPDATE rumours SET player = $2, player_key = $3, from_club = $4, to_club = $5, last_seen = $6, doc = $7::jsonb WHERE id = $1",
                update.RumourId, rumour.Player, rumour.PlayerKey, rumour.FromClub, rumour.ToClub, rumour.LastSeen, PostgresJson.Write(rumour)).Run();
            var change = RumourChange.Of(rumour, report, statusBefore);
            connection.Sql("INSERT INTO rumour_changes (at, doc) VALUES ($1, $2::jsonb)", change.At, PostgresJson.Write(change)).Run();
            changed.Add(rumour);
        }
        return changed;
    }

    public Rumour? FindRumour(string id) => source.Sql($"{Rumour} AND id = $1", id).Document<Rumour>();

    // A page at a time, newest first, from where the last page ended: cheap when the reader stops early.
    public IEnumerable<Rumour> NewestFirst()
    {
        DateTimeOffset? lastSeen = null;
        string? lastId = null;
        while (true)
        {
            var page = new List<(Rumour Rumour, DateTimeOffset LastSeen, string Id)>(Page);
            using (var command = source.Sql("""
                SELECT doc, last_seen, id FROM rumours
                WHERE doc IS NOT NULL AND ($1::timestamptz IS NULL OR (last_seen, id) < ($1, $2::text))
                ORDER BY last_seen DESC, id DESC LIMIT $3
                """, lastSeen, lastId, Page))
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read()) page.Add((PostgresJson.Read<Rumour>(reader.GetString(0)), reader.GetFieldValue<DateTimeOffset>(1), reader.GetString(2)));
            }
            foreach (var row in page) yield return row.Rumour;
            if (page.Count < Page) yield break;
            (lastSeen, lastId) = (page[^1].LastSeen, page[^1].Id);
        }
    }

    public IReadOnlyList<Rumour> Latest(RumourFilter filter, int count) =>
        source.Sql(Filtered, filter.PlayerKeyPart, filter.Club, filter.ClubText, count).Documents<Rumour>();

    public IReadOnlyList<Rumour> OfPlayer(string playerKey) => source.Sql($"{Rumour} AND player_key = $1", playerKey).Documents<Rumour>();

    public IReadOnlyList<Rumour> OfPlayersMatching(string part) => source.Sql($"{Rumour} AND strpos(player_key, $1) > 0", part).Documents<Rumour>();

    // Two columns of each rumour, not the whole document with its stories.
    public IEnumerable<(string Player, DateTimeOffset LastSeen)> PlayersSeen()
    {
        using var command = source.Sql("SELECT player, last_seen FROM rumours WHERE doc IS NOT NULL");
        using var reader = command.ExecuteReader();
        var players = new List<(string, DateTimeOffset)>();
        while (reader.Read()) players.Add((reader.GetString(0), reader.GetFieldValue<DateTimeOffset>(1)));
        return players;
    }

    public IReadOnlyList<RumourChange> ChangesBetween(DateTimeOffset since, DateTimeOffset until) =>
        source.Sql("SELECT doc || jsonb_build_object('Id', id) FROM rumour_changes WHERE at > $1 AND at <= $2 ORDER BY id", since, until).Documents<RumourChange>();

    public string? Setting(string key)
    {
        using var command = source.Sql("SELECT value FROM settings WHERE id = $1", key);
        return command.ExecuteScalar() as string;
    }

    public void SaveSetting(string key, string value) =>
        source.Sql("INSERT INTO settings (id, value) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET value = excluded.value", key, value).Run();
}
