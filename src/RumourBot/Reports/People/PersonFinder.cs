using RumourBot.Reports.Text;

namespace RumourBot.Reports.People;

/// <summary>
/// Finds the people an article names (two to four capitalised words, "van"/"de" particles allowed), links later
/// surname or first-name references to them, and reads from the words around each mention whether they are a
/// manager, an official, a journalist or a player.
/// </summary>
public static class PersonFinder
{
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "And", "But", "Or", "If", "In", "On", "At", "For", "With", "From", "To", "Of", "By", "As",
        "He", "She", "His", "Her", "They", "Their", "Them", "It", "Its", "This", "That", "These", "Those", "We", "Our",
        "You", "Your", "I", "My", "What", "Why", "How", "When", "Where", "Who", "Which", "While", "Whilst", "After", "Any",
        "All", "Both", "Each", "Every", "Some", "Many", "Most", "None", "Nothing", "Nobody", "Everyone", "Everything", "One", "Two", "Three", "First", "Last", "Next", "Only",
        "Meanwhile", "Instead", "Elsewhere", "Sources", "Talks", "Speaking", "Asked", "Despite", "During", "Under",
        "Before", "Since", "Although", "Though", "However", "Perhaps", "Naturally", "Either", "Neither", "Ditto",
        "There", "Here", "Such", "Are", "Is", "Was", "Were", "Will", "Would", "Could", "Should", "May", "Might",
        "Do", "Does", "Did", "Has", "Have", "Had", "Not", "No", "Yes", "So", "Then", "Now", "Also", "Still", "Even",
        "Personal", "Fans", "Supporters", "Club", "Clubs", "Chairman", "Official", "Statement", "Breaking", "Confirmed",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "January", "February", "March", "April", "June", "July", "August", "September", "October", "November", "December",
        "League", "Premier", "Champions", "Cup", "Europa", "Conference", "Super", "World", "Euro", "Euros", "Club",
        "Nations", "Copa", "Serie", "Ligue", "Bundesliga", "Eredivisie", "Championship", "Carabao", "FA", "UEFA", "FIFA",
        "Getty", "Images", "Photo", "Photos", "Picture", "Pictures", "Sources", "According", "Reports", "Report",
        "Exclusive", "Breaking", "Update", "Transfer", "Transfers", "News", "Gossip", "Column", "Live", "Official",
        "Brazilian", "French", "Frenchman", "Portuguese", "Dutch", "Dutchman", "German", "Italian", "Argentine", "Argentinian",
        "Belgian", "Croatian", "Danish", "Norwegian", "Swedish", "Polish", "Uruguayan", "Colombian", "Nigerian",
        "Senegalese", "Moroccan", "Egyptian", "Ghanaian", "Ivorian", "Japanese", "Korean", "Scottish", "Welsh", "Irish",
        "Canadian", "Mexican", "Serbian", "Swiss", "Austrian", "Czech", "Ukrainian", "Georgian", "Ecuadorian",
        "Cameroonian", "Algerian", "Brazil", "France", "Germany", "Italy", "Portugal", "Argentina", "Belgium",
        "Croatia", "Norway", "Sweden", "Denmark", "Wales", "Ireland", "Uruguay", "Colombia", "Nigeria", "Senegal",
        "Morocco", "Egypt", "Japan", "Korea", "Canada", "Mexico", "Europe", "European", "Africa", "African", "Asia",
        "Englishman", "Spaniard", "Italian", "Mr", "Sir", "Dr", "Boss", "Manager", "Coach", "Chairman", "President",
        "Agent", "Director", "Sporting", "Reds", "Blues", "Whites", "Midfielder", "Defender", "Striker", "Winger",
        "Forward", "Goalkeeper", "Keeper", "Full-back", "Fullback", "Centre-back", "Center-back", "Right-back", "Left-back",
        "Playmaker", "Youngster", "Teenager", "Star", "Captain", "Veteran", "International", "Wonderkid", "Stay", "Sign",
        "Deal", "Move", "Medical", "Fee", "Bid", "Offer", "Talks", "Loan", "Contract", "Statement", "Exclusive",
        "Stadium", "Arena", "Park", "Bridge", "Trafford", "Lane", "Road", "Anfield", "Siro", "Bernabeu", "Bernabéu",
        "Emirates", "Etihad", "Parc", "Princes", "Allianz", "Signal", "Iduna", "Camp", "Nou", "Rovers", "Athletic",
        "Wanderers", "Albion", "Hotspur", "County", "Olympic", "Academy", "Training", "Ground",
        // Regions and club words that start a capitalised run without being a name: "Northern Ireland", "move to Glasgow", "Inter will pay".
        "Northern", "Southern", "Ivory", "Coast", "Glasgow", "Wearside", "Merseyside", "Tyneside", "Teesside", "Inter",
    };

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "van", "de", "der", "den", "da", "das", "dos", "di", "del", "della", "von", "ter", "ten", "le", "la", "el", "bin",
    };

    private static readonly (string Cue, PersonRole Role)[] RoleBefore =
    [
        ("head coach", PersonRole.Manager), ("coach", PersonRole.Manager), ("manager", PersonRole.Manager),
        ("boss", PersonRole.Manager), ("gaffer", PersonRole.Manager), ("trainer", PersonRole.Manager),
        ("tactician", PersonRole.Manager), ("under", PersonRole.Manager), ("director", PersonRole.Official),
        ("chairman", PersonRole.Official), ("president", PersonRole.Official), ("owner", PersonRole.Official),
        ("chief executive", PersonRole.Official), ("director general", PersonRole.Official), ("general", PersonRole.Official),
        ("vice-president", PersonRole.Official), ("ceo", PersonRole.Official), ("agent", PersonRole.Official),
        ("representative", PersonRole.Official), ("referee", PersonRole.Official), ("journalist", PersonRole.Journalist),
        ("reporter", PersonRole.Journalist), ("correspondent", PersonRole.Journalist), ("insider", PersonRole.Journalist),
        ("pundit", PersonRole.Journalist), ("presenter", PersonRole.Journalist), ("according to", PersonRole.Journalist),
        ("reported by", PersonRole.Journalist), ("informed by", PersonRole.Journalist), ("via", PersonRole.Journalist), ("photographer", PersonRole.Journalist), ("columnist", PersonRole.Journalist),
    ];

    private static readonly (string[] Cue, PersonRole Role)[] RoleBeforeWords =
        RoleBefore.Select(r => (r.Cue.Split(' '), r.Role)).ToArray();

    // Whether the words just before index `end` are the cue.
    private static bool EndsWith(string[] words, int end, string[] cue)
    {
        if (end < cue.Length) return false;
        for (var k = 0; k < cue.Length; k++)
        {
            if (!string.Equals(words[end - cue.Length + k], cue[k], StringComparison.Ordinal)) return false;
        }
        return true;
    }

    private static readonly Dictionary<string, PersonRole> RoleAfterPossessive = new(StringComparer.OrdinalIgnoreCase)
    {
        ["outfit"] = PersonRole.Manager, ["side"] = PersonRole.Manager, ["team"] = PersonRole.Manager,
        ["men"] = PersonRole.Manager, ["squad"] = PersonRole.Manager, ["charges"] = PersonRole.Manager,
        ["tactics"] = PersonRole.Manager, ["system"] = PersonRole.Manager, ["project"] = PersonRole.Manager,
        ["update"] = PersonRole.Journalist, ["report"] = PersonRole.Journalist, ["reporting"] = PersonRole.Journalist,
        ["sources"] = PersonRole.Journalist, ["information"] = PersonRole.Journalist, ["column"] = PersonRole.Journalist,
        ["exclusive"] = PersonRole.Journalist, ["scoop"] = PersonRole.Journalist, ["article"] = PersonRole.Journalist,
        ["podcast"] = PersonRole.Journalist, ["newsletter"] = PersonRole.Journalist,
    };

    private static readonly HashSet<string> JournalistVerbsAfter = new(StringComparer.OrdinalIgnoreCase)
    {
        "reported", "reports", "understands", "reporting",
    };

    // "Mikel Arteta has been forced to reshuffle his front line": only a manager owns the squad.
    private static readonly string[] ManagerPhrases =
        ["his squad", "his side", "his team", "his front line", "his back line", "his defence", "his midfield", "his attack",
         "his options", "his players", "his starting", "his system", "his tactics", "his formation", "his first season in charge",
         "in charge", "his reign", "his coaching staff", "his dugout", "the dugout", "took charge", "takes charge",
         "press conference", "pre-match", "post-match", "touchline"];

    private static readonly HashSet<string> ContextBefore = new(StringComparer.OrdinalIgnoreCase)
    {
        "since", "replace", "replaced", "replacing", "replacement", "successor", "lost", "without", "behind", "injured", "alongside", "team-mate", "teammate", "deputy",
        "understudy", "than", "like", "partner",
    };

    private static readonly HashSet<string> ContextAfterPossessive = new(StringComparer.OrdinalIgnoreCase)
    {
        "injury", "absence", "knee", "hamstring", "ankle", "illness", "goal", "goals", "brace", "hat-trick", "form",
        "return", "recovery", "surgery", "successor", "replacement",
    };

    /// <param name="sentences">The article's sentences, headline included.</param>
    /// <param name="taken">Per sentence, the word indexes already known to be clubs or sources.</param>
    /// <param name="placeWords">Country, nationality and league words, never part of a name.</param>
    public static IReadOnlyList<Person> Find(IReadOnlyList<Sentence> sentences, IReadOnlyDictionary<int, HashSet<int>> taken, IReadOnlySet<string> placeWords)
    {
        var people = new List<Person>();
        // Keys are folded (NameKey): "Antonio Silva" in a headline and "António Silva" in the text are one person.
        var byName = new Dictionary<string, Person>(StringComparer.Ordinal);
        var runs = new List<(Sentence Sentence, int Start, int Count, string Text)>();

        foreach (var sentence in sentences)
        {
            var blocked = taken.GetValueOrDefault(sentence.Index);
            foreach (var (start, count) in NameRuns(sentence, blocked, placeWords))
            {
                var name = count == 1 ? sentence.Words[start].Text : string.Join(' ', Enumerable.Range(start, count).Select(i => sentence.Words[i].Text));
                runs.Add((sentence, start, count, name));
                if (CountNameWords(sentence, start, count) < 2) continue;
                // "Sunderland Holds Midfielder Talks, Seeks Attacking Targets": a title-case headline's capitals are no names.
                if (sentence.IsHeadline && IsTitleCase(sentence)) continue;
                if (!byName.TryGetValue(NameKey.Fold(name), out var person))
                {
                    person = new Person(name);
                    byName[NameKey.Fold(name)] = person;
                    people.Add(person);
                }
            }
        }

        // One-word names (Rodrygo, Casemiro): a capitalised word used at least twice, once mid-sentence, that is no
        // part of a longer name. Whether they are a transfer's subject is left to the evidence around them.
        var partOfLongerName = people.SelectMany(p => ReferenceKeys(p.FullName)).ToHashSet(StringComparer.Ordinal);
        foreach (var group in runs.Where(r => r.Count == 1 && !partOfLongerName.Contains(NameKey.Fold(r.Text))).GroupBy(r => NameKey.Fold(r.Text), StringComparer.Ordinal))
        {
            if (group.Count() < 2 || !group.Any(r => r.Start > 0) || byName.ContainsKey(group.Key)) continue;
            var person = new Person(group.First().Text);
            byName[group.Key] = person;
            people.Add(person);
        }

        // "Van Hecke" before "Jan Paul van Hecke": a name that ends another, longer name is that person.
        foreach (var shorter in people.ToList())
        {
            var longer = people.FirstOrDefault(p => p != shorter && p.FullName.Length > shorter.FullName.Length
                && NameKey.Fold(p.FullName).EndsWith(" " + NameKey.Fold(shorter.FullName), StringComparison.Ordinal));
            if (longer is null) continue;
            byName[NameKey.Fold(shorter.FullName)] = longer;
            people.Remove(shorter);
        }

        // "Uche Christantus" in a headline, "Christantus Uche" in the text: the same two names in the other order are one
        // person, named as the text names him most often (the body's order on a tie).
        foreach (var first in people.ToList())
        {
            var words = NameKey.Fold(first.FullName).Split(' ');
            if (words.Length != 2 || !people.Contains(first)) continue;
            var swapped = people.FirstOrDefault(p => p != first && NameKey.Fold(p.FullName) == words[1] + " " + words[0]);
            if (swapped is null) continue;
            int Uses(Person p) => runs.Count(r => NameKey.Fold(r.Text) == NameKey.Fold(p.FullName) && !r.Sentence.IsHeadline);
            var (keep, drop) = Uses(first) > Uses(swapped) ? (first, swapped) : (swapped, first);
            byName[NameKey.Fold(drop.FullName)] = keep;
            people.Remove(drop);
        }

        // Second pass: every run is a full name or a reference ("Trent", "Alexander-Arnold") to the person last named so.
        // A headline's "Emegha" may come before the body's "Emanuel Emegha": start from every known name's keys,
        // then let the most recently named person take a shared key as the text goes on.
        var references = new Dictionary<string, Person>(StringComparer.Ordinal);
        foreach (var person in people)
        {
            foreach (var key in ReferenceKeys(person.FullName)) references.TryAdd(key, person);
        }
        // Two people who share a surname (Josh and Dean Windass, Joao and Bruno Silva): a bare surname means the one
        // named in full in this or the sentence before, else the one the headline names, else the first named.
        var shared = people.SelectMany(p => ReferenceKeys(p.FullName).Skip(1).Select(k => (Key: k, Person: p)))
            .GroupBy(k => k.Key, StringComparer.Ordinal).Where(g => g.Select(k => k.Person).Distinct().Count() > 1)
            .ToDictionary(g => g.Key, g => g.Select(k => k.Person).Distinct().ToList(), StringComparer.Ordinal);
        var lastNamedInFull = new Dictionary<Person, int>();
        foreach (var (sentence, runStart, runCount, runText) in runs)
        {
            var (start, count, text) = (runStart, runCount, runText);
            var folded = NameKey.Fold(text);
            var person = byName.GetValueOrDefault(folded) ?? references.GetValueOrDefault(folded);
            // "On-Loan Duo Benik Afobe" in a title-case headline: a capitalised word in front of a known name.
            while (person is null && count > 2)
            {
                (start, count) = (start + 1, count - 1);
                text = string.Join(' ', Enumerable.Range(start, count).Select(i => sentence.Words[i].Text));
                folded = NameKey.Fold(text);
                person = byName.GetValueOrDefault(folded);
            }
            if (person is null) continue;
            if (!byName.ContainsKey(folded) && shared.TryGetValue(folded, out var namesakes))
            {
                person = namesakes.Where(p => lastNamedInFull.TryGetValue(p, out var at) && sentence.Index - at <= 1).OrderByDescending(p => lastNamedInFull[p]).FirstOrDefault()
                    ?? namesakes.FirstOrDefault(p => p.Mentions.Any(m => sentences[m.SentenceIndex].IsHeadline))
                    ?? namesakes[0];
            }
            else if (byName.ContainsKey(folded))
            {
                lastNamedInFull[person] = sentence.Index;
            }
            foreach (var key in ReferenceKeys(person.FullName)) references[key] = person;
            person.Mentions.Add(new PersonMention(sentence.Index, start, count));
            ReadRole(person, sentence, start, count);
        }

        people.RemoveAll(p => p.Mentions.Count == 0);
        return people;
    }

    private static bool IsTitleCase(Sentence sentence)
    {
        int longWords = 0, capitalised = 0;
        foreach (var word in sentence.Words)
        {
            if (word.Text.Length < 4 || !char.IsLetter(word.Text[0])) continue;
            longWords++;
            if (word.IsCapitalised) capitalised++;
        }
        return longWords >= 4 && capitalised >= longWords * 0.8;
    }

    private static IEnumerable<(int Start, int Count)> NameRuns(Sentence sentence, HashSet<int>? blocked, IReadOnlySet<string> placeWords)
    {
        var words = sentence.Words;
        var i = 0;
        while (i < words.Count)
        {
            if (!IsNameWord(words[i], i, blocked, placeWords)) { i++; continue; }
            var start = i;
            var end = i + 1;
            while (end < words.Count && end - start < 5 && !words[end - 1].IsPossessive && Adjacent(sentence, end - 1, end)
                && (IsNameWord(words[end], end, blocked, placeWords)
                    || (Particles.Contains(words[end].Text) && end + 1 < words.Count && IsNameWord(words[end + 1], end + 1, blocked, placeWords))))
            {
                end++;
            }
            // "(Meridian Wire)": a name alone in brackets credits an agency, not a person.
            if (!InBrackets(sentence, start, end)) yield return (start, end - start);
            i = end;
        }
    }

    private static bool IsNameWord(Word word, int index, HashSet<int>? blocked, IReadOnlySet<string> placeWords) =>
        word.IsCapitalised && word.Text.Length > 1
        && !(blocked?.Contains(index) ?? false)
        && word.Text.All(c => char.IsLetter(c) || c is '-' or '\'' or '\u2019')
        && !NotNames.Contains(word.Text) && !placeWords.Contains(word.Text)
        && !word.Text.All(char.IsUpper);

    private static bool InBrackets(Sentence sentence, int start, int end)
    {
        var from = sentence.Words[start].Start;
        var to = sentence.Words[end - 1].End;
        return from > 0 && sentence.Text[from - 1] == '(' && to < sentence.Text.Length && sentence.Text[to] == ')';
    }

    private static bool Adjacent(Sentence sentence, int left, int right)
    {
        var between = sentence.Text.AsSpan(sentence.Words[left].End, sentence.Words[right].Start - sentence.Words[left].End);
        return between.Length == 1 && between[0] == ' ';
    }

    private static int CountNameWords(Sentence sentence, int start, int count) =>
        Enumerable.Range(start, count).Count(i => !Particles.Contains(sentence.Words[i].Text.ToLowerInvariant()));

    // Folded keys (NameKey) by which later text may refer to the person: full name, first name, surname.
    private static IEnumerable<string> ReferenceKeys(string fullName)
    {
        fullName = NameKey.Fold(fullName);
        var parts = fullName.Split(' ');
        yield return fullName;
        if (parts.Length < 2) yield break;
        yield return parts[0];
        yield return parts[^1];
        yield return string.Join(' ', parts[1..]);
    }

    private static void ReadRole(Person person, Sentence sentence, int start, int count)
    {
        var words = sentence.Words;
        var last = words[start + count - 1];
        var next = start + count < words.Count ? words[start + count].Text : "";

        var lower = sentence.LowerWords;
        foreach (var (cue, role) in RoleBeforeWords)
        {
            if (EndsWith(lower, start, cue)) { Assign(person, role); return; }
        }
        if (last.IsPossessive && RoleAfterPossessive.TryGetValue(next, out var possessiveRole)) { Assign(person, possessiveRole); return; }
        // "Paul Joyce reported" names a reporter; "…for Mason Greenwood, reports L'Equipe" does not.
        if (!last.IsPossessive && JournalistVerbsAfter.Contains(next) && Adjacent(sentence, start + count - 1, start + count))
        {
            Assign(person, PersonRole.Journalist);
            return;
        }

        // Only as the sentence's subject: "X has reshuffled his front line", not "Y described X as vital to his squad".
        if (start <= 1 && person.Role == PersonRole.Player)
        {
            var ahead = string.Join(' ', Enumerable.Range(start + count, Math.Min(14, words.Count - start - count)).Select(i => words[i].Text.ToLowerInvariant()));
            if (ManagerPhrases.Any(phrase => ahead.Contains(phrase, StringComparison.Ordinal))) { Assign(person, PersonRole.Manager); return; }
        }

        var previous = start > 0 ? words[start - 1].Text : "";
        if (ContextBefore.Contains(previous) || (last.IsPossessive && ContextAfterPossessive.Contains(next)))
        {
            person.ContextMentions++;
        }
    }

    // The strongest evidence wins: once a manager, never a player because a later sentence quotes him.
    private static void Assign(Person person, PersonRole role)
    {
        if (person.Role == PersonRole.Player) person.Role = role;
    }
}
