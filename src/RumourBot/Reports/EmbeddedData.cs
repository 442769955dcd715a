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

    public static Stream Open(string fileName) =>
        typeof(EmbeddedData).Assembly.GetManifestResourceStream($"RumourBot.Reports.Data.{fileName}")
        ?? throw new InvalidOperationException($"The data file {fileName} is not embedded in the app.");
}
