using System.Text;
using SmartReader;

namespace RumourBot.Ingestion;

/// <summary>
/// The article in a web page, without its menus, adverts and footers: SmartReader (a port of Mozilla's Readability)
/// finds the main content. Only the HTML we already fetched is parsed; SmartReader fetches nothing itself here.
/// </summary>
public static class ArticleExtractor
{
    /// <summary>Longer articles are cut at a paragraph near this length: analysis cost grows with the text.</summary>
    public const int MaxCharacters = 30_000;

    /// <summary>The article, or null when the page has no readable article.</summary>
    /// <exception cref="TooDeepHtmlException">The page nests deeper than <see cref="HtmlNesting.MaxDepth"/>.</exception>
    public static ExtractedArticle? Extract(byte[] html, string? charset, Uri url)
    {
        var encoding = Encoding(charset);
        var page = encoding?.GetString(html);
        if (HtmlNesting.IsTooDeep(page ?? Markup(html))) throw new TooDeepHtmlException();
        using var reader = page is not null
            ? new Reader(url.AbsoluteUri, page)
            : new Reader(url.AbsoluteUri, new MemoryStream(html)); // AngleSharp reads the page's own <meta charset>
        reader.ContinueIfNotReadable = false;
        var article = reader.GetArticle();
        if (!article.IsReadable || string.IsNullOrWhiteSpace(article.TextContent)) return null;
        var text = Cut(HtmlText.Tidy(article.TextContent));
        return new ExtractedArticle(Blank(article.Title) is { } title ? InboundText.Title(title) : null, text, InboundText.Outlet(Blank(article.SiteName)), article.PublicationDate is { } date ? new DateTimeOffset(DateTime.SpecifyKind(date, DateTimeKind.Utc)) : null);
    }

    public static string Cut(string text)
    {
        if (text.Length <= MaxCharacters) return text;
        var paragraph = text.LastIndexOf("\n\n", MaxCharacters, StringComparison.Ordinal);
        return text[..(paragraph > MaxCharacters / 2 ? paragraph : MaxCharacters)];
    }

    // Tags are ASCII in every encoding a page declares in a <meta>, so Latin-1 reads them byte for byte; UTF-16 is
    // the exception, and says so with its byte-order mark.
    private static string Markup(byte[] html) => html switch
    {
        [0xFF, 0xFE, ..] => System.Text.Encoding.Unicode.GetString(html),
        [0xFE, 0xFF, ..] => System.Text.Encoding.BigEndianUnicode.GetString(html),
        _ => System.Text.Encoding.Latin1.GetString(html),
    };

    private static Encoding? Encoding(string? charset)
    {
        if (string.IsNullOrWhiteSpace(charset)) return null;
        try
        {
            return System.Text.Encoding.GetEncoding(charset.Trim('"', ' '));
        }
        catch (ArgumentException)
        {
            return null; // an unknown charset name: let the parser sniff the page instead
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
