namespace RumourBot.Feeds;

/// <summary>Where feed subscriptions and the articles each has listed are kept.</summary>
public interface IFeedStore
{
    /// <summary>A server's subscriptions, in no particular order.</summary>
    IReadOnlyList<FeedSubscription> InGuild(ulong guildId);

    FeedSubscription? Find(string id);

    /// <summary>Stores a new subscription; false when one with that id is already there.</summary>
    bool TryAdd(FeedSubscription feed);

    /// <summary>Removes the subscription and the articles it listed, as one transaction.</summary>
    bool Remove(string id);

    /// <summary>Stores the subscription's changed health and schedule; false when it has been removed.</summary>
    bool Update(FeedSubscription feed);

    /// <summary>Subscriptions whose next check is at or before <paramref name="now"/>, the longest-waiting first.</summary>
    IReadOnlyList<FeedSubscription> DueBy(DateTimeOffset now);

    /// <summary>The earliest next check of any subscription, or null with none.</summary>
    DateTimeOffset? NextDue();

    /// <summary>Every article this subscription has listed.</summary>
    IReadOnlyList<SeenFeedArticle> ArticlesOf(string feedId);

    void RecordArticle(SeenFeedArticle article);

    /// <summary>Forgets the articles a subscription listed.</summary>
    void ForgetArticles(string feedId);

    /// <summary>A server's articles imported as backfill, stored, and seen at or after <paramref name="since"/>.</summary>
    IReadOnlyList<SeenFeedArticle> BackfillStoredSince(ulong guildId, DateTimeOffset since);
}
