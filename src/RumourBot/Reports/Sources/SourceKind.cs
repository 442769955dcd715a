namespace RumourBot.Reports.Sources;

/// <summary>Who a report cites: a publication or broadcaster, or a named reporter.</summary>
public enum SourceKind
{
    Outlet,
    Journalist,
}
