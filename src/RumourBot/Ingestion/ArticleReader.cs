using RumourBot.Fetching;
using RumourBot.Reports;

namespace RumourBot.Ingestion;

/// <summary>
/// Turns a link into a report: fetches the page safely, extracts the article's text with SmartReader, and falls
/// back to the feed's summary when the page cannot be fetched or holds no readable article.
/// </summary>
public sealed class ArticleReader(SafeHttpFetcher fetcher)
{
    public const string Accept = "text/html, application/xhtml+xml;q=0.9, */*;q=0.1";

    /// <summary>Shorter than this, an extracted "article" is a cookie wall or a teaser, and the summary may be better.</summary>
    public const int MinArticleCharacters = 200;

    public async Task<ArticleReading> ReadAsync(Uri link, ArticleFallback? fallback, CancellationToken cancellationToken)
    {
        var fetched = await fetcher.FetchAsync(link, Accept, conditions: null, cancellationToken);
        string problem;
        ExtractedArticle? article = null;
        if (!fetched.IsFetched)
        {
            problem = fetched.Problem ?? "The page could not be fetched.";
        }
        else if (!IsWebPage(fetched.MediaType))
        {
            problem = $"{link.Host} sent {fetched.MediaType}, not a web page.";
        }
        else if (TooDeep(fetched, ref article))
        {
            problem = $"The page at {link.Host} nests its HTML more than {HtmlNesting.MaxDepth} levels deep, which no real article does; it was refused.";
        }
        else if (article is null)
        {
            problem = $"No article could be found in the page at {link.Host}.";
        }
        else if (article.Text.Length < MinArticleCharacters && SummaryText(fallback).Length > article.Text.Length)
        {
            problem = $"The page at {link.Host} holds only {article.Text.Length} characters of article.";
        }
        else
        {
            var title = fallback?.Title ?? article.Title ?? link.Host;
            return new ArticleReading(new Report(title, article.SiteName ?? fallback?.Outlet, link.AbsoluteUri, fallback?.Published ?? article.Published, article.Text), null);
        }

        var summary = SummaryText(fallback);
        if (summary.Length == 0) return new ArticleReading(null, problem);
        var fromSummary = new Report(fallback!.Title ?? link.Host, fallback.Outlet, link.AbsoluteUri, fallback.Published, summary);
        return new ArticleReading(fromSummary, problem, FromSummary: true);
    }

    // Extracts the article; true when the page was refused for its depth instead.
    private static bool TooDeep(FetchResult fetched, ref ExtractedArticle? article)
    {
        try
        {
            article = ArticleExtractor.Extract(fetched.Body, fetched.Charset, fetched.Url);
            return false;
        }
        catch (TooDeepHtmlException)
        {
            return true;
        }
    }

    /// <exception cref="TooDeepHtmlException">The feed's summary nests too deep (the feed item is refused).</exception>
    private static string SummaryText(ArticleFallback? fallback) =>
        fallback?.Summary is { Length: > 0 } html ? ArticleExtractor.Cut(HtmlText.ToPlainText(html)) : "";

    private static bool IsWebPage(string? mediaType) =>
        mediaType is null || mediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase)
        || mediaType.Equals("application/xhtml+xml", StringComparison.OrdinalIgnoreCase)
        || mediaType.Equals("text/plain", StringComparison.OrdinalIgnoreCase);
}
