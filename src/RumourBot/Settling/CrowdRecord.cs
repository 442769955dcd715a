using RumourBot.Charts;

namespace RumourBot.Settling;

/// <summary>
/// How the crowd did in one server: over its settled polls whose answer is known (and that got votes), how often
/// the answer with the most votes came true, and every answer as a forecast (its share of the votes) that came
/// true or not, for the calibration chart.
/// </summary>
public sealed record CrowdRecord(int Polls, int MajorityRight, IReadOnlyList<(double Share, bool CameTrue)> Forecasts)
{
    public double MajorityShare => Polls == 0 ? 0 : MajorityRight / (double)Polls;

    public CalibrationChartData ToChart(int bands = 5) => new(Polls, MajorityRight, CalibrationChartData.Band(Forecasts, bands));

    /// <summary>The record of these polls; a tie at the top is no majority, so it is never right.</summary>
    public static CrowdRecord Of(IEnumerable<SettledPoll> polls)
    {
        var counted = 0;
        var right = 0;
        var forecasts = new List<(double, bool)>();
        foreach (var poll in polls)
        {
            var total = poll.Options.Sum(o => o.Votes);
            if (poll.State == AnswerState.Waiting || total == 0) continue;
            counted++;
            var most = poll.Options.Max(o => o.Votes);
            var leaders = poll.Options.Where(o => o.Votes == most).ToList();
            if (leaders.Count == 1 && leaders[0].Emoji == poll.Answer) right++;
            forecasts.AddRange(poll.Options.Select(o => (o.Votes / (double)total, o.Emoji == poll.Answer)));
        }
        return new CrowdRecord(counted, right, forecasts);
    }
}
