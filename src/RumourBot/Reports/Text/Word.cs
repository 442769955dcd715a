namespace RumourBot.Reports.Text;

/// <summary>
/// A word of a sentence. A possessive ("Liverpool's") is stored without its "'s" and flagged,
/// so "Liverpool" still matches the club while the possessive hints at who owns whom.
/// </summary>
public readonly record struct Word(string Text, int Start, int End, bool IsPossessive)
{
    public bool IsCapitalised => Text.Length > 0 && char.IsUpper(Text[0]);
}
