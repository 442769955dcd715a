namespace RumourBot.Settling;

/// <summary>The answer of a poll that came true (its emoji), or null when it cannot be told safely; and why.</summary>
public sealed record DerivedAnswer(string? Emoji, string Reason)
{
    public static DerivedAnswer Unknown(string reason) => new(null, reason);
}
