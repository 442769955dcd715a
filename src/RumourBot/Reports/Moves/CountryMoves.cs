using System.Text.RegularExpressions;
using RumourBot.Reports.Clubs;
using RumourBot.Reports.Text;

namespace RumourBot.Reports.Moves;

/// <summary>
/// The countries a sentence says a player goes to ("a move to Saudi Arabia", "heads to MLS": the United States and
/// Canada) or leaves ("departing Argentina").
/// </summary>
internal readonly record struct CountryMove(int Sentence, IReadOnlyList<string> Countries, bool Leaves);

/// <summary>
/// Finds the countries a report says its player moves to or leaves. Reports of moves across borders often name the
/// country or league rather than the club ("could be departing Argentina in a matter of hours", "a return to English
/// football"), and that tells which of two clubs from different countries buys when nothing else does.
/// </summary>
internal static partial class CountryMoves
{
    public static IReadOnlyList<CountryMove> Find(IReadOnlyList<Sentence> sentences, ClubGazetteer clubs)
    {
        List<CountryMove>? found = null;
        foreach (var sentence in sentences)
        {
            // Most sentences name no country or league at all: only those are searched for the verbs.
            if (sentence.Text.AsSpan().IndexOfAny(clubs.CountryNames) < 0) continue;
            foreach (Match match in Told().Matches(sentence.Text))
            {
                if (CountriesAt(match.Groups["place"].Value, clubs) is { Count: > 0 } countries) (found ??= []).Add(new CountryMove(sentence.Index, countries, match.Groups["leave"].Success));
            }
        }
        return found ?? [];
    }

    // The longest run of the words that names a country: "Major League Soccer", "Saudi Arabia" before "Saudi".
    private static IReadOnlyList<string> CountriesAt(string words, ClubGazetteer clubs)
    {
        for (var end = words.Length; end > 0; end = words.LastIndexOf(' ', end - 1))
        {
            // "heads to MLS.": the sentence's full stop is no part of the name.
            if (clubs.CountriesNamed(words[..end].TrimEnd('.')) is { Count: > 0 } countries) return countries;
        }
        return [];
    }

    [GeneratedRegex(@"\b(?:(?:move|moves|moving|moved|switch|switches|switching|switched|transfer|head|heads|heading|headed|return|returns|returning|returned|go|goes|going|way|relocate|relocating) to|(?<leave>leave|leaves|leaving|left|depart|departs|departing|departed|quit|quits|quitting|exit|exits|exiting)) (?:the )?(?<place>(?:\p{Lu}[\p{L}'’.-]*|\d\.)(?: (?:\p{Lu}[\p{L}'’.-]*|\d\.)){0,3}(?: football)?)", RegexOptions.CultureInvariant)]
    private static partial Regex Told();
}
