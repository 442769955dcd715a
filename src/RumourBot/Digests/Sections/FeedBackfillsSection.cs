using Humanizer;

namespace RumourBot.Digests.Sections;

/// <summary>One line on feed backfills: their old reports stay out of the rumour sections (they are not news), but not unmentioned.</summary>
public sealed class FeedBackfillsSection(IEnumerable<IFeedBackfillSource> sources) : IDigestSection
{
    public ComposedSection? Compose(DigestContext context)
    {
        var backfills = sources.SelectMany(s => s.BackfillsSince(context.Window.GuildId, context.Window.Since))
            .Where(b => b.Reports > 0)
            .OrderByDescending(b => b.Reports)
            .ThenBy(b => b.FeedTitle, StringComparer.Ordinal)
            .ToList();
        if (backfills.Count == 0) return null;
        var line = "Older reports filled in from new feeds: " + string.Join(", ", backfills.Select(b => $"{"report".ToQuantity(b.Reports)} from {b.FeedTitle}")) + ".";
        return new ComposedSection("📥 Feed backfills", [line], Summary: null, IsNews: false);
    }
}
