using ScottPlot;

namespace RumourBot.Charts;

/// <summary>
/// Colours that read on Discord's dark and light themes alike: an opaque slate card (so the page behind never shows
/// through), near-white text, and the Okabe-Ito palette, which stays distinct for colour-blind readers.
/// </summary>
public static class ChartTheme
{
    public const int Width = 800;
    public const int Height = 400;

    public static readonly Color Background = Color.FromHex("#23272F");
    public static readonly Color Panel = Color.FromHex("#2B303A");
    public static readonly Color Text = Color.FromHex("#F2F3F5");
    public static readonly Color Muted = Color.FromHex("#AEB4BE");
    public static readonly Color Grid = Color.FromHex("#3C4350");

    public static readonly IReadOnlyList<Color> Palette =
    [
        Color.FromHex("#56B4E9"), Color.FromHex("#E69F00"), Color.FromHex("#009E73"), Color.FromHex("#F0E442"),
        Color.FromHex("#CC79A7"), Color.FromHex("#D55E00"), Color.FromHex("#0072B2"), Color.FromHex("#FFFFFF"),
        Color.FromHex("#999999"), Color.FromHex("#A6D854"),
    ];

    public static Color Series(int index) => Palette[index % Palette.Count];

    /// <summary>Dresses a plot in the theme and the bundled font.</summary>
    public static void Apply(Plot plot)
    {
        ChartFonts.Ensure();
        plot.Font.Set(ChartFonts.Sans);
        plot.FigureBackground.Color = Background;
        plot.DataBackground.Color = Panel;
        plot.Axes.Color(Muted);
        plot.Grid.MajorLineColor = Grid;
        plot.Legend.BackgroundColor = Panel;
        plot.Legend.FontColor = Text;
        plot.Legend.OutlineColor = Grid;
        plot.Legend.FontName = ChartFonts.Sans;
        plot.Legend.SetBestFontOnEachRender = false;
        plot.Axes.Title.Label.ForeColor = Text;
    }
}
