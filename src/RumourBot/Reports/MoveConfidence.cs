namespace RumourBot.Reports;

/// <summary>
/// How sure the analysis is of each field of a move, from 0 (a guess) to 1 (stated plainly). A fee or status below
/// <see cref="Threshold"/> is not stated at all: the move says "fee not clear" or "status unclear" instead.
/// </summary>
public sealed record MoveConfidence(double Player, double FromClub, double ToClub, double Fee, double Status)
{
    /// <summary>Below this a fee or status is withheld rather than guessed.</summary>
    public const double Threshold = 0.5;

    public static MoveConfidence None { get; } = new(0, 0, 0, 0, 0);
}
