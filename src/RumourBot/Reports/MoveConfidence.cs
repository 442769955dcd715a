namespace RumourBot.Reports;

/// <summary>
/// How sure the analysis is of each field of a move, from 0 (a guess) to 1 (stated plainly). A fee or status below
/// <see cref="Threshold"/> is not stated at all: the move says "fee not clear" or "status unclear" instead.
/// </summary>
public sealed record MoveConfidence(double Player, double FromClub, double ToClub, double Fee, double Status)
{
    /// <summary>Below this a fee or status is withheld rather than guessed.</summary>
    public const double Threshold = 0.5;

    /// <summary>
    /// At or above this a stated fee or status is shown plainly; below it replies and digests mark it "(unsure)". On 320
    /// reports the analyser had not been tuned on (docs/analysis.md), stated fees at 0.75 or more were right 83% of the
    /// time and those below 60%; statuses told in a sentence naming the player (0.9) 85%, the rest (0.6) 29%.
    /// </summary>
    public const double Sure = 0.75;

    /// <summary>The move states a fee, but not surely enough to show it plainly.</summary>
    public bool DoubtsFee(Fee? fee) => fee is not null && this != None && Fee < Sure;

    /// <summary>The move has a status, but no sentence naming the player tells it.</summary>
    public bool DoubtsStatus(MoveStatus status) => status != MoveStatus.Unknown && this != None && Status < Sure;

    public static MoveConfidence None { get; } = new(0, 0, 0, 0, 0);
}
