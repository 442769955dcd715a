namespace RumourBot.Charts;

/// <summary>The one font every chart draws with, registered with ScottPlot once per process.</summary>
public static class ChartFonts
{
    /// <summary>The name charts ask ScottPlot for; it resolves to the bundled DejaVu Sans.</summary>
    public const string Sans = "RumourBot Sans";

    private static readonly Lazy<bool> Registered = new(() =>
    {
        ScottPlot.Fonts.FontResolvers.Insert(0, new EmbeddedFontResolver());
        // Anything a chart forgets to name falls back to ours, never to whatever the machine has.
        ScottPlot.Fonts.Default = Sans;
        ScottPlot.Fonts.Sans = Sans;
        return true;
    });

    /// <summary>Registers the bundled font (thread-safe, once).</summary>
    public static void Ensure() => _ = Registered.Value;
}
