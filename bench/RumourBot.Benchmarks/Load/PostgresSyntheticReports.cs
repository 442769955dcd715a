using Npgsql;
using NpgsqlTypes;
using RumourBot.Reports;
using RumourBot.Rumours;
using RumourBot.Storage;

namespace RumourBot.Benchmarks.Load;

/// <summary>The synthetic reports of <see cref="SyntheticReports"/>, written into PostgreSQL's tables with binary COPY.</summary>
public static class PostgresSyntheticReports
{
    public static void Fill(NpgsqlDataSource source, int count)
    {
        using var connection = source.OpenConnection();
        var rumours = SyntheticReports.Generate(count, (reports, changes) =>
        {
            using (var writer = connection.BeginBinaryImport("COPY reports (id, url_key, published, doc) FROM STDIN (FORMAT BINARY)"))
            {
                foreach (var report in reports)
                {
                    writer.StartRow();
                    writer.Write(report.Id, NpgsqlDbType.Text);
                    writer.Write(report.UrlKey, NpgsqlDbType.Text);
                    writer.Write(report.Published.ToUniversalTime(), NpgsqlDbType.TimestampTz);
                    writer.Write(PostgresJson.Write(report), NpgsqlDbType.Jsonb);
                }
                writer.Complete();
            }
            using (var writer = connection.BeginBinaryImport("COPY rumour_changes (at, doc) FROM STDIN (FORMAT BINARY)"))
            {
                foreach (var change in changes)
                {
                    writer.StartRow();
                    writer.Write(change.At.ToUniversalTime(), NpgsqlDbType.TimestampTz);
                    writer.Write(PostgresJson.Write(change), NpgsqlDbType.Jsonb);
                }
                writer.Complete();
            }
        });
        using (var writer = connection.BeginBinaryImport("COPY rumours (id, player, player_key, from_club, to_club, last_seen, doc) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var rumour in rumours)
            {
                writer.StartRow();
                writer.Write(rumour.Id, NpgsqlDbType.Text);
                writer.Write(rumour.Player, NpgsqlDbType.Text);
                writer.Write(rumour.PlayerKey, NpgsqlDbType.Text);
                writer.Write(rumour.FromClub, NpgsqlDbType.Text);
                writer.Write(rumour.ToClub, NpgsqlDbType.Text);
                writer.Write(rumour.LastSeen.ToUniversalTime(), NpgsqlDbType.TimestampTz);
                writer.Write(PostgresJson.Write(rumour), NpgsqlDbType.Jsonb);
            }
            writer.Complete();
        }
        new PostgresRumourStore(source).SaveSetting("seeds-imported", "load harness");
        using var analyze = new NpgsqlCommand("VACUUM ANALYZE", connection); // as autovacuum would soon after a bulk load
        analyze.ExecuteNonQuery();
    }
}
