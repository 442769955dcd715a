using RumourBot.Reports;
using RumourBot.Reports.Sources;
using RumourBot.Rumours;
using RumourBot.Storage;

namespace RumourBot.Benchmarks.Load;

/// <summary>
/// Fills a database with many stored reports and their rumours quickly, without running the analyser on each
/// (its throughput is measured by AnalysisBenchmarks): variations of real analyses of the bundled seeds.
/// </summary>
public static class SyntheticReports
{
    /// <summary>When the last of <paramref name="count"/> reports was published and imported (one a minute from 1 January 2025).</summary>
    public static DateTimeOffset LastReportAt(int count) => Start.AddMinutes(count - 1);

    private static readonly DateTimeOffset Start = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <returns>The rumour store over the filled file.</returns>
    public static LiteDbRumourStore Fill(RumourDatabase database, int count)
    {
        var store = new LiteDbRumourStore(database); // maps the types as the bot does
        var reportsCollection = database.Collection<StoredReport>(LiteDbRumourStore.ReportsCollection);
        var changesCollection = database.Collection<RumourChange>(LiteDbRumourStore.ChangesCollection);
        var rumours = Generate(count, (reports, changes) =>
        {
            reportsCollection.InsertBulk(reports);
            changesCollection.InsertBulk(changes);
        });
        database.Collection<Rumour>(LiteDbRumourStore.RumoursCollection).InsertBulk(rumours);
        store.SaveSetting("seeds-imported", "load harness");
        return store;
    }

    /// <summary>
    /// Makes <paramref name="count"/> reports with their rumours and change log, handing them to <paramref name="store"/>
    /// 10,000 at a time; returns the rumours, complete, once every report is made.
    /// </summary>
    public static ICollection<Rumour> Generate(int count, Action<List<StoredReport>, List<RumourChange>> store)
    {
        var seeds = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt")
            .Select(ReportFileReader.Read)
            .Select(report => (Report: report, Analysis: ReportAnalyzer.Default.Analyze(report)))
            .Where(s => s.Analysis.Moves.Count > 0)
            .ToList();
        var start = Start;
        var rumours = new Dictionary<string, Rumour>();
        var batch = new List<StoredReport>(10_000);
        var changes = new List<RumourChange>(10_000);
        for (var i = 0; i < count; i++)
        {
            var (report, analysis) = seeds[i % seeds.Count];
            // Spread the reports over 5,000 players so rumours get a realistic number of stories each.
            var suffix = $" {i % 5000}";
            var moves = analysis.Moves.Select(m => m with { Player = m.Player + suffix }).ToList();
            var stored = new StoredReport
            {
                Id = $"synthetic-{i}",
                Title = analysis.Title + suffix,
                Outlet = report.Outlet,
                Published = start.AddMinutes(i),
                ImportedAt = start.AddMinutes(i),
                Origin = "load harness",
                Text = analysis.Summary,
                Summary = analysis.Summary,
                Sources = [.. analysis.Sources],
                Moves = moves,
                Fingerprint = TextFingerprint.Compute(analysis.Summary + suffix + i),
            };
            batch.Add(stored);
            foreach (var move in moves)
            {
                foreach (var (key, toClub) in RumourKey.For(move))
                {
                    MoveStatus? before = null;
                    if (!rumours.TryGetValue(key, out var rumour))
                    {
                        rumours[key] = rumour = new Rumour { Id = key, Player = move.Player, PlayerKey = RumourKey.Normalise(move.Player), FromClub = move.FromClub, ToClub = toClub };
                    }
                    else
                    {
                        before = rumour.Status;
                    }
                    rumour.AddReport(stored, move);
                    changes.Add(RumourChange.Of(rumour, stored, before)); // the change log the importer writes, for digests
                }
            }
            if (batch.Count == batch.Capacity)
            {
                store(batch, changes);
                batch.Clear();
                changes.Clear();
            }
        }
        store(batch, changes);
        return rumours.Values;
    }
}
