using RumourBot.Reports.Clubs;
using RumourBot.Reports.Text;

namespace RumourBot.Reports.People;

/// <summary>
/// "Villa not interested in Man City" over "Valencia striker David Villa": a club's short name that the article also
/// writes as a man's surname ("David Villa") is that man wherever the club is never named in full.
/// </summary>
internal static class SurnameClubs
{
    public static IReadOnlyList<ClubMention> Drop(IReadOnlyList<Sentence> sentences, IReadOnlyList<ClubMention> mentions)
    {
        HashSet<string>? shortNames = null;
        HashSet<Club>? namedInFull = null;
        foreach (var mention in mentions)
        {
            if (mention.Club is not { } club) continue;
            var word = sentences[mention.SentenceIndex].Words[mention.WordIndex].Text;
            if (mention.WordCount > 1 || string.Equals(word, club.Name, StringComparison.Ordinal)) (namedInFull ??= []).Add(club);
            else if (!mention.IsDescriptor) (shortNames ??= new(StringComparer.Ordinal)).Add(word);
        }
        if (shortNames is null) return mentions;
        if (namedInFull is not null)
        {
            foreach (var mention in mentions)
            {
                if (mention.Club is { } club && namedInFull.Contains(club) && mention.WordCount == 1) shortNames.Remove(sentences[mention.SentenceIndex].Words[mention.WordIndex].Text);
            }
            if (shortNames.Count == 0) return mentions;
        }

        HashSet<string>? surnames = null;
        foreach (var sentence in sentences)
        {
            var words = sentence.Words;
            // A sentence's first word is capitalised whatever it is ("Discussing Ipswich's interest"): no first name there.
            for (var i = 2; i < words.Count; i++)
            {
                if (!shortNames.Contains(words[i].Text)) continue;
                var first = words[i - 1];
                if (!first.IsCapitalised || first.IsPossessive || words[i].Start - first.End != 1 || first.Text.Length < 2 || NameCandidates.IsNeverAName(first.Text)) continue;
                if (mentions.Any(m => m.SentenceIndex == sentence.Index && m.WordIndex <= i - 1 && i - 1 < m.EndWordIndex)) continue;
                (surnames ??= new(StringComparer.Ordinal)).Add(words[i].Text);
            }
        }
        if (surnames is null) return mentions;
        return mentions.Where(m => !(m.WordCount == 1 && surnames.Contains(sentences[m.SentenceIndex].Words[m.WordIndex].Text))).ToList();
    }
}
