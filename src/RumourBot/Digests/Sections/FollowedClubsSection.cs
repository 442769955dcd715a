using Humanizer;
using RumourBot.Following;

namespace RumourBot.Digests.Sections;

/// <summary>
/// First in a digest of a server that follows clubs: each followed club's news of the window (how many of its rumours
/// moved, new ones, status changes, and its most reported one). Nothing when the server follows no clubs.
/// </summary>
public sealed class FollowedClubsSection : IDigestSection
{
    public ComposedSection? Compose(DigestContext context)
    {
        if (context.FollowedClubs.Count == 0) return null;
        var entries = new List<string>();
        foreach (var club in context.FollowedClubs.Order(StringComparer.OrdinalIgnoreCase))
        {
            var news = context.Rumours.Where(n => ClubFollows.Involves(new HashSet<string>([club], StringComparer.OrdinalIgnoreCase), n.FromClub, n.ToClub)).ToList();
            if (news.Count == 0) continue;
            var top = news.OrderByDescending(n => n.Reports).ThenByDescending(n => n.LatestPublished).ThenBy(n => n.RumourId, StringComparer.Ordinal).First();
            var parts = new List<string> { $"{"rumour".ToQuantity(news.Count)} moved" };
            if (news.Count(n => n.IsNew) is > 0 and var fresh) parts.Add($"{fresh} new");
            if (news.Count(n => n.StatusChanged) is > 0 and var changed) parts.Add("status change".ToQuantity(changed));
            entries.Add($"{club}: {string.Join(", ", parts)} · most reported: {DigestText.Headline(top)} · {DigestText.Status(top.StatusNow, top.StatusUnsure)}");
        }
        return entries.Count == 0 ? null : new ComposedSection("⭐ Your clubs", entries, Summary: null, IsNews: true);
    }
}
