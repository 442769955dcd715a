using System.Text.RegularExpressions;
using RumourBot.Reports.Clubs;
using RumourBot.Reports.People;
using RumourBot.Reports.Text;

namespace RumourBot.Reports.Moves;

/// <summary>
/// Weighs each club of a move as buyer and seller from the sentences about the move: the cues around each mention,
/// the club that owns the player, the story's past, and the direction of a deal whose two sides agree.
/// </summary>
internal static partial class MoveSides
{
    public static Dictionary<Club, ClubRole> Read(AnalysedArticle article, Person subject, List<(Sentence Sentence, bool Named)> sentences, HashSet<int> othersNamed, IReadOnlyList<Person> people)
    {
        var roles = new Dictionary<Club, ClubRole>();
        var present = new Dictionary<Club, double>(); // seller minus buyer, from the story's present only
        foreach (var (sentence, isNamed) in sentences)
        {
            // "...with Leroy Sané having left for Galatasaray": a club beside another player is not this one's.
            if (!isNamed && othersNamed.Contains(sentence.Index) && !OpensWithHisDescription(sentence)) continue;
            var weight = isNamed || sentence.IsHeadline ? 1.0 : 0.5;
            var theirs = othersNamed.Contains(sentence.Index) ? ClubsOfOthers(article, sentence.Index, subject, people) : null;
            if (article.IsBackground(sentence.Index) || PastDated(sentence.Text))
            {
                // "He joined Porto from Atlético in 2024": the club he joined then is the club he would leave now;
                // where he came from is no part of this move.
                AddBackgroundRoles(article, sentence, weight, roles, theirs, present, subject, people);
                continue;
            }
            // "...to get more first-team experience after joining Newcastle from Central Coast Mariners": the clause of how
            // he came to his club is the past, read as a background sentence is.
            HashSet<ClubMention>? past = null;
            foreach (var mention in article.ClubsIn(sentence.Index))
            {
                if (theirs?.Contains(mention) == true || !ClauseScanner.InPastMoveClause(sentence, mention.WordIndex)) continue;
                // "a direct replacement for Stewart Downing, who joined Liverpool this month": the past of a man named
                // only as context is his all the same.
                if (InAnothersClause(article, sentence.Index, mention, subject, people)) (theirs ??= []).Add(mention);
                else (past ??= []).Add(mention);
            }
            // "500 appearances for Celtic, Sunderland, Preston and Fleetwood", "his loan spell with Leeds": his past and
            // his loan, no club that sells him now.
            if (PastAndLoanClubs(article, sentence) is { } career) theirs = theirs is null ? career : [.. theirs, .. career];
            if (past is not null) PastRoles(article, sentence, weight, roles, past, subject, people);
            AddRoles(article, sentence, weight, roles, past is null ? theirs : [.. past, .. theirs ?? []]);
            foreach (var mention in article.ClubsIn(sentence.Index))
            {
                if (theirs?.Contains(mention) == true || past?.Contains(mention) == true) continue;
                var (buyer, seller, _) = article.RoleOf(mention);
                present[mention.Club!] = present.GetValueOrDefault(mention.Club!) + (seller - buyer) * weight;
            }
        }
        foreach (var mention in subject.Mentions)
        {
            if (OwningClub(article, mention) is { } owner) Role(roles, owner, mention.SentenceIndex).Seller += 4;
        }

        WeighCountries(article, sentences, roles, present);
        WeighNamedPair(article, sentences, roles, othersNamed);

        // The other side of a deal is the seller when someone else buys, the buyer when someone else sells.
        foreach (var open in roles.Values.Where(r => r.OpenSides > 0 && r.Buyer == r.Seller))
        {
            var others = roles.Values.Where(r => r != open).ToList();
            if (others.Any(r => r.IsBuyer)) open.Seller += 2 * open.OpenSides;
            else if (others.Any(r => r.IsSeller)) open.Buyer += 2 * open.OpenSides;
            // "Evans is in advanced talks with the Black Cats" and no other club in the story: the club he talks to.
            else if (!others.Any(r => r.Buyer > 0 || r.Seller > 0)) open.Buyer += open.OpenSides;
        }

        foreach (var mention in subject.Mentions)
        {
            if (OwningClub(article, mention) is { } owner) present[owner] = present.GetValueOrDefault(owner) + 4;
        }
        ResolveDealSides(article, sentences, othersNamed, roles, present);
        return roles;
    }

    // "Independiente agrees with Atlanta United for the transfer of Alan Franco… Franco could be departing Argentina":
    // of clubs from different countries, one in the country he is told to be going to buys, one in the country he is
    // told to be leaving sells. Only the present of sentences about him counts ("moved to Ukraine in 2015" does not).
    private static void WeighCountries(AnalysedArticle article, List<(Sentence Sentence, bool Named)> sentences, Dictionary<Club, ClubRole> roles, Dictionary<Club, double> present)
    {
        if (article.CountryMoves.Count == 0 || roles.Keys.Select(c => c.Country).Distinct(StringComparer.Ordinal).Count() < 2) return;
        HashSet<string>? goes = null, leaves = null;
        foreach (var move in article.CountryMoves)
        {
            var about = sentences.FirstOrDefault(s => s.Sentence.Index == move.Sentence);
            if (about.Sentence is null || !(about.Named || about.Sentence.IsHeadline) || article.IsBackground(move.Sentence) || PastDated(about.Sentence.Text)) continue;
            if (move.Leaves) (leaves ??= new(StringComparer.Ordinal)).UnionWith(move.Countries);
            else (goes ??= new(StringComparer.Ordinal)).UnionWith(move.Countries);
        }
        if (goes is null && leaves is null) return;
        foreach (var role in roles.Values)
        {
            var (to, from) = (goes?.Contains(role.Club.Country) == true, leaves?.Contains(role.Club.Country) == true);
            if (to == from) continue;
            if (to) role.Buyer += CountryWeight;
            else role.Seller += CountryWeight;
            present[role.Club] = present.GetValueOrDefault(role.Club) + (to ? -CountryWeight : CountryWeight);
        }
    }

    private const double CountryWeight = 2;

    // "Dele Alli has completed a season's loan move from Everton to Besiktas": a sentence of the story's present, about
    // him alone, that names both sides in one phrase outweighs what its past and asides add up to ("since joining from
    // Tottenham", "Alli will otherwise return to Everton"). The first such phrase counts.
    private static void WeighNamedPair(AnalysedArticle article, List<(Sentence Sentence, bool Named)> sentences, Dictionary<Club, ClubRole> roles, HashSet<int> othersNamed)
    {
        foreach (var (sentence, named) in sentences)
        {
            if (!(named || sentence.IsHeadline) || othersNamed.Contains(sentence.Index) || article.IsBackground(sentence.Index) || PastDated(sentence.Text)) continue;
            var clubs = article.ClubsIn(sentence.Index);
            var words = sentence.LowerWords;
            for (var i = 0; i + 1 < clubs.Count; i++)
            {
                var (from, to) = (clubs[i], clubs[i + 1]);
                if (from.Club is null || to.Club is null || from.Club == to.Club) continue;
                var fromAt = ClauseScanner.SkipDescription(sentence, from.WordIndex) - 1;
                var toAt = ClauseScanner.SkipDescription(sentence, to.WordIndex) - 1;
                if (fromAt < 1 || words[fromAt] != "from" || !(PairMoveWords.Contains(words[fromAt - 1]) || ClauseScanner.IsSum(words, fromAt - 1)) || toAt != from.EndWordIndex || words[toAt] != "to") continue;
                Role(roles, from.Club, sentence.Index).Seller += NamedPairWeight;
                Role(roles, to.Club, sentence.Index).Buyer += NamedPairWeight;
                return;
            }
        }
    }

    private const double NamedPairWeight = 6;

    // The word before "from" that makes the phrase a move ("loan move from", "has switched from", "for a fee of £52m
    // from"), not a rivalry ("transfer hijack from Fenerbahce to Galatasaray") or a journey.
    private static readonly HashSet<string> PairMoveWords = new(StringComparer.Ordinal)
    {
        "move", "switch", "transfer", "loan", "moves", "moved", "moving", "switches", "switched", "switching", "transferred", "loaned",
    };

    // The clubs a sentence names as his past or his loan, none of them selling him now: three or more clubs joined by
    // commas and a last "and" after where he has played ("appearances for", "spent time at"), and the club of his loan
    // spell ("after the conclusion of his loan spell with Leeds United", "after his recall from Granada": the club that
    // borrowed him does not sell him).
    public static HashSet<ClubMention>? PastAndLoanClubs(AnalysedArticle article, Sentence sentence)
    {
        var clubs = article.ClubsIn(sentence.Index);
        var lower = sentence.LowerWords;
        HashSet<ClubMention>? found = null;
        foreach (var club in clubs)
        {
            if (club.WordIndex >= 3 && lower[club.WordIndex - 3] == "loan" && lower[club.WordIndex - 2] is "spell" or "stint" && lower[club.WordIndex - 1] is "with" or "at"
                || club.WordIndex >= 2 && lower[club.WordIndex - 2] is "recall" or "recalled" && lower[club.WordIndex - 1] == "from"
                || SpentOnLoanAt(lower, club.WordIndex)) (found ??= []).Add(club);
        }
        if (clubs.Count < 3) return found;
        for (var first = 0; first + 2 < clubs.Count; first++)
        {
            var last = first;
            while (last + 1 < clubs.Count && ListJoint(sentence, clubs[last], clubs[last + 1])) last++;
            if (last - first < 2) { first = last; continue; }
            var from = Math.Max(0, clubs[first].WordIndex - 3);
            var before = new ArraySegment<string>(lower, from, clubs[first].WordIndex - from);
            if (ClubRoleCues.Tenure.EndOf(before).Length > 0 || before is [.., "time" or "spells" or "stints", "at" or "with"]) return [.. clubs.Skip(first).Take(last - first + 1), .. found ?? []];
            first = last;
        }
        return found;
    }

    // "Negredo has spent this season on loan at Middlesbrough from Valencia": the club where he spent a loan is no side of
    // the next move.
    private static bool SpentOnLoanAt(string[] lower, int club)
    {
        if (club < 4 || lower[club - 1] is not ("at" or "with") || lower[club - 2] != "loan" || lower[club - 3] != "on") return false;
        for (var i = Math.Max(0, club - 8); i < club - 3; i++)
        {
            if (lower[i] is "spent" or "spending" or "spends" or "spend") return true;
        }
        return false;
    }

    // ", " or " and " or ", and " (with "most recently" or "then" allowed) between one club and the next.
    private static bool ListJoint(Sentence sentence, ClubMention left, ClubMention right)
    {
        if (right.WordIndex < left.EndWordIndex) return false;
        var between = sentence.Text.AsSpan(sentence.Words[left.EndWordIndex - 1].End, sentence.Words[right.WordIndex].Start - sentence.Words[left.EndWordIndex - 1].End).Trim();
        return between is "," or "and" or ", and" or "and most recently" or ", and most recently" or "and then" or ", then" or "and later";
    }

    // "Napoli reach agreement with Al-Ahli", "Chelsea and Atlético reach agreement": the side the rest of the story
    // casts as selling (or owning the player) sells; with nothing else to go on, the club that agrees with another buys.
    private static void ResolveDealSides(AnalysedArticle article, List<(Sentence Sentence, bool Named)> sentences, HashSet<int> othersNamed, Dictionary<Club, ClubRole> roles, Dictionary<Club, double> present)
    {
        List<(DealSides Sides, double Weight, int Sentence)>? pending = null;
        foreach (var (sentence, isNamed) in sentences)
        {
            if ((!isNamed && othersNamed.Contains(sentence.Index)) || article.IsBackground(sentence.Index)) continue;
            var noSide = PastAndLoanClubs(article, sentence)?.Select(m => m.Club).ToHashSet();
            foreach (var sides in article.SidesIn(sentence.Index))
            {
                if (noSide is not null && (noSide.Contains(sides.First) || noSide.Contains(sides.Second))) continue;
                (pending ??= []).Add((sides, isNamed || sentence.IsHeadline ? 1.0 : 0.5, sentence.Index));
            }
        }
        if (pending is null) return;
        // What the story says of each side now, not what it did in the past ("since arriving from United in 2021").
        var lean = pending.SelectMany(p => new[] { p.Sides.First, p.Sides.Second }).Distinct()
            .ToDictionary(c => c, c => present.GetValueOrDefault(c));
        foreach (var (sides, weight, index) in pending)
        {
            var firstBuys = lean[sides.First] < lean[sides.Second] ? true : lean[sides.First] > lean[sides.Second] ? false : sides.FirstBuys;
            if (firstBuys is null) continue;
            var (buyer, seller) = firstBuys.Value ? (sides.First, sides.Second) : (sides.Second, sides.First);
            Role(roles, buyer, index).Buyer += sides.Weight * weight;
            Role(roles, seller, index).Seller += sides.Weight * weight;
        }
    }

    // "Benik Afobe from Bournemouth and Willy Boly from Porto": a club in the clause right after another player's name is his.
    private static HashSet<ClubMention>? ClubsOfOthers(AnalysedArticle article, int sentence, Person subject, IReadOnlyList<Person> people)
    {
        HashSet<ClubMention>? theirs = null;
        foreach (var club in article.ClubsIn(sentence))
        {
            if (InAnothersClause(article, sentence, club, subject, people) || DescribesAnothersPlayer(article.Sentences[sentence], club, subject, people)) (theirs ??= []).Add(club);
        }
        return theirs;
    }

    // "...after James Hill arrived on loan from Bournemouth": the last player named before the club, up to eight words
    // back and in the same clause, is another.
    private static bool InAnothersClause(AnalysedArticle article, int sentence, ClubMention club, Person subject, IReadOnlyList<Person> people)
    {
        Person? nearest = null;
        var nearestEnd = -1;
        foreach (var person in people)
        {
            if (person.Role != PersonRole.Player) continue;
            foreach (var mention in person.Mentions)
            {
                var end = mention.WordIndex + mention.WordCount;
                if (mention.SentenceIndex == sentence && end <= club.WordIndex && end > nearestEnd) (nearest, nearestEnd) = (person, end);
            }
        }
        return nearest is not null && nearest != subject && club.WordIndex - nearestEnd <= 8 && ClauseScanner.SameClause(article.Sentences[sentence], nearestEnd, club.WordIndex);
    }

    // "a deal for Monaco midfield stalwart Tim Bakker": a club and the words of a player's position right before another
    // player's name is his club, whatever the sentence says of this one.
    private static bool DescribesAnothersPlayer(Sentence sentence, ClubMention club, Person subject, IReadOnlyList<Person> people)
    {
        foreach (var person in people)
        {
            if (person == subject || person.Role != PersonRole.Player) continue;
            foreach (var mention in person.Mentions)
            {
                if (mention.SentenceIndex != sentence.Index) continue;
                var gap = mention.WordIndex - club.EndWordIndex;
                if (gap is < 1 or > 3 || club.IsPossessive(sentence)) continue;
                var described = true;
                for (var i = club.EndWordIndex; i < mention.WordIndex && described; i++) described = !sentence.Words[i].IsCapitalised;
                if (described && (PositionWords.Contains(sentence.LowerWords[mention.WordIndex - 1]) || DescriptionWords.Contains(sentence.LowerWords[mention.WordIndex - 1]))) return true;
            }
        }
        return false;
    }

    private static readonly HashSet<string> DescriptionWords = new(StringComparer.Ordinal) { "stalwart", "ace", "prospect", "talent", "youngster", "loanee", "international", "man" };

    private static void AddRoles(AnalysedArticle article, Sentence sentence, double weight, Dictionary<Club, ClubRole> roles, HashSet<ClubMention>? skip = null)
    {
        foreach (var mention in article.ClubsIn(sentence.Index))
        {
            if (skip?.Contains(mention) == true) continue;
            var (buyer, seller, sideOpen) = article.RoleOf(mention);
            var role = Role(roles, mention.Club!, sentence.Index);
            role.Buyer += buyer * weight;
            role.Seller += seller * weight;
            if (sideOpen) role.OpenSides++;
        }
    }

    private static void AddBackgroundRoles(AnalysedArticle article, Sentence sentence, double weight, Dictionary<Club, ClubRole> roles, HashSet<ClubMention>? theirs, Dictionary<Club, double> present, Person subject, IReadOnlyList<Person> people)
    {
        // "The Saudi side are prepared to offer €60m for him, who joined Marseille in 2021": a club named well before
        // the past clause is in the present; what follows the clause ("last summer, shortly after Liverpool's interest
        // cooled") is still the past.
        var (start, end) = StatusDetector.BackgroundSpan(sentence.Text);
        // "Neymar joined PSG from Barcelona for a record fee 12 months ago": a dated move's clause opens at its verb, not
        // at its date, so the club it joined is the past's however far before the date it stands.
        if (start >= 0 && DatedMove().Match(sentence.Text) is { Success: true } dated && dated.Index < start && dated.Index + dated.Length >= start) start = dated.Index;
        foreach (var mention in article.ClubsIn(sentence.Index))
        {
            // "...after selling Aden Flint to Middlesbrough last season": another player's club, past or not.
            if (theirs?.Contains(mention) == true) continue;
            var (buyer, seller, _) = article.RoleOf(mention);
            var at = sentence.Words[mention.WordIndex].Start;
            // "Cantwell, who impressed last season with Norwich, is on Bielsa's radar and Leeds have lodged a bid": a club
            // named in a later clause, well after the past one, is the present again.
            if (start >= 0 && (at < start - 40 || LaterClause(sentence.Text, end, at) || RelativeClauseAfter(sentence.Text, at, end)))
            {
                present[mention.Club!] = present.GetValueOrDefault(mention.Club!) + (seller - buyer) * weight;
                var role = Role(roles, mention.Club!, sentence.Index);
                role.Buyer += buyer * weight;
                role.Seller += seller * weight;
                continue;
            }
            // "scored 13 goals for Leicester last season", "was previously playing for Porto": where he has been playing is
            // likely his club still, though less surely than anything the present says.
            if (seller > buyer && TenureBefore(sentence, mention)) Role(roles, mention.Club!, sentence.Index).Seller += weight;
            // "...since Rangers signed Tore Andre Flo from Chelsea in November 2000": the club another player joined then
            // is his, not this one's.
            // "previously tried to bring the winger to Derby County": a club that only tried to sign him never had him.
            if (buyer > seller && !AttemptBefore(sentence.Text, at) && PlayerItSigned(sentence, mention, people) is var signed && (signed is null || signed == subject))
            {
                Role(roles, mention.Club!, sentence.Index).Seller += buyer * weight;
            }
        }
    }

    private static bool AttemptBefore(string text, int at) => AttemptWords().IsMatch(text.AsSpan(Math.Max(0, at - 60), Math.Min(60, at)));

    [GeneratedRegex(@"\b(?:tried|attempted|sought) to\b[^.;,]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AttemptWords();

    // The club he joined then is the club he would leave now; where he came from is no side of this move.
    private static void PastRoles(AnalysedArticle article, Sentence sentence, double weight, Dictionary<Club, ClubRole> roles, HashSet<ClubMention> past, Person subject, IReadOnlyList<Person> people)
    {
        foreach (var mention in past)
        {
            var (buyer, seller, _) = article.RoleOf(mention);
            if (buyer > seller && PlayerItSigned(sentence, mention, people) is var signed && (signed is null || signed == subject))
            {
                Role(roles, mention.Club!, sentence.Index).Seller += buyer * weight;
            }
        }
    }

    // "Partey could play alongside Ronaldo, who moved on a free after his United contract was terminated": the free
    // agent is the player named last before the words, not necessarily this one.
    public static bool FreeAgentIsAnothers(AnalysedArticle article, Sentence sentence, Person subject, HashSet<int> othersNamed, IReadOnlyList<Person> people)
    {
        var at = article.FreeAgentAt(sentence.Index);
        Person? nearest = null;
        var nearestStart = -1;
        foreach (var person in people)
        {
            if (person.Role != PersonRole.Player) continue;
            foreach (var mention in person.Mentions)
            {
                if (mention.SentenceIndex != sentence.Index) continue;
                var start = sentence.Words[mention.WordIndex].Start;
                if (start < at && start > nearestStart) (nearest, nearestStart) = (person, start);
            }
        }
        return nearest is not null && nearest != subject;
    }

    // "Burnley's James Tarkowski is a free agent this summer": free only when his contract runs out, so his club sells him now.
    public static bool FreeAgentLater(AnalysedArticle article, Sentence sentence)
    {
        var text = sentence.Text.AsSpan(article.FreeAgentAt(sentence.Index));
        var agent = text.IndexOf("free agent", StringComparison.OrdinalIgnoreCase);
        if (agent < 0) return false;
        var rest = text[(agent + "free agent".Length)..].TrimStart(" ,".AsSpan());
        foreach (var later in LaterTimes)
        {
            if (rest.StartsWith(later, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    private static readonly string[] LaterTimes = ["this summer", "next summer", "in the summer", "at the end of the season", "at the end of this season", "at the end of the campaign", "in june", "next year", "next season"];

    // "after he left Wolves to join Bournemouth in January 2016", "made the move to Cruz Azul in 2019": a dated move is
    // the story's past.
    // "Rangers signed Tore Andre Flo": the player named within two words after the club, as its verb's object.
    private static Person? PlayerItSigned(Sentence sentence, ClubMention club, IReadOnlyList<Person> people)
    {
        foreach (var person in people)
        {
            if (person.Role != PersonRole.Player) continue;
            foreach (var mention in person.Mentions)
            {
                if (mention.SentenceIndex == sentence.Index && mention.WordIndex > club.EndWordIndex && mention.WordIndex - club.EndWordIndex <= 2) return person;
            }
        }
        return null;
    }

    private static bool PastDated(string text) => text.Contains(" 19", StringComparison.Ordinal) || text.Contains(" 20", StringComparison.Ordinal) || text.Contains(" ago", StringComparison.Ordinal) ? DatedMove().IsMatch(text) : false;

    // "joined Sevilla from Bordeaux a year ago": a move some time ago is dated as surely as one in a year.
    [GeneratedRegex(@"\b(?:left|joined|signed|moved|arrived|sold|bought|made (?:the|his) (?:\w+ )?move)\b[^.;]{0,80}(?:\bin (?:(?:January|February|March|April|May|June|July|August|September|October|November|December) )?(?:19|20)\d\d\b|\b(?:a|an|one|two|three|four|five|six|a few|a couple of|several|\d+) (?:year|years|month|months|season|seasons|summer|summers) ago\b)", RegexOptions.CultureInvariant)]
    private static partial Regex DatedMove();

    private static bool LaterClause(string text, int end, int at)
    {
        if (end < 0 || at < end) return false;
        var gap = text.AsSpan(end, at - end);
        var boundary = Math.Max(Math.Max(gap.LastIndexOfAny(",;"), gap.LastIndexOf(" and ", StringComparison.Ordinal)), gap.LastIndexOf(" but ", StringComparison.Ordinal));
        if (boundary < 0) return false;
        // "last summer, shortly after Liverpool's interest cooled": a clause that only dates the past one is still the past.
        var rest = gap[(boundary + 1)..].TrimStart();
        if (rest.StartsWith("and ", StringComparison.Ordinal) || rest.StartsWith("but ", StringComparison.Ordinal)) rest = rest[4..];
        foreach (var word in PastClauseOpeners)
        {
            if (rest.StartsWith(word, StringComparison.OrdinalIgnoreCase) && (rest.Length == word.Length || rest[word.Length] == ' ')) return false;
        }
        // "close to leaving Chelsea last summer, though a £22m switch to Fulham broke down": a deal the clause tells as
        // having fallen through is the past's too.
        var clause = text.AsSpan(end + boundary + 1);
        var clauseEnd = clause.IndexOfAny(",;");
        return !FeeEvidence.FellThrough().IsMatch(clauseEnd < 0 ? clause : clause[..clauseEnd]);
    }

    // "Seattle have signed Farfan, who made 17 appearances for D.C. United in 2015": the date is the relative clause's,
    // and a club named before that clause is in the present.
    private static bool RelativeClauseAfter(string text, int at, int end)
    {
        if (end < 0 || at >= end) return false;
        var gap = text.AsSpan(at, end - at);
        return gap.Contains(", who ", StringComparison.Ordinal) || gap.Contains(", which ", StringComparison.Ordinal) || gap.Contains(", whose ", StringComparison.Ordinal);
    }

    private static readonly string[] PastClauseOpeners = ["shortly", "just", "after", "before", "when", "since", "following", "as", "having", "until", "only", "soon"];

    private static bool TenureBefore(Sentence sentence, ClubMention mention)
    {
        var described = ClauseScanner.SkipDescription(sentence, mention.WordIndex);
        var start = ClauseScanner.ClauseStart(sentence, described, maxWords: 4);
        return ClubRoleCues.Tenure.EndOf(ClauseScanner.Slice(sentence, start, described)).Length > 0;
    }

    private static ClubRole Role(Dictionary<Club, ClubRole> roles, Club club, int sentence)
    {
        if (!roles.TryGetValue(club, out var role)) roles[club] = role = new ClubRole(club);
        role.FirstSentence = Math.Min(role.FirstSentence, sentence);
        return role;
    }

    // "The Ivorian defender will leave Manchester United after becoming a discarded choice for Erik ten Hag": a sentence
    // whose subject is a player described, not named, is about the story's player, whoever it names later.
    public static bool OpensWithHisDescription(Sentence sentence)
    {
        var words = sentence.LowerWords;
        if (words.Length < 3 || words[0] != "the") return false;
        for (var i = 1; i <= 3 && i < words.Length; i++)
        {
            if (PositionWords.Contains(words[i])) return true;
        }
        return false;
    }

    // "Manchester United's Diogo Dalot": a possessive club right before the name owns the player.
    public static Club? OwningClub(AnalysedArticle article, PersonMention mention)
    {
        foreach (var club in article.ClubsIn(mention.SentenceIndex))
        {
            var sentence = article.Sentences[mention.SentenceIndex];
            // "Norwich's Snodgrass bid", "Tottenham's Eidur move": the club's bid for him, not his club.
            if (club.EndWordIndex == mention.WordIndex && club.IsPossessive(sentence) && !BidAfter(sentence, mention)) return club.Club;
            // "Offer for Ricardo Horta (SC Braga)": a club in brackets right after his name is his.
            var end = mention.WordIndex + mention.WordCount;
            if (club.WordIndex == end && end > 0 && sentence.Text.AsSpan(sentence.Words[end - 1].End, sentence.Words[end].Start - sentence.Words[end - 1].End).Trim() is "(") return club.Club;
            // "Youri Tielemans of Aston Villa": "of" and a club right after his name.
            if (club.WordIndex == end + 1 && end > 0 && sentence.Text.AsSpan(sentence.Words[end - 1].End, sentence.Words[end + 1].Start - sentence.Words[end - 1].End).Trim() is "of") return club.Club;
            // "Chelsea winger Noni Madueke" (not "former Sheffield United defender Harry Maguire", nor "newly signed Chicago
            // Fire defender Arne Friedrich", the club he joined).
            if (club.EndWordIndex == mention.WordIndex - 1 && PositionWords.Contains(sentence.LowerWords[club.EndWordIndex])
                && !ClauseScanner.FormerBefore(sentence, club.WordIndex) && !ClauseScanner.NewSigningBefore(sentence, club.WordIndex)) return club.Club;
            // "AC Milan and Uruguay left-back Diego Laxalt": his club, then his country, before his position.
            if (club.EndWordIndex == mention.WordIndex - 3 && sentence.LowerWords[club.EndWordIndex] == "and" && sentence.Words[club.EndWordIndex + 1].IsCapitalised
                && PositionWords.Contains(sentence.LowerWords[mention.WordIndex - 1]) && !article.ClubsIn(mention.SentenceIndex).Any(c => c.WordIndex == club.EndWordIndex + 1)
                && !ClauseScanner.FormerBefore(sentence, club.WordIndex) && !ClauseScanner.NewSigningBefore(sentence, club.WordIndex)) return club.Club;
        }
        return null;
    }

    private static bool BidAfter(Sentence sentence, PersonMention mention)
    {
        var at = mention.WordIndex + mention.WordCount;
        return at < sentence.Words.Count && sentence.LowerWords[at] is "bid" or "bids" or "offer" or "offers" or "swoop" or "approach"
            or "pursuit" or "chase" or "raid" or "enquiry" or "interest" or "signing" or "hunt" or "move" or "switch" or "transfer";
    }

    /// <summary>Whether the lower-case word is what a club's player is called ("winger", "skipper", "loanee").</summary>
    public static bool IsPositionWord(string lowerWord) => PositionWords.Contains(lowerWord);

    private static readonly HashSet<string> PositionWords = new(StringComparer.Ordinal)
    {
        "winger", "striker", "forward", "midfielder", "defender", "goalkeeper", "keeper", "full-back", "right-back",
        "left-back", "centre-back", "center-back", "playmaker", "attacker", "star", "captain", "wonderkid", "teenager",
        // "West Ham wantaway Payet", "Chelsea loanee X", "Ajax starlet X": what a club's player is called, not a position.
        "fullback", "wing-back", "centre-forward", "frontman", "marksman", "shot-stopper", "skipper", "ace", "youngster",
        "starlet", "prospect", "wantaway", "outcast", "loanee", "flop", "misfit",
    };
}
