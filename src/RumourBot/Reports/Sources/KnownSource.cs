namespace RumourBot.Reports.Sources;

/// <summary>An entry of Data/sources.json: a source we hold a credibility tier for, and why.</summary>
public sealed class KnownSource
{
    public string Name { get; set; } = "";
    public SourceKind Kind { get; set; }
    public int Tier { get; set; }
    public string? Outlet { get; set; }
    public List<string> Aliases { get; set; } = [];
    public string Reason { get; set; } = "";

    public CitedSource ToCited() => new(Name, Kind, Tier);
}
