using Humanizer;
using RumourBot.Rumours;

namespace RumourBot.Digests.Sections;

/// <summary>Rumours that started within the window: the best-sourced first.</summary>
public sealed class NewRumoursSection : IDigestSection
{
    public ComposedSection? Compose(DigestContext context)
    {
        var fresh = context.Rumours.Where(n => n.IsNew)
            .OrderBy(n => n.BestSource?.Tier ?? int.MaxValue)
            .ThenByDescending(n => n.Reports)
            .ThenByDescending(n => n.LatestPublished)
            .ThenBy(n => n.RumourId, StringComparer.Ordinal)
            .ToList();
        if (fresh.Count == 0) return null;
        var shown = fresh.Take(context.Options.MaxItemsPerSection).Select(n =>
            $"{DigestText.Headline(n)} · {DigestText.Status(n.StatusNow, n.StatusUnsure)} · {RumourText.Fee(n.Fee, n.FeeUnclear, n.FeeUnsure)} · {RumourText.Source(n.BestSource)} · {RumourText.Ago(n.LatestPublished, context.Now)}");
        return new ComposedSection("🆕 New rumours", [.. shown], "new rumour".ToQuantity(fresh.Count), IsNews: true,
            NotShown: fresh.Count - Math.Min(fresh.Count, context.Options.MaxItemsPerSection));
    }
}
