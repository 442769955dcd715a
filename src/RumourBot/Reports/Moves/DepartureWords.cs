using System.Text.RegularExpressions;
using RumourBot.Reports.Clubs;
using RumourBot.Reports.Text;

namespace RumourBot.Reports.Moves;

/// <summary>
/// A club letting a player go: "Grimsby Town have released Jordan Cook", "Ross County have confirmed the departure of
/// former captain Blair Spittal", "reached an agreement to terminate the contract with", "left by mutual consent". With no
/// buyer in the story the departure is the news: a move done, for nothing. Beside a buyer it is only how he became free
/// ("Given he has been released by Birmingham City, Friend is available on a free transfer"), so it is read only for a
/// move with no destination.
/// </summary>
internal static partial class DepartureWords
{
    /// <summary>Whether a sentence about him (not another player's, not background) tells his club letting him go.</summary>
    public static bool Told(AnalysedArticle article, List<(Sentence Sentence, bool Named)> sentences, HashSet<int> othersNamed) =>
        FirstTelling(article, sentences, othersNamed) is not null;

    /// <summary>
    /// The one club a departure's sentence names, when it names no other: "Atlanta United and midfielder Emerson Hyndman
    /// have mutually agreed to terminate his contract" is Atlanta letting him go, though the agreement reads it as his buyer.
    /// </summary>
    public static Club? SoleClubLettingGo(AnalysedArticle article, List<(Sentence Sentence, bool Named)> sentences, HashSet<int> othersNamed) =>
        FirstTelling(article, sentences, othersNamed) is { } sentence && article.ClubsIn(sentence.Index) is [{ Club: { } club }, ..] clubs
            && clubs.All(m => m.Club == club) ? club : null;

    private static Sentence? FirstTelling(AnalysedArticle article, List<(Sentence Sentence, bool Named)> sentences, HashSet<int> othersNamed)
    {
        foreach (var (sentence, named) in sentences)
        {
            if (!named && !sentence.IsHeadline && othersNamed.Contains(sentence.Index) || article.IsBackground(sentence.Index)) continue;
            var match = Departure().Match(sentence.Text);
            if (match.Success && !NotYet().IsMatch(sentence.Text.AsSpan(Math.Max(0, match.Index - 40), Math.Min(40, match.Index)))) return sentence;
        }
        return null;
    }

    [GeneratedRegex(@"\b(?:confirm(?:ed|s)?|announc(?:ed|es|e)) (?:the )?(?:departure|exit|release) of\b|\b(?:have|has) (?:officially |now )?released\b|\b(?:has|have) been released by\b|\bterminated (?:the |his |her |their )?contract\b|\bcontract (?:has been |was |were )?terminated\b|\bagreement to terminate (?:the |his |her |their )?contract\b|\bagreed to (?:terminate|cancel|rescind) (?:the |his |her |their )?contract\b|\bby mutual consent\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Departure();

    // "could leave by mutual consent", "are in talks to terminate his contract": a departure still to come.
    [GeneratedRegex(@"\b(?:could|would|may|might|will|set to|expected to|looking to|hope to|hopes to|want to|wants to|talks|discuss|discussing|considering|not|no)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotYet();
}
