using RumourBot.Settling;

namespace RumourBot.Tests.Settling;

public class CrowdRecordTests
{
    private static SettledPoll Poll(string? answer, AnswerState state, params (string Emoji, int Votes)[] options) => new()
    {
        Options = options.Select(o => new SettledOption(o.Emoji, o.Emoji, o.Votes)).ToList(),
        Answer = answer,
        State = state,
    };

    [Fact]
    public void The_majority_is_right_when_the_most_voted_answer_came_true()
    {
        var record = CrowdRecord.Of(
        [
            Poll("✅", AnswerState.Derived, ("✅", 7), ("❌", 3)),
            Poll("❌", AnswerState.Confirmed, ("✅", 6), ("❌", 4)),
            Poll("✅", AnswerState.Derived, ("✅", 9), ("❌", 1)),
        ]);

        Assert.Equal((3, 2), (record.Polls, record.MajorityRight));
        Assert.Equal(2 / 3.0, record.MajorityShare, 3);
    }

    [Fact]
    public void Waiting_polls_and_polls_without_votes_do_not_count_and_a_tie_is_never_right()
    {
        var record = CrowdRecord.Of(
        [
            Poll(null, AnswerState.Waiting, ("✅", 7), ("❌", 3)),
            Poll("✅", AnswerState.Derived, ("✅", 0), ("❌", 0)),
            Poll("✅", AnswerState.Derived, ("✅", 5), ("❌", 5)),
        ]);

        Assert.Equal((1, 0), (record.Polls, record.MajorityRight));
        Assert.Equal([(0.5, true), (0.5, false)], record.Forecasts);
    }

    [Fact]
    public void None_of_the_answers_coming_true_makes_every_answer_a_miss()
    {
        var record = CrowdRecord.Of([Poll(null, AnswerState.Confirmed, ("1️⃣", 8), ("2️⃣", 2))]);

        Assert.Equal(0, record.MajorityRight);
        Assert.All(record.Forecasts, f => Assert.False(f.CameTrue));
    }

    [Fact]
    public void Each_answer_is_a_forecast_banded_for_the_chart()
    {
        var chart = CrowdRecord.Of([Poll("✅", AnswerState.Derived, ("✅", 7), ("❌", 3)), Poll("❌", AnswerState.Derived, ("✅", 7), ("❌", 3))]).ToChart();

        Assert.Equal((2, 1), (chart.Bins[1].Forecasts, chart.Bins[1].CameTrue)); // the two 30% answers
        Assert.Equal((2, 1), (chart.Bins[3].Forecasts, chart.Bins[3].CameTrue)); // the two 70% answers
    }
}
