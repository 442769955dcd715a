using System.Text.RegularExpressions;

namespace RumourBot.Reports;

/// <summary>
/// The words around a sum that say what it is: a wage, a clause, add-ons, a valuation… or, when none is there, a fee.
/// </summary>
internal static partial class MoneyKindCues
{
    // Words that make a sum something other than a fee, looked for just before or just after it.
    private static readonly (MoneyKind Kind, string[] Before, string[] After)[] KindCues =
    [
        (MoneyKind.Wage, ["wage", "wages", "salary", "earn", "earning", "earns", "pay packet", "per week", "a week", "hit of", "cap hit",
             "signing-on bonus", "signing bonus", "signing-on fee of", "loyalty bonus of", "pays him", "agent fee of", "agents' fees of", "agent fees of", "commission of",
             // "a per season offer of around USD 25.2 million": an offer of pay by the season or year.
             "season offer", "year offer", "annual offer", "yearly offer"],
            ["-a-week", " a week", " per week", "-per-week", " p/w", " pw", " a year in wages",
             // "the €2m yearly wages were leaked", "€500,000 monthly salary": a wage told by its period.
             " yearly", " annual salary", " annual wage", " annually", " per annum", " monthly", " a month", " per month", " net a year", " gross a year", " per year in wages", " in wages", " salary", " wages", " per season", " a season", "-a-season", "-per-season", "-a-month", " per campaign", " a campaign", "-a-year", " a year", " per year", " net per", " after tax",
             // Personal terms beside the fee: a signing-on bonus, the agents' commission.
             " signing-on bonus", " signing bonus", " signing-on fee", " loyalty bonus", " in agent fees", " in agents' fees", " in agents’ fees",
             " in agent's fees", " agent fee", " agents' fee", " in commission", " commission", " in image rights",
             // "which pays him $3.89 million in guaranteed compensation": the MLS word for his pay.
             " in guaranteed compensation", " in base salary",
             // "the €2m fee requested by his agent": his agent's cut.
             " fee requested by his agent", " fee demanded by his agent", " fee for his agent", " for his agent"]),
        (MoneyKind.ReleaseClause, ["release clause", "buy-out clause", "buyout clause", "exit clause", "termination clause", "rescission clause", "clause of", "clause is", "clause set at", "clause stands at", "clause, set at"],
            [" release clause", " buy-out clause", " buyout clause", " exit clause", " clause", " buy-out-clause", " release-clause",
             // "Smets can be gotten for just €2.25m as per his release clause": the clause named after the sum it sets.
             " as per his release clause", " as per his clause", " per his release clause", " via his release clause", " through his release clause",
             " due to his release clause", " thanks to his release clause", " because of his release clause", " as stipulated in his contract"]),
        (MoneyKind.AddOns, ["plus", "and a further", "with a further", "an additional", "the additional", "a further", "variable amount", "variable of", "variables of", "bonuses of", "bonus of", "potential for another", "the potential for", "bonuses"],
            [" in add-ons", " add-ons", " in bonuses", " in performance-related", " in potential add-ons", " in variables",
             " in performance-based", " in performance related", " in performance based", " in performance bonuses", " in bonus payments", " in incentives", " in variable", " in extras", " in further add-ons"]),
        // "the deal has the potential to rise as high as £8m": the ceiling with every add-on, not the fee.
        (MoneyKind.AddOns, ["rise as high as", "rise to", "rising to", "could reach", "could rise", "up to a maximum of", "maximum of", "taking it above", "taking it to", "take it to", "taking the total to", "taking the fee to", "take the fee to", "grow with", "grow to", "grow by", "can grow", "could grow"], []),
        // "with Bayern retaining a buy-back option set at €20m": the seller's option to buy him back, no price of this move.
        // "a loan with a view to a £10million permanent move next summer": the price of a move that may come later.
        (MoneyKind.BuyOption, ["with a view to a", "with view to a", "buy-back", "buyback", "option to buy", "option to make", "option worth", "buy option", "purchase option", "option of", "option clause", "option fee", "permanent for", "permanent at", "permanent in a deal worth"],
            [" option", " buy option", " purchase option", " option to buy", " to make the switch permanent", " to make the move permanent", " to make the deal permanent", " to make it permanent", " to make the loan permanent"]),
        (MoneyKind.ContractValue, ["contract worth", "contract valued", "deal worth a total", "salary package", "wage package", "contract, worth"],
            [" over the course of", " over five years", " over four years", " over three years", " contract"]),
        (MoneyKind.Revenue, ["revenue", "revenues", "turnover", "income", "profit", "profits", "losses", "sponsorship", "broadcast", "commercial", "debt", "budget", "record revenue", "outlay", "outlays", "spent", "spending", "spend", "splashed", "net spend"],
            // "have put €100m aside to bring a new striker", "a £50m war chest": money to spend, no price of this move.
            [" in revenue", " in turnover", " in profit", " in losses", " in sponsorship", " in income", " of debt", " debt", " budget", " aside", " war chest", " transfer kitty", " kitty", " to spend",
             // "a combined $1.6 million in new TAM to use on new players": the allocation money MLS hands its clubs, a budget
             // (what one club sends another "in general allocation money" is a fee).
             " in new tam", " in new gam", " in new targeted allocation money", " in new general allocation money"]),
        (MoneyKind.Fine, ["fined", "fine of", "a fine", "penalty of"], [" fine"]),
        (MoneyKind.LoanFee, ["loan fee", "loan for a fee", "for the loan", "on loan for", "a loan for", "season-long loan for", "fee for the loan", "loan worth", "loan costing"], [" loan fee", " as loan fee", " as a loan fee", " for the loan", " fee for the loan", " to loan"]),
        (MoneyKind.Obligation, ["obligation to buy", "obligation to make", "obligation to sign", "obligatory purchase", "mandatory purchase", "obligation of", "obligation worth", "compulsory purchase", "obligation for", "obligated to buy", "obliged to buy", "obligation clause", "obligation is set at", "obligation set at", "obligation is worth"],
            [" obligation", " obligation to buy", " mandatory", " compulsory"]),
        (MoneyKind.Valuation, ["valued", "valuation", "rated at", "value at", "values at", "value him", "value the", "values him", "valuing him", "price tag", "asking price", "asking for", "priced at", "holding out for", "demanding", "market value", "would cost", "could cost", "will cost", "would take", "it will take", "it'll take", "it’ll take", "it takes", "would need", "would require", "would have to pay", "set at", "transfermarkt",
             // "has his economic rights assessed in the amount of 19 million euros": a value put on him, not a price paid.
             "assessed", "appraised", "estimated value", "worth on the market",
             // "Gent has set their sights on a minimum transfer fee of €30 million": the least the seller will take.
             "minimum fee", "minimum transfer fee"],
            [" valuation", " price tag", " asking price", "-rated", " rated", "-valued", " price-tag",
             // "were not willing to pay the 4.5 million that was requested": the seller's price, named after it.
             " that was requested", " that was asked", " requested by", " they requested", " they were asking", " that they asked"]),
        // "cash in on £14m midfielder", "the £35m flop": a player known by the price he once cost, no figure of this move.
        (MoneyKind.PriceKnownBy, [], [" midfielder", " striker", " defender", " winger", " forward", " goalkeeper", " keeper", " playmaker", " attacker", " flop", " misfit", " outcast", " man ", " star", " centre-back", " full-back", " wonderkid"]),
    ];

    // "Napoli want €150m for him", "Hull are asking £20m": the seller's price, when the verb is right before the sum.
    private static readonly string[] PriceVerbs = [" want", " wants", " wanted", " demand", " demands", " demanded", " asking", " ask", " seek", " seeks", " seeking", " require", " requires", " expect", " expects", " insist on", " holding out for", " quoted",
        // "Ferrero asks for 25 million euros": asking, in any tense, with its "for".
        " asks for", " asked for", " ask for", " asking for",
        // "the London club wants to receive more than 20 million euros": what the seller wants back is its price.
        " want to receive", " wants to receive", " hope to receive", " hopes to receive", " expect to receive", " expects to receive"];

    // Words that may stand between the price verb and the sum: "want a fee over €10m", "seek a figure close to €25m".
    private static readonly HashSet<string> PriceFiller = new(StringComparer.Ordinal)
    {
        "a", "fee", "of", "over", "figure", "close", "to", "sum", "upwards", "at", "least", "more", "than", "around",
        "in", "excess", "the", "full", "region", "about", "nearly", "something", "like", "closer", "almost", "roughly",
    };

    // "He's getting 3.875m euros and the club is offering half": what he is paid now, the sum right after its verb.
    private static readonly string[] HisPayNow = ["he's getting", "he’s getting", "he is getting", "he gets", "he's on", "he’s on", "he is on", "he is currently on", "he's currently on", "he’s currently on"];

    public static bool IsHisPay(string before)
    {
        var trimmed = before.TrimEnd();
        foreach (var cue in HisPayNow)
        {
            if (trimmed.EndsWith(cue, StringComparison.Ordinal) && (trimmed.Length == cue.Length || !char.IsLetter(trimmed[^(cue.Length + 1)]))) return true;
        }
        return false;
    }

    /// <summary>
    /// "The Brazilian meanwhile, wants €5m in addition to bonuses", "the 25-year-old is demanding €3m": a sum a player
    /// asks for himself is his pay; a player is never paid a fee. Only a singular description is read as him ("the
    /// Germans want" is a club).
    /// </summary>
    public static bool IsPlayersDemand(string before) => PlayerDemands().IsMatch(before);

    [GeneratedRegex(@"\b[Tt]he (?:player|\d{2}-year-old|winger|striker|forward|midfielder|defender|goalkeeper|keeper|attacker|full-back|centre-back|(?!(?:Chair|Spokes|Business|Sports)man\b)[A-Z][a-z]+(?:ian|ese|ish|man|ard|ine|ch|ss|an))(?:,? (?:meanwhile|himself|reportedly|now|also|still|though|however),?)? (?:wants|demands|is demanding|is asking for|asks for|is seeking|seeks|expects)(?: (?:a|around|about|at least|over|more than|close to))*\s*$",
        RegexOptions.CultureInvariant)]
    private static partial Regex PlayerDemands();

    public static bool IsPriceVerb(string before) => EndsWithVerb(before, PriceVerbs);

    // "the Diavolo will save almost €10million gross thanks to his departure": wages a club no longer pays, the sum right
    // after its verb (not "managed to save £10m, paying a £40m fee", whose fee is further on).
    private static readonly string[] SavingVerbs = [" save", " saves", " saved", " saving"];

    /// <summary>Whether the sum is what a club saves (its verb right before it, fillers such as "almost" aside).</summary>
    public static bool IsSaving(string before) => EndsWithVerb(before, SavingVerbs);

    private static bool EndsWithVerb(string before, string[] verbs)
    {
        var trimmed = before.TrimEnd();
        for (var skipped = 0; skipped < 6; skipped++)
        {
            var space = trimmed.LastIndexOf(' ');
            if (space < 0 || !PriceFiller.Contains(trimmed[(space + 1)..])) break;
            trimmed = trimmed[..space];
        }
        foreach (var verb in verbs)
        {
            if (trimmed.EndsWith(verb, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    public static MoneyKind Classify(string before, string after)
    {
        foreach (var (kind, cuesBefore, cuesAfter) in KindCues)
        {
            if (cuesAfter.Any(cue => after.StartsWith(cue, StringComparison.Ordinal))) return kind;
        }
        var near = Math.Max(0, before.Length - 28);
        foreach (var (kind, cuesBefore, _) in KindCues)
        {
            if (cuesBefore.Any(cue => ContainsFromWordStart(before, near, cue))) return kind;
        }
        return MoneyKind.TransferFee;
    }

    // A cue from the text's index "from" on, beginning a word: "has learned that Hearts will pay £70,000" holds "earn"
    // and is no wage.
    private static bool ContainsFromWordStart(string text, int from, string cue)
    {
        for (var at = text.IndexOf(cue, from, StringComparison.Ordinal); at >= 0; at = text.IndexOf(cue, at + 1, StringComparison.Ordinal))
        {
            if (at == 0 || !char.IsLetter(cue[0]) || !char.IsLetter(text[at - 1])) return true;
        }
        return false;
    }

    private static readonly string[] PersonalTerms = ["salary", "salaries", "wage", "wages", "commission", "commissions", "signing-on", "signing bonus", "image rights"];

    /// <summary>
    /// "€15m in total commissions", "$335,000 of his salary", "a grand total of €59m including signing-on bonus, salary and commissions", "$300,000
    /// … which is expected to go towards his salary", "£250m, which will make him the highest-earning player": a sum told
    /// as, or as made up of, his personal terms is no fee.
    /// <paramref name="after"/> is the rest of the sentence after the sum, lower case.
    /// </summary>
    public static bool IsPersonalTerms(string after)
    {
        var clause = after.AsSpan(0, after.IndexOfAny(['.', ';']) is >= 0 and var stop ? stop : after.Length);
        // "in total commissions", "in agents' wages": the sum's own noun, two words on at most.
        if (clause.StartsWith(" in ", StringComparison.Ordinal) && NamesTerms(FirstWords(clause[4..], 2))) return true;
        // "$335,000 of Nkufo's salary would have counted against the cap": a part of his pay.
        if (clause.StartsWith(" of ", StringComparison.Ordinal) && NamesTerms(FirstWords(clause[4..], 2))) return true;
        if ((clause.StartsWith(" including ", StringComparison.Ordinal) || clause.StartsWith(" inclusive of ", StringComparison.Ordinal))
            && NamesTerms(clause[..Math.Min(clause.Length, 45)])) return true;
        // "which will go towards his wages": the money's purpose, named further on in its clause.
        var towards = clause.IndexOf(" towards ", StringComparison.Ordinal);
        if (towards >= 0 && NamesTerms(FirstWords(clause[(towards + 9)..], 3))) return true;
        // "a deal worth £250m, which will make him the highest-earning player in the world": what he earns, not a fee.
        return TopEarner().IsMatch(clause[..Math.Min(clause.Length, 60)]);
    }

    [GeneratedRegex(@"^,? (?:(?:which|that) (?:will|would|could) make|making) him (?:the )?(?:\S+ )?(?:highest|best|top|richest)[- ](?:paid|earning|earner)", RegexOptions.CultureInvariant)]
    private static partial Regex TopEarner();

    private static ReadOnlySpan<char> FirstWords(ReadOnlySpan<char> text, int count)
    {
        var end = 0;
        for (var word = 0; word < count && end < text.Length; word++)
        {
            var space = text[end..].IndexOf(' ');
            end = space < 0 ? text.Length : end + space + 1;
        }
        return text[..end];
    }

    private static bool NamesTerms(ReadOnlySpan<char> words)
    {
        foreach (var term in PersonalTerms)
        {
            if (words.Contains(term, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private static readonly string[] GapAfter = [" above", " below", " short of", " more than", " less than", " higher than", " lower than", " shy of", " apart"];
    private static readonly string[] GapBefore = ["difference of", "gap of", "shortfall of", "still some", "a further gap"];

    /// <summary>"€7m above the latest offer", "a gap of £5m": the difference between two figures.</summary>
    public static bool IsGap(string before, string after) =>
        GapAfter.Any(cue => after.StartsWith(cue, StringComparison.Ordinal)) || GapBefore.Any(cue => before.TrimEnd().EndsWith(cue, StringComparison.Ordinal));

    /// <summary>
    /// "they value the midfielder closer to the €9m mark", "they'll only consider a transfer for an offer of €35-40m": the
    /// seller's price, told a little further back than the near cues look.
    /// </summary>
    public static bool ValuedFurtherBack(string before) =>
        before.Contains(" consider ", StringComparison.Ordinal) || before.Contains("only consider", StringComparison.Ordinal)
        || before.Contains(" value the ", StringComparison.Ordinal) || before.Contains(" value him ", StringComparison.Ordinal)
        || before.Contains(" values him ", StringComparison.Ordinal) || before.Contains(" valued ", StringComparison.Ordinal)
        // "it could take an offer in excess of €30m to convince Reims": what it would take is the seller's price.
        || before.Contains("could take ", StringComparison.Ordinal) || before.Contains("would take ", StringComparison.Ordinal)
        || before.Contains("will take ", StringComparison.Ordinal)
        // "continued to raise their asking price until it reached one million euros": the price, told as it moved.
        || before.Contains("asking price until ", StringComparison.Ordinal) || before.Contains("asking price to ", StringComparison.Ordinal)
        // "Brighton value midfielder Joao Silva at £50m": the valuing verb, then whom, then "at" the figure.
        || before.TrimEnd().EndsWith(" at", StringComparison.Ordinal) && (before.Contains(" value ", StringComparison.Ordinal) || before.Contains(" values ", StringComparison.Ordinal));

    private static readonly string[] RaiseWords = [" take ", " takes ", " taking ", " bring ", " brings ", " bringing ", " push ", " pushing ", " lift ", " lifting "];
    private static readonly string[] TotalWords = ["total", "overall", "maximum", "final"];

    /// <summary>
    /// "payments that could take the total value of the transfer to 25 million euros": the ceiling with every add-on,
    /// told further back than the near cues look.
    /// </summary>
    public static bool CeilingFurtherBack(string before)
    {
        if (!before.EndsWith(" to ", StringComparison.Ordinal)) return false;
        before = " " + before; // the window may open on the verb itself
        var raise = -1;
        foreach (var word in RaiseWords)
        {
            if (before.LastIndexOf(word, StringComparison.Ordinal) is var at and >= 0 && at > raise) raise = at;
        }
        if (raise < 0 || before.AsSpan(raise).IndexOfAny(',', ';') >= 0) return false;
        var rest = before.AsSpan(raise);
        foreach (var word in TotalWords)
        {
            if (rest.Contains(word, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private static readonly string[] OutrightWords = [" outright", " permanently", " on a permanent", " a permanent basis"];
    private static readonly string[] MayWords = [" can ", " could ", " able to ", " the right to ", " the chance to ", " may "];

    /// <summary>
    /// "Lazio can sign the youngster outright for €8m", "with the right to sign him permanently for €6m": what a club
    /// may pay to keep a player is the price of an option, not a fee agreed. "signed him outright for €8m" is a fee.
    /// </summary>
    public static bool OutrightIfTheyWish(string before)
    {
        var outright = -1;
        foreach (var word in OutrightWords)
        {
            if (before.LastIndexOf(word, StringComparison.Ordinal) is var at and >= 0 && at > outright) outright = at;
        }
        if (outright < 0 || before.AsSpan(outright).IndexOfAny(',', ';') >= 0) return false;
        var head = before.AsSpan(0, outright);
        foreach (var word in MayWords)
        {
            if (head.Contains(word, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private static readonly string[] PeriodNumbers = ["two", "three", "four", "five", "six", "seven", "2", "3", "4", "5", "6", "7"];

    /// <summary>
    /// "an offer of 200 million euros over two years", "£90m over four seasons": a sum spread over his years at the club is
    /// what his contract is worth. A fee paid in instalments ("the fee, paid over three years") is still the fee.
    /// </summary>
    public static bool IsSpreadOverYears(string before, string after)
    {
        // "a $2.5 million deal for one year with Batistuta", "a €10m contract for three seasons": his contract, by its length.
        if (ContractForYears().IsMatch(after)) return true;
        if (!after.StartsWith(" over ", StringComparison.Ordinal)) return false;
        var words = after.AsSpan(6);
        var space = words.IndexOf(' ');
        if (space < 0 || !PeriodNumbers.Contains(words[..space].ToString())) return false;
        var unit = words[(space + 1)..];
        if (!unit.StartsWith("years", StringComparison.Ordinal) && !unit.StartsWith("seasons", StringComparison.Ordinal)) return false;
        return !before.Contains("fee", StringComparison.Ordinal) && !before.Contains("instal", StringComparison.Ordinal) && !after.Contains("instal", StringComparison.Ordinal);
    }

    private static readonly string[] OtherMoneyNouns = ["profit", "profits", "loss", "losses", "deficit", "debt", "debts", "budget", "revenue", "turnover", "tax", "bill",
        "television", "tv", "broadcasting", "broadcast", "sponsorship", "takeover", "stadium"];

    /// <summary>
    /// "to make a 15 million pounds pre-season profit", "a £20m transfer budget", "a new £8bn television rights deal": the
    /// sum's own noun, one word on at most, says it is the club's accounts, not a price. <paramref name="after"/> is lower
    /// case.
    /// </summary>
    public static bool NamesOtherMoney(string after)
    {
        var rest = after.AsSpan().TrimStart();
        if (rest.IndexOfAny(",.;:(") is >= 0 and var stop) rest = rest[..stop];
        foreach (var word in FirstWords(rest, 2).ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (OtherMoneyNouns.Contains(word)) return true;
        }
        return false;
    }

    private static readonly string[] LegalWords = [" tax ", " taxes", " tax-", " fraud", " evasion", " prosecutor", " lawsuit", " damages", " embezzl"];

    /// <summary>
    /// "accused of a breach of his tax obligations, amounting to a figure of €14.7m": a sum told in a tax case or a
    /// lawsuit is what he owes or is claimed, not a price. <paramref name="farBefore"/> is lower case.
    /// </summary>
    public static bool IsLegalSum(string farBefore) => LegalWords.Any(w => farBefore.Contains(w, StringComparison.Ordinal));

    /// <summary>
    /// "€10m for a two-year loan deal", "£2m for a season-long loan": the sum paid for the loan itself. <paramref name="after"/>
    /// is lower case.
    /// </summary>
    /// <summary>
    /// "around £1.7million should Celtic decide to sign him for good", "€8m if they make the move permanent": the price of
    /// keeping a loanee, told after the sum by its condition. <paramref name="after"/> is lower case.
    /// </summary>
    public static bool PermanentOnConditionAfter(string after) => PermanentOnCondition().IsMatch(after);

    [GeneratedRegex(@"^[^.;:]{0,25}?\b(?:should|if|when|once)\b[^.;:]{0,50}?\b(?:for good|permanent(?:ly)?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PermanentOnCondition();

    public static bool LoanFeeAfter(string after)
    {
        if (!after.StartsWith(" for a ", StringComparison.Ordinal) && !after.StartsWith(" for the ", StringComparison.Ordinal) && !after.StartsWith(" for his ", StringComparison.Ordinal)) return false;
        var rest = after.AsSpan(after.IndexOf(' ', 5) + 1);
        if (rest.StartsWith("loan", StringComparison.Ordinal)) return true;
        var space = rest.IndexOf(' ');
        return space > 0 && rest[(space + 1)..].StartsWith("loan", StringComparison.Ordinal);
    }

    private static readonly string[] ObligationWords = ["obligation to buy", "obligation to sign", "obligation to make", "obliged to buy", "obligated to buy", "mandatory purchase", "compulsory purchase"];

    /// <summary>
    /// "plus an obligation to buy the Belgian for €60m": an obligation named a little further back than the near cues
    /// look, with no clause break between. <paramref name="before"/> is lower case.
    /// </summary>
    public static bool ObligationFurtherBack(string before)
    {
        foreach (var word in ObligationWords)
        {
            if (before.LastIndexOf(word, StringComparison.Ordinal) is not (>= 0 and var at)) continue;
            var between = before.AsSpan(at + word.Length);
            return between.Length <= 30 && between.IndexOfAny(',', ';', '(') < 0 && !between.Contains("loan", StringComparison.Ordinal);
        }
        return false;
    }

    private static readonly string[] OptionWords = ["option to buy", "option to purchase", "option to sign", "option to make", "buy option", "purchase option", "buy-option"];

    /// <summary>
    /// "an option to buy for an amount of €6m": an option named a little further back than the near cues look.
    /// "with option to buy at the end of the loan spell for €6m": further still, when no clause break stands between.
    /// </summary>
    public static bool OptionFurtherBack(string before)
    {
        var window = before.Length > 50 ? before[^50..] : before;
        if (OptionWords.Any(w => window.Contains(w, StringComparison.Ordinal)))
        {
            return !window.Contains("loan fee", StringComparison.Ordinal) && !window.Contains("oblig", StringComparison.Ordinal);
        }
        foreach (var word in OptionWords)
        {
            if (before.LastIndexOf(word, StringComparison.Ordinal) is not (>= 0 and var at)) continue;
            var between = before.AsSpan(at + word.Length);
            return between.IndexOfAny(',', ';', '(') < 0 && !between.Contains("loan fee", StringComparison.Ordinal) && !between.Contains("oblig", StringComparison.Ordinal);
        }
        return false;
    }

    /// <summary>
    /// "departing with a view to a permanent move next summer, for a fee believed to be £6m": a sum told after a loan's
    /// view to a permanent move, in the same sentence with no loan fee between, is that later move's price.
    /// <paramref name="before"/> is the sentence up to the sum.
    /// </summary>
    public static bool PermanentViewBefore(ReadOnlySpan<char> before)
    {
        var at = before.LastIndexOf("with a view to a permanent", StringComparison.OrdinalIgnoreCase);
        if (at < 0) return false;
        var between = before[at..];
        return between.IndexOfAny(';', '(') < 0 && !between.Contains("loan fee", StringComparison.OrdinalIgnoreCase)
            && !between.Contains("for the loan", StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"^ (?:(?:deal|agreement) for (?:one|a|two|three|four|five|\d) (?:year|season)s? with\b|contract for (?:one|a|two|three|four|five|\d) (?:year|season)s?\b)", RegexOptions.CultureInvariant)]
    private static partial Regex ContractForYears();
}
