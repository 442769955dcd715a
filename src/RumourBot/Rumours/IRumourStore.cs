using RumourBot.Reports;

namespace RumourBot.Rumours;

/// <summary>
/// Where reports, the rumours they feed, the rumours' change log and the rumour features' settings are kept. Other
/// features ask for rumours through this (or through <see cref="RumourBook"/>), never through the storage behind it.
/// </summary>
public interface IRumourStore
{
    /// <summary>How many reports are stored.</summary>
    int ReportCount { get; }

    StoredReport? FindReport(string id);

    /// <summary>The stored report whose link has this key (<see cref="StoredReport.UrlKeyFor"/>), if any.</summary>
    StoredReport? FindReportByLinkKey(string urlKey);

    /// <summary>
    /// Stores the report and applies it to its rumours, each change logged, as one transaction: all of it lands or none
    /// of it. When a report with the same id or link is already stored (another import won the race), nothing is
    /// written and the result carries that report.
    /// </summary>
    StoredReportResult Store(StoredReport report, IReadOnlyList<RumourUpdate> updates);

    Rumour? FindRumour(string id);

    /// <summary>Rumours, most recently seen first, read lazily: stop reading when you have enough.</summary>
    IEnumerable<Rumour> NewestFirst();

    /// <summary>Up to <paramref name="count"/> rumours that pass <paramref name="filter"/>, most recently seen first.</summary>
    IReadOnlyList<Rumour> Latest(RumourFilter filter, int count);

    /// <summary>The rumours whose player key is exactly <paramref name="playerKey"/>.</summary>
    IReadOnlyList<Rumour> OfPlayer(string playerKey);

    /// <summary>The rumours whose player key contains <paramref name="part"/>.</summary>
    IReadOnlyList<Rumour> OfPlayersMatching(string part);

    /// <summary>Each rumour's player and when he was last seen, for the autocomplete index.</summary>
    IEnumerable<(string Player, DateTimeOffset LastSeen)> PlayersSeen();

    /// <summary>What reports did to rumours after <paramref name="since"/>, up to and including <paramref name="until"/>.</summary>
    IReadOnlyList<RumourChange> ChangesBetween(DateTimeOffset since, DateTimeOffset until);

    string? Setting(string key);

    void SaveSetting(string key, string value);
}
