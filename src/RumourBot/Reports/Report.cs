namespace RumourBot.Reports;

/// <summary>A news article about transfers, as it reached us.</summary>
public sealed record Report(string Title, string? Outlet, string? Url, DateTimeOffset? Published, string Text);
