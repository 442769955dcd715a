using System.Buffers;
using System.Text.RegularExpressions;

namespace RumourBot.Reports;

/// <summary>
/// Finds sums of money in a sentence ("£20m", "just over £20 million", "€40-50m", "£300,000-a-week") and tells a
/// transfer fee from wages, release clauses, add-ons, contract values, revenue and fines by the words around it.
/// </summary>
public static partial class FeeParser
{
    // "2.800.000": thousands grouped by dots, as Spanish and Portuguese write them (two groups at least: "2.800" is a decimal).
    private const string Number = @"\d{1,3}(?:,\d{3})+|\d{1,3}(?:\.\d{3}){2,}|\d+(?:\.\d+)?";
    private const string Unit = @"bn|billion|million|mln|mn|m|k|thousand";

    [GeneratedRegex(
        // "£ 27m": a space after the pound or euro sign; "u$s 2.800.000": the dollar as Argentine reports write it.
        // A range repeats its own sign only ("£5m-£6m"); "€1.35 million - £1.2 million" is a sum and its conversion.
        // The sign is matched case-sensitively: the source generator cannot build a case-insensitive backreference
        // and would fall back to the interpreter for the whole pattern.
        @"(?<cur>(?<sign>£|€) ?|\bu\$s ?|(?<sign>\$)|\bEUR ?|\bGBP ?|\bUSD ?)(?<a>" + Number + @")(?:\s?(?<aunit>" + Unit + @")\b)?" +
        @"(?:(?:\s?(?:-|–|to|and)\s?(?-i:\k<sign>)?|/)(?<b>" + Number + @"))?" +
        @"(?:[\s-]?(?<unit>" + Unit + @")\b)?(?<plus>-plus|\+)?",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SymbolFirst();

    [GeneratedRegex(
        @"\b(?<a>" + Number + @"|(?<words>(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|a hundred|hundred|half a|and a half|a half)[\s-]?){1,3}))" +
        // "a 35-million-euro bid", "a 20-million-pound deal": the sum written as one hyphenated word.
        @"(?:[\s-]?(?<unit>bn|billion|million|m))?[\s-](?<cur>pounds sterling|pounds?|euros?|dollars?)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CurrencyLast();

    [GeneratedRegex(@"\b(?:on |as )?(?:a |on )?free (?:transfer|agent)\b|\bon a free\b|\bbosman\b|\b(?:under|on) freedom of contract\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FreeTransfer();

    // "will leave Bayern this summer when his contract expires": he moves for nothing.
    [GeneratedRegex(@"\b(?:leave|leaves|leaving|join|joins|joining|move|moving)\b[^.;]{0,60}\b(?:when|once|as|after) his (?:current )?(?:contract|deal) (?:expires|runs out|ends|is up)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ContractRunsOut();

    private static readonly string[] Qualifiers =
    [
        "just over", "just under", "a little over", "slightly more than", "more than", "over", "in excess of", "north of",
        "upwards of", "at least", "in the region of", "in the region", "around", "about", "approximately", "roughly",
        "close to", "nearly", "almost", "up to", "as much as", "under", "less than", "a reported", "an estimated",
        "a potential", "a combined", "an initial", "a fee of", "a club-record", "a record",
    ];

    // Most sentences hold no money: one vectorised scan rules them out before any regex runs.
    private static readonly SearchValues<char> CurrencySymbols = SearchValues.Create("£€$");
    private static readonly SearchValues<string> MoneyWords = SearchValues.Create(
        ["eur", "gbp", "usd", "pound", "euro", "dollar", "free", "bosman"], StringComparison.OrdinalIgnoreCase);

    /// <summary>Every sum of money in the sentence, in order.</summary>
    public static IReadOnlyList<MoneyMention> FindAll(string sentence)
    {
        if (sentence.AsSpan().IndexOfAny(CurrencySymbols) < 0 && sentence.AsSpan().IndexOfAny(MoneyWords) < 0)
        {
            return sentence.Contains("contract", StringComparison.OrdinalIgnoreCase) && ContractRunsOut().Match(sentence) is { Success: true } expiry
                && !IsHypotheticalFree(sentence, expiry.Index)
                ? [new MoneyMention(new Fee(0m, null, "free", expiry.Value), MoneyKind.TransferFee, expiry.Index, expiry.Index + expiry.Length)]
                : [];
        }
        var found = new List<MoneyMention>();
        foreach (Match match in SymbolFirst().Matches(sentence))
        {
            // "R$ 188 million" is Brazilian reais, not dollars.
            var currency = match.Groups["cur"].Value.TrimEnd() == "$" && IsReais(sentence, match.Index) ? "BRL" : MoneyAmounts.CurrencyCode(match.Groups["cur"].Value);
            var unit = match.Groups["unit"].Success ? match.Groups["unit"].Value : match.Groups["aunit"].Value;
            if (!match.Groups["aunit"].Success && !match.Groups["unit"].Success && !match.Groups["b"].Success
                && !match.Groups["a"].Value.Contains(',') && MoneyAmounts.ParseNumber(match.Groups["a"].Value) < 1000)
            {
                continue; // "£5" on its own is not transfer money
            }
            var low = MoneyAmounts.ToMillions(MoneyAmounts.ParseNumber(match.Groups["a"].Value), match.Groups["aunit"].Success ? match.Groups["aunit"].Value : unit);
            decimal? high = match.Groups["b"].Success ? MoneyAmounts.ToMillions(MoneyAmounts.ParseNumber(match.Groups["b"].Value), unit) : null;
            found.Add(Describe(sentence, match.Index, match.Index + match.Length, low, high, currency, match.Groups["plus"].Success));
        }
        foreach (Match match in CurrencyLast().Matches(sentence))
        {
            if (found.Any(f => f.Start < match.Index + match.Length && match.Index < f.End)) continue;
            var number = match.Groups["words"].Success ? MoneyAmounts.WordsToNumber(match.Groups["words"].Value) : MoneyAmounts.ParseNumber(match.Groups["a"].Value);
            if (number is null) continue;
            // "650,000 euros" is a sum; "5 euros" or "two pounds" on its own is not transfer money.
            if (!match.Groups["unit"].Success && (match.Groups["words"].Success || number < 1000)) continue;
            var currency = MoneyAmounts.CurrencyCode(match.Groups["cur"].Value);
            found.Add(Describe(sentence, match.Index, match.Index + match.Length, MoneyAmounts.ToMillions(number.Value, match.Groups["unit"].Value), null, currency, false));
        }
        if (found.Count > 0) BareSums.AddInherited(sentence, found, Describe);
        var free = FreeTransfer().Match(sentence);
        if (free.Success && !IsHypotheticalFree(sentence, free.Index) && !FreeUndoneLater(sentence, free.Index + free.Length))
        {
            var text = free.Value.Trim();
            found.Add(new MoneyMention(new Fee(0m, null, "free", text), MoneyKind.TransferFee, free.Index, free.Index + free.Length));
        }
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        for (var i = 1; i < found.Count; i++)
        {
            if (IsConversion(sentence, found[i - 1], found[i])) found[i] = found[i] with { Kind = MoneyKind.Conversion };
            // "a 35-million-euro (£29 million, $39 million) bid": a further conversion in the same brackets.
            else if (found[i - 1].Kind == MoneyKind.Conversion && found[i].Start >= found[i - 1].End
                && sentence.AsSpan(found[i - 1].End, found[i].Start - found[i - 1].End).Trim() is "," or "/" or ";" or "or") found[i] = found[i] with { Kind = MoneyKind.Conversion };
            // "a variable amount of €8,000,000 (eight million euros)": the same sum in words is what the figure is.
            else if (IsRestatement(sentence, found[i - 1], found[i])) found[i] = found[i] with { Kind = found[i - 1].Kind };
            // "a wage bill of around £4.5m… will be reducing it to just over £2m": the same quantity changed is of its kind.
            else if (found[i - 1].Kind != MoneyKind.TransferFee && found[i].Start >= found[i - 1].End
                     && SameQuantityChanged().IsMatch(sentence.AsSpan(found[i - 1].End, found[i].Start - found[i - 1].End))) found[i] = found[i] with { Kind = found[i - 1].Kind };
        }
        return found;
    }

    [GeneratedRegex(@"\b(?:deal|contract) (?:was|is|will be|would be|runs) for (?:one|two|three|four|five|six|\d+) (?:years?|seasons?)\b(?:(?!\b(?:fee|transfer|move|bid|offer|sale)\b)[^.;]){0,60}?\bworth (?:some |around |about |roughly |close to |up to |nearly |almost )?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ContractLengthThenWorth();

    /// <summary>
    /// "have agreed to meet Juventus' ", "matched the ": the buyer meets the seller's price told next; not "refusing to
    /// meet", "were unable to meet", "didn't meet", "have yet to meet", "should any side match": a price not (yet) met.
    /// </summary>
    [GeneratedRegex(@"\b(?:meet|meets|met|match|matches|matched)(?<!(?:\b(?:not|never|cannot|yet to|have to|has to|need to|needs to|must|should|would|could|if|unless|unable to|unlikely to|refused to|refuse to|refusing to|unwilling to|reluctant to|failed to|declined to)|n['’]t)\s(?:\S+\s){0,2}[a-z]+)\s(?:(?:the|their|his)\s|(?-i:\p{Lu})\S*['’]s?\s)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex PriceMet();

    [GeneratedRegex(@"\b(?:reduc|cut|rais|increas|lower|bring|brought|slash|trim|boost)\w*\s+(?:it|this|that|the figure)\s+(?:down\s+|up\s+)?to\b[^£€$\d]{0,25}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SameQuantityChanged();

    private static bool IsReais(string sentence, int at) =>
        sentence.AsSpan(0, at).TrimEnd() is var before && (before.EndsWith("R", StringComparison.Ordinal) || before.EndsWith("Rs.", StringComparison.Ordinal));

    private static bool IsRestatement(string sentence, MoneyMention first, MoneyMention second) =>
        first.Amount.Currency == second.Amount.Currency && first.Amount.AmountMillions == second.Amount.AmountMillions && second.Start >= first.End
        && sentence.AsSpan(first.End, second.Start - first.End).Trim() is "(" or "[";

    // "€50 million ($57.1m)", "£40m (about €46m)", "£40m/€46m": the same sum again in another currency.
    private static bool IsConversion(string sentence, MoneyMention first, MoneyMention second)
    {
        if (first.Amount.Currency == second.Amount.Currency || first.Amount.Currency is null || second.Amount.Currency is null) return false;
        if (second.Start < first.End) return false;
        var between = sentence.AsSpan(first.End, second.Start - first.End).Trim();
        if (second.Amount.Currency == "BRL" && between.EndsWith("R", StringComparison.Ordinal)) between = between[..^1].TrimEnd(); // "R$34.2m"
        if (second.Amount.Currency == "BRL" && between.EndsWith("Rs.", StringComparison.Ordinal)) between = between[..^3].TrimEnd(); // "Rs. $535 million"
        // "€60 million (US$65.1 million)", "(S$60.4 million)": a dollar named by its country's letters.
        if (second.Amount.Currency == "USD") between = WithoutDollarPrefix(between);
        // "35 million euros, about R$188 million": the same sum again after a comma.
        if (between.Length > 1 && between[0] == ',' && between[1..].Trim() is { Length: > 0 } said && ConversionWords().IsMatch(said.ToString())) return true;
        if (between is "/" or "-" or "–" or "—") return true;
        if (between.Length == 0) return false;
        if (between[0] != '(' && between[0] != '[') return false;
        var words = between[1..].Trim();
        return words.Length == 0 || ConversionWords().IsMatch(words.ToString());
    }

    private static ReadOnlySpan<char> WithoutDollarPrefix(ReadOnlySpan<char> between)
    {
        var letters = 0;
        while (letters < 3 && letters < between.Length && char.IsAsciiLetterUpper(between[^(letters + 1)])) letters++;
        return letters is > 0 and < 3 && between.Length > letters && !char.IsLetter(between[^(letters + 1)]) ? between[..^letters].TrimEnd() : between;
    }

    [GeneratedRegex(@"^(?:(?:which is|that is|or|worth|roughly|equivalent to|the equivalent of)\s?)?(?:about|around|approximately|approx\.?|roughly|c\.|circa|some|or|equivalent to|the equivalent of|which is|worth|nearly|almost|just over|just under|over|under)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ConversionWords();

    /// <summary>The first transfer fee in the text, else the first valuation or asking price, or null when it states none.</summary>
    public static Fee? ParseFee(string text)
    {
        var all = FindAll(text);
        return (all.FirstOrDefault(m => m.IsFee) ?? all.FirstOrDefault(m => m.Kind == MoneyKind.Valuation))?.Amount;
    }

    private const decimal NoPlayersFee = 500m;

    private static MoneyMention Describe(string sentence, int start, int end, decimal low, decimal? high, string currency, bool plus)
    {
        var before = sentence[Math.Max(0, start - 40)..start].ToLowerInvariant();
        var after = sentence[end..Math.Min(sentence.Length, end + 60)].ToLowerInvariant();
        // "€40m ($44.3m) per year": the words after a conversion in brackets still say what the sum is.
        if (after.StartsWith(" (", StringComparison.Ordinal) && after.IndexOf(')') is > 0 and var close) after = after[(close + 1)..];
        var kind = MoneyKindCues.Classify(before, after);
        // "his release clause at Napoli to be reduced from €130m": a clause named further back in the sentence.
        var farBefore = sentence[Math.Max(0, start - 70)..start];
        if (kind == MoneyKind.TransferFee && ClauseNamed().IsMatch(farBefore)) kind = MoneyKind.ReleaseClause;
        // "obliged to make the deal permanent for €22.6m": an obligation, though "permanent for" reads like an option.
        if (kind == MoneyKind.BuyOption && ObligationNamed().IsMatch(farBefore)) kind = MoneyKind.Obligation;
        // "615 million reais (112 million dollars)", "NOK 50 million (around £3.6 million)": a conversion of a sum in a
        // currency we do not read.
        if (before.Contains('(') && ForeignSum().IsMatch(before)) kind = MoneyKind.Conversion;
        // "around 34 million Danish krone which equates to £3.47m": the same, told in words.
        if (ForeignSumInWords().IsMatch(before)) kind = MoneyKind.Conversion;
        var farBeforeLower = farBefore.ToLowerInvariant();
        if (kind == MoneyKind.TransferFee && MoneyKindCues.OptionFurtherBack(farBeforeLower)) kind = MoneyKind.BuyOption;
        if (kind == MoneyKind.TransferFee && MoneyKindCues.ObligationFurtherBack(farBeforeLower)) kind = MoneyKind.Obligation;
        if (kind == MoneyKind.TransferFee && MoneyKindCues.PermanentViewBefore(sentence.AsSpan(0, start))) kind = MoneyKind.BuyOption;
        if (kind == MoneyKind.TransferFee && MoneyKindCues.LoanFeeAfter(after)) kind = MoneyKind.LoanFee;
        // "a further €2 million due to Juventus if the transfer becomes permanent": not add-ons, the price of making it so.
        if (kind is MoneyKind.TransferFee or MoneyKind.AddOns && MoneyKindCues.PermanentOnConditionAfter(after)) kind = MoneyKind.BuyOption;
        if (kind == MoneyKind.TransferFee && MoneyKindCues.IsSpreadOverYears(before, after)) kind = MoneyKind.ContractValue;
        // "The deal was for two years, with an option for a third, and was worth some three million euros": his contract's worth.
        if (kind == MoneyKind.TransferFee && ContractLengthThenWorth().IsMatch(sentence.AsSpan(Math.Max(0, start - 100), Math.Min(100, start)))) kind = MoneyKind.ContractValue;
        if (kind == MoneyKind.TransferFee && MoneyKindCues.NamesOtherMoney(after)) kind = MoneyKind.Revenue;
        // "a £1bn takeover", "$3bn in broadcast money": no player has cost half a billion (the record is €222m).
        if (kind == MoneyKind.TransferFee && currency is "GBP" or "EUR" or "USD" && low >= NoPlayersFee) kind = MoneyKind.Revenue;
        if (kind == MoneyKind.TransferFee && MoneyKindCues.IsLegalSum(farBeforeLower)) kind = MoneyKind.Fine;
        // "Lazio can sign the youngster outright for €8m": what a club may pay to keep a loanee is an option's price.
        if (kind == MoneyKind.TransferFee && MoneyKindCues.OutrightIfTheyWish(before)) kind = MoneyKind.BuyOption;
        // "an additional €25m will be paid next year for the obligation to buy": the obligation, not add-ons.
        if (kind is MoneyKind.AddOns or MoneyKind.TransferFee && after.Contains("for the obligation", StringComparison.Ordinal)) kind = MoneyKind.Obligation;
        if (kind == MoneyKind.TransferFee && MoneyKindCues.CeilingFurtherBack(before)) kind = MoneyKind.AddOns;
        // "a grand total of €59m including signing-on bonus, salary and commissions": his personal terms, not the fee.
        if (kind is MoneyKind.TransferFee or MoneyKind.Valuation && MoneyKindCues.IsPersonalTerms(sentence[end..Math.Min(sentence.Length, end + 100)].ToLowerInvariant())) kind = MoneyKind.Wage;
        if (kind == MoneyKind.TransferFee && MoneyKindCues.ValuedFurtherBack(before)) kind = MoneyKind.Valuation;
        if (kind == MoneyKind.TransferFee && MoneyKindCues.IsHisPay(before)) kind = MoneyKind.Wage;
        // "his €70 million exit clause", "a €5m sell-on clause": a clause of any name.
        if (kind == MoneyKind.TransferFee && NamedClauseAfter().IsMatch(after)) kind = MoneyKind.ReleaseClause;
        // "just €7 million above the latest offer": the gap between two figures, not a figure of its own.
        if (kind == MoneyKind.TransferFee && MoneyKindCues.IsGap(before, after)) kind = MoneyKind.Gap;
        if (kind == MoneyKind.TransferFee && ShareOfAFee().IsMatch(before)) kind = MoneyKind.FeeShare;
        // "Benfica want the full €120m release clause": the clause is the seller's asking price.
        if (kind is MoneyKind.TransferFee or MoneyKind.ReleaseClause && MoneyKindCues.IsPriceVerb(before)) kind = MoneyKind.Valuation;
        if (kind == MoneyKind.TransferFee && MoneyKindCues.IsSaving(before)) kind = MoneyKind.Revenue;
        // "have agreed to meet Juventus' €30 million asking price": the seller's price the buyer meets is the fee.
        if (kind == MoneyKind.Valuation && PriceMet().IsMatch(farBefore)) kind = MoneyKind.TransferFee;
        if (kind is MoneyKind.TransferFee or MoneyKind.Valuation && MoneyKindCues.IsPlayersDemand(farBefore)) kind = MoneyKind.Wage;
        // "holds a £675,000 Transfermarkt valuation", "listed at $1.4 million, according to his Transfermarkt profile".
        if (kind is MoneyKind.TransferFee or MoneyKind.Valuation && sentence.Contains("transfermarkt", StringComparison.OrdinalIgnoreCase)) kind = MoneyKind.MarketEstimate;
        // A release clause the buyer pays in full is the fee: "his €90m release clause was deposited".
        if (kind == MoneyKind.ReleaseClause && ClausePaid().IsMatch(sentence)) kind = MoneyKind.PaidReleaseClause;

        string? qualifier = null;
        var textStart = start;
        var trimmedBefore = before.TrimEnd();
        foreach (var candidate in Qualifiers)
        {
            if (!trimmedBefore.EndsWith(candidate, StringComparison.Ordinal)) continue;
            var at = trimmedBefore.Length - candidate.Length;
            if (at > 0 && char.IsLetter(trimmedBefore[at - 1])) continue;
            qualifier = candidate.StartsWith("a ", StringComparison.Ordinal) || candidate.StartsWith("an ", StringComparison.Ordinal) ? null : candidate;
            if (qualifier is not null) textStart = start - (before.Length - at);
            break;
        }
        var textEnd = end;
        if (high is not null) qualifier ??= "range";
        if (plus) qualifier ??= "plus";
        var addOns = AddOnsAfter(after);
        if (addOns > 0)
        {
            qualifier = qualifier is null ? "plus add-ons" : qualifier + ", plus add-ons";
            textEnd = end + addOns;
        }
        var risingTo = RisingTo(after);
        if (risingTo > 0)
        {
            textEnd = end + risingTo;
            qualifier = qualifier is null ? "rising with add-ons" : qualifier + ", rising with add-ons";
        }
        var amount = high is null ? low : (low + high.Value) / 2m;
        var fee = new Fee(decimal.Round(amount, 3), currency, qualifier, sentence[textStart..textEnd].Trim())
        {
            IsReleaseClause = kind == MoneyKind.PaidReleaseClause,
        };
        return new MoneyMention(fee, kind, textStart, textEnd);
    }

    [GeneratedRegex(@"^ (?!sell-on)[a-z]+(?:-[a-z]+)? clause\b", RegexOptions.CultureInvariant)]
    private static partial Regex NamedClauseAfter();

    [GeneratedRegex(@"\b(?:release|buy-out|buyout|termination|exit|rescission) clause\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClauseNamed();

    [GeneratedRegex(@"\d(?:[\d.,]*)\s?(?:m|bn|million|billion) (?:[a-z]+ ){0,1}[a-z]+,? (?:which|that) (?:equates|is equivalent|amounts|converts) to (?:about |around |roughly |approximately )?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ForeignSumInWords();

    [GeneratedRegex(@"\b(?:oblig\w*|mandatory|compulsory)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ObligationNamed();

    [GeneratedRegex(@"(?:\d(?:[\d.,]*)[\s-]?(?:m|bn|million|billion)?[\s-]?[a-z]+|\b(?:nok|sek|dkk|chf|brl|ars|mxn|try|rub|jpy|cny|krw|sar|aed|qar|pln|czk|huf|ron|zar|aud|cad|inr)\s?\d[\d.,]*\s?(?:m|bn|million|billion)?)\s?\((?:around|about|roughly|approximately|approx\.|circa|c\.|some|nearly|almost|over|more than|just over|just under)? ?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ForeignSum();

    [GeneratedRegex(@"\b(?:paid|paying|pays|deposited|depositing|triggered|triggering|activated|activating|(?:will|to) (?:activate|trigger)|met in full|meet (?:his|the) (?:\S+ )?(?:release|buy-out|buyout) clause)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClausePaid();

    private static int AddOnsAfter(string after)
    {
        foreach (var tail in (string[])[" plus add-ons", " plus potential add-ons", " plus bonuses", " with add-ons", " including add-ons", " in add-ons", " plus add ons"])
        {
            if (after.StartsWith(tail, StringComparison.Ordinal)) return tail.Length;
        }
        return 0;
    }

    private static int RisingTo(string after)
    {
        var match = Regex.Match(after, @"^,? (?:potentially )?rising to (?:£|€|\$)\d+(?:\.\d+)?\s?(?:m|million)\b", RegexOptions.CultureInvariant);
        return match.Success ? match.Length : 0;
    }

    // "could leave on a free transfer next summer" is a threat, not a deal's fee.
    // "Defensor are said to be owed 20% of the transfer fee (€10m)": the sum is a past club's cut of the fee.
    [GeneratedRegex(@"(?:\d+(?:\.\d+)?\s?(?:%|per ?cent)|half|a third|a quarter) of (?:the|his|any|a|their)\b[^.;]{0,25}?\b(?:fee|sale|profit)\s*\(?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ShareOfAFee();

    private static bool IsHypotheticalFree(string sentence, int at)
    {
        var before = sentence[Math.Max(0, at - 45)..at].ToLowerInvariant();
        // "rather than waiting until the summer to sign Wind on a free transfer": the free move passed over, told further back.
        var passedOver = sentence.AsSpan(Math.Max(0, at - 80), Math.Min(80, at));
        return before.Contains("could") || before.Contains("risk") || before.Contains("would") || before.Contains("might")
            || before.Contains("avoid")
            || passedOver.Contains("rather than", StringComparison.OrdinalIgnoreCase) || passedOver.Contains("instead of", StringComparison.OrdinalIgnoreCase)
            || before.Contains("open to") || before.Contains("eligible") || before.Contains("able to")
            // "cash in so they do not lose him on a free transfer": a free move feared is the one the club avoids.
            || before.Contains(" lose ") || before.Contains(" losing ")
            // "will likely be available on a free transfer next year": a free move he may make, not this one.
            || before.Contains("available") && !before.Contains("became available") || before.Contains("likely")
            // "may well opt for a big pay-day by leaving on a free transfer next summer" (not the month: "in May on a free").
            || before.Contains(" may well ") || before.Contains(" may opt ") || before.Contains(" may leave ")
            // "set to become a free agent at the end of the season": what he will be if no one buys him first.
            || before.Contains("to become") || before.Contains("will become")
            // "is under contract and is not a free agent": a free move denied.
            || before.EndsWith(" not ", StringComparison.Ordinal) || before.EndsWith(" no longer ", StringComparison.Ordinal) || before.EndsWith("n't ", StringComparison.Ordinal) || before.EndsWith("n\u2019t ", StringComparison.Ordinal);
    }

    /// <summary>
    /// "became a free agent last summer, only to perform a U-turn and extend his stay": a free status the sentence goes on
    /// to undo, so he is under contract again.
    /// </summary>
    internal static bool FreeUndoneLater(string sentence, int from) => FreeUndone().IsMatch(sentence, from);

    [GeneratedRegex(@"\G[^.;]{0,80}?\b(?:only to|before|but (?:then|eventually|ultimately|instead|later)|and then)\b[^.;]{0,40}?\b(?:extend(?:ed|ing|s)? (?:his|her) (?:stay|contract|deal)|re-?sign(?:ed|ing|s)?|sign(?:ed|ing|s)? a new (?:deal|contract)|re-?join(?:ed|ing|s)?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FreeUndone();

    /// <summary>
    /// "will be available on a free transfer in December, or for a cut-price fee now": the sentence names a free move
    /// only as a possibility, which leaves the price of this one open.
    /// </summary>
    public static bool FreeOnlyAsPossibility(string sentence) =>
        sentence.Contains("free", StringComparison.OrdinalIgnoreCase) && FreeTransfer().Match(sentence) is { Success: true } free && IsHypotheticalFree(sentence, free.Index);

}
