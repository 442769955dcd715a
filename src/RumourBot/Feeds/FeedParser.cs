using System.Globalization;
using System.ServiceModel.Syndication;
using System.Xml;
using RumourBot.Fetching;
using RumourBot.Ingestion;

namespace RumourBot.Feeds;

/// <summary>
/// Reads RSS 2.0 and Atom 1.0 with System.ServiceModel.Syndication, through <see cref="SafeXml"/> (no DTD, no
/// entities, no resolver). Dates the strict formatters reject (feeds in the wild write many shapes) are read
/// leniently or left unknown rather than failing the whole feed.
/// </summary>
public static class FeedParser
{
    public static bool TryParse(byte[] body, Uri feedUrl, out ParsedFeed feed, out string problem)
    {
        feed = null!;
        problem = "";
        try
        {
            using var stream = new MemoryStream(body, writable: false);
            using var reader = SafeXml.CreateReader(stream);
            reader.MoveToContent();
            SyndicationFeedFormatter formatter = Lenient(new Rss20FeedFormatter { PreserveElementExtensions = false });
            if (!formatter.CanRead(reader))
            {
                formatter = Lenient(new Atom10FeedFormatter { PreserveElementExtensions = false });
                if (!formatter.CanRead(reader))
                {
                    problem = $"{feedUrl.Host} did not send an RSS or Atom feed (the document starts with <{reader.LocalName}>).";
                    return false;
                }
            }
            formatter.ReadFrom(reader);
            feed = ToFeed(formatter.Feed, feedUrl);
            return true;
        }
        catch (XmlException error) when (error.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase))
        {
            problem = LooksLikeWebPage(body)
                ? $"{feedUrl.Host} sent a web page, not an RSS or Atom feed; look on the site for its feed link (often /feed or /rss)."
                : $"The feed at {feedUrl.Host} declares a DTD, which is refused: feeds with entity declarations are not read.";
        }
        catch (XmlException error)
        {
            problem = $"The feed at {feedUrl.Host} is not well-formed XML ({error.Message})";
        }
        return false;
    }

    // An HTML page starts with <!DOCTYPE html>, which the reader refuses like any DTD: say what it really is.
    private static bool LooksLikeWebPage(byte[] body)
    {
        var start = System.Text.Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 256)).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return start.StartsWith("<!DOCTYPE html", StringComparison.OrdinalIgnoreCase) || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
    }

    private static ParsedFeed ToFeed(SyndicationFeed feed, Uri feedUrl)
    {
        // Everything the feed says is cut on the way in (see InboundText): a feed can send megabytes in any field.
        var articles = feed.Items.Select(item => new FeedArticle(
                InboundText.Key(Blank(item.Id)),
                Link(item, feedUrl),
                InboundText.Title(Blank(item.Title?.Text) ?? "Untitled"),
                Summary(Blank((item.Summary ?? item.Content as TextSyndicationContent)?.Text)),
                Known(item.PublishDate) ?? Known(item.LastUpdatedTime)))
            .ToList();
        return new ParsedFeed(InboundText.Title(Blank(feed.Title?.Text) ?? feedUrl.Host), articles);
    }

    // The article's own page: an Atom "alternate" link, else the first link; relative links resolve against the feed.
    private static Uri? Link(SyndicationItem item, Uri feedUrl)
    {
        var link = item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate") ?? item.Links.FirstOrDefault();
        if (link?.Uri is not { } uri) return null;
        var absolute = uri.IsAbsoluteUri ? uri : new Uri(link.BaseUri ?? feedUrl, uri);
        return WebLink.IsWebScheme(absolute) && absolute.AbsoluteUri.Length <= InboundText.MaxLink ? WebLink.WithoutFragment(absolute) : null;
    }

    // The summary's markup is cut where HtmlText would cut it, so the rest is not held while the feed is read.
    private static string? Summary(string? html) => html is { Length: > HtmlText.MaxHtmlCharacters } ? html[..HtmlText.MaxHtmlCharacters] : html;

    // The formatters' own RFC 822 / RFC 3339 readers first, then any date .NET reads; a date neither reads becomes
    // "unknown" (MinValue) instead of failing the whole feed, as returning false would.
    private static T Lenient<T>(T formatter) where T : SyndicationFeedFormatter
    {
        var strict = formatter.DateTimeParser;
        formatter.DateTimeParser = (XmlDateTimeData data, out DateTimeOffset date) =>
        {
            if (strict(data, out date)) return true;
            if (DateTimeOffset.TryParse(data.DateTimeString, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out date)) return true;
            date = DateTimeOffset.MinValue;
            return true;
        };
        return formatter;
    }

    private static DateTimeOffset? Known(DateTimeOffset date) => date == default || date == DateTimeOffset.MinValue ? null : date;

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
