using System.Text.Json;

namespace RumourBot.Reports;

/// <summary>Opens the data files compiled into the app (Reports/Data/*.json).</summary>
internal static class EmbeddedData
{
    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private const string Prefix = "RumourBot.Reports.Data.";

    /// <summary>The embedded data files whose names start and end so ("clubs", ".json"), the shortest name first.</summary>
    public static IReadOnlyList<string> Names(string startsWith, string endsWith) =>
        typeof(EmbeddedData).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix + startsWith, StringComparison.Ordinal) && n.EndsWith(endsWith, StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..])
            .OrderBy(n => n.Length).ThenBy(n => n, StringComparer.Ordinal)
            .ToList();

    public static Stream Open(string fileName) =>
        typeof(EmbeddedData).Assembly.GetManifestResourceStream(Prefix + fileName)
        ?? throw new InvalidOperationException($"The data file {fileName} is not embedded in the app.");
}
