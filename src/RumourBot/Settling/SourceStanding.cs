using RumourBot.Reports.Sources;

namespace RumourBot.Settling;

/// <summary>
/// An outlet's or journalist's record on this server's settled rumours: one call per settled rumour they were cited
/// on, right or wrong.
/// </summary>
public sealed record SourceStanding(CitedSource Source, int Right, int Total)
{
    /// <summary>
    /// The rate of calls that came true with one right and one wrong call added ((right + 1) / (total + 2)), so that
    /// a source with one lucky call does not top a source that is right nine times in ten.
    /// </summary>
    public double Score => (Right + 1) / (double)(Total + 2);
}
