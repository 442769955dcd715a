namespace RumourBot.Charts;

/// <summary>
/// One band of the crowd's forecasts (answers given, say, 60-80% of the votes): how many such answers there were,
/// the mean share the crowd gave them, and how many came true.
/// </summary>
public sealed record CalibrationBin(double From, double To, int Forecasts, double MeanForecast, int CameTrue)
{
    /// <summary>How often answers in this band came true, 0 to 1; 0 when the band is empty.</summary>
    public double Observed => Forecasts == 0 ? 0 : CameTrue / (double)Forecasts;
}
