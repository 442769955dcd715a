using RumourBot.Commands;
using RumourBot.Reports.Clubs;

namespace RumourBot.Rumours;

/// <summary>
/// Finds the one rumour a member means: by its id (what Discord's autocomplete sends), by "player → club"
/// ("Trent → Los Blancos"), or by the player's name when he has only one rumour. A player with several rumours
/// gets the list to choose from, never a guess.
/// </summary>
public sealed class RumourPicker(IRumourStore store, RumourBook book, ClubGazetteer clubs)
{
    private const int MaxListed = 5;

    /// <summary>"Trent Alexander-Arnold: Liverpool → Real Madrid".</summary>
    public static string Label(Rumour rumour) => $"{rumour.Player}: {rumour.Route}";

    /// <summary>What to type to pick this rumour: "Trent Alexander-Arnold → Real Madrid", or its id when it names no club.</summary>
    public static string PickText(Rumour rumour) => rumour.ToClub is { } club ? $"{rumour.Player} → {club}" : rumour.Id;

    public (Rumour? Rumour, string? Problem) Pick(string text)
    {
        text = text.Trim();
        if (store.FindRumour(RumourKey.Normalise(text)) is { } byId) return (byId, null);

        var (arrowAt, arrowLength) = FindArrow(text);
        if (arrowAt >= 0)
        {
            // "Trent → Real Madrid", or a whole label "Trent Alexander-Arnold: Liverpool → Real Madrid".
            var player = text[..arrowAt].Split(':')[0].Trim();
            var club = text[(arrowAt + arrowLength)..].Trim();
            var clubName = clubs.Find(club)?.Name ?? club;
            var matches = book.About(player).Where(r => string.Equals(r.ToClub, clubName, StringComparison.OrdinalIgnoreCase)).ToList();
            return matches.Count == 1 ? (matches[0], null) : (null, $"No rumour of {player} joining {clubName}; /rumours about player:{player} lists his rumours.");
        }

        var rumours = book.About(text);
        return rumours.Count switch
        {
            0 => (null, $"No rumour about '{text}'; /rumours latest lists them."),
            1 => (rumours[0], null),
            _ when rumours.Select(r => r.PlayerKey).Distinct().Count() > 1 =>
                (null, $"'{text}' matches several players ({string.Join(", ", rumours.Select(r => r.Player).Distinct().Take(MaxListed))}); give more of the name."),
            _ => (null, $"{rumours[0].Player} has {rumours.Count} rumours; say which: " +
                string.Join("; ", rumours.Take(MaxListed).Select(r => $"rumour:{PickText(r)} ({r.Route})")) + "."),
        };
    }

    private static (int At, int Length) FindArrow(string text)
    {
        var at = text.IndexOf('→');
        if (at >= 0) return (at, 1);
        at = text.IndexOf("->", StringComparison.Ordinal);
        return (at, at >= 0 ? 2 : 0);
    }

    /// <summary>Rumours of players whose name contains what was typed, newest first, for autocomplete.</summary>
    public IReadOnlyList<OptionSuggestion> Suggest(string typed)
    {
        var key = RumourKey.Normalise(typed);
        return store.NewestFirst()
            .Where(r => r.PlayerKey.Contains(key, StringComparison.Ordinal))
            .Take(25)
            .Select(r => new OptionSuggestion(Label(r), r.Id))
            .ToList();
    }
}
