using RumourBot.Reports;
using RumourBot.Rumours;

namespace RumourBot.Tests.Rumours;

/// <summary>
/// What every <see cref="IRumourStore"/> must do, whatever the engine behind it: each engine's test class derives
/// from this and says how to open a fresh, empty store.
/// </summary>
public abstract class RumourStoreContract
{
    private static readonly DateTimeOffset Start = new(2027, 1, 10, 9, 0, 0, TimeSpan.Zero);

    /// <summary>A fresh, empty store; the same instance may be asked for again in one test.</summary>
    protected abstract IRumourStore Store { get; }

    private static StoredReport Report(string id, DateTimeOffset at, string? url = null, params Move[] moves) => new()
    {
        Id = id,
        Title = $"Report {id}",
        Outlet = "The Touchline",
        Url = url,
        UrlKey = url is null ? null : StoredReport.UrlKeyFor(url),
        Published = at,
        ImportedAt = at,
        Origin = "test",
        Text = $"Text of {id}.",
        Summary = $"Summary of {id}.",
        Moves = [.. moves],
    };

    private static Move Move(string player, string from, string to, MoveStatus status = MoveStatus.Talks) =>
        new(player, from, [to], null, status);

    // What the importer does: a new rumour from the move, or the stored one with this report added.
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

    private StoredReportResult Store_(StoredReport report) => Store.Store(report, Updates(report));

    [SkippableFact]
    public void A_stored_report_is_found_by_its_id_and_by_its_link()
    {
        var report = Report("r1", Start, "https://touchline.example/trent", Move("Trent Alexander-Arnold", "Liverpool", "Real Madrid"));

        var result = Store_(report);

        Assert.True(result.Stored);
        Assert.Equal("Report r1", Store.FindReport("r1")?.Title);
        Assert.Equal("r1", Store.FindReportByLinkKey(StoredReport.UrlKeyFor("https://touchline.example/trent"))?.Id);
        Assert.Null(Store.FindReport("r2"));
        Assert.Equal(1, Store.ReportCount);
    }

    [SkippableFact]
    public void The_same_report_again_writes_nothing_and_gives_back_the_stored_one()
    {
        var move = Move("Trent Alexander-Arnold", "Liverpool", "Real Madrid");
        Store_(Report("r1", Start, null, move));

        var sameId = Store_(Report("r1", Start.AddHours(1), null, move));
        var another = Store_(Report("r2", Start.AddHours(2), null, move));

        Assert.False(sameId.Stored);
        Assert.Equal(Start, sameId.Report.Published);
        Assert.Empty(sameId.Rumours);
        Assert.True(another.Stored);
        Assert.Equal(2, Store.ReportCount);
        Assert.Equal(2, Store.ChangesBetween(Start.AddDays(-1), Start.AddDays(1)).Count);
    }

    [SkippableFact]
    public void A_report_with_a_stored_link_under_another_id_is_not_stored_twice()
    {
        const string link = "https://touchline.example/oberholz";
        var move = Move("Lukas Oberholz", "Bayern Munich", "Arsenal");
        Store_(Report("r1", Start, link, move));

        var again = Store_(Report("r2", Start.AddHours(1), link, move));

        Assert.False(again.Stored);
        Assert.Equal("r1", again.Report.Id);
        Assert.Null(Store.FindReport("r2"));
        Assert.Equal(1, Store.ReportCount);
    }

    [SkippableFact]
    public void Reports_on_one_move_grow_one_rumour_and_log_each_change_with_the_status_before()
    {
        Store_(Report("r1", Start, null, Move("Trent Alexander-Arnold", "Liverpool", "Real Madrid", MoveStatus.Interest)));
        var second = Store_(Report("r2", Start.AddHours(3), null, Move("Trent Alexander-Arnold", "Liverpool", "Real Madrid", MoveStatus.Agreed)));

        var rumour = Assert.Single(second.Rumours);
        var stored = Store.FindRumour(rumour.Id);
        Assert.NotNull(stored);
        Assert.Equal(2, stored.ReportCount);
        Assert.Equal(MoveStatus.Agreed, stored.Status);
        Assert.Equal(Start.AddHours(3), stored.LastSeen);
        var changes = Store.ChangesBetween(Start.AddDays(-1), Start.AddDays(1)).OrderBy(c => c.At).ToList();
        Assert.Equal([null, MoveStatus.Interest], changes.Select(c => c.StatusBefore));
        Assert.Equal([MoveStatus.Interest, MoveStatus.Agreed], changes.Select(c => c.StatusAfter));
        Assert.All(changes, c => Assert.Equal(rumour.Id, c.RumourId));
    }

    [SkippableFact]
    public void A_failure_while_applying_a_report_leaves_nothing_of_it()
    {
        var report = Report("r1", Start, "https://touchline.example/a", Move("Trent Alexander-Arnold", "Liverpool", "Real Madrid"));
        var updates = Updates(report).Append(new RumourUpdate("broken", _ => throw new InvalidOperationException("analysis bug"))).ToList();

        Assert.Throws<InvalidOperationException>(() => Store.Store(report, updates));

        Assert.Null(Store.FindReport("r1"));
        Assert.Null(Store.FindReportByLinkKey(StoredReport.UrlKeyFor("https://touchline.example/a")));
        Assert.Empty(Store.NewestFirst());
        Assert.Empty(Store.ChangesBetween(Start.AddDays(-1), Start.AddDays(1)));
        Assert.Equal(0, Store.ReportCount);
        Assert.True(Store_(report).Stored); // and it can be stored afterwards
    }

    [SkippableFact]
    public void Rumours_come_newest_first_and_filter_by_player_and_club()
    {
        Store_(Report("r1", Start, null, Move("Trent Alexander-Arnold", "Liverpool", "Real Madrid")));
        Store_(Report("r2", Start.AddHours(1), null, Move("Lukas Oberholz", "Bayern Munich", "Arsenal")));
        Store_(Report("r3", Start.AddHours(2), null, Move("Trent Kone", "Lens", "Arsenal")));

        Assert.Equal(["Trent Kone", "Lukas Oberholz", "Trent Alexander-Arnold"], Store.NewestFirst().Select(r => r.Player));
        Assert.Equal(["Trent Kone", "Lukas Oberholz"], Store.Latest(new RumourFilter(), 2).Select(r => r.Player));
        Assert.Equal(["Trent Kone", "Trent Alexander-Arnold"], Store.Latest(new RumourFilter(PlayerKeyPart: "trent"), 10).Select(r => r.Player));
        Assert.Equal(["Trent Kone", "Lukas Oberholz"], Store.Latest(new RumourFilter(Club: "Arsenal"), 10).Select(r => r.Player));
        Assert.Equal(["Lukas Oberholz"], Store.Latest(new RumourFilter(Club: "Bayern Munich"), 10).Select(r => r.Player));
        Assert.Equal(["Trent Alexander-Arnold"], Store.Latest(new RumourFilter(ClubText: "Madr"), 10).Select(r => r.Player));
        Assert.Equal(["Trent Kone"], Store.Latest(new RumourFilter(PlayerKeyPart: "trent", Club: "Arsenal"), 10).Select(r => r.Player));
    }

    [SkippableFact]
    public void A_players_rumours_are_found_by_the_whole_key_or_a_part_of_it()
    {
        Store_(Report("r1", Start, null, Move("Trent Alexander-Arnold", "Liverpool", "Real Madrid")));
        Store_(Report("r2", Start.AddHours(1), null, Move("Trent Alexander-Arnold", "Liverpool", "Bayern Munich")));
        Store_(Report("r3", Start.AddHours(2), null, Move("Lukas Oberholz", "Bayern Munich", "Arsenal")));

        Assert.Equal(2, Store.OfPlayer(RumourKey.Normalise("Trent Alexander-Arnold")).Count);
        Assert.Empty(Store.OfPlayer("alexander"));
        Assert.Equal(2, Store.OfPlayersMatching("alexander").Count);
        Assert.Equal(
            ["Lukas Oberholz", "Trent Alexander-Arnold"],
            Store.PlayersSeen().Select(p => p.Player).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(Start.AddHours(2), Store.PlayersSeen().Single(p => p.Player == "Lukas Oberholz").LastSeen);
    }

    [SkippableFact]
    public void Changes_are_read_after_the_start_of_a_window_up_to_and_including_its_end()
    {
        for (var hour = 0; hour < 4; hour++)
        {
            Store_(Report($"r{hour}", Start.AddHours(hour), null, Move($"Player {hour}", "Lens", "Arsenal")));
        }

        var changes = Store.ChangesBetween(Start.AddHours(1), Start.AddHours(3));

        Assert.Equal(["r2", "r3"], changes.Select(c => c.ReportId).Order(StringComparer.Ordinal));
    }

    [SkippableFact]
    public void A_setting_is_kept_and_can_be_changed()
    {
        Assert.Null(Store.Setting("submit-access:1"));

        Store.SaveSetting("submit-access:1", "moderators");
        Store.SaveSetting("submit-access:2", "everyone");
        Store.SaveSetting("submit-access:1", "role:5:Ultras");

        Assert.Equal("role:5:Ultras", Store.Setting("submit-access:1"));
        Assert.Equal("everyone", Store.Setting("submit-access:2"));
    }

    [SkippableFact]
    public async Task The_same_story_imported_at_once_from_many_threads_is_stored_once()
    {
        var move = Move("Trent Alexander-Arnold", "Liverpool", "Real Madrid");
        using var go = new ManualResetEventSlim();
        var attempts = Enumerable.Range(0, 8).Select(i => Task.Run(() =>
        {
            go.Wait();
            return Store_(Report("same", Start.AddMinutes(i), "https://touchline.example/same", move)).Stored;
        })).ToList();

        go.Set();
        var stored = await Task.WhenAll(attempts);

        Assert.Equal(1, stored.Count(s => s));
        Assert.Equal(1, Store.ReportCount);
        Assert.Equal(1, Store.FindRumour(RumourKey.For(move).Single().Key)?.ReportCount);
        Assert.Single(Store.ChangesBetween(Start.AddDays(-1), Start.AddDays(1)));
    }
}
