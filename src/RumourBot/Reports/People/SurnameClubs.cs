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
            for (var i = 0; i + 1 < words.Count; i++)
            {
                if (shortNames.Contains(words[i].Text) && PrecedesHisSurname(sentences, sentence, i, mentions)) (surnames ??= new(StringComparer.Ordinal)).Add(words[i].Text);
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

    // "Leon Bailey" (or "aston villa agree leon bailey deal") where the text also calls him "Bailey": a club's one-word short
    // name ("Leon" for Club Leon) right before a word the story writes on its own, capitalised, as a name is his first name.
    private static bool PrecedesHisSurname(IReadOnlyList<Sentence> sentences, Sentence sentence, int i, IReadOnlyList<ClubMention> mentions)
    {
        var first = sentence.Words[i];
        var surname = sentence.Words[i + 1];
        if (first.IsPossessive || !first.Text.All(char.IsLetter) || !(surname.IsCapitalised || sentence.IsHeadline) || surname.Start - first.End != 1
            || surname.Text.Length < 3 || NameCandidates.IsNeverAName(surname.Text)) return false;
        if (sentence.IsHeadline && NameCandidates.IsTitleCase(sentence)) return false;
        if (mentions.Any(m => m.SentenceIndex == sentence.Index && m.WordIndex <= i + 1 && i + 1 < m.EndWordIndex)) return false;
        var name = surname.Text.TrimEnd('\'', '’');
        // "Wolves" standing alone elsewhere is the club the story is about, whatever word follows it once.
        foreach (var mention in mentions)
        {
            var words = sentences[mention.SentenceIndex].Words;
            if (mention.WordCount == 1 && string.Equals(words[mention.WordIndex].Text, first.Text, StringComparison.OrdinalIgnoreCase)
                && !(mention.EndWordIndex < words.Count && string.Equals(words[mention.EndWordIndex].Text.TrimEnd('\'', '’'), name, StringComparison.OrdinalIgnoreCase))) return false;
        }
        foreach (var other in sentences)
        {
            if (other.IsHeadline) continue;
            var words = other.Words;
            for (var j = 0; j < words.Count; j++)
            {
                if (words[j].IsCapitalised && string.Equals(words[j].Text.TrimEnd('\'', '’'), name, StringComparison.OrdinalIgnoreCase)
                    && (j == 0 || !words[j - 1].IsCapitalised)) return true;
            }
        }
        return false;
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
