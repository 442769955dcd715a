using System.Buffers;
using System.Text.Json;
using RumourBot.Reports.Text;

namespace RumourBot.Reports.Clubs;

/// <summary>
/// Every club the analyser knows, by full name, short name, nickname ("the Merseysiders") and descriptor
/// ("the Spanish giants", "the Liga club"). Shared aliases and descriptors are settled from the other clubs an
/// article names, never guessed.
/// </summary>
public sealed partial class ClubGazetteer
{
    // What writers put after a country or league to mean "a club from there".
    private static readonly string[] ClubWords =
        ["giants", "club", "clubs", "side", "outfit", "champions", "team", "heavyweights", "powerhouse", "titans", "leaders", "holders", "champion"];

    private readonly PhraseMatcher<Club[]> _names;
    private readonly PhraseMatcher<Club[]> _descriptors;
    private readonly Dictionary<string, Club> _byName;
    private readonly HashSet<Club> _prominent;
    private readonly (string Place, string Country)[] _placeCountries;
    private readonly Dictionary<string, string[]> _countryNames;
    private readonly Dictionary<string, Club> _onlyClubOfCity;

    public IReadOnlyList<Club> Clubs { get; }

    /// <summary>Country names, adjectives and league names: words that are never part of a person's name.</summary>
    public IReadOnlySet<string> PlaceWords { get; }

    /// <summary>The one-word cities clubs play in ("Jeddah", "Vigo"): a place, never a one-word name for a person.</summary>
    public IReadOnlySet<string> CityWords { get; }

    private ClubGazetteer(ClubData data)
    {
        var clubs = data.Clubs.Select(c => new Club(c.Name, c.Country, c.City, c.Aliases)).ToList();
        Clubs = clubs;
        _prominent = clubs.Where((_, i) => data.Clubs[i].Prominent).ToHashSet();
        _byName = new Dictionary<string, Club>(StringComparer.OrdinalIgnoreCase);
        foreach (var club in clubs) _byName.TryAdd(club.Name, club);

        var namePhrases = new Dictionary<string, List<Club>>(StringComparer.Ordinal);
        foreach (var club in clubs)
        {
            // Each name also without its accents ("Sao Paulo FC" for "São Paulo FC"); the text's accents go at look-up.
            foreach (var phrase in club.Aliases.Prepend(club.Name).SelectMany(p => (string[])[p, NameKey.StripAccents(p)]).Distinct(StringComparer.Ordinal))
            {
                if (!namePhrases.TryGetValue(phrase, out var list)) namePhrases[phrase] = list = [];
                if (!list.Contains(club)) list.Add(club);
            }
        }
        // A club's own full name beats another club's alias ("Inter Milan" is never "Milan").
        _names = new PhraseMatcher<Club[]>(namePhrases.Select(p => (p.Key, p.Value.ToArray())), StringComparer.Ordinal);

        var descriptorPhrases = new Dictionary<string, HashSet<Club>>(StringComparer.OrdinalIgnoreCase);
        void AddDescriptor(string phrase, IEnumerable<Club> members)
        {
            if (!descriptorPhrases.TryGetValue(phrase, out var set)) descriptorPhrases[phrase] = set = [];
            set.UnionWith(members);
        }
        foreach (var country in data.Countries)
        {
            var members = clubs.Where(c => c.Country == country.Name).ToList();
            foreach (var word in country.Adjectives.Concat(country.Leagues))
            {
                foreach (var clubWord in ClubWords) AddDescriptor($"{word} {clubWord}", members);
            }
        }
        foreach (var descriptor in data.Descriptors)
        {
            AddDescriptor(descriptor.Phrase, descriptor.Clubs.Select(name => _byName.GetValueOrDefault(name)).OfType<Club>());
        }
        _descriptors = new PhraseMatcher<Club[]>(
            descriptorPhrases.Where(p => p.Value.Count > 0).Select(p => (p.Key, p.Value.ToArray())), StringComparer.OrdinalIgnoreCase);

        // "Serie A", "Italian": a league or adjective that belongs to one country only.
        _placeCountries = data.Countries
            .SelectMany(c => c.Leagues.Concat(c.Adjectives).Where(p => p.Length >= 4).Select(p => (Place: p, Country: c.Name)))
            .GroupBy(p => p.Place, StringComparer.Ordinal).Where(g => g.Select(p => p.Country).Distinct().Count() == 1)
            .Select(g => g.First()).ToArray();

        // "Saudi Arabia", "Serie A", "MLS" (the United States and Canada), and "Italian football": what a move to or from
        // a country is told with.
        _countryNames = data.Countries
            .SelectMany(c => c.Leagues.Append(c.Name).Concat(c.Adjectives.Select(a => a + " football")).Select(p => (Place: p, Country: c.Name)))
            .GroupBy(p => p.Place, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Country).Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        CountryNames = SearchValues.Create(_countryNames.Keys.ToArray(), StringComparison.Ordinal);

        CityWords = data.Clubs.Select(c => c.City?.Trim()).OfType<string>().Where(city => city.Length > 2 && !city.Contains(' ')).ToHashSet(StringComparer.Ordinal);
        _onlyClubOfCity = clubs.Where(c => c.City is { Length: > 2 } city && !city.Contains(' ')).GroupBy(c => c.City!, StringComparer.Ordinal)
            .Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        PlaceWords = data.Countries
            .SelectMany(c => c.Adjectives.Concat(c.Leagues).Append(c.Name))
            .SelectMany(phrase => phrase.Split(' '))
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The gazetteer built from every club list embedded in the app (Data/clubs*.json), merged.</summary>
    public static ClubGazetteer Default { get; } = FromEmbeddedAnd(extraFile: null);

    /// <summary>The setting (and environment variable Analysis__ClubsFile) naming an extra club file.</summary>
    public const string ExtraFileSetting = "Analysis:ClubsFile";

    public static ClubGazetteer Load(Stream json) => new(ClubData.Merge([Read(json, "the club list")]));

    /// <summary>
    /// The embedded club lists plus, when <paramref name="extraFile"/> is set, a file of the same shape: clubs can
    /// be added without touching code.
    /// </summary>
    /// <exception cref="InvalidDataException">The extra file is missing or not a club list; the message says which.</exception>
    public static ClubGazetteer FromEmbeddedAnd(string? extraFile)
    {
        var files = EmbeddedData.Names("clubs", ".json").Select(name =>
        {
            using var stream = EmbeddedData.Open(name);
            return Read(stream, name);
        }).ToList();
        if (!string.IsNullOrWhiteSpace(extraFile))
        {
            if (!File.Exists(extraFile)) throw new InvalidDataException($"{ExtraFileSetting} names {extraFile}, which does not exist.");
            using var stream = File.OpenRead(extraFile);
            files.Add(Read(stream, extraFile));
        }
        return new ClubGazetteer(ClubData.Merge(files));
    }

    private static ClubData Read(Stream json, string what)
    {
        try
        {
            return JsonSerializer.Deserialize<ClubData>(json, EmbeddedData.JsonOptions)
                ?? throw new InvalidDataException($"{what} is empty.");
        }
        catch (JsonException error)
        {
            throw new InvalidDataException($"{what} is not a club list: {error.Message}");
        }
    }

    /// <summary>Every country name, league and "Italian football" <see cref="CountriesNamed"/> knows, to find them fast.</summary>
    public SearchValues<string> CountryNames { get; }

    /// <summary>The countries a country name, league or "Italian football" means: none when it is no such name.</summary>
    public IReadOnlyList<string> CountriesNamed(string place) => _countryNames.GetValueOrDefault(place) ?? [];

    /// <summary>The club with this full name or alias, when exactly one club answers to it.</summary>
    public Club? Find(string nameOrAlias)
    {
        if (nameOrAlias.StartsWith("the ", StringComparison.OrdinalIgnoreCase)) nameOrAlias = nameOrAlias[4..]; // "the Gunners"
        if (_byName.TryGetValue(nameOrAlias, out var club)) return club;
        var words = WordSplitter.Split(nameOrAlias);
        if (words.Count == 0) return null;
        var match = _names.MatchAt(words, 0) ?? (HasAccentedLetter(nameOrAlias) ? _names.MatchAt(StripAccents(words), 0) : null);
        return match is { Value.Length: 1 } m && m.WordCount == words.Count ? m.Value[0] : null;
    }

    /// <summary>Every club named in the sentences, with shared aliases and descriptors settled by context.</summary>
    public IReadOnlyList<ClubMention> FindMentions(IReadOnlyList<Sentence> sentences)
    {
        var mentions = new List<ClubMention>();
        foreach (var sentence in sentences)
        {
            var words = sentence.Words;
            List<Word>? titled = null;
            List<Word>? plain = null;
            var accented = HasAccentedLetter(sentence.Text);
            // "garang kuol joins hearts on loan from newcastle united": a headline written as a lower-case slug names its
            // clubs all the same; only a name that is no everyday word counts there.
            var slug = sentence.IsHeadline && IsSlug(sentence.Text) ? Capitalised(words) : null;
            List<Word>? unglued = null;
            for (var i = 0; i < words.Count; i++)
            {
                if (slug is not null)
                {
                    // Nor a one-word name after a particle ("dos santos") or a compass point ("north america", a continent).
                    if (_names.MatchAt(slug, i) is { } s && !(s.WordCount == 1 && EverydayWords.Contains(words[i].Text))
                        && !(i > 0 && words[i - 1].Text is "dos" or "da" or "de" or "do" or "van" or "von" or "di" or "del")
                        && !(s.WordCount == 1 && i > 0 && words[i - 1].Text is "north" or "south" or "latin" or "central"))
                    {
                        mentions.Add(new ClubMention(sentence.Index, i, s.WordCount, s.Value, IsDescriptor: false));
                        i += s.WordCount - 1;
                    }
                    // "juventus reject barcelonas offer": a slug drops the apostrophe, leaving the possessive's "s" on the name.
                    else if (SlugPossessive(slug, i, ref unglued) is { } p)
                    {
                        mentions.Add(new ClubMention(sentence.Index, i, p.WordCount, p.Value, IsDescriptor: false));
                        i += p.WordCount - 1;
                    }
                    continue;
                }
                var name = _names.MatchAt(words, i);
                // "São Paulo" where the data has "Sao Paulo": names are matched with the text's accents off too, where
                // taking them off changes one of the next three words (most sentences have none to take off).
                if (name is null && accented && ChangedNear(words, plain ??= StripAccents(words), i)) name = _names.MatchAt(plain, i);
                // "ABERDEEN have moved into pole position": a name in capitals, as some sites open a story.
                if (name is null && IsShouted(words[i])) name = _names.MatchAt(titled ??= TitleCased(words), i);
                // "Hamilton midfielder Lewis Ferguson": the one club of a town, named by the town before a player's position.
                if (name is null && TownClubBeforePosition(words, i) is { } townClub)
                {
                    mentions.Add(new ClubMention(sentence.Index, i, 1, [townClub], IsDescriptor: false));
                    continue;
                }
                // "playing for New York Red Bulls II", "Barcelona B": a club's reserve side, a club of its own.
                if (name is { } r && ReserveMark(words, r) is { } mark)
                {
                    mentions.Add(new ClubMention(sentence.Index, i, r.WordCount + 1, ReserveSides(r.Value, mark), IsDescriptor: false));
                    i += r.WordCount;
                    continue;
                }
                if (name is { } n && !IsPartOfLongerName(words, n))
                {
                    mentions.Add(new ClubMention(sentence.Index, i, n.WordCount, n.Value, IsDescriptor: false));
                    i += n.WordCount - 1;
                    continue;
                }
                // Descriptors only count after "the" ("the Spanish giants"), so "Spanish clubs have spent" does not.
                if (i > 0 && words[i - 1].Text is "the" or "The" && _descriptors.MatchAt(words, i) is { } d)
                {
                    mentions.Add(new ClubMention(sentence.Index, i, d.WordCount, d.Value, IsDescriptor: true));
                    i += d.WordCount - 1;
                }
            }
        }
        Settle(mentions);
        SettleByPlaces(mentions, sentences);
        SettleShortForms(mentions, sentences);
        mentions.RemoveAll(m => m.Club is null);
        return mentions;
    }

    private Club? SingleProminent(IReadOnlyList<Club> candidates)
    {
        Club? found = null;
        foreach (var club in candidates)
        {
            if (!_prominent.Contains(club)) continue;
            if (found is not null) return null;
            found = club;
        }
        return found;
    }

    private static Club? SingleIn(IReadOnlyList<Club> candidates, HashSet<string> countries)
    {
        Club? found = null;
        foreach (var club in candidates)
        {
            if (!countries.Contains(club.Country)) continue;
            if (found is not null) return null;
            found = club;
        }
        return found;
    }

    // Whether taking accents off changed this word or the next two: only there can it make a name match. StripAccents
    // returns an ASCII word itself, so an unchanged word is the same string.
    private static bool ChangedNear(IReadOnlyList<Word> words, List<Word> plain, int index)
    {
        for (var k = index; k < words.Count && k < index + 3; k++)
        {
            if (!ReferenceEquals(words[k].Text, plain[k].Text)) return true;
        }
        return false;
    }

    // Only letters: a curly apostrophe, a dash or a currency sign spells no club differently.
    private static List<Word> StripAccents(IReadOnlyList<Word> words) =>
        words.Select(w => HasAccentedLetter(w.Text) ? w with { Text = NameKey.StripAccents(w.Text) } : w).ToList();

    private static bool HasAccentedLetter(string text)
    {
        foreach (var c in text)
        {
            if (c >= 128 && char.IsLetter(c)) return true;
        }
        return false;
    }

    // The mark a reserve side's name ends with, right after the club's own name ("Red Bulls II", "Barcelona B").
    private static string? ReserveMark(IReadOnlyList<Word> words, PhraseMatch<Club[]> match)
    {
        var at = match.EndWordIndex;
        if (at >= words.Count || words[at - 1].IsPossessive || words[at].Text is not ("II" or "B") || words[at].Start - words[at - 1].End != 1) return null;
        // "Barcelona B Team" is one more name; a reserve side's mark ends it.
        return at + 1 < words.Count && words[at + 1].IsCapitalised && words[at + 1].Start - words[at].End == 1 ? null : words[at].Text;
    }

    // A method of its own: a lambda over `mark` in the word loop above would have its closure made at every word.
    private static IReadOnlyList<Club> ReserveSides(Club[] clubs, string mark) => [.. clubs.Select(c => ReserveSide(c, mark))];

    private static Club ReserveSide(Club club, string mark) => new($"{club.Name} {mark}", club.Country, club.City, []);

    // "United States", "Mexico City": an alias followed or preceded by more capitalised words is another name.
    private Club? TownClubBeforePosition(IReadOnlyList<Word> words, int i) =>
        i + 2 < words.Count && words[i].IsCapitalised && !words[i].IsPossessive && PositionWords.Contains(words[i + 1].Text) && words[i + 2].IsCapitalised
        && (i == 0 || !words[i - 1].IsCapitalised) && _onlyClubOfCity.TryGetValue(words[i].Text, out var club) ? club : null;

    private static readonly HashSet<string> PositionWords = new(StringComparer.Ordinal)
    {
        "midfielder", "striker", "defender", "winger", "forward", "goalkeeper", "keeper", "full-back", "centre-back", "left-back",
        "right-back", "wing-back", "captain", "playmaker", "attacker", "youngster", "frontman",
    };

    private static readonly HashSet<string> FormalNameWords = new(StringComparer.Ordinal)
    {
        "Club", "Clube", "Atlético", "Atletico", "Deportivo", "Esporte", "Esportiva", "Sociedade", "Associação", "Futebol", "Regatas",
    };

    private static bool IsPartOfLongerName(IReadOnlyList<Word> words, PhraseMatch<Club[]> match)
    {
        var previous = match.WordIndex > 0 ? words[match.WordIndex - 1] : default;
        // "Club Atlético Vélez Sarsfield", "Sociedade Esportiva Palmeiras": the words of a club's formal name are no forename.
        var precededByName = previous.Text is not null && match.WordIndex > 1 && previous.IsCapitalised && !previous.IsPossessive
            && previous.Text is not ("The" or "Ex") && !FormalNameWords.Contains(previous.Text) && words[match.WordIndex].Start - previous.End == 1;
        // "Super Eagles midfielder", "the Super Falcons": Nigeria's national sides, whatever word opens the sentence.
        if (previous.Text is "Super" && words[match.WordIndex].Text is "Eagles" or "Falcons" && words[match.WordIndex].Start - previous.End == 1) return true;
        // "Giovani dos Santos": a particle between a name and the club's name makes it a surname.
        if (match.WordIndex > 1 && previous.Text is "dos" or "da" or "de" or "do" or "van" or "von" or "di" or "del" or "della" && words[match.WordIndex - 2].IsCapitalised) return true;
        var next = match.EndWordIndex < words.Count ? words[match.EndWordIndex] : default;
        var followedByName = next.Text is not null && next.IsCapitalised && !words[match.EndWordIndex - 1].IsPossessive && next.Start - words[match.EndWordIndex - 1].End == 1;
        // "Andrey Santos" is a player, not Santos; the "Atlético" of "Club Atlético Vélez Sarsfield" is no Atlético Madrid.
        if (match.Value.Length == 1) return precededByName || (followedByName && match.WordCount == 1 && FormalNameWords.Contains(words[match.WordIndex].Text));
        return followedByName || precededByName;
    }

    // "Atletico Mineiro sign Anelka… as Atletico defend their title", "talks with Queens Park Rangers… Rangers are
    // holding out for £16m": a one-word name that begins or ends the full name of another club the article names is
    // that club's short form, unless the club it stands for alone is named in full too ("Atletico Madrid" beside
    // "Atletico Mineiro" leaves "Atletico" as the data reads it).
    private static void SettleShortForms(List<ClubMention> mentions, IReadOnlyList<Sentence> sentences)
    {
        var inFull = mentions.Where(m => m.WordCount >= 2 && m.Club is not null).ToList();
        if (inFull.Count == 0) return;
        foreach (var mention in mentions)
        {
            if (mention.WordCount != 1 || mention.IsDescriptor || mention.Club is not { } read || inFull.Any(m => m.Club == read)) continue;
            var word = NameKey.Fold(sentences[mention.SentenceIndex].Words[mention.WordIndex].Text);
            var longer = inFull.Where(m => m.Club != read && (NameKey.Fold(sentences[m.SentenceIndex].Words[m.WordIndex].Text) == word
                    || NameKey.Fold(sentences[m.SentenceIndex].Words[m.WordIndex + m.WordCount - 1].Text) == word))
                .Select(m => m.Club).Distinct().ToList();
            if (longer.Count == 1) mention.Club = longer[0];
        }
    }

    // "Medel, who started 26 Serie A matches for Inter": a shared name the clubs never settle is the one from the
    // country whose league or people the article names, when only one candidate is from such a country.
    private void SettleByPlaces(List<ClubMention> mentions, IReadOnlyList<Sentence> sentences)
    {
        Dictionary<string, bool>? named = null; // country: whether the article names its league or people
        foreach (var mention in mentions)
        {
            if (mention.Club is not null || mention.IsDescriptor) continue;
            named ??= new Dictionary<string, bool>(StringComparer.Ordinal);
            Club? found = null;
            foreach (var club in mention.Candidates)
            {
                if (!named.TryGetValue(club.Country, out var isNamed)) named[club.Country] = isNamed = ArticleNames(club.Country, sentences);
                if (!isNamed) continue;
                if (found is not null) { found = null; break; }
                found = club;
            }
            mention.Club = found;
        }
    }

    private bool ArticleNames(string country, IReadOnlyList<Sentence> sentences)
    {
        foreach (var (place, placeCountry) in _placeCountries)
        {
            if (placeCountry != country) continue;
            foreach (var sentence in sentences)
            {
                if (sentence.Text.Contains(place, StringComparison.Ordinal)) return true;
            }
        }
        return false;
    }

    private void Settle(List<ClubMention> mentions)
    {
        var named = mentions.Where(m => m.Candidates.Count == 1).Select(m => m.Candidates[0]).ToHashSet();
        var countries = named.Select(c => c.Country).ToHashSet(StringComparer.Ordinal);
        var recent = new List<Club>();
        foreach (var mention in mentions)
        {
            if (mention.Candidates.Count == 1)
            {
                mention.Club = mention.Candidates[0];
            }
            else
            {
                // The most recently named candidate, else one the article names anywhere.
                // A nickname the article never settles ("the Magpies") is the best-known club that goes by it, when
                // only one of them is in the main list (Newcastle United, not Notts County).
                mention.Club = recent.LastOrDefault(mention.Candidates.Contains)
                    ?? (mention.IsDescriptor ? null : mention.Candidates.FirstOrDefault(named.Contains) ?? SingleProminent(mention.Candidates)
                        // "Inter will pay €12m to Cagliari": of two clubs that go by a name, the one from the country of the story's other clubs.
                        ?? SingleIn(mention.Candidates, countries));
            }
            if (mention.Club is { } club)
            {
                recent.Remove(club);
                recent.Add(club);
            }
        }
    }
}
