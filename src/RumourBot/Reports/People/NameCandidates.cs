using RumourBot.Reports.Text;

namespace RumourBot.Reports.People;

/// <summary>
/// Which words of a sentence may be a person's name: runs of capitalised words ("van"/"de" particles allowed) that are
/// no sentence opener, title, place, club word or agency credit.
/// </summary>
internal static class NameCandidates
{
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "And", "But", "Or", "If", "In", "On", "At", "For", "With", "From", "To", "Of", "By", "As",
        "He", "She", "His", "Her", "They", "Their", "Them", "It", "Its", "This", "That", "These", "Those", "We", "Our",
        "You", "Your", "I", "My", "What", "Why", "How", "When", "Where", "Who", "Which", "While", "Whilst", "After", "Any",
        "All", "Both", "Each", "Every", "Some", "Many", "Most", "None", "Nothing", "Nobody", "Everyone", "Everything", "One", "Two", "Three", "First", "Last", "Next", "Only",
        "Meanwhile", "Instead", "Elsewhere", "Sources", "Talks", "Speaking", "Asked", "Despite", "During", "Under",
        // "Born in the Netherlands, he opted to represent Turkey": a participle opening the sentence.
        "Born", "Raised",
        // A headline in title case: "Stuttgart Stand Firm on Nick Woltemade Amidst Transfer Speculation".
        "Amid", "Amidst", "Among", "Amongst", "Against", "Without", "Towards", "Toward", "Ahead", "Following", "Upon", "Via",
        "Before", "Since", "Although", "Though", "However", "Perhaps", "Naturally", "Either", "Neither", "Ditto",
        "There", "Here", "Such", "Are", "Is", "Was", "Were", "Will", "Would", "Could", "Should", "May", "Might",
        "Do", "Does", "Did", "Has", "Have", "Had", "Not", "No", "Yes", "So", "Then", "Now", "Also", "Still", "Even",
        "Personal", "Fans", "Supporters", "Club", "Clubs", "Chairman", "Official", "Statement", "Breaking", "Confirmed",
        // "as their third Designated Player": MLS's name for a player outside its salary budget.
        "Designated", "Player",
        // "We're delighted", "I’m happy": a pronoun run into its verb.
        "I'm", "I\u2019m", "We're", "We\u2019re", "You're", "You\u2019re", "They're", "They\u2019re", "We've", "We\u2019ve", "I've", "I\u2019ve",
        "They've", "They\u2019ve", "We'll", "We\u2019ll", "I'll", "I\u2019ll", "He's", "He\u2019s", "It's", "It\u2019s", "That's", "That\u2019s",
        "There's", "There\u2019s", "Let's", "Let\u2019s", "We'd", "We\u2019d", "I'd", "I\u2019d",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "January", "February", "March", "April", "June", "July", "August", "September", "October", "November", "December",
        "League", "Premier", "Champions", "Cup", "Europa", "Conference", "Super", "World", "Euro", "Euros", "Club",
        "Nations", "Copa", "Serie", "Ligue", "Bundesliga", "Eredivisie", "Championship", "Carabao", "FA", "UEFA", "FIFA",
        "Getty", "Images", "Photo", "Photos", "Picture", "Pictures", "Sources", "According", "Reports", "Report",
        "Exclusive", "Breaking", "Update", "Transfer", "Transfers", "Mercato", "News", "Gossip", "Column", "Live", "Official",
        "Brazilian", "French", "Frenchman", "Portuguese", "Dutch", "Dutchman", "German", "Italian", "Argentine", "Argentinian",
        "Belgian", "Croatian", "Danish", "Norwegian", "Swedish", "Polish", "Uruguayan", "Colombian", "Nigerian",
        "Senegalese", "Moroccan", "Egyptian", "Ghanaian", "Ivorian", "Japanese", "Korean", "Scottish", "Welsh", "Irish",
        "Canadian", "Mexican", "Serbian", "Swiss", "Austrian", "Czech", "Ukrainian", "Georgian", "Ecuadorian",
        "Cameroonian", "Algerian", "Brazil", "France", "Germany", "Italy", "Portugal", "Argentina", "Belgium",
        "Croatia", "Norway", "Sweden", "Denmark", "Wales", "Ireland", "Uruguay", "Colombia", "Nigeria", "Senegal",
        "Morocco", "Egypt", "Japan", "Korea", "Canada", "Mexico", "Europe", "European", "Africa", "African", "Asia",
        // "the hottest property in West Asian football": a region's or a country's adjective is never a name.
        "Asian", "American", "Australian", "Spanish", "Turkish", "Greek", "Russian", "Chilean", "Peruvian", "Paraguayan",
        "Venezuelan", "Tunisian", "Malian", "Congolese", "Emirati", "Qatari", "Iranian", "Chinese", "Hungarian", "Romanian",
        "Bulgarian", "Slovakian", "Slovenian", "Bosnian", "Albanian", "Icelandic", "Finnish", "Scandinavian", "Balkan",
        "Englishman", "Spaniard", "Swede", "Scotsman", "Irishman", "Welshman", "Italian", "Mr", "Sir", "Dr", "Boss", "Manager", "Coach", "Chairman", "President",
        "Agent", "Director", "Journalist", "Reporter", "Correspondent", "Columnist", "Pundit", "Presenter", "Sporting", "Reds", "Blues", "Whites", "Midfielder", "Defender", "Striker", "Winger",
        "Forward", "Goalkeeper", "Keeper", "Full-back", "Fullback", "Centre-back", "Center-back", "Right-back", "Left-back",
        "Playmaker", "Youngster", "Teenager", "Star", "Captain", "Veteran", "International", "Wonderkid", "Stay", "Sign",
        // "Frontman JJ Hooper", "Stopper Tom Smith": a position's nickname before his name.
        "Frontman", "Hitman", "Marksman", "Stopper", "Shot-stopper", "Custodian", "Skipper",
        "Deal", "Move", "Medical", "Fee", "Bid", "Offer", "Talks", "Loan", "Contract", "Statement", "Exclusive",
        // "a dramatic late twist on Deadline Day": the window's last day, never a name.
        "Deadline", "Window",
        // "bringing the 23-year-old to the Saebener Strasse": a training ground's street is no man.
        "Strasse", "Straße",
        // "Larsson Talks Denied": a title-case headline's verdict on the story.
        "Denied", "Confirmed", "Agreed", "Rejected", "Completed", "Revealed", "Official", "Update", "Latest",
        // "Old Trafford" (not "Trafford", which is also a goalkeeper's surname: "James Trafford").
        "Stadium", "Arena", "Park", "Bridge", "Old", "Lane", "Road", "Anfield", "Siro", "Bernabeu", "Bernabéu",
        "Emirates", "Etihad", "Parc", "Princes", "Allianz", "Signal", "Iduna", "Camp", "Nou", "Olympic", "Academy", "Training",
        "Ground",
        // Regions and club words that start a capitalised run without being a name: "Northern Ireland", "move to Glasgow", "Inter will pay".
        "Northern", "Southern", "Ivory", "Coast", "Glasgow", "Wearside", "Merseyside", "Tyneside", "Teesside", "Inter",
        // Articles that open outlets' names, not people's: "Il Mattino", "Los Andes".
        "Il", "Les", "Los", "Las",
        // The letters and short words of clubs' names ("Leeds United FC Leeds transfer", "Man UTD"): never a first name.
        "FC", "AFC", "CF", "SC", "AC", "SSC", "CD", "UD", "SD", "RCD", "FK", "NK", "SK", "BK", "SV", "VfB", "VfL", "TSG",
        "OGC", "RB", "Utd", "UTD", "Man",
        // "New York", "New Zealand": a place, never a first name.
        "New",
        // "City Football Group": a company, never a person.
        "Group",
    };

    // Words that close a club's name ("York City", "Forest Green Rovers", "Plymouth Argyle") and no person's.
    private static readonly HashSet<string> ClubClosingWords = new(StringComparer.Ordinal)
    {
        "City", "United", "Town", "Rovers", "Athletic", "Wanderers", "Albion", "County", "Hotspur", "Argyle", "Orient",
    };

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "van", "de", "der", "den", "da", "das", "dos", "di", "del", "della", "von", "ter", "ten", "le", "la", "el", "bin",
    };

    /// <summary>A capitalised word that opens a sentence or describes, never a first name ("The", "Valencia", "Striker").</summary>
    public static bool IsNeverAName(string word) => NotNames.Contains(word) || ClubClosingWords.Contains(word);

    public static bool IsTitleCase(Sentence sentence)
    {
        int longWords = 0, capitalised = 0;
        foreach (var word in sentence.Words)
        {
            if (word.Text.Length < 4 || !char.IsLetter(word.Text[0])) continue;
            longWords++;
            if (word.IsCapitalised) capitalised++;
            // "Lens reject Porto bid for Tomas Varga": title case would have capitalised "reject"; only its small
            // linking words ("with", "from", "into") stay lower case.
            else if (!TitleCaseLowerWords.Contains(word.Text)) return false;
        }
        return longWords >= 4 && capitalised >= longWords * 0.8;
    }

    private static readonly HashSet<string> TitleCaseLowerWords = new(StringComparer.Ordinal)
    {
        "with", "from", "into", "onto", "over", "upon", "after", "about", "amid", "than", "that", "this", "despite", "ahead",
    };

    public static IEnumerable<(int Start, int Count)> NameRuns(Sentence sentence, HashSet<int>? blocked, IReadOnlySet<string> placeWords)
    {
        var words = sentence.Words;
        var i = 0;
        while (i < words.Count)
        {
            if (!IsNameWord(words[i], i, blocked, placeWords)) { i++; continue; }
            // "Listing Klich as such permits DC United to…": a sentence opening on one of the verbs reports put before a
            // player's name in their -ing form is no first name ("Hirving Lozano" is).
            var start = i == 0 && OpeningGerunds.Contains(words[0].Text) && words.Count > 1 && Adjacent(sentence, 0, 1) && IsNameWord(words[1], 1, blocked, placeWords) ? 1 : i;
            var end = start + 1;
            while (end < words.Count && end - start < 5 && !words[end - 1].IsPossessive && Adjacent(sentence, end - 1, end)
                && (IsNameWord(words[end], end, blocked, placeWords)
                    || ParticlesBeforeAName(words, end, blocked, placeWords)))
            {
                end++;
            }
            // "Gonzalo 'Pity' Martinez": a nickname in quotation marks between a first name and a surname is part of the name.
            if (end - start == 1 && end + 1 < words.Count && IsQuotedNickname(sentence, end) && IsNameWord(words[end], end, blocked, placeWords)
                && IsNameWord(words[end + 1], end + 1, blocked, placeWords) && sentence.Text[words[end].End + 1] == ' ' && words[end].End + 2 == words[end + 1].Start)
            {
                end += 2;
            }
            // "joined Norwich from York City", "Girona or New York City": the capitalised word before a club's closing word
            // ("City", "Rovers") is the club's place, not a surname, whether or not the gazetteer knows the club. Not in a
            // headline, which runs a player into his club ("Jadon Sancho United exit").
            var place = !sentence.IsHeadline && end < words.Count && ClubClosingWords.Contains(words[end].Text) && Adjacent(sentence, end - 1, end) ? 1 : 0;
            // "the New York franchise", "a New Zealand international": the word after "New" is a place, even where the
            // gazetteer does not know it.
            var afterNew = start > 0 && words[start - 1].Text.Equals("New", StringComparison.OrdinalIgnoreCase) && Adjacent(sentence, start - 1, start);
            // "(Meridian Wire)": a name alone in brackets credits an agency, not a person.
            if (end - place > start && !afterNew && !InBrackets(sentence, start, end) && !(end - start == 1 && AfterWhereWords(sentence, start))) yield return (start, end - place - start);
            i = end;
        }
    }

    private static readonly HashSet<string> OpeningGerunds = new(StringComparer.Ordinal)
    {
        "Listing", "Signing", "Landing", "Bringing", "Keeping", "Selling", "Adding", "Having", "Replacing", "Losing", "Letting",
        "Naming", "Loaning", "Allowing", "Registering", "Recruiting", "Releasing", "Offloading", "Sacking", "Appointing",
    };

    // "their training camp in Horst", "a hotel in Marbella", "was born in Lier": one word after a place's noun and "in" is
    // the town it names, not a one-name player.
    private static bool AfterWhereWords(Sentence sentence, int start) =>
        start >= 2 && sentence.LowerWords[start - 1] == "in" && PlaceNouns.Contains(sentence.LowerWords[start - 2]);

    private static readonly HashSet<string> PlaceNouns = new(StringComparer.Ordinal)
    {
        "camp", "base", "hotel", "born", "based", "held", "stadium", "headquarters", "village", "town", "city", "resort",
    };

    private static bool IsNameWord(Word word, int index, HashSet<int>? blocked, IReadOnlySet<string> placeWords) =>
        word.IsCapitalised && word.Text.Length > 1
        && !(blocked?.Contains(index) ?? false)
        && word.Text.All(c => char.IsLetter(c) || c is '-' or '\'' or '\u2019')
        && !IsNeverAName(word.Text) && !placeWords.Contains(word.Text)
        && !word.Text.All(char.IsUpper)
        // "Brazilian-born Otavio", "Arsenal-bound Sebastien Squillaci": a describing compound (its second part in lower
        // case), not a name ("Walker-Peters", "Pierre-Emile" capitalise both parts).
        && !DescribingCompound(word.Text);

    private static bool DescribingCompound(string word)
    {
        var hyphen = word.IndexOf('-', StringComparison.Ordinal);
        return hyphen > 0 && hyphen + 1 < word.Length && char.IsLower(word[hyphen + 1]);
    }

    private static bool InBrackets(Sentence sentence, int start, int end)
    {
        var from = sentence.Words[start].Start;
        var to = sentence.Words[end - 1].End;
        return from > 0 && sentence.Text[from - 1] == '(' && to < sentence.Text.Length && sentence.Text[to] == ')';
    }

    // A word standing alone in quotation marks right after the word before it: " 'Pity' ", " “Kiki” ".
    public static bool IsQuotedNickname(Sentence sentence, int index)
    {
        var word = sentence.Words[index];
        return index > 0 && word.Start >= 2 && sentence.Text[word.Start - 2] == ' ' && IsQuote(sentence.Text[word.Start - 1])
            && word.End + 1 < sentence.Text.Length && IsQuote(sentence.Text[word.End]) && sentence.Words[index - 1].End == word.Start - 2;
    }

    private static bool IsQuote(char c) => c is '\'' or '"' or '\u2018' or '\u2019' or '\u201C' or '\u201D';

    /// <summary>The name a run spells, less a nickname in quotation marks ("Gonzalo 'Pity' Martinez" is Gonzalo Martinez).</summary>
    public static string NameText(Sentence sentence, int start, int count)
    {
        if (count == 1) return sentence.Words[start].Text;
        return string.Join(' ', Enumerable.Range(start, count).Where(i => i == start || i == start + count - 1 || !IsQuotedNickname(sentence, i)).Select(i => sentence.Words[i].Text));
    }

    public static bool Adjacent(Sentence sentence, int left, int right)
    {
        var between = sentence.Text.AsSpan(sentence.Words[left].End, sentence.Words[right].Start - sentence.Words[left].End);
        return between.Length == 1 && between[0] == ' ';
    }

    public static int CountNameWords(Sentence sentence, int start, int count) =>
        Enumerable.Range(start, count).Count(i => !IsParticle(sentence.Words[i].Text));

    /// <summary>"van", "de", "Dos": a particle of a surname, in either case.</summary>
    // "van Dijk", and two in a row: "van de Beek", "van der Vaart", "de la Fuente".
    private static bool ParticlesBeforeAName(IReadOnlyList<Word> words, int at, HashSet<int>? blocked, IReadOnlySet<string> placeWords)
    {
        if (!Particles.Contains(words[at].Text)) return false;
        var next = at + 1 < words.Count && Particles.Contains(words[at + 1].Text) ? at + 2 : at + 1;
        return next < words.Count && IsNameWord(words[next], next, blocked, placeWords);
    }

    public static bool IsParticle(string word) => Particles.Contains(word.ToLowerInvariant());

}
