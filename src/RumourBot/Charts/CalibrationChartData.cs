namespace RumourBot.Charts;

/// <summary>The crowd's record over a server's settled polls: the majority's hits and the forecast bands.</summary>
public sealed record CalibrationChartData(int Polls, int MajorityRight, IReadOnlyList<CalibrationBin> Bins)
{
    /// <summary>
    /// Bands the crowd's forecasts: each answer of each poll is a forecast (its share of the votes) that came true or not.
    /// </summary>
    public static IReadOnlyList<CalibrationBin> Band(IEnumerable<(double Share, bool CameTrue)> forecasts, int bands = 5)
    {
        var list = forecasts.ToList();
        var result = new List<CalibrationBin>();
        for (var b = 0; b < bands; b++)
        {
            var from = b / (double)bands;
            var to = (b + 1) / (double)bands;
            // The top band includes 100%.
            var inBand = list.Where(f => f.Share >= from && (f.Share < to || (b == bands - 1 && f.Share <= to))).ToList();
            result.Add(new CalibrationBin(from, to, inBand.Count, inBand.Count == 0 ? (from + to) / 2 : inBand.Average(f => f.Share),
                inBand.Count(f => f.CameTrue)));
        }
        return result;
    }
}
