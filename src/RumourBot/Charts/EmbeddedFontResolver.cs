using System.Collections.Concurrent;
using ScottPlot;
using SkiaSharp;

namespace RumourBot.Charts;

/// <summary>
/// Gives ScottPlot the DejaVu Sans faces bundled in this assembly under <see cref="ChartFonts.Sans"/>, so a chart
/// draws with the same glyphs on every machine (no fontconfig, no system fonts).
/// </summary>
internal sealed class EmbeddedFontResolver : IFontResolver
{
    private readonly ConcurrentDictionary<bool, SKTypeface> _faces = new();

    public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing spacing) =>
        CreateTypeface(fontName, weight >= FontWeight.SemiBold, italic: false);

    public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
        string.Equals(fontName, ChartFonts.Sans, StringComparison.OrdinalIgnoreCase) ? _faces.GetOrAdd(bold, Load) : null;

    private static SKTypeface Load(bool bold)
    {
        var name = bold ? "RumourBot.Charts.Fonts.DejaVuSans-Bold.ttf" : "RumourBot.Charts.Fonts.DejaVuSans.ttf";
        using var stream = typeof(EmbeddedFontResolver).Assembly.GetManifestResourceStream(name)
                           ?? throw new InvalidOperationException($"The chart font {name} is not embedded.");
        using var data = SKData.Create(stream);
        return SKTypeface.FromData(data) ?? throw new InvalidOperationException($"The chart font {name} could not be read.");
    }
}
