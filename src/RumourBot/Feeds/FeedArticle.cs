namespace RumourBot.Feeds;

/// <summary>One entry of a feed: an article's link, the feed's id for it, and what the feed says about it.</summary>
public sealed record FeedArticle(string? Guid, Uri? Link, string Title, string? Summary, DateTimeOffset? Published)
{
    /// <summary>What identifies the entry across checks: its guid (RSS) or id (Atom), else its link.</summary>
    public string? Key => Guid ?? Link?.AbsoluteUri;
}
