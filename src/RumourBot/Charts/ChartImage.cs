namespace RumourBot.Charts;

/// <summary>A rendered chart: a PNG file's name and bytes, its size in pixels and a one-line description for screen readers.</summary>
public sealed record ChartImage(string FileName, byte[] Png, int Width, int Height, string Description);
