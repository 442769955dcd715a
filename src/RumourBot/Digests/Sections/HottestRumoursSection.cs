using RumourBot.Rumours;

namespace RumourBot.Digests.Sections;

/// <summary>The rumours most reported within the window, the more reliable best source first among equals.</summary>
public sealed class HottestRumoursSection : IDigestSection
{
    public ComposedSection? Compose(DigestContext context)
    {
        if (context.Rumours.Count == 0) return null;
        var hottest = context.Rumours
            .OrderByDescending(n => n.Reports)
            .ThenBy(n => n.BestSource?.Tier ?? int.MaxValue)
            .ThenByDescending(n => n.LatestPublished)
            .ThenBy(n => n.RumourId, StringComparer.Ordinal)
            .Take(context.Options.HottestCount)
            .Select(n => $"{DigestText.Headline(n)} · {RumourText.Reports(n.Reports)} · {RumourText.Source(n.BestSource)}")
            .ToList();
        return new ComposedSection("🔥 Hottest", hottest, Summary: null, IsNews: true);
    }
}
