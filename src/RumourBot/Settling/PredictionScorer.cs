namespace RumourBot.Settling;

/// <summary>
/// Scores a member's answer once a poll's true answer is known. Their vote is read as a forecast: probability 1 on
/// the answer they picked, or split evenly over their answers in a multiple-choice poll. The Brier score is the
/// sum over the poll's answers of (forecast − truth)², truth being 1 for the answer that came true and 0 for the
/// others: 0 for a sure right answer, 2 for a sure wrong one. A member is right when the true answer is among theirs,
/// unless they picked every answer, which predicts nothing.
/// </summary>
public static class PredictionScorer
{
    /// <param name="options">The poll's answers (emojis).</param>
    /// <param name="picked">The member's answers; at least one.</param>
    /// <param name="answer">The answer that came true, or null when none of them did.</param>
    public static PredictionScore Score(IReadOnlyList<string> options, IReadOnlyCollection<string> picked, string? answer)
    {
        var chosen = picked.Where(options.Contains).Distinct().ToList();
        if (chosen.Count == 0) throw new ArgumentException("A ballot names at least one of the poll's answers.", nameof(picked));
        var share = 1.0 / chosen.Count;
        var brier = options.Sum(option =>
        {
            var forecast = chosen.Contains(option) ? share : 0;
            var truth = option == answer ? 1 : 0;
            return (forecast - truth) * (forecast - truth);
        });
        var right = answer is not null && chosen.Contains(answer) && chosen.Count < options.Count;
        return new PredictionScore(right, brier);
    }
}
