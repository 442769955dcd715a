using RumourBot.Charts;
using SkiaSharp;

namespace RumourBot.Tests.Charts;

/// <summary>A decoded chart for tests: its size and where a colour shows (never a byte-for-byte comparison).</summary>
public sealed class ChartPixels : IDisposable
{
    private readonly SKBitmap _bitmap;

    private ChartPixels(SKBitmap bitmap) => _bitmap = bitmap;

    public int Width => _bitmap.Width;
    public int Height => _bitmap.Height;

    /// <summary>Decodes the PNG; fails the test when it is not one.</summary>
    public static ChartPixels Decode(ChartImage chart)
    {
        Assert.True(chart.Png.Length > 8 && chart.Png[..8].SequenceEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }), "not a PNG signature");
        var bitmap = SKBitmap.Decode(chart.Png);
        Assert.NotNull(bitmap);
        return new ChartPixels(bitmap);
    }

    /// <summary>How many pixels in the region are within a small distance of the colour.</summary>
    public int Count(ScottPlot.Color colour, int left = 0, int top = 0, int right = int.MaxValue, int bottom = int.MaxValue)
    {
        var count = 0;
        for (var y = Math.Max(0, top); y < Math.Min(Height, bottom); y++)
        for (var x = Math.Max(0, left); x < Math.Min(Width, right); x++)
            if (Near(_bitmap.GetPixel(x, y), colour)) count++;
        return count;
    }

    /// <summary>The first row (from the top) holding the colour in the region, or null.</summary>
    public int? TopmostRow(ScottPlot.Color colour, int left = 0, int right = int.MaxValue)
    {
        for (var y = 0; y < Height; y++)
        for (var x = Math.Max(0, left); x < Math.Min(Width, right); x++)
            if (Near(_bitmap.GetPixel(x, y), colour)) return y;
        return null;
    }

    public SKColor At(int x, int y) => _bitmap.GetPixel(x, y);

    private static bool Near(SKColor pixel, ScottPlot.Color colour) =>
        Math.Abs(pixel.Red - colour.R) <= 6 && Math.Abs(pixel.Green - colour.G) <= 6 && Math.Abs(pixel.Blue - colour.B) <= 6;

    public void Dispose() => _bitmap.Dispose();
}
