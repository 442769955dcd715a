using System.Globalization;
using System.Text;

namespace RumourBot.Reports;

/// <summary>
/// Reads a report file: optional header lines (<c>Title:</c>, <c>Outlet:</c>, <c>Url:</c>, <c>Published:</c>
/// as YYYY-MM-DD), a blank line, then the article text. A file with no headers is all text.
/// </summary>
public static class ReportFileReader
{
    /// <summary>Files bigger than this are refused rather than read into memory.</summary>
    public const long MaxFileBytes = 20 * 1024 * 1024;

    private static readonly string[] HeaderNames = ["Title", "Outlet", "Url", "Published"];

    /// <exception cref="ReportFileException">The file is missing, unreadable, too big or not text.</exception>
    public static Report Read(string path)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists) throw new ReportFileException($"No such file: {path}");
            if (info.Length > MaxFileBytes) throw new ReportFileException($"{path} is {info.Length / 1024 / 1024} MB; reports are at most {MaxFileBytes / 1024 / 1024} MB.");
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new ReportFileException($"Cannot read {path}: {error.Message}");
        }
        if (Array.IndexOf(bytes, (byte)0) >= 0) throw new ReportFileException($"{path} is not a text file.");
        string content;
        try
        {
            content = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            throw new ReportFileException($"{path} is not UTF-8 text.");
        }
        return Parse(content, Path.GetFileNameWithoutExtension(path));
    }

    /// <summary>
    /// A report made of pasted text alone: lines that look like headers are part of the text, never a claim about
    /// the article's link, outlet or date (which would let a paste pass for a real article, whose copy is then skipped).
    /// </summary>
    public static Report FromText(string text, DateTimeOffset published)
    {
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        return new Report(TitleFromText(text, null), null, null, published, text);
    }

    public static Report Parse(string content, string? fallbackTitle = null)
    {
        content = content.Replace("\r\n", "\n", StringComparison.Ordinal);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var lines = content.Split('\n');
        var bodyStart = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length == 0) { if (headers.Count > 0) bodyStart = i + 1; break; }
            var colon = lines[i].IndexOf(':');
            var name = colon > 0 ? lines[i][..colon].Trim() : "";
            if (!HeaderNames.Contains(name, StringComparer.OrdinalIgnoreCase)) { headers.Clear(); break; }
            headers[name] = lines[i][(colon + 1)..].Trim();
            bodyStart = i + 1;
        }
        var text = string.Join('\n', lines.Skip(bodyStart)).Trim();
        var published = headers.TryGetValue("Published", out var date) && DateTimeOffset.TryParseExact(
            date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
            ? parsed
            : ArticleCleaner.FindDateStamp(text);
        var title = headers.GetValueOrDefault("Title") is { Length: > 0 } t ? t : TitleFromText(text, fallbackTitle);
        return new Report(title, Blank(headers.GetValueOrDefault("Outlet")), Blank(headers.GetValueOrDefault("Url")), published, text);
    }

    // With no headline, the first sentence stands in for one (cut to a readable length).
    private static string TitleFromText(string text, string? fallback)
    {
        var first = Text.SentenceSplitter.Split(ArticleCleaner.Clean(text)).FirstOrDefault()?.Text;
        if (string.IsNullOrEmpty(first)) return fallback ?? "Untitled report";
        if (first.Length <= 100) return first;
        var cut = first.LastIndexOf(' ', 97);
        return first[..(cut > 0 ? cut : 97)] + "…";
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
