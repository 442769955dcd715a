using RumourBot.Reports.Clubs;

namespace RumourBot.Settling;

/// <summary>Club names as members type them ("Los Blancos", "real madrid") compared with the gazetteer's names.</summary>
public sealed class ClubMatch(ClubGazetteer clubs)
{
    /// <summary>The gazetteer's name for the club, or the text as typed when it knows no such club.</summary>
    public string Name(string text) => clubs.Find(text.Trim())?.Name ?? text.Trim();

    /// <summary>True when both name the same club.</summary>
    public bool Same(string? a, string? b) =>
        a is not null && b is not null && string.Equals(Name(a), Name(b), StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The club the text names and nothing more: a club the gazetteer knows, or one of <paramref name="expected"/>
    /// (a club typed at /settle need not be in the gazetteer). "Real Madrid this summer" names no club.
    /// </summary>
    public string? Exactly(string text, params string?[] expected)
    {
        if (clubs.Find(text.Trim()) is { } club) return club.Name;
        return expected.FirstOrDefault(e => e is not null && string.Equals(e, text.Trim(), StringComparison.OrdinalIgnoreCase));
    }
}
