using Microsoft.Extensions.Time.Testing;
using Npgsql;
using RumourBot.Reports;
using RumourBot.Rumours;
using RumourBot.Tests.Support;

namespace RumourBot.Tests.Rumours;

/// <summary>
/// The rumour store contract on PostgreSQL, and what only a shared database must hold: two processes importing the
/// same stories at once store each report once and grow each rumour by each report once.
/// </summary>
public sealed class PostgresRumourStoreTests(PostgresDatabase database) : RumourStoreContract, IClassFixture<PostgresDatabase>
{
    private static readonly DateTimeOffset Start = new(2027, 2, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly Lock _opening = new();
    private IRumourStore? _store;

    // The contract asks for the store from several threads at once: one store, and the tables emptied once.
    protected override IRumourStore Store
    {
        get
        {
            lock (_opening) return _store ??= New(database.FreshDataSource("reports", "rumours", "rumour_changes", "settings"));
        }
    }

    private static PostgresRumourStore New(NpgsqlDataSource source) => new(source);

    private static StoredReport Report(int n, string player) => new()
    {
        Id = $"report-{n}",
        Title = $"Report {n}",
        Url = $"https://touchline.example/{n}",
        UrlKey = StoredReport.UrlKeyFor($"https://touchline.example/{n}"),
        Published = Start.AddMinutes(n),
        ImportedAt = Start.AddMinutes(n),
        Origin = "test",
        Text = $"Story {n} about {player}.",
        Moves = [new Move(player, "Liverpool", ["Real Madrid"], null, MoveStatus.Talks)],
        // Distinct fingerprints, so each report is a story of its own on the rumour.
        Fingerprint = [n * 3, n * 3 + 1, n * 3 + 2],
    };

    private static IReadOnlyList<RumourUpdate> Updates(StoredReport report) =>
        [.. report.Moves.Select(move => new RumourUpdate(RumourKey.For(move).Single().Key, existing =>
        {
            var rumour = existing ?? new Rumour
            {
                Id = RumourKey.For(move).Single().Key,
                Player = move.Player,
                PlayerKey = RumourKey.Normalise(move.Player),
                FromClub = move.FromClub,
                ToClub = move.ToClubs[0],
            };
            rumour.AddReport(report, move);
            return rumour;
        }))];

    [SkippableFact]
    public async Task Two_processes_importing_the_same_stories_at_once_store_each_report_once_and_lose_no_story()
    {
        var stores = new[] { Store, New(database.OpenDataSource()) };
        // 40 reports on two players' rumours, imported in full by both processes (as two shards reading one feed).
        var reports = Enumerable.Range(1, 40).Select(n => Report(n, n % 2 == 0 ? "Trent Alexander-Arnold" : "Lukas Oberholz")).ToList();

        var stored = await Task.WhenAll(stores.Select((store, s) => Task.Run(() =>
            (s == 0 ? reports : Enumerable.Reverse(reports)).Count(report => store.Store(report, Updates(report)).Stored))));

        Assert.Equal(40, stored.Sum());
        Assert.Equal(40, stores[1].ReportCount);
        var rumours = stores[1].NewestFirst().ToList();
        Assert.Equal(2, rumours.Count);
        Assert.All(rumours, r => Assert.Equal(20, r.ReportCount));
        Assert.Equal(reports.Select(r => r.Id).Order(StringComparer.Ordinal),
            rumours.SelectMany(r => r.Stories).SelectMany(s => s.ReportIds).Order(StringComparer.Ordinal));
        Assert.Equal(40, stores[0].ChangesBetween(Start.AddDays(-1), Start.AddDays(1)).Count);
    }

    [SkippableFact]
    public void The_report_count_has_this_processs_reports_at_once_and_another_processs_once_counted_again()
    {
        var clock = new FakeTimeProvider(Start);
        var mine = new PostgresRumourStore(database.FreshDataSource("reports", "rumours", "rumour_changes", "settings"), clock);
        var theirs = New(database.OpenDataSource());
        Assert.Equal(0, mine.ReportCount);

        mine.Store(Report(1, "Lukas Oberholz"), Updates(Report(1, "Lukas Oberholz")));
        theirs.Store(Report(2, "Lukas Oberholz"), Updates(Report(2, "Lukas Oberholz")));
        Assert.Equal(1, mine.ReportCount);

        clock.Advance(PostgresRumourStore.CountFreshFor);
        Assert.Equal(2, mine.ReportCount);
    }

    [SkippableFact]
    public void Newest_first_reads_past_a_page_without_missing_or_repeating_a_rumour()
    {
        var reports = Enumerable.Range(1, 450).Select(n => Report(n, $"Player {n % 430}")).ToList();
        foreach (var report in reports) Store.Store(report, Updates(report));

        var players = Store.NewestFirst().Select(r => r.Player).ToList();

        Assert.Equal(430, players.Count);
        Assert.Equal(430, players.Distinct().Count());
        Assert.Equal("Player 20", players[0]); // report 450 is the newest
    }
}
