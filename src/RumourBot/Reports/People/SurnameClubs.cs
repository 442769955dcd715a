using RumourBot.Reports.Clubs;
using RumourBot.Reports.Text;

namespace RumourBot.Reports.People;

/// <summary>
/// "Villa not interested in Man City" over "Valencia striker David Villa": a club's short name that the article also
/// writes as a man's surname ("David Villa") is that man wherever the club is never named in full; so is a club's
/// one-word full name written twice after the same first name ("Jeremain Lens").
/// </summary>
internal static class SurnameClubs
{
    public static IReadOnlyList<ClubMention> Drop(IReadOnlyList<Sentence> sentences, IReadOnlyList<ClubMention> mentions)
    {
        HashSet<string>? shortNames = null;
        HashSet<Club>? namedInFull = null;
        HashSet<Club>? namedInWords = null;
        foreach (var mention in mentions)
        {
            if (mention.Club is not { } club) continue;
            var word = sentences[mention.SentenceIndex].Words[mention.WordIndex].Text;
            if (mention.WordCount > 1 || string.Equals(word, club.Name, StringComparison.Ordinal)) (namedInFull ??= []).Add(club);
            else if (!mention.IsDescriptor) (shortNames ??= new(StringComparer.Ordinal)).Add(word);
            if (mention.WordCount > 1) (namedInWords ??= []).Add(club);
        }
        var surnames = OneWordNamesWornAsSurnames(sentences, mentions, namedInWords);
        if (shortNames is null) return surnames is null ? mentions : Without(sentences, mentions, surnames);
        if (namedInFull is not null)
        {
            foreach (var mention in mentions)
            {
                if (mention.Club is { } club && namedInFull.Contains(club) && mention.WordCount == 1) shortNames.Remove(sentences[mention.SentenceIndex].Words[mention.WordIndex].Text);
            }
            if (shortNames.Count == 0) return surnames is null ? mentions : Without(sentences, mentions, surnames);
        }

        foreach (var sentence in sentences)
        {
            var words = sentence.Words;
            // A sentence's first word is capitalised whatever it is ("Discussing Ipswich's interest"): no first name there.
            for (var i = 2; i < words.Count; i++)
            {
                if (shortNames.Contains(words[i].Text) && FollowsAFirstName(sentence, i, mentions)) (surnames ??= new(StringComparer.Ordinal)).Add(words[i].Text);
            }
        }
        if (surnames is null) return mentions;
        return Without(sentences, mentions, surnames);
    }

    // "David Villa": a capitalised word right before it that could be a first name, and is no club's. Not after an
    // article: "get to know the Mundo River" is the club's world, not a man.
    private static bool FollowsAFirstName(Sentence sentence, int i, IReadOnlyList<ClubMention> mentions)
    {
        var first = sentence.Words[i - 1];
        if (!first.IsCapitalised || first.IsPossessive || sentence.Words[i].Start - first.End != 1 || first.Text.Length < 2 || NameCandidates.IsNeverAName(first.Text)) return false;
        if (i >= 2 && sentence.LowerWords[i - 2] is "the" or "a" or "an") return false;
        return !mentions.Any(m => m.SentenceIndex == sentence.Index && m.WordIndex <= i - 1 && i - 1 < m.EndWordIndex);
    }

    private static List<ClubMention> Without(IReadOnlyList<Sentence> sentences, IReadOnlyList<ClubMention> mentions, HashSet<string> surnames) =>
        mentions.Where(m => !(m.WordCount == 1 && surnames.Contains(sentences[m.SentenceIndex].Words[m.WordIndex].Text))).ToList();

    // "Jeremain Lens is on loan at Fenerbahce… Napoli want Jeremain Lens": a club whose whole name is one word ("Lens")
    // is that man where the text writes it after the same first name twice, and never names the club in more words
    // ("RC Lens"). Twice, and never in a title-case headline, where "Arsenal Target Chelsea Star" is no person.
    private static HashSet<string>? OneWordNamesWornAsSurnames(IReadOnlyList<Sentence> sentences, IReadOnlyList<ClubMention> mentions, HashSet<Club>? namedInWords)
    {
        HashSet<string>? oneWordNames = null;
        foreach (var mention in mentions)
        {
            if (mention is { WordCount: 1, IsDescriptor: false, Club: { } club } && namedInWords?.Contains(club) != true
                && string.Equals(sentences[mention.SentenceIndex].Words[mention.WordIndex].Text, club.Name, StringComparison.Ordinal))
                (oneWordNames ??= new(StringComparer.Ordinal)).Add(club.Name);
        }
        if (oneWordNames is null) return null;
        Dictionary<(string First, string Surname), int>? pairs = null;
        foreach (var sentence in sentences)
        {
            if (sentence.IsHeadline && NameCandidates.IsTitleCase(sentence)) continue;
            var words = sentence.Words;
            for (var i = 1; i < words.Count; i++)
            {
                if (!oneWordNames.Contains(words[i].Text) || !FollowsAFirstName(sentence, i, mentions)) continue;
                pairs ??= [];
                pairs[(words[i - 1].Text, words[i].Text)] = pairs.GetValueOrDefault((words[i - 1].Text, words[i].Text)) + 1;
            }
        }
        var worn = pairs?.Where(p => p.Value >= 2).Select(p => p.Key.Surname).ToHashSet(StringComparer.Ordinal);
        return worn is { Count: > 0 } ? worn : null;
    }
}
