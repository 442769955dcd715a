using Humanizer;
using RumourBot.Rumours;

namespace RumourBot.Digests.Sections;

/// <summary>Rumours that moved on within the window ("bid made → agreed"), the furthest along first.</summary>
public sealed class StatusChangesSection : IDigestSection
{
    public ComposedSection? Compose(DigestContext context)
    {
        var changed = context.Rumours.Where(n => n.StatusChanged)
            .OrderByDescending(n => n.StatusNow)
            .ThenByDescending(n => n.LatestPublished)
            .ThenBy(n => n.RumourId, StringComparer.Ordinal)
            .ToList();
        if (changed.Count == 0) return null;
        var shown = changed.Take(context.Options.MaxItemsPerSection).Select(n =>
            $"{DigestText.Headline(n)} · {DigestText.Status(n.StatusBefore!.Value)} → {DigestText.Status(n.StatusNow, n.StatusUnsure)} · {RumourText.Fee(n.Fee, n.FeeUnclear, n.FeeUnsure)} · {RumourText.Ago(n.LatestPublished, context.Now)}");
        return new ComposedSection("📈 Moving on", [.. shown], "status change".ToQuantity(changed.Count), IsNews: true,
            NotShown: changed.Count - Math.Min(changed.Count, context.Options.MaxItemsPerSection));
    }
}
