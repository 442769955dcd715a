using RumourBot.Settling;

namespace RumourBot.Tests.Settling;

public class PredictionScorerTests
{
    private static readonly string[] ThreeAnswers = ["1️⃣", "2️⃣", "3️⃣"];

    [Theory]
    [InlineData(new[] { "1️⃣" }, "1️⃣", true, 0.0)] // sure and right
    [InlineData(new[] { "2️⃣" }, "1️⃣", false, 2.0)] // sure and wrong: (0-1)² + (1-0)²
    [InlineData(new[] { "1️⃣", "2️⃣" }, "1️⃣", true, 0.5)] // (½-1)² + (½-0)² + 0
    [InlineData(new[] { "2️⃣", "3️⃣" }, "1️⃣", false, 1.5)] // (0-1)² + (½)² + (½)²
    [InlineData(new[] { "1️⃣", "2️⃣", "3️⃣" }, "1️⃣", false, 2.0 / 3)] // (⅓-1)² + 2·(⅓)², and every answer predicts nothing
    public void Brier_scores_are_exact_for_a_three_answer_poll(string[] picked, string answer, bool right, double brier)
    {
        var score = PredictionScorer.Score(ThreeAnswers, picked, answer);

        Assert.Equal(right, score.Right);
        Assert.Equal(brier, score.Brier, precision: 12);
    }

    [Fact]
    public void When_none_of_the_answers_came_true_everyone_is_wrong()
    {
        var sure = PredictionScorer.Score(ThreeAnswers, ["2️⃣"], answer: null);
        var split = PredictionScorer.Score(ThreeAnswers, ["2️⃣", "3️⃣"], answer: null);

        Assert.False(sure.Right);
        Assert.Equal(1.0, sure.Brier, precision: 12);
        Assert.False(split.Right);
        Assert.Equal(0.5, split.Brier, precision: 12);
    }

    [Fact]
    public void A_yes_no_vote_scores_0_or_2()
    {
        Assert.Equal(new PredictionScore(true, 0), PredictionScorer.Score(["✅", "❌"], ["❌"], "❌"));
        Assert.Equal(new PredictionScore(false, 2), PredictionScorer.Score(["✅", "❌"], ["✅"], "❌"));
    }
}
