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
            m.Fee is null ? null : new FeeDocument(m.Fee.AmountMillions, m.Fee.Currency, m.Fee.Qualifier, m.Fee.Text),
            m.Status.ToWireName())).ToList());

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
        [property: JsonPropertyName("status")] string Status);

    public sealed record FeeDocument(
        [property: JsonPropertyName("amount_millions")] decimal AmountMillions,
        [property: JsonPropertyName("currency")] string? Currency,
        [property: JsonPropertyName("qualifier")] string? Qualifier,
        [property: JsonPropertyName("text")] string Text);
}

[JsonSerializable(typeof(AnalysisJson.AnalysisDocument))]
internal sealed partial class AnalysisJsonContext : JsonSerializerContext;
