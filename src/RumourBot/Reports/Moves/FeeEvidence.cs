using System.Text.RegularExpressions;
using RumourBot.Reports.Clubs;
using RumourBot.Reports.People;
using RumourBot.Reports.Text;

namespace RumourBot.Reports.Moves;

/// <summary>
/// Whether a figure in a sentence about a move is that move's price at all: a past deal told in passing, another
/// record it is measured against, a sum for two players, or a sum nearer another player's name is not.
/// </summary>
internal static partial class FeeEvidence
{
    /// <summary>
    /// "Since moving to Celtic in 2010 from Scunthorpe for £2.4 million he has…", "Barco joined Brighton in January for
    /// £7.9m": a figure in the same clause as a past move. "who joined in 2022, but it was €20m" may be this one's.
    /// </summary>
    public static bool InPastClause(AnalysedArticle article, Sentence sentence, MoneyMention money)
    {
        var text = sentence.Text;
        // "around the same figure of £1m that Millwall tried last summer": today's figure measured against an old one.
        if (text.AsSpan(Math.Max(0, money.Start - 22), Math.Min(22, money.Start)).Contains("same ", StringComparison.OrdinalIgnoreCase)) return false;
        if (article.IsBackground(sentence.Index) && StatusDetector.BackgroundSpans(text).Any(span => !KnockedBack(text, span.Start) && SameClause(text, money, span.Start, span.End))) return true;
        foreach (Match past in PastMove().Matches(text))
        {
            if (SameClause(text, money, past.Index, past.Index + past.Length)) return true;
            // "Amartey signed for the Foxes in January 2016, penning a four-and-a-half-year deal for a reported fee of £6m":
            // a clause hung on the past move by its participle tells more of that move.
            var end = past.Index + past.Length;
            if (money.Start > end && money.Start - end <= 90 && PastMoveGoesOn().IsMatch(text.AsSpan(end, money.Start - end))) return true;
        }
        // "He came close to leaving Chelsea last summer, though a £22m switch to Fulham broke down": in a sentence of the
        // story's past, a deal told as falling through is that past's.
        if (article.IsBackground(sentence.Index))
        {
            foreach (Match failed in FellThrough().Matches(text))
            {
                if (SameClause(text, money, failed.Index, failed.Index + failed.Length)) return true;
            }
        }
        return false;
    }

    /// <summary>"broke down", "fell through", "collapsed": a deal told as having failed.</summary>
    [GeneratedRegex(@"\b(?:broke down|fell through|collapsed|failed|came to nothing)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex FellThrough();

    /// <summary>"Rangers turned down around £8m from Beijing Renhe in January": an earlier answer, weaker than today's.</summary>
    public static bool EarlierAnswer(string sentence, MoneyMention money)
    {
        foreach (Match past in PastAnswer().Matches(sentence))
        {
            if (SameClause(sentence, money, past.Index, past.Index + past.Length)) return true;
        }
        return false;
    }

    /// <summary>"that has come down from the £40m they had valued him at", "lowered from €30m": the figure a newer one replaced.</summary>
    public static bool ReplacedFigure(string sentence, MoneyMention money) =>
        ReplacedBefore().IsMatch(sentence.AsSpan(Math.Max(0, money.Start - 30), Math.Min(30, money.Start)));

    /// <summary>"ESPN reported Tuesday that the transfer fee offer was actually $8.5 million": a figure told as the correction of another.</summary>
    public static bool CorrectedFigure(string sentence, MoneyMention money) =>
        CorrectionBefore().IsMatch(sentence.AsSpan(Math.Max(0, money.Start - 45), Math.Min(45, money.Start)));

    [GeneratedRegex(@"\b(?:was|is|were|are|be) (?:actually|in fact|in reality)\b[^.;,]{0,30}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CorrectionBefore();

    /// <summary>"Previous reports dating back to December had said he could be available in a €20m deal": what older reports said.</summary>
    public static bool ToldByOlderReports(string sentence) => OlderReports().IsMatch(sentence);

    [GeneratedRegex(@"^\W*(?:\w+ly,? )?(?:previous|earlier|older|past) (?:\S+ )?reports?\b[^.;]{0,60}?\bhad (?:said|claimed|suggested|stated|reported|indicated|revealed)\b" +
        // "Earlier this week, initial reports suggested that a £10 million agreement had been reached": the first word, since overtaken.
        @"|\b(?:initial|original|first|early) reports? (?:had )?(?:said|claimed|suggested|stated|indicated)\b" +
        // "West Brom were said to be seeking a fee around $40 million in the summer": what was said in an earlier window.
        @"|\b(?:was|were) said to (?:be|have)\b[^.;]{0,60}?\bin the (?:summer|winter|january window|last window|previous window)\b" +
        // "of interest to Tottenham last summer, … and TEAMtalk then stated that a fee of around £12m was sought": what was told then.
        @"|\blast (?:summer|season|year|january|window)\b[^.;]{0,120}?\bthen (?:stated|said|claimed|reported|suggested|revealed|indicated)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OlderReports();

    [GeneratedRegex(@"\b(?:come|came|comes|coming|gone|went|go|goes|going|dropped|drops|dropping|fallen|fell|falls|reduced|lowered|cut|slashed|down) (?:down )?from (?:the |an? |their |his |its )?(?:initial |original |previous |earlier )?(?:asking price of |valuation of |price of |figure of )?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReplacedBefore();

    /// <summary>
    /// "an improved bid of £38m", "a second offer worth €20m", "upped their offer to £12m", "agreed to meet Juventus' €30m
    /// asking price": a later offer than the first.
    /// </summary>
    public static bool LaterOffer(string sentence, MoneyMention money) =>
        OfferWordBefore(sentence, money, LaterOfferWords()) || PriceMetBefore(sentence, money);

    // "agreed to meet Juventus' €30m asking price": read 70 characters back, as far as the negation may stand.
    private static bool PriceMetBefore(string sentence, MoneyMention money) => FeeParser.PriceMet().IsMatch(ClauseBefore(sentence, money, 70));

    /// <summary>"an opening offer of £30m", "their first bid of €10m": the offer a later one may replace.</summary>
    public static bool FirstOffer(string sentence, MoneyMention money) => OfferWordBefore(sentence, money, FirstOfferWords());

    /// <summary>"looks set to come back with an improved offer of £1m", "will return with a bid of £12m": an offer still to be made.</summary>
    public static bool OfferStillAhead(string sentence, MoneyMention money) => OfferAhead().IsMatch(ClauseBefore(sentence, money, 70));

    [GeneratedRegex(@"\b(?:set to|poised to|expected to|likely to|ready to|preparing to|plans? to|planning to|will|could|may|might)\s(?:\S+\s){0,2}?(?:come back|return|go back|launch|make|submit|table|lodge|up|raise|increase|improve)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OfferAhead();

    /// <summary>Whether the figure is one told as a later offer, in whichever of the sentences holds it.</summary>
    public static bool LaterOfferIn(AnalysedArticle article, IEnumerable<Sentence> sentences, MoneyMention money) =>
        sentences.Any(s => article.MoneyIn(s.Index).Contains(money) && LaterOffer(s.Text, money));

    // The word stands just before the figure ("an improved £38m bid", "an improved bid of £38m", "raised their offer to £12m").
    private static bool OfferWordBefore(string sentence, MoneyMention money, Regex words)
    {
        var before = ClauseBefore(sentence, money, 32);
        foreach (var match in words.EnumerateMatches(before)) return true;
        return false;
    }

    [GeneratedRegex(@"\b(?:improved|increased|revised|fresh|second|third|fourth|higher|sweetened|bigger|upped|raised|new) (?:\S+ )?(?:bid|offer|proposal)s?\b|\b(?:upped|raised|increased|improved) (?:their|its|the|his) (?:\S+ )?(?:bid|offer|proposal) to\b|\b(?:improved|increased|revised|fresh|second|third|fourth|higher|sweetened|bigger|new)(?: \S+)? $", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LaterOfferWords();

    [GeneratedRegex(@"\b(?:opening|first|original|earlier|initial) (?:\S+ )?(?:bid|offer|proposal)s?\b|\b(?:opening|first|original|earlier)(?: \S+)? $", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FirstOfferWords();

    // "a £5m offer knocked back in the January window" is an answer, not a "back in 2019" of his past.
    private static bool KnockedBack(string text, int start) =>
        text.AsSpan(0, start).TrimEnd().EndsWith("knocked", StringComparison.OrdinalIgnoreCase) || text.AsSpan(0, start).TrimEnd().EndsWith("sent", StringComparison.OrdinalIgnoreCase);

    // The figure lies inside the span, or next to it with no comma, "but" or "and" between.
    private static bool SameClause(string text, MoneyMention money, int start, int end)
    {
        if (money.Start < end && money.End > start) return true;
        var (from, to) = money.End <= start ? (money.End, start) : (end, money.Start);
        var between = text.AsSpan(from, to - from);
        // "the 64 million pounds ($86 million) that United agreed to pay Atalanta two years ago": a relative clause on
        // the figure carries it to the end of that clause, past a conversion in brackets.
        var relative = money.End <= start && OpensRelativeClause(ref between);
        if (to - from > (money.End <= start && !relative ? 40 : 90)) return false;
        if (between.IndexOfAny(ClauseBreaks) >= 0) return false;
        foreach (var word in ClauseWords)
        {
            if (between.Contains(word, StringComparison.Ordinal)) return false;
        }
        return true;
    }

    // Whether the words after a figure open a relative clause on it; a conversion in brackets before the clause is
    // then taken off them.
    private static bool OpensRelativeClause(ref ReadOnlySpan<char> after)
    {
        var clause = after.StartsWith(" (") && after.IndexOf(')') is > 0 and var close ? after[(close + 1)..] : after;
        if (!clause.StartsWith(" that ") && !clause.StartsWith(" which ")) return false;
        after = clause;
        return true;
    }

    private static readonly string[] ClauseWords = [" but ", " and ", " while", " whilst", " following ", " after ", " before ", " when ", " as "];

    private static readonly char[] ClauseBreaks = [',', ';', ':', '(', ')', '–', '—'];

    /// <summary>Up to <paramref name="width"/> characters before the figure, from the last clause break among them.</summary>
    private static ReadOnlySpan<char> ClauseBefore(string text, MoneyMention money, int width)
    {
        var before = text.AsSpan(Math.Max(0, money.Start - width), Math.Min(width, money.Start));
        return before.LastIndexOfAny(ClauseBreaks) is >= 0 and var cut ? before[(cut + 1)..] : before;
    }

    // "surpassing the fee paid for Lemar", "solely behind the reported 88 million euros Barcelona paid for Neymar".
    public static bool RecordComparison(string sentence, MoneyMention money)
    {
        var before = sentence.AsSpan(Math.Max(0, money.Start - 30), Math.Min(30, money.Start));
        return ComparedWith().IsMatch(before) && RecordWords().IsMatch(sentence);
    }

    /// <summary>"a €200m bid for Victor Osimhen and his teammate Kvicha Kvaratskhelia": one sum for two players.</summary>
    public static bool ForTwoPlayers(Sentence sentence, MoneyMention money, Person subject, IReadOnlyList<Person> others)
    {
        var ours = MentionStarts(sentence, subject).Where(at => at > money.End && at - money.End < 40).ToList();
        if (ours.Count == 0) return false;
        var theirs = others.SelectMany(p => MentionStarts(sentence, p)).Where(at => at > money.End && at - money.End < 110).ToList();
        if (theirs.Count == 0) return false;
        var from = Math.Min(ours.Min(), theirs.Min());
        var to = Math.Max(ours.Min(), theirs.Min());
        var between = sentence.Text.AsSpan(from, to - from);
        return between.Contains(" and ", StringComparison.Ordinal) || between.Contains(" & ", StringComparison.Ordinal);
    }

    /// <summary>"after selling Aden Flint to Middlesbrough for £7m": in a sentence naming two players, the nearer one's figure.</summary>
    public static bool NearerAnother(Sentence sentence, MoneyMention money, Person subject, IReadOnlyList<Person> others)
    {
        // His name stands between ours and the figure, close to it: "sign Webster after selling Flint for £7m".
        var ours = MentionStarts(sentence, subject).ToList();
        foreach (var at in others.SelectMany(p => MentionStarts(sentence, p)))
        {
            if (Distance(at, money) > 80) continue;
            if (at < money.Start && ours.Any(o => o < at)) return true;
            if (at >= money.End && ours.Any(o => o > at)) return true;
            // "after £50m Brown sale", "€40m-rated Costa": the figure stands as his name's adjective.
            if (at >= money.End && at - money.End <= 2) return true;
            // "the £30m they received for Tom Brown": a figure told as the price for him.
            if (at >= money.End && at - money.End <= 30 && !ours.Any(o => o > money.End && o < at)
                && PriceFor().IsMatch(sentence.Text.AsSpan(money.End, at - money.End))) return true;
            // "sold Tom Brown to Chelsea for £30m and want to reinvest in Silveira": his clause, far from ours.
            if (at < money.Start && money.Start - at <= 45 && sentence.Text.AsSpan(at, money.Start - at).IndexOfAny(ClauseBreaks) < 0
                && ours.All(o => Distance(o, money) > Math.Max(30, (money.Start - at) * 3 / 2) && !(o > at && o < money.Start))) return true;
        }
        return false;
    }

    /// <summary>
    /// "Dembele has been a target since Neymar completed his world-record €222m switch": a name other than ours as the
    /// subject of a move verb whose object is "his" figure tells that player's move's price, whoever else the sentence
    /// names. The name need not be one we read as a person: one-name stars often are not.
    /// </summary>
    public static bool AnothersOwnMove(Sentence sentence, MoneyMention money, Person subject)
    {
        var before = ClauseBefore(sentence.Text, money, 60);
        // The first match decides, in each pattern.
        foreach (var match in HisOwnMove().EnumerateMatches(before)) return !IsOurs(before.Slice(match.Index, match.Length), subject);
        // "a replacement for Buendia, who is poised to seal his move to Aston Villa for an initial £33m": the clause
        // told of him runs on past its comma.
        var sentenceBefore = sentence.Text.AsSpan(Math.Max(0, money.Start - 140), Math.Min(140, money.Start));
        foreach (var match in WhoTellsHisMove().EnumerateMatches(sentenceBefore)) return !IsOurs(sentenceBefore.Slice(match.Index, match.Length), subject);
        // "Mounié's Brest teammate, Haris Belkebla, who is now a free agent": what a clause hung on a name says he is, is his.
        foreach (var match in WhoIsClauseOnAName().EnumerateMatches(sentenceBefore)) return !IsOurs(sentenceBefore.Slice(match.Index, match.Length), subject);
        // "De Gea is said to cost €60-70 million", "Alvaro Morata is worth around 60million Euros": another's price.
        foreach (var match in AnothersPrice().EnumerateMatches(before)) return !NamesOurs(before.Slice(match.Index, match.Length), subject);
        // "with Fabio Silva being purchased for a club record fee of £35 million": an aside on another's purchase.
        foreach (var match in WithAnothersPurchase().EnumerateMatches(before)) return !IsOurs(before.Slice(match.Index + 5, match.Length - 5), subject);
        return false;
    }

    [GeneratedRegex(@"\bwith (?-i:\p{Lu})[\w'’-]+(?: (?-i:\p{Lu})[\w'’-]+)? (?:being|having been) (?:purchased|signed|bought|sold|acquired|brought in)\b[^,;]{0,50}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WithAnothersPurchase();

    // The name a match opens with is our player's, or "He" (ours, told again).
    // "Chelsea's Varga is valued at": ours when any of the name's words is a word of his name.
    private static bool NamesOurs(ReadOnlySpan<char> match, Person subject)
    {
        foreach (var range in match.Split(' '))
        {
            var word = match[range];
            if (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal)) word = word[..^2];
            if (IsPartOfHisName(word, subject)) return true;
        }
        return false;
    }

    private static bool IsOurs(ReadOnlySpan<char> match, Person subject)
    {
        var name = match[..match.IndexOfAny(' ', ',')];
        return name.Equals("He", StringComparison.Ordinal) || IsPartOfHisName(name, subject);
    }

    private static bool IsPartOfHisName(ReadOnlySpan<char> word, Person subject)
    {
        foreach (var part in subject.FullName.Split(' '))
        {
            if (word.Equals(part, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    // "De Gea is said to cost ", "Alvaro Morata is worth around ": a name (not "The", "He") whose price the figure is.
    [GeneratedRegex(@"\b(?!(?:The|This|That|It|He|She|His|Her|They|Their|Its)\b)(?-i:\p{Lu})[\w'’-]+(?: (?-i:\p{Lu})[\w'’-]+)? (?:is|was|would be|will be|could be) (?:(?:said|reported|believed|thought|understood|expected) to )?(?:cost|be worth|worth|valued at|be valued at|rated at|priced at)(?: around| about| roughly| some| in the region of| close to| up to| over| more than)? ?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnothersPrice();

    // "Neymar completed his world-record ", "Grealish sealed his club-record ": a capitalised name, his move verb, his figure.
    [GeneratedRegex(@"\b(?-i:\p{Lu})[\w'’-]+ (?:has |had |have )?(?:completed|sealed|secured|made|earned) his (?:[\w-]+ )?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HisOwnMove();

    // "Buendia, who is poised to seal his move to Aston Villa for an initial ": a name, a "who" clause of his own move, the figure.
    [GeneratedRegex(@"\b(?-i:\p{Lu})[\w'’-]+, who\b[^,;]{0,60}\bhis (?:[\w-]+ )?(?:move|switch|transfer)\b[^,;]{0,50}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WhoTellsHisMove();

    // A full name, two capitalised words ("Haris Belkebla, who is now"), not a description ("The Brazilian, who is now").
    [GeneratedRegex(@"\b(?!(?:The|This|That|A|An|His|Their)\b)(?-i:\p{Lu})[\w'’-]+ (?-i:\p{Lu})[\w'’-]+, who (?:is|was|has been|had been|became|has become) (?:now |already |currently |still )?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WhoIsClauseOnAName();

    /// <summary>In a sentence naming only another player, a figure far from his name may still be ours.</summary>
    public static bool FarFromOthers(Sentence sentence, MoneyMention money, IReadOnlyList<Person> others) =>
        others.SelectMany(p => MentionStarts(sentence, p)).All(at => at < money.Start ? money.Start - at > 100 : at - money.End > 40);

    // A name after the figure ("€25m for Osimhen") weighs as near as one just before it ("Osimhen's €25m").
    private static int Distance(int at, MoneyMention money) => at >= money.End ? at - money.End : money.Start - at;

    private static IEnumerable<int> MentionStarts(Sentence sentence, Person person) =>
        person.Mentions.Where(m => m.SentenceIndex == sentence.Index && m.WordIndex < sentence.Words.Count).Select(m => sentence.Words[m.WordIndex].Start);

    /// <summary>The people of a sentence who are not also read as a club there ("Aris have been demanding £4.5m").</summary>
    public static List<Person> NotClubs(AnalysedArticle article, Sentence sentence, IEnumerable<Person> people)
    {
        // A one-word "player" may be a club or a nickname the club list lacks ("Aris have been demanding £4.5m").
        people = people.Where(p => p.FullName.Contains(' ', StringComparison.Ordinal));
        var clubWords = article.ClubsIn(sentence.Index).SelectMany(c => Enumerable.Range(c.WordIndex, c.WordCount)).ToHashSet();
        return people.Where(p => p.Mentions.Where(m => m.SentenceIndex == sentence.Index).All(m => !clubWords.Contains(m.WordIndex))).ToList();
    }

    /// <summary>
    /// "Minnesota have launched a £4.2m offer" in a story of Celtic's bid, "but Chelsea have offered Porto €40m", "with
    /// Benfica due €6m of that fee": the club that makes the offer or takes the money, in the figure's clause, is a third
    /// club, neither the move's buyer nor its seller: the figure is that club's. A move club right before the figure
    /// ("offered Porto €40m") is the one offered to; the club doing the offering stands further back.
    /// </summary>
    public static bool ThirdClubs(AnalysedArticle article, Sentence sentence, MoneyMention money, IReadOnlyCollection<string> moveClubs)
    {
        if (moveClubs.Count == 0) return false;
        foreach (var (club, between) in ClubsBefore(article, sentence, money))
        {
            // "offered Porto €40m": a club right before the figure is the one offered to; the subject stands further back.
            if (between.Trim().Length == 0) continue;
            if (club.Club is not { } owner || moveClubs.Contains(owner.Name)) return false;
            return OfferVerb().IsMatch(between) || ReceiveVerb().IsMatch(between);
        }
        return false;
    }

    // "a per season offer of around USD 25.2 million ... Thus, the total worth of the deal comes to just over USD 50
    // million": a total two to five times a yearly pay the story tells is that pay over the contract's years.
    public static bool ToldAsATotal(Sentence sentence, MoneyMention money)
    {
        var before = sentence.Text.AsSpan(Math.Max(0, money.Start - 50), Math.Min(50, money.Start));
        return before.Contains("total", StringComparison.OrdinalIgnoreCase) || before.Contains("worth", StringComparison.OrdinalIgnoreCase);
    }

    public static bool MultipleOfHisPay(AnalysedArticle article, MoneyMention money)
    {
        var amount = money.Amount;
        if (amount.Currency is null) return false;
        for (var i = 0; i < article.Sentences.Count; i++)
        {
            foreach (var pay in article.MoneyIn(i))
            {
                if (pay.Kind != MoneyKind.Wage || pay.Amount.Currency != amount.Currency || pay.Amount.AmountMillions < 1) continue;
                for (var years = 2; years <= 5; years++)
                {
                    var total = pay.Amount.AmountMillions * years;
                    if (Math.Abs(amount.AmountMillions - total) <= total * 0.03m) return true;
                }
            }
        }
        return false;
    }

    // "following the £12.7m capture of winger Rodrigo Gomes": the price of another player's signing, named with it.
    public static bool PriceOfHisSigning(Sentence sentence, MoneyMention money, Person person) =>
        NamedAfter(sentence, money, person, maxGap: 50, SigningOfBetween());

    /// <summary>The person is named within <paramref name="maxGap"/> characters after the figure, with words between it and him that <paramref name="between"/> matches.</summary>
    public static bool NamedAfter(Sentence sentence, MoneyMention money, Person person, int maxGap, Regex between)
    {
        foreach (var mention in person.Mentions)
        {
            if (mention.SentenceIndex != sentence.Index) continue;
            var start = sentence.Words[mention.WordIndex].Start;
            if (start > money.End && start - money.End <= maxGap && between.IsMatch(sentence.Text.AsSpan(money.End, start - money.End))) return true;
        }
        return false;
    }

    [GeneratedRegex(@"^\s*(?:capture|signing|purchase|acquisition|sale|arrival|deal|transfer|move) (?:of|for) (?:\S+\s+){0,2}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SigningOfBetween();

    /// <summary>
    /// "Porto bought him from Benfica for €15m", "who joined Porto for €15m": a club other than the buyer that bought
    /// him, or that he joined, for the figure tells a past move, whatever tense the rest of the story is in.
    /// </summary>
    public static bool EarlierPurchase(AnalysedArticle article, Sentence sentence, MoneyMention money, string? buyer)
    {
        if (buyer is null) return false;
        foreach (var (club, between) in ClubsBefore(article, sentence, money))
        {
            if (club.Club is not { } owner || owner.Name == buyer) return false;
            if (SellerBought().IsMatch(between)) return true;
            var start = sentence.Words[club.WordIndex].Start;
            if (JoinedBefore().IsMatch(sentence.Text.AsSpan(Math.Max(0, start - 24), Math.Min(24, start)))) return true;
        }
        return false;
    }

    /// <summary>
    /// "since he completed £3m move from FC Copenhagen", "signed in a £1m deal from HJK Helsinki": a figure whose move is
    /// from a club that is neither this move's buyer nor its seller is the price of an earlier move, whatever the tense.
    /// "the subject of a £5m bid from Wolves in January" in a story of Newcastle's move: an offer from a third club.
    /// </summary>
    public static bool FromAnotherClub(AnalysedArticle article, Sentence sentence, MoneyMention money, IReadOnlyCollection<string> moveClubs)
    {
        if (moveClubs.Count == 0) return false;
        var text = sentence.Text;
        var after = text.AsSpan(money.End, Math.Min(30, text.Length - money.End));
        var from = after.IndexOf(" from ", StringComparison.OrdinalIgnoreCase);
        if (from < 0) return false;
        // Only the move's own noun, and at most one word before it, stand between the figure and "from".
        var words = after[..from].Trim();
        var last = words.LastIndexOf(' ');
        var noun = last < 0 ? words : words[(last + 1)..];
        if (words.Count(' ') > 1 || !(noun is "move" or "switch" or "transfer" or "deal" or "bid" or "offer" or "proposal")) return false;
        var clubAt = money.End + from + " from ".Length;
        // The club may come after its description: "a £3.15m move from Swedish side Elfsborg".
        var nearest = article.ClubsIn(sentence.Index)
            .Where(club => club.WordIndex < sentence.Words.Count && sentence.Words[club.WordIndex].Start >= clubAt)
            .MinBy(club => sentence.Words[club.WordIndex].Start);
        if (nearest is null) return false;
        var between = text.AsSpan(clubAt, sentence.Words[nearest.WordIndex].Start - clubAt);
        if (between.Length > 0 && (between.Length > MaxClubDescription || between.IndexOfAny(ClauseBreaks) >= 0 || !IsClubDescription(between))) return false;
        return nearest.Club is { } owner && !moveClubs.Contains(owner.Name);
    }

    private const int MaxClubDescription = 30;

    /// <summary>
    /// "The trade brought in over $100,000 in general allocation money": MLS's allocation money passes only between its
    /// own clubs, so it is no fee for a move with a club outside the United States and Canada.
    /// </summary>
    public static bool AllocationMoneyAbroad(AnalysedArticle article, Sentence sentence, MoneyMention money, IReadOnlyCollection<string> moveClubs)
    {
        var after = sentence.Text.AsSpan(money.End, Math.Min(40, sentence.Text.Length - money.End));
        return after.Contains("allocation money", StringComparison.OrdinalIgnoreCase)
            && moveClubs.Any(name => article.Clubs.FirstOrDefault(c => c.Club?.Name == name)?.Club is { Country: not ("United States" or "Canada") });
    }

    // "Swedish side ", "Ligue 1 outfit ": a few words ending in a word for a club.
    private static bool IsClubDescription(ReadOnlySpan<char> words)
    {
        words = words.TrimEnd();
        var last = words.LastIndexOf(' ');
        return last > 0 && words[(last + 1)..] is "side" or "club" or "outfit" or "giants" or "team" or "champions";
    }

    // The clubs before the figure in its clause, nearest first, each with the text between it and the figure.
    private static IEnumerable<(ClubMention Club, string Between)> ClubsBefore(AnalysedArticle article, Sentence sentence, MoneyMention money)
    {
        var clubs = article.ClubsIn(sentence.Index).Where(c => c.WordIndex < sentence.Words.Count && c.EndWordIndex <= sentence.Words.Count
            && sentence.Words[c.EndWordIndex - 1].End <= money.Start).OrderByDescending(c => c.WordIndex);
        foreach (var club in clubs)
        {
            var from = sentence.Words[club.EndWordIndex - 1].End;
            if (money.Start - from > 60) yield break;
            var between = sentence.Text[from..money.Start];
            if (between.IndexOfAny(ClauseBreaks) >= 0) yield break;
            yield return (club, between);
        }
    }

    [GeneratedRegex(@"^(?:'s?|’s?)? (?:had |have |has |originally |first )?(?:bought|signed|paid|acquired|recruited|snapped up|brought in|brought|spent|splashed out|forked out|shelled out)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SellerBought();

    [GeneratedRegex(@"\b(?:joined|moved to|signed for|arrived at|switched to|transferred to|went to|joining|moving to)\s?(?:the )?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex JoinedBefore();

    [GeneratedRegex(@"\b(?:due|receive|receives|received|pocket|pockets|earn|earns|entitled to|in line for|set to receive|will get|would get)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReceiveVerb();

    /// <summary>
    /// "Bayer Leverkusen is also interested, but the club saw the offer of 15 million euros as low": in a sentence about
    /// another suitor, the figures after him are his.
    /// </summary>
    public static bool RivalSuitor(AnalysedArticle article, Sentence sentence, MoneyMention money, IReadOnlyCollection<string> moveClubs)
    {
        if (moveClubs.Count == 0 || AlsoInterested().Match(sentence.Text) is not { Success: true } also || also.Index > money.Start) return false;
        ClubMention? suitor = null;
        foreach (var club in article.ClubsIn(sentence.Index))
        {
            if (club.WordIndex < sentence.Words.Count && sentence.Words[club.WordIndex].Start < also.Index && (suitor is null || club.WordIndex > suitor.WordIndex)) suitor = club;
        }
        return suitor?.Club is { } rival && !moveClubs.Contains(rival.Name);
    }

    /// <summary>Whether the sentence names the buyer or the seller of the move.</summary>
    public static bool NamesMoveClub(AnalysedArticle article, Sentence sentence, IReadOnlyCollection<string> moveClubs)
    {
        foreach (var club in article.ClubsIn(sentence.Index))
        {
            if (club.Club is { } named && moveClubs.Contains(named.Name)) return true;
        }
        return false;
    }

    /// <summary>
    /// "Corinthians owned 55% of his rights… and will receive around €7m": when the report tells that the rights to him
    /// were split, the sum a club receives, in the figure's clause, is its share of the fee, not the fee.
    /// </summary>
    public static bool SellersShare(AnalysedArticle article, Sentence sentence, MoneyMention money)
    {
        var before = ClauseBefore(sentence.Text, money, 40);
        if (!ReceiveVerb().IsMatch(before) && !NetReceipt().IsMatch(before)) return false;
        foreach (var other in article.Sentences)
        {
            if ((other.Text.Contains('%') || other.Text.Contains("percent", StringComparison.OrdinalIgnoreCase)) && RightsShare().IsMatch(other.Text)) return true;
        }
        return false;
    }

    // "Boca is entitled to 50 percent of the total sum", "owned 55% of the athlete's rights": the money is split.
    [GeneratedRegex(@"\d\s?(?:%|percent|per cent) (?:of (?:the |his |its |their |the player's |the player’s |the athlete's |the athlete’s )?)?(?:economic |federative |sporting |financial |total |transfer )?(?:rights|stake|pass|sum|fee|transfer|sale)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RightsShare();

    // "would enter 10 million euros clean", "will net €7m", "bank around €7m": what the seller takes home.
    [GeneratedRegex(@"\b(?:would|will|could|to) (?:enter|net|bank|keep|take home|bring in|rake in)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NetReceipt();

    [GeneratedRegex(@"\b(?:for|sale of|on|to sign|to buy|to land)\s(?:the\s)?(?:\S+\s)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PriceFor();

    [GeneratedRegex(@"\b(?:is|are) also (?:interested|keen|in the running|monitoring|tracking|chasing|in the race)\b|\balso (?:want|wants|made|submitted|tabled|offered)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AlsoInterested();

    // "Fenerbahce, who are reportedly willing to invest $3 million": a third club's money is its offer. So is the move a
    // third club is "credited with" ("Al Hilal has been credited with a 3.8 million euro move").
    [GeneratedRegex(@"\b(?:have|has|had)? ?(?:launched|made|submitted|tabled|lodged|offered|bid|placed|sent|put in|presented|invest|pay)\b|\b(?:have had|has had|had|saw) (?:a|an|their|its) ?$|\b(?:credited|linked) with (?:a|an) $", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OfferVerb();

    [GeneratedRegex(@"\b(?:joined|joining|signed|signing|arrived|arriving|moved|moving|bought|buying|sold|selling|paid|cost)\b(?:[^.;]|\.\d){0,80}?\bin (?:" + Months + @"|(?:19|20)\d\d)\b|\bearlier (?:this|in the) (?:year|summer|window|month)\b" +
        // "paid £12.5m plus add-ons for the teenager during the January transfer window": a done purchase, told by its window.
        @"|\b(?:paid|joined|signed|bought|sold|cost)\b(?:[^.;]|\.\d){0,80}?\bduring (?:the )?(?:" + Months + @")\b" +
        // "played for Inter from 2019 to 2021, before he was sold to Chelsea for around USD 125 million": a move told as
        // what came after an earlier spell is the story's past.
        @"|\bbefore (?:he|she) (?:was |had been )?(?:sold|joined|moved|signed|transferred|loaned)\b" +
        // "Two years after his arrival for €120 million": the price he came for, told by the time since.
        @"|\b(?:years?|months?|seasons?) after (?:his|her) (?:arrival|move|switch|transfer)\b|\bsince (?:his|her) (?:arrival|move|switch|transfer)\b" +
        // "heads back to Germany a year after arriving in London from Gladbach on a free transfer": the move that brought him,
        // whatever its verb ("two years after swapping Porto for Wolves").
        @"|\b(?:years?|months?|seasons?) after [a-z]+ing\b" +
        // "paid $13.5 million for him before the 2018 season", "left Barcelona on a free four days ago to join Betis": a
        // move dated before this story.
        @"|\b(?:paid|joined|signed|bought|sold|cost|arrived|left)\b(?:[^.;]|\.\d){0,80}?\b(?:before|ahead of|prior to) the (?:19|20)\d\d\b" +
        @"|\b(?:left|joined|signed|arrived|moved)\b(?:[^.;]|\.\d){0,60}?\b(?:\d+|a few|two|three|four|five|six|seven|eight|nine|ten) (?:days|weeks|months|years) ago\b" +
        // "Middlesbrough forked out a hefty £15 million fee to lure him to the Riverside in July 2017": a purchase dated
        // by its month and year.
        @"|\b(?<!\bbe )(?<!\bbeing )(?:paid|forked out|shelled out|splashed out|spent|splashed)\b(?:[^.;]|\.\d){0,80}?\bin (?:" + Months + @") (?:19|20)\d\d\b" +
        // "selling him to Ludogorets, who paid a club-record fee of £2m for his services": a club's purchase told in a
        // clause hung on its name is his past.
        @"|\b(?-i:[A-Z])\S*, who (?:had )?paid\b" +
        // "The 26-year-old became the Clarets' second summer signing, for around £2.5million": how he came, told as done.
        @"|\bbecame (?:the |their |his )?\S+ (?:\S+ ){0,2}?signing\b,? (?:for|in a)\b" +
        // "parted with the sum of £16.6m when they brought the player in from CSKA last summer", "who cost the Tractor Boys
        // £10,000 when they signed him from Forest Green last January": a purchase dated in the clause that tells it.
        @"|\b(?:paid|parted with|forked out|shelled out|splashed out|spent|cost)\b(?:[^.;]|\.\d){0,60}?\bwhen (?:they|he|she|the club|(?-i:[A-Z])\S*) (?:signed|brought|bought|took|lured|snapped|acquired|landed|recruited)\b[^.;]{0,50}?\b(?:last (?:summer|season|year|january|window|campaign)|(?:19|20)\d\d|(?:years?|seasons?) ago)\b" +
        // "had initially been expected to join Brighton in a £25m deal": a plan since given up, with its price.
        @"|\bhad (?:\w+ly )?been (?:expected|set|due|poised|close|about|on course|on the verge) to (?:join|sign for|move to|complete)\b" +
        // "as then manager Steve Bruce invested a club record £13.1million in him": a man who held the post then.
        @"|\bthen[- ](?:manager|boss|coach|head coach|chairman|owner|sporting director)\b" +
        // "the form that saw Wolves pay £3 million to Estoril for him": a purchase the story looks back on.
        @"|\bsaw (?-i:[A-Z])\S*(?: (?-i:[A-Z])\S*)? (?:pay|spend|splash out|fork out|shell out)\b" +
        // The year told first: "he has been there since 2016, when he cost £3m", "in 2019 he joined for €5m".
        @"|\b(?:in|since) (?:19|20)\d\d\b[^.;,]{0,30}?\b(?:joined|signed|arrived|moved|bought|sold|paid|cost)\b|\b(?:in|since) (?:19|20)\d\d, (?:when|after) [^.;,]{0,20}?\b(?:joined|signed|arrived|moved|bought|sold|paid|cost)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PastMove();

    [GeneratedRegex(@"^[^,;:.]{0,30}, (?:penning|signing|putting pen to paper on|sealing|completing|costing|arriving|paying|spending)\b[^,;:]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PastMoveGoesOn();

    [GeneratedRegex(@"\b(?:turned down|rejected|rebuffed|knocked back|snubbed)\b(?:[^.;]|\.\d){0,80}?\bin (?:the )?(?:" + Months + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PastAnswer();

    private const string Months = MonthNames.Alternation;

    [GeneratedRegex(@"\b(?:behind|second only to|surpassing|surpass|eclipsing|eclipse|beating|beat|breaking|overtaking|after the|than the|than)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ComparedWith();

    [GeneratedRegex(@"\b(?:record|most expensive|biggest|greatest|highest|largest|costliest)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RecordWords();
}
