using RumourBot.Reports.Text;

using static RumourBot.Reports.People.NameCandidates;
using static RumourBot.Reports.People.PersonRoleReader;

namespace RumourBot.Reports.People;

/// <summary>
/// Finds the people an article names (two to four capitalised words, "van"/"de" particles allowed), links later
/// surname or first-name references to them, and reads from the words around each mention whether they are a
/// manager, an official, a journalist or a player. Candidate names come from <see cref="NameCandidates"/>, roles from
/// <see cref="PersonRoleReader"/>; this class decides who is who (merged names, shared surnames).
/// </summary>
public static class PersonFinder
{
    /// <param name="sentences">The article's sentences, headline included.</param>
    /// <param name="taken">Per sentence, the word indexes already known to be clubs or sources.</param>
    /// <param name="placeWords">Country, nationality and league words, never part of a name.</param>
    /// <param name="outlets">Per sentence, the words of outlets: a name right after one's possessive is its reporter.</param>
    /// <param name="isClubName">Whether a word is a club's name or alias: such a word alone is no one-word name.</param>
    /// <param name="cityWords">Cities clubs play in ("Jeddah"): such a word alone is no one-word name either, where the story
    /// names a club of that city (<paramref name="clubNamedIn"/>) or sets something in it.</param>
    public static IReadOnlyList<Person> Find(IReadOnlyList<Sentence> sentences, IReadOnlyDictionary<int, HashSet<int>> taken, IReadOnlySet<string> placeWords,
        IReadOnlyDictionary<int, HashSet<int>>? outlets = null, Func<string, bool>? isClubName = null, IReadOnlySet<string>? cityWords = null,
        Func<string, bool>? clubNamedIn = null)
    {
        var people = new List<Person>();
        // Keys are folded (NameKey): "Antonio Silva" in a headline and "António Silva" in the text are one person.
        var byName = new Dictionary<string, Person>(StringComparer.Ordinal);
        // The person the name is, made on first sight.
        Person Named(string name)
        {
            var key = NameKey.Fold(name);
            if (byName.TryGetValue(key, out var known)) return known;
            var person = new Person(name);
            byName[key] = person;
            people.Add(person);
            return person;
        }
        var runs = new List<(Sentence Sentence, int Start, int Count, string Text)>();
        // "Turkish outlets Haber Turk … Haber Turk, one of the most popular outlets, believes": once named as an outlet, a
        // name is the outlet's wherever it comes again.
        var outletNames = OutletNames(sentences, outlets);
        var headline = sentences.FirstOrDefault(s => s.IsHeadline);

        var found = sentences.SelectMany(sentence => NameRuns(sentence, taken.GetValueOrDefault(sentence.Index), placeWords)
            .Select(run => (Sentence: sentence, run.Start, run.Count))).ToList();
        // The words names end in, but not where a club's name follows ("Jeremain" of "Jeremain Lens", Lens read as the club);
        // gathered only for an article with a name run into a club's.
        HashSet<string>? surnames = null;
        HashSet<string>? proseNameWords = null;
        HashSet<string>? proseCapitals = null;
        foreach (var (sentence, start, runCount) in found)
        {
            var count = runCount;
            // "Everton close signing Godfrey Norwich agree club-record fee": a name run into the club after it, where
            // the word before the club ends a name elsewhere ("but Godfrey is seen as"), stops before the club. "David
            // Villa" stays whole: no name elsewhere ends in "David"; so does "Giovani dos Santos", his club a particle away.
            if (count >= 2 && isClubName is not null && !IsParticle(sentence.Words[start + count - 2].Text) && isClubName(sentence.Words[start + count - 1].Text)
                && (surnames ??= SurnamesOf(found, isClubName)).Contains(NameKey.Fold(sentence.Words[start + count - 2].Text))) count--;
            var name = NameText(sentence, start, count);
            runs.Add((sentence, start, count, name));
            if (CountNameWords(sentence, start, count) < 2) continue;
            // "Radio Onda Cero", "Press Association": a name with a media word in it is an outlet, not a person.
            // "centre-back El Chadaille Bitshiabu" is a player however his name opens: a position word names a person.
            var describedAsPlayer = start > 0 && Moves.MoveSides.IsPositionWord(sentence.LowerWords[start - 1]);
            if ((!describedAsPlayer && Sources.CitationReader.IsOutletShaped(sentence, start, count)) || outletNames.Contains(NameKey.Fold(name))) continue;
            // "Sunderland Holds Midfielder Talks, Seeks Attacking Targets": a title-case headline's capitals are no names.
            // So are those of the headline repeated at the top of the page's text ("Town Accept Palace Bid for Lee? - Town News").
            // A subheading's run keeps its name where the prose uses one of its words as a name ("Tomas Varga" over "Varga").
            var subheading = !sentence.IsHeadline && !RepeatsHeadline(sentence, headline);
            // The headline's own two-word run keeps its name where the prose writes his surname with its capital, even at a sentence's
            // start, where no run of the prose reads it as a name ("Juventus Loan Daniele Rugani to Fiorentina" over "Rugani has
            // eight appearances").
            if (IsHeading(sentence, headline) && !(subheading && UsesAnyOf(proseNameWords ??= ProseNameWords(found, headline), sentence, start, count))
                && !(sentence.IsHeadline && IsTwoWordName(sentence, start, count, isClubName) && (proseCapitals ??= ProseCapitals(sentences, headline)).Contains(NameKey.Fold(sentence.Words[start + 1].Text)))) continue;
            var person = Named(name);
            // "Gonzalo 'Pity' Martinez" is "Pity Martinez" too.
            if (count == 3 && IsQuotedNickname(sentence, start + 1)) byName.TryAdd(NameKey.Fold(NameText(sentence, start + 1, 2)), person);
        }

        // "toronto complete bradley signing roma": a headline written all in lower case (a page's address) names people
        // the body names with capitals; read them there.
        var headlineRuns = LowerCaseHeadlineRuns(sentences, runs);
        // "bryan gil on loan at valencia cf again" over a body that only says "the winger": two words the body never
        // uses, where the headline names no one the body names, are the name the page's address gives him.
        if (headlineRuns.Count == 0 && HeadlineOnlyName(sentences, taken) is { } only)
        {
            headlineRuns.Add(only);
            Named(only.Text);
        }
        runs.InsertRange(0, headlineRuns);
        foreach (var name in UnglueNames(runs)) Named(name);

        // One-word names (Rodrygo, Casemiro): a capitalised word used at least twice, once mid-sentence, that is no
        // part of a longer name. Whether they are a transfer's subject is left to the evidence around them.
        HashSet<string>? clubEnds = null;
        List<(Person Person, string Surname)>? namedInFull = null;
        var partOfLongerName = people.SelectMany(p => ReferenceKeys(p.FullName)).ToHashSet(StringComparer.Ordinal);
        foreach (var group in runs.Where(r => r.Count == 1 && !partOfLongerName.Contains(NameKey.Fold(r.Text))).GroupBy(r => NameKey.Fold(r.Text), StringComparer.Ordinal))
        {
            // "Forest Rejected As Destination By Star": a title-case headline, and its copies at the top of the text,
            // capitalise every word; a word the rest of the text never writes so is no name.
            if (group.All(r => IsHeading(r.Sentence, headline))) continue;
            if (byName.ContainsKey(group.Key)) continue;
            // "Jamie Carragher's son James has signed": a son or brother named by his first name carries the family's name.
            if (FamilySurname(group) is { } family)
            {
                byName[group.Key] = Named(group.First().Text + " " + family);
                continue;
            }
            // "Blackburn manager Sam Allarydce said … Allardyce said": a surname with its letters out of order is the man
            // named in full, not a second man.
            namedInFull ??= people.Where(p => p.FullName.Contains(' ')).Select(p => (Person: p, Surname: NameKey.Fold(p.FullName[(p.FullName.LastIndexOf(' ') + 1)..]))).ToList();
            if (namedInFull.FirstOrDefault(s => IsMisspelling(group.Key, s.Surname)).Person is { } spelt)
            {
                byName[group.Key] = spelt;
                continue;
            }
            if (!IsOneWordName(group.ToList())) continue;
            // "Leeds United FC Leeds transfer bid": a club's name the gazetteer missed in one place is still the club.
            if (isClubName?.Invoke(group.First().Text) == true) continue;
            // "the move to Jeddah", "Al-Ittihad … Jeddah": a city is a place; "Wolves swooped for Lima", a story naming no
            // club of Lima, tells of a player called so.
            if (cityWords?.Contains(group.First().Text) == true
                && (clubNamedIn?.Invoke(group.First().Text) != false || group.Any(r => AfterPlaceWord(r.Sentence, r.Start)))) continue;
            // "Chicago Fire … an international roster spot for the Fire": the last word of a club the story names is that club.
            if ((clubEnds ??= LastWordsOfClubs(sentences, taken)).Contains(group.Key)) continue;
            if (outletNames.Contains(group.Key) || group.Any(r => Sources.CitationReader.IsOutletShaped(r.Sentence, r.Start, 1))) continue;
            Named(group.First().Text);
        }

        // "Van Hecke" before "Jan Paul van Hecke": a name that ends another, longer name is that person. So does a
        // spelling of it with a German umlaut written out ("Fuellkrug" for "Niclas Fullkrug").
        // Folded and spelling keys once per person: these merges compare every pair.
        var folds = people.ToDictionary(p => p, p => NameKey.Fold(p.FullName));
        var spellings = people.ToDictionary(p => p, p => Spelling(p.FullName));
        foreach (var shorter in people.ToList())
        {
            var (fold, spelling) = (" " + folds[shorter], " " + spellings[shorter]);
            var longer = people.FirstOrDefault(p => p != shorter && p.FullName.Length > shorter.FullName.Length
                && (folds[p].EndsWith(fold, StringComparison.Ordinal) || spellings[p].EndsWith(spelling, StringComparison.Ordinal)));
            if (longer is null) continue;
            byName[NameKey.Fold(shorter.FullName)] = longer;
            people.Remove(shorter);
        }

        // "Benfica deny Joao Felix-Atletico reports": a name joined to a club by a hyphen is the name.
        foreach (var joined in people.ToList())
        {
            var folded = folds[joined];
            if (!folded.Contains('-', StringComparison.Ordinal)) continue;
            var name = people.FirstOrDefault(p => p != joined && folded.Length > folds[p].Length && folded[folds[p].Length] == '-' && folded.StartsWith(folds[p], StringComparison.Ordinal));
            if (name is null) continue;
            byName[folded] = name;
            people.Remove(joined);
        }

        // "Caleb Ekuban" in a headline, "Caleb Ansah Ekuban" in the text: a name that leaves out a middle name is that person.
        foreach (var shorter in people.ToList())
        {
            var words = folds[shorter].Split(' ');
            if (words.Length != 2) continue;
            var (first, last) = (words[0] + " ", " " + words[1]);
            var longer = people.FirstOrDefault(p => p != shorter && folds[p].StartsWith(first, StringComparison.Ordinal) && folds[p].EndsWith(last, StringComparison.Ordinal)
                && folds[p].Count(c => c == ' ') is 2 or 3);
            if (longer is null) continue;
            // Named as the story first names him in full: the headline's "Caleb Ekuban" over the text's "Caleb Ansah Ekuban".
            int FirstUse(Person p) => runs.FindIndex(r => NameKey.Fold(r.Text) == NameKey.Fold(p.FullName));
            var (keep, drop) = FirstUse(shorter) <= FirstUse(longer) ? (shorter, longer) : (longer, shorter);
            byName[NameKey.Fold(drop.FullName)] = keep;
            people.Remove(drop);
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
        Person? lastNamed = null;
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
            // "with “Amoory” having arrived": a one-word nickname in quotation marks is the player last named.
            if (person is null && count == 1 && InQuotes(sentence, start) && lastNamed is { Role: PersonRole.Player }) person = lastNamed;
            if (person is null) continue;
            lastNamed = person;
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
            // "Cristiano Ronaldo's Al Nassr are interested in Walker": a club told as a man's is his club, the story another's.
            if (person.Role == PersonRole.Player && IsFigureheadOf(sentence, start + count - 1, taken.GetValueOrDefault(sentence.Index)))
            {
                person.ContextMentions++;
                person.ContextSentences.Add(sentence.Index);
            }
            // "The Telegraph's John Percy adds", "TRT's Barış Yurduseven revealed": an outlet's man is its reporter.
            if (person.Role == PersonRole.Player && start > 0 && sentence.Words[start - 1].IsPossessive && outlets?.GetValueOrDefault(sentence.Index)?.Contains(start - 1) == true)
                person.Role = PersonRole.Journalist;
        }

        people.RemoveAll(p => p.Mentions.Count == 0);
        return people;
    }

    // "the attacking midfielder Pedroaged 17 … Zenit have preference in buying Pedro", "the goalkeeper Hugo Souzawhich
    // became … the transfer of Hugo Souza": a scraped page ran a linked name into the small word after it. A run that is
    // another run's name plus such a word is that name; so is a full name run into a longer word no name ends in
    // ("Denis Bouangaduring the Leagues Cup"). Returns the full names so freed.
    private static List<string> UnglueNames(List<(Sentence Sentence, int Start, int Count, string Text)> runs)
    {
        HashSet<string>? names = null;
        List<string> freed = [];
        for (var r = 0; r < runs.Count; r++)
        {
            var text = runs[r].Text;
            if (text.Length < 6 || !char.IsLower(text[^1])) continue;
            foreach (var glued in GluedWords)
            {
                if (text.Length - glued.Length < 3 || !text.EndsWith(glued, StringComparison.Ordinal)) continue;
                names ??= runs.Select(x => x.Text).ToHashSet(StringComparer.Ordinal);
                var stem = text[..^glued.Length];
                var wholeName = runs[r].Count >= 2 && glued.Length >= 5 && char.IsLower(stem[^1]);
                if (names.Contains(stem) || wholeName)
                {
                    runs[r] = runs[r] with { Text = stem };
                    if (wholeName) freed.Add(stem);
                }
                break;
            }
        }
        return freed;
    }

    // Only the first word a run ends in is tried: the long ones, which free a whole name, come first.
    private static readonly string[] GluedWords = ["during", "where", "which", "aged", "the", "who", "has", "had", "was", "is", "not", "and", "will"];

    // "kyle lafftery" in a page's address for the text's "Kyle Lafferty": the first name as written, the surname with its
    // letters out of order.
    private static string? MisspeltSurnameOf(string key, Dictionary<string, string> bodyNames)
    {
        var space = key.IndexOf(' ');
        if (space < 0) return null;
        var (first, surname) = (key[..(space + 1)], key[(space + 1)..]);
        foreach (var (name, text) in bodyNames)
        {
            if (name.Length == key.Length && name.StartsWith(first, StringComparison.Ordinal) && IsMisspelling(surname, name[(space + 1)..])) return text;
        }
        return null;
    }

    // Two folded surnames of six letters or more, the same letters in another order, the first three alike: one name
    // typed twice ("lafftery", "lafferty"), not two names.
    private static bool IsMisspelling(string surname, string other) =>
        surname.Length >= 6 && surname.Length == other.Length && surname != other && other.AsSpan(0, 3).SequenceEqual(surname.AsSpan(0, 3))
        && other.Order().SequenceEqual(surname.Order());

    private static List<(Sentence Sentence, int Start, int Count, string Text)> LowerCaseHeadlineRuns(IReadOnlyList<Sentence> sentences, List<(Sentence Sentence, int Start, int Count, string Text)> runs)
    {
        var found = new List<(Sentence, int, int, string)>();
        if (sentences.Count < 2 || !sentences[0].IsHeadline) return found;
        var headline = sentences[0];
        if (headline.Words.Count < 3 || headline.Words.Any(w => w.IsCapitalised)) return found;
        // The body's names by their folded words, longest first wins at each headline word.
        var bodyNames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var run in runs)
        {
            if (run.Count <= 3 && !run.Sentence.IsHeadline) bodyNames.TryAdd(NameKey.Fold(run.Text), run.Text);
        }
        var lower = headline.LowerWords;
        for (var i = 0; i < lower.Length; i++)
        {
            for (var count = Math.Min(3, lower.Length - i); count >= 1; count--)
            {
                var key = count == 1 ? NameKey.Fold(lower[i]) : NameKey.Fold(string.Join(' ', lower, i, count));
                var text = bodyNames.GetValueOrDefault(key) ?? (count == 2 ? MisspeltSurnameOf(key, bodyNames) : null);
                if (text is null) continue;
                found.Add((headline, i, count, text));
                i += count - 1;
                break;
            }
        }
        return found;
    }

    private static (Sentence Sentence, int Start, int Count, string Text)? HeadlineOnlyName(IReadOnlyList<Sentence> sentences, IReadOnlyDictionary<int, HashSet<int>> taken)
    {
        if (sentences.Count < 2 || !sentences[0].IsHeadline) return null;
        var headline = sentences[0];
        if (headline.Words.Count < 4 || headline.Words.Any(w => w.IsCapitalised)) return null;
        var bodyWords = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in sentences.Skip(1))
        {
            // "Ward-Prowse" in the text is "ward prowse" in the address.
            foreach (var word in sentence.LowerWords)
            {
                foreach (var part in word.Split('-')) bodyWords.Add(NameKey.Fold(part));
            }
        }
        var clubs = taken.GetValueOrDefault(headline.Index);
        bool nameWord(int i) => clubs?.Contains(i) != true && headline.Words[i].Text.Length >= 3 && headline.Words[i].Text.All(char.IsLetter)
            && !bodyWords.Contains(NameKey.Fold(headline.LowerWords[i])) && !IsNeverAName(Capitalise(headline.Words[i].Text)) && !TransferWords.IsTransferWord(headline.Words[i].Text)
            && !IsGluedPlacePossessive(headline.LowerWords[i]);
        for (var i = 0; i + 1 < headline.Words.Count; i++)
        {
            if (!nameWord(i) || !nameWord(i + 1)) continue;
            // Exactly two: a longer run of words the body never uses is a phrase, not a name.
            if (i + 2 < headline.Words.Count && nameWord(i + 2) || i > 0 && nameWord(i - 1)) return null;
            // Where a name stands in a headline: first, before his deed ("bryan gil on loan"), or after the verb that
            // wants, signs or bids for him ("to sign matheus goncalves", "bid for kai moreno").
            var first = i == 0 && Enumerable.Range(i + 2, 2).Any(k => k < headline.Words.Count && TransferWords.IsTransferWord(headline.Words[k].Text));
            if (!first && !(i > 0 && ObjectVerbs.Contains(headline.LowerWords[i - 1]))) continue;
            return (headline, i, 2, Capitalise(headline.Words[i].Text) + " " + Capitalise(headline.Words[i + 1].Text));
        }
        // "hart signs new city contract" over a text that only says "the England goalkeeper": one word the body never
        // uses, opening the headline before his own deed, is his surname.
        if (headline.Words[0].Text.Length >= 4 && nameWord(0) && !nameWord(1) && HisDeeds.Contains(headline.LowerWords[1]))
            return (headline, 0, 1, Capitalise(headline.Words[0].Text));
        // "chelsea have signed pedro from barcelona": one such word after the verb that signs or wants him, closing the
        // headline or before the club he leaves, is his name.
        for (var i = 1; i < headline.Words.Count; i++)
        {
            var last = i + 1 == headline.Words.Count;
            if (headline.Words[i].Text.Length < 4 || !nameWord(i) || !(last || headline.LowerWords[i + 1] is "from" or "to" or "in" or "on" or "for" or "loan")) continue;
            // "sunderland sign senegals mangane loan": his country's possessive, its apostrophe dropped, may stand between.
            var verb = i >= 2 && IsGluedPlacePossessive(headline.LowerWords[i - 1]) ? i - 2 : i - 1;
            if (ObjectVerbs.Contains(headline.LowerWords[verb]) || headline.LowerWords[verb] == "signed") return (headline, i, 1, Capitalise(headline.Words[i].Text));
        }
        return null;
    }

    private static readonly HashSet<string> HisDeeds = new(StringComparer.Ordinal)
    {
        "signs", "joins", "completes", "extends", "pens", "commits", "seals", "agrees", "rejects", "snubs", "leaves", "quits",
    };

    private static readonly HashSet<string> ObjectVerbs = new(StringComparer.Ordinal)
    {
        "sign", "signs", "signing", "land", "lands", "landing", "want", "wants", "target", "targets", "eye", "eyes", "chase",
        "chasing", "for", "snap", "capture", "keep", "sell", "sells", "selling", "loan", "loans",
    };

    // "senegals": a word that is never a name (a country, a people, a title) with the possessive "s" a slug glued on
    // ("Senegal's").
    private static bool IsGluedPlacePossessive(string lowerWord) =>
        lowerWord.Length >= 6 && lowerWord[^1] == 's' && IsNeverAName(Capitalise(lowerWord[..^1]));

    // The surname of the man whose son (brother, nephew) the one-word name is said to be: "Carragher" of "Jamie
    // Carragher's son James", "Zidane's younger son Theo".
    private static string? FamilySurname(IEnumerable<(Sentence Sentence, int Start, int Count, string Text)> uses)
    {
        foreach (var (sentence, start, _, _) in uses)
        {
            var at = start - 1;
            if (at < 1 || !Kin.Contains(sentence.LowerWords[at])) continue;
            if (sentence.LowerWords[at - 1] is "younger" or "older" or "elder" or "little" or "twin" or "eldest" or "youngest") at--;
            var family = sentence.Words[at - 1];
            if (family.IsPossessive && family.IsCapitalised && family.Text.All(char.IsLetter)) return family.Text;
        }
        return null;
    }

    private static string Capitalise(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    private static HashSet<string> OutletNames(IReadOnlyList<Sentence> sentences, IReadOnlyDictionary<int, HashSet<int>>? outlets)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (outlets is null) return names;
        foreach (var (index, words) in outlets)
        {
            var sentence = sentences[index];
            foreach (var start in words.Where(w => !words.Contains(w - 1)))
            {
                var end = start;
                while (words.Contains(end + 1)) end++;
                names.Add(NameKey.Fold(string.Join(' ', Enumerable.Range(start, end - start + 1).Select(i => sentence.Words[i].Text))));
            }
        }
        return names;
    }

    // Whether a capitalised word met only alone is a one-word name (Rodrygo, Casemiro): used twice, once
    // mid-sentence; or once mid-headline in a headline written in sentence case ("the transfer fee of Barella to Inter").
    // Not a nickname only ever in quotation marks ("Amoory"), nor a team taking a plural verb ("Al-Tawoon are looking").
    private static bool IsOneWordName(List<(Sentence Sentence, int Start, int Count, string Text)> uses)
    {
        if (uses.All(u => InQuotes(u.Sentence, u.Start))) return false;
        if (uses.Any(u => TakesPluralVerb(u.Sentence, u.Start) || AfterTeamNoun(u.Sentence, u.Start) || BeforeClubSuffix(u.Sentence, u.Start))) return false;
        if (uses.Count(u => IsModifier(u.Sentence, u.Start)) * 2 >= uses.Count) return false;
        // "Luisão will not sign… Luisão's agents are now looking…": only ever opening sentences, a word once possessive
        // is a name too (no sentence opener owns anything). So is one the page's address gives ("eboue joins galatasaray"
        // over "Eboue must wait for his debut"): a lower-case headline writes words, not sentence openers.
        if (uses.Count >= 2) return uses.Any(u => u.Start > 0 || u.Sentence.Words[u.Start].IsPossessive || u.Sentence.IsHeadline && !u.Sentence.Words.Any(w => w.IsCapitalised));
        var (sentence, start, _, _) = uses[0];
        // "Celtic-linked midfielder": a compound ending in a small word describes.
        var text = sentence.Words[start].Text;
        var hyphen = text.IndexOf('-', StringComparison.Ordinal);
        if (hyphen >= 0 && hyphen + 1 < text.Length && char.IsLower(text[hyphen + 1])) return false;
        return sentence.IsHeadline && start > 0 && !IsTitleCase(sentence) && sentence.Text[..sentence.Words[start].Start].TrimEnd() is { Length: > 0 } before
            && char.IsLetter(before[^1]);
    }

    private static bool InQuotes(Sentence sentence, int index)
    {
        var word = sentence.Words[index];
        return word.Start > 0 && sentence.Text[word.Start - 1] is '"' or '\u201C' or '\u2018' or '\''
            && word.End < sentence.Text.Length && sentence.Text[word.End] is '"' or '\u201D' or '\u2019' or '\'';
    }

    // "Ronaldo's Al-Nassr", "Guardiola's Manchester City": a possessive name before a club's, where what follows tells of
    // the club and not of his place there ("Salah's Liverpool future", "Kane's Tottenham team-mates" are his).
    private static bool IsFigureheadOf(Sentence sentence, int last, HashSet<int>? clubWords)
    {
        if (clubWords is null || !sentence.Words[last].IsPossessive || !clubWords.Contains(last + 1)) return false;
        var after = last + 1;
        while (after < sentence.Words.Count && clubWords.Contains(after)) after++;
        return after < sentence.Words.Count && !sentence.Words[after - 1].IsPossessive && !HisPlaceAtClub.Contains(sentence.LowerWords[after]);
    }

    private static readonly HashSet<string> HisPlaceAtClub = new(StringComparer.Ordinal)
    {
        "future", "contract", "deal", "exit", "departure", "stay", "career", "return", "spell", "stint", "days", "wages", "salary",
        "release", "switch", "move", "transfer", "loan", "renewal", "extension", "team-mates", "teammates", "team-mate", "teammate",
        "debut", "status", "role", "place", "position", "chances", "form", "goals", "record", "time", "tenure", "farewell",
    };

    // The folded last word of every name of two or more words already taken as a club or an outlet ("fire" of "Chicago Fire").
    private static HashSet<string> LastWordsOfClubs(IReadOnlyList<Sentence> sentences, IReadOnlyDictionary<int, HashSet<int>> taken)
    {
        var ends = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (index, words) in taken)
        {
            foreach (var word in words)
            {
                if (words.Contains(word - 1) && !words.Contains(word + 1)) ends.Add(NameKey.Fold(sentences[index].Words[word].Text));
            }
        }
        return ends;
    }

    // The words of the names the text's prose uses: a subheading's run with none of them ("Lens Stands Firm on Tomas
    // Varga") is its capitals, not a name; one with them ("Tomas Varga" over a text that says "Varga") is his name.
    private static HashSet<string> ProseNameWords(List<(Sentence Sentence, int Start, int Count)> found, Sentence? headline)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (sentence, start, count) in found)
        {
            if (IsHeading(sentence, headline)) continue;
            for (var i = start; i < start + count; i++) words.Add(NameKey.Fold(sentence.Words[i].Text));
        }
        return words;
    }

    // Two words, neither a transfer word ("Agree Jerome") nor the second a club's name ("Skint Sevco").
    private static bool IsTwoWordName(Sentence sentence, int start, int count, Func<string, bool>? isClubName) =>
        count == 2 && !TransferWords.IsTransferWord(sentence.Words[start].Text) && !TransferWords.IsTransferWord(sentence.Words[start + 1].Text)
        && isClubName?.Invoke(sentence.Words[start + 1].Text) != true;

    // Every capitalised word of the prose, headings aside.
    private static HashSet<string> ProseCapitals(IReadOnlyList<Sentence> sentences, Sentence? headline)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            if (IsHeading(sentence, headline)) continue;
            foreach (var word in sentence.Words)
            {
                if (word.IsCapitalised) words.Add(NameKey.Fold(word.Text));
            }
        }
        return words;
    }

    private static bool UsesAnyOf(HashSet<string> nameWords, Sentence sentence, int start, int count)
    {
        for (var i = start; i < start + count; i++)
        {
            if (nameWords.Contains(NameKey.Fold(sentence.Words[i].Text))) return true;
        }
        return false;
    }

    // A title-case line: the headline, its copy at the top of the text, or a subheading under it ("VfB Stuttgart Stands
    // Firm on Nick Woltemade Amidst Transfer Speculation", with no full stop), where every word has a capital.
    private static bool IsHeading(Sentence sentence, Sentence? headline) =>
        (sentence.IsHeadline || RepeatsHeadline(sentence, headline) || !EndsLikeProse(sentence.Text)) && IsTitleCase(sentence);

    private static bool EndsLikeProse(string text) =>
        text.AsSpan().TrimEnd().TrimEnd("\"'\u201D\u2019)") is [.., '.' or '!' or '?' or ':' or ';'];

    // A scraped page often opens its text with its own title, sometimes with the site's name after it.
    private static bool RepeatsHeadline(Sentence sentence, Sentence? headline) =>
        headline is not null && headline != sentence && headline.Text.Length >= 12
        && (sentence.Text.StartsWith(headline.Text, StringComparison.OrdinalIgnoreCase) || (sentence.Text.Length >= 12 && headline.Text.StartsWith(sentence.Text, StringComparison.OrdinalIgnoreCase)));

    // "in Lima", "flew home to Lima", "back from Lima": a word after one of these is a place ("the signing of Lima from
    // Sport Recife" is not).
    private static bool AfterPlaceWord(Sentence sentence, int index)
    {
        var words = sentence.LowerWords;
        if (index == 0) return false;
        if (words[index - 1] is "in" or "near" or "outside" or "around" or "across") return true;
        return index > 1 && words[index - 1] is "to" or "from" && words[index - 2] is "home" or "back" or "flew" or "flown" or "returned" or "travelled" or "traveled";
    }

    // "Norwegian side Stabæk", "the club Junior": named as a team, never a person.
    private static bool AfterTeamNoun(Sentence sentence, int index) =>
        index > 0 && sentence.LowerWords[index - 1] is "side" or "club" or "outfit" or "team" && NameCandidates.Adjacent(sentence, index - 1, index);

    // "The Blues Chelsea FC are reported…", "Chelsea FC's new manager": a word before a club's suffix is the club's name.
    private static bool BeforeClubSuffix(Sentence sentence, int index) =>
        index + 1 < sentence.Words.Count && !sentence.Words[index].IsPossessive && sentence.Words[index + 1].Text.TrimEnd('\'', '\u2019', 's') is "FC" or "AFC" or "CF" or "SC" or "SK" or "FK"
        && NameCandidates.Adjacent(sentence, index, index + 1);

    private static HashSet<string> SurnamesOf(List<(Sentence Sentence, int Start, int Count)> runs, Func<string, bool> isClubName) =>
        runs.Where(r => !ClubFollows(r.Sentence, r.Start + r.Count, isClubName))
            .Select(r => NameKey.Fold(r.Sentence.Words[r.Start + r.Count - 1].Text)).ToHashSet(StringComparer.Ordinal);

    private static bool ClubFollows(Sentence sentence, int index, Func<string, bool> isClubName) =>
        index < sentence.Words.Count && sentence.Words[index].IsCapitalised && NameCandidates.Adjacent(sentence, index - 1, index) && isClubName(sentence.Words[index].Text);

    // "the Riyadh giants", "gives Riyadh giants", "the Junior fans": a word describing a team is a place or a club, not a
    // person, when most of its uses are so.
    private static bool IsModifier(Sentence sentence, int index) =>
        index + 1 < sentence.Words.Count && !sentence.Words[index].IsPossessive && TeamNouns.Contains(sentence.LowerWords[index + 1]);

    private static readonly HashSet<string> TeamNouns = new(StringComparer.Ordinal)
    {
        "giants", "side", "club", "outfit", "team", "champions", "hierarchy", "board", "based", "heavyweights", "minnows",
        "rivals", "outfits", "clubs", "sides", "fans", "supporters", "faithful", "hierarchy", "directors", "ultras",
        // "Cork native Jake O'Brien": a place's native is no person.
        "native", "natives",
    };

    private static bool TakesPluralVerb(Sentence sentence, int index) =>
        index + 1 < sentence.Words.Count && sentence.LowerWords[index + 1] is "are" or "have" or "were"
        && !sentence.Words[index].IsPossessive && (index == 0 || sentence.LowerWords[index - 1] is not ("and" or "&"));

    // A folded name with German umlauts as written out folded too: "Fuellkrug" and "Füllkrug" spell one name.
    private static string Spelling(string name) =>
        NameKey.Fold(name).Replace("ue", "u", StringComparison.Ordinal).Replace("oe", "o", StringComparison.Ordinal).Replace("ae", "a", StringComparison.Ordinal);

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
}
