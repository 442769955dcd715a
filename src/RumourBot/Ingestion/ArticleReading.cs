using RumourBot.Reports;

namespace RumourBot.Ingestion;

/// <summary>
/// The report read from a link, or why there is none. <see cref="Problem"/> is also set when the report was made
/// from the feed's summary because the article itself could not be fetched or read.
/// </summary>
public sealed record ArticleReading(Report? Report, string? Problem, bool FromSummary = false);
