namespace RumourBot.Polls;

/// <summary>
/// What a recount changed, and the reactions to take off the message (a member on two answers of a single-choice
/// poll keeps only one).
/// </summary>
public sealed record RecountResult(int Added, int Removed, IReadOnlyList<(ulong VoterId, string Emoji)> ExtraReactions)
{
    public static RecountResult Nothing { get; } = new(0, 0, []);
}
