using System.Net;
using System.Text.RegularExpressions;

namespace RumourBot.Reports;

/// <summary>
/// Removes what is not the article's prose before analysis: photo credits ("(Photos by X/Getty Images)"),
/// date stamps, carriage returns and HTML entities that scraped and syndicated text keeps ("Marseille&amp;#039;s").
/// Photographers named in a credit are never mistaken for players.
/// </summary>
public static partial class ArticleCleaner
{
    public static string Clean(string text)
    {
        if (text.Contains('&', StringComparison.Ordinal)) text = WebUtility.HtmlDecode(text);
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        text = Credit().Replace(text, "");
        text = DateStamp().Replace(text, "");
        return text.Trim();
    }

    // Credits are lines of their own ("Additional reporting by the Press Association") or an agency after a dash that
    // ends a paragraph ("— AFP"): who supplied the words, not who the story cites.

    /// <summary>A leading "date 2025-01-02" stamp, as some scraped articles carry.</summary>
    public static DateTimeOffset? FindDateStamp(string text)
    {
        var match = DateStamp().Match(text);
        return match.Success && DateTimeOffset.TryParse(match.Groups["date"].Value, System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.AssumeUniversal, out var date) ? date : null;
    }

    [GeneratedRegex(@"\((?:(?:additional )?reporting|writing|editing)(?: by)?[^)\n]*\)|\((?:photos?|pictures?|images?|credit)(?: by)?:?[^)\n]*\)|^(?:photos?|pictures?|credit|image)(?: by)?:[^\n]*$|^[ \t]*(?:additional )?(?:reporting|writing|editing) by [^\n]{2,80}$|[ \t]+[-\u2013\u2014][ \t]*(?:AFP|Reuters|AP|PA|dpa|EFE|ANSA|Xinhua|Bernama|Yonhap|Kyodo|IANS|PTI)[ \t]*$|(?:[A-Z][\w.'-]*[ \t]+){0,3}[A-Z][\w.'-]*/(?:AFP|Getty Images|Reuters|AP|PA Images|PA|EPA|Shutterstock|Imago|Sportsfile|Action Images)(?:[ \t]+via[ \t]+Getty Images)?[ \t]*$",
        RegexOptions.IgnoreCase | RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex Credit();

    /// <summary>The agency of a wire dateline: "LISBON, Jan 12 (Meridian Wire) - Benfica have…".</summary>
    public static string? FindWireAgency(string text) =>
        Dateline().Match(text) is { Success: true } match ? match.Groups["agency"].Value.Trim() : null;

    [GeneratedRegex(@"^[A-Z][A-Z .'-]{2,}, [^(\n]{0,30}\((?<agency>[^)\n]{2,40})\) ?[-–—]", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex Dateline();

    // [ \t]*, not \s*: \s also eats line breaks, so on a text of blank lines every line start scanned to the end.
    [GeneratedRegex(@"^[ \t]*date:? (?<date>\d{4}-\d{2}-\d{2})\b", RegexOptions.IgnoreCase | RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex DateStamp();
}
