using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace RumourBot.Reports;

/// <summary>
/// The JSON contract of <c>analyze --json</c>: snake_case names, statuses as words, the main move first.
/// Kept apart from the domain records so the contract changes only on purpose.
/// </summary>
public static class AnalysisJson
{
    private static readonly AnalysisJsonContext Context = new(new JsonSerializerOptions
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // "£20m" stays readable; this JSON never goes into HTML
        WriteIndented = false,
    });

    public static string Serialize(ReportAnalysis analysis) => JsonSerializer.Serialize(ToDocument(analysis), Context.AnalysisDocument);

    public static AnalysisDocument ToDocument(ReportAnalysis analysis) => new(
        analysis.Title,
        analysis.Summary,
        analysis.Sources.Select(s => new SourceDocument(s.Name, s.Kind == Sources.SourceKind.Journalist ? "journalist" : "outlet", s.Tier)).ToList(),
        analysis.Moves.Select(m => new MoveDocument(
            m.Player,
            m.FromClub,
            m.ToClubs,
            FeeOf(m.Fee),
            m.Status.ToWireName(),
            m.IsLoan,
            m.BuyClause,
            FeeOf(m.ReleaseClause),
            new ConfidenceDocument(Round(m.Confidence.Player), Round(m.Confidence.FromClub), Round(m.Confidence.ToClub), Round(m.Confidence.Fee), Round(m.Confidence.Status)),
            m.FeeUnclear,
            m.Status == MoveStatus.Unknown)).ToList());

    private static double Round(double value) => Math.Round(value, 2);

    private static FeeDocument? FeeOf(Fee? fee) => fee is null
        ? null
        : new FeeDocument(fee.AmountMillions, fee.Currency, fee.Qualifier, fee.Text, fee.IsReleaseClause ? "release_clause" : "transfer_fee");

    public sealed record AnalysisDocument(
        [property: JsonPropertyName("title")] string Title,
        [property: JsonPropertyName("summary")] string Summary,
        [property: JsonPropertyName("sources")] IReadOnlyList<SourceDocument> Sources,
        [property: JsonPropertyName("moves")] IReadOnlyList<MoveDocument> Moves);

    public sealed record SourceDocument(
        [property: JsonPropertyName("name")] string Name,
        [property: JsonPropertyName("kind")] string Kind,
        [property: JsonPropertyName("tier")] int? Tier);

    public sealed record MoveDocument(
        [property: JsonPropertyName("player")] string Player,
        [property: JsonPropertyName("from_club")] string? FromClub,
        [property: JsonPropertyName("to_clubs")] IReadOnlyList<string> ToClubs,
        [property: JsonPropertyName("fee")] FeeDocument? Fee,
        [property: JsonPropertyName("status")] string Status,
        [property: JsonPropertyName("loan")] bool Loan,
        [property: JsonPropertyName("buy_clause")] string? BuyClause,
        [property: JsonPropertyName("release_clause")] FeeDocument? ReleaseClause,
        [property: JsonPropertyName("confidence")] ConfidenceDocument Confidence,
        [property: JsonPropertyName("fee_unclear")] bool FeeUnclear,
        [property: JsonPropertyName("status_unclear")] bool StatusUnclear);

    /// <summary>How sure the analysis is of each field, 0 to 1; a fee or status under 0.5 is withheld.</summary>
    public sealed record ConfidenceDocument(
        [property: JsonPropertyName("player")] double Player,
        [property: JsonPropertyName("from_club")] double FromClub,
        [property: JsonPropertyName("to_club")] double ToClub,
        [property: JsonPropertyName("fee")] double Fee,
        [property: JsonPropertyName("status")] double Status);

    public sealed record FeeDocument(
        [property: JsonPropertyName("amount_millions")] decimal AmountMillions,
        [property: JsonPropertyName("currency")] string? Currency,
        [property: JsonPropertyName("qualifier")] string? Qualifier,
        [property: JsonPropertyName("text")] string Text,
        [property: JsonPropertyName("kind")] string Kind);
}

[JsonSerializable(typeof(AnalysisJson.AnalysisDocument))]
internal sealed partial class AnalysisJsonContext : JsonSerializerContext;
