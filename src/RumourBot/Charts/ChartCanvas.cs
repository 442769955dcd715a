using ScottPlot;
using SkiaSharp;

namespace RumourBot.Charts;

/// <summary>Draws one or more plots, each in its own part of the picture, onto one PNG.</summary>
public static class ChartCanvas
{
    /// <summary>Plots side by side, each getting its share of the width.</summary>
    public static ChartImage Render(string fileName, string description, IReadOnlyList<(Plot Plot, float Share)> panels,
        int width = ChartTheme.Width, int height = ChartTheme.Height)
    {
        var rects = new List<(Plot, PixelRect)>();
        var left = 0f;
        var total = panels.Sum(p => p.Share);
        foreach (var (plot, share) in panels)
        {
            var right = left + width * share / total;
            rects.Add((plot, new PixelRect(left, right, height, 0)));
            left = right;
        }
        return Render(fileName, description, rects, width, height);
    }

    /// <summary>Plots at given places (pixels, y growing downwards).</summary>
    public static ChartImage Render(string fileName, string description, IReadOnlyList<(Plot Plot, PixelRect Rect)> panels,
        int width = ChartTheme.Width, int height = ChartTheme.Height)
    {
        var info = new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info);
        var canvas = surface.Canvas;
        canvas.Clear(ChartTheme.Background.ToSKColor());
        foreach (var (plot, rect) in panels)
        {
            // Each plot draws on a surface of its own (ScottPlot clears the canvas it is given), then is placed.
            var panelInfo = new SKImageInfo((int)Math.Round(rect.Width), (int)Math.Round(rect.Height), SKColorType.Rgba8888, SKAlphaType.Premul);
            using var panel = SKSurface.Create(panelInfo);
            plot.Render(panel);
            using var drawn = panel.Snapshot();
            canvas.DrawImage(drawn, rect.Left, rect.Top);
        }
        // Flat colours compress well with the cheap "sub" filter and a middling zlib level: a fraction of the time of
        // trying every filter at the highest level, for a file a few KB larger.
        using var pixels = surface.PeekPixels();
        using var png = pixels.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.Sub, 4))
                        ?? throw new InvalidOperationException("The chart could not be encoded as PNG.");
        return new ChartImage(fileName, png.ToArray(), width, height, description);
    }
}
