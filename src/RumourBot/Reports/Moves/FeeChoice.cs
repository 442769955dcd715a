using System.Text.RegularExpressions;
using RumourBot.Reports.Text;

namespace RumourBot.Reports.Moves;

/// <summary>
/// Attaches a fee to a move: of the figures in the move's sentences, the one that is the price of this move, or none
/// when two readings weigh alike.
/// </summary>
internal static partial class FeeChoice
{
    private const double FeeThreshold = MoveConfidence.Threshold;

    /// <summary>
    /// The fee of the news itself, and how sure of it we are. Each figure in the sentences about the move is weighed:
    /// named sentences, sentences of the move's status ("rejected an opening offer of £40m") and figures next to fee
    /// words count for it; figures in a hypothesis ("could cost") or about another player count against it. A
    /// valuation is the fee only when no offer or agreed figure is given. Two figures that disagree and weigh alike
    /// make the fee unclear: it is withheld rather than guessed.
    /// </summary>
    public static (Fee? Fee, double Confidence, bool Unclear) Choose(
        AnalysedArticle article, List<(Sentence Sentence, bool Named)> sentences, MoveStatus status, HashSet<int> othersNamed, bool isLoan, string? buyClause)
    {
        var fees = new List<(MoneyMention Money, double Weight, int Order)>();
        var valuations = new List<(MoneyMention Money, double Weight, int Order)>();
        var order = 0;
        // Sums told in another player's sentences are his: the same sum in a sentence not naming ours (a headline's
        // "after failed £35M move") is more likely his fee than ours.
        var othersSums = new List<Fee>();
        var worthTotals = new HashSet<MoneyMention>();
        bool bestIsWorth(MoneyMention m) => worthTotals.Contains(m);
        var guaranteed = new List<MoneyMention>();
        var hypothetical = new HashSet<MoneyMention>();
        var ours = sentences.Where(s => s.Named).Select(s => s.Sentence.Index).ToHashSet();
        foreach (var index in othersNamed)
        {
            if (ours.Contains(index)) continue;
            foreach (var money in article.MoneyIn(index)) othersSums.Add(money.Amount);
        }
        foreach (var (sentence, named) in sentences)
        {
            if (!named && othersNamed.Contains(sentence.Index)) continue; // a figure beside another player is his
            var here = article.MoneyIn(sentence.Index);
            if (here.Count == 0) continue;
            // "Liverpool paid £36m for him in 2021" is not this fee; "who joined in 2022, but it was €20m" may be.
            var backgroundEnd = article.IsBackground(sentence.Index) ? article.BackgroundEnd(sentence.Index) : -1;
            var sentenceStatus = article.StatusOf(sentence.Index);
            foreach (var money in here)
            {
                if (backgroundEnd >= 0 && money.Start < backgroundEnd) continue;
                order++;
                var weight = 0.5;
                if (named || sentence.IsHeadline) weight += 0.15;
                if (status != MoveStatus.Unknown && sentenceStatus == status) weight += 0.1;
                if (FeeWordNear(sentence.Text, money)) weight += 0.1;
                if (NegatedFigure(sentence.Text, money.Start)) continue; // "not even for €100m" is no price
                // "former €40m Barcelona target": the figure of a move that is over.
                if (sentence.Text.AsSpan(Math.Max(0, money.Start - 8), Math.Min(8, money.Start)).Contains("former ", StringComparison.OrdinalIgnoreCase)) continue;
                if (Hypothetical(sentence.Text, money.Start))
                {
                    weight -= 0.1;
                    // "if someone bids €100m" is no one's offer; "would be willing to pay £20m" is a buyer's price.
                    if (!WillingBefore(sentence.Text, money.Start)) hypothetical.Add(money);
                }
                // "£6.5m up front", "a guaranteed fee of €13m": the guaranteed part is the fee, a "deal worth" total is not.
                if (GuaranteedNear(sentence.Text, money)) weight += 0.2;
                if (othersNamed.Contains(sentence.Index)) weight -= 0.15;
                if (!named && othersSums.Any(o => SameSum(o, money.Amount))) continue;
                if (WorthBefore(sentence.Text, money)) worthTotals.Add(money);
                if (money.Kind is not (MoneyKind.Conversion or MoneyKind.Wage) && GuaranteedNear(sentence.Text, money)) guaranteed.Add(money);
                if (money.Kind is MoneyKind.TransferFee or MoneyKind.PaidReleaseClause or MoneyKind.LoanFee or MoneyKind.Obligation) fees.Add((money, weight, order));
                else if (money.Kind == MoneyKind.Valuation) valuations.Add((money, weight - 0.1, order));
            }
        }

        if (isLoan && fees.Any(f => f.Money.Kind is MoneyKind.LoanFee or MoneyKind.Obligation))
        {
            // A loan's fee is the loan fee, plus the obligation to buy when there is one: what the buyer must pay.
            var loanFee = fees.Where(f => f.Money.Kind == MoneyKind.LoanFee).OrderByDescending(f => f.Weight).Select(f => f.Money.Amount).FirstOrDefault();
            var obligation = buyClause == "obligation"
                ? fees.Where(f => f.Money.Kind == MoneyKind.Obligation).OrderByDescending(f => f.Weight).Select(f => f.Money.Amount).FirstOrDefault()
                : null;
            if (loanFee is not null && obligation is not null && loanFee.Currency == obligation.Currency)
            {
                return (new Fee(loanFee.AmountMillions + obligation.AmountMillions, loanFee.Currency, "loan fee plus obligation", $"{loanFee.Text} + {obligation.Text}"), 0.8, false);
            }
            // A loan fee whose obligation to buy has no figure we can read is only part of the price: not the fee.
            if (loanFee is not null && obligation is null && buyClause == "obligation") return (null, 0.4, true);
            if ((loanFee ?? obligation) is { } part) return (part, 0.75, false);
        }
        if (isLoan && buyClause == "option") fees.RemoveAll(f => f.Money.Kind == MoneyKind.Obligation);

        var pool = fees.Count > 0 ? fees : valuations;
        if (pool.Count == 0) return (null, 0, false);
        var best = pool.OrderByDescending(f => f.Weight).ThenBy(f => f.Order).First();
        // "a deal worth £9m" is the total with add-ons; "£6.5m up front", "will initially cost 31m euros" is the fee.
        if (bestIsWorth(best.Money) && guaranteed.FirstOrDefault(g => g.Amount.Currency == best.Money.Amount.Currency && g.Amount.AmountMillions < best.Money.Amount.AmountMillions) is { } upFront)
        {
            return (upFront.Amount, 0.7, false);
        }
        var confidence = best.Weight;
        // One sum however often it is given is surer; a rival figure that weighs nearly as much means two readings.
        if (pool.All(f => SameSum(f.Money.Amount, best.Money.Amount))) confidence += 0.15;
        else if (pool.Any(f => f.Weight >= best.Weight - 0.1 && !SameSum(f.Money.Amount, best.Money.Amount))) confidence -= 0.3;
        if (pool == valuations) confidence -= 0.05;
        // A sum only ever given as a hypothesis ("if someone bids €100m", "could cost £20m") is nobody's offer yet, unless it
        // is the asking price too ("demanding €150m… no talks unless a €150m offer is tabled").
        if (pool.Where(f => SameSum(f.Money.Amount, best.Money.Amount)).All(f => hypothetical.Contains(f.Money))
            && !(pool == fees && valuations.Any(v => SameSum(v.Money.Amount, best.Money.Amount)))) confidence -= 0.2;
        return confidence >= FeeThreshold ? (best.Money.Amount, Math.Min(1, confidence), false) : (null, Math.Max(0, confidence), true);
    }

    private static bool SameSum(Fee a, Fee b) =>
        a.Currency == b.Currency && Math.Abs(a.AmountMillions - b.AmountMillions) <= Math.Max(a.AmountMillions, b.AmountMillions) * 0.05m;

    // "a bid of £20m", "a £20m deal", "for £20m": words that make a figure the price of a move.
    private static bool FeeWordNear(string sentence, MoneyMention money)
    {
        var from = Math.Max(0, money.Start - 30);
        var to = Math.Min(sentence.Length, money.End + 25);
        return FeeWords().IsMatch(sentence.AsSpan(from, to - from));
    }

    // "a deal worth £9m", "worth up to 40m euros": a total that may include add-ons.
    private static bool WorthBefore(string sentence, MoneyMention money)
    {
        var from = Math.Max(0, money.Start - 16);
        return sentence.AsSpan(from, money.Start - from).Contains("worth", StringComparison.OrdinalIgnoreCase);
    }

    private static bool GuaranteedNear(string sentence, MoneyMention money)
    {
        var from = Math.Max(0, money.Start - 35);
        var to = Math.Min(sentence.Length, money.End + 20);
        return GuaranteedWords().IsMatch(sentence.AsSpan(from, to - from));
    }

    [GeneratedRegex(@"\b(?:up ?front|guaranteed|fixed fee|fixed|initial|initially|base fee|basic fee)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GuaranteedWords();

    private static bool WillingBefore(string sentence, int at)
    {
        var before = sentence.AsSpan(Math.Max(0, at - 40), Math.Min(40, at));
        return before.Contains("willing to", StringComparison.OrdinalIgnoreCase) || before.Contains("prepared to", StringComparison.OrdinalIgnoreCase)
            || before.Contains("ready to", StringComparison.OrdinalIgnoreCase);
    }

    private static bool NegatedFigure(string sentence, int at)
    {
        var before = sentence.AsSpan(Math.Max(0, at - 14), Math.Min(14, at));
        return before.Contains("not even", StringComparison.OrdinalIgnoreCase) || before.EndsWith("not for ", StringComparison.OrdinalIgnoreCase);
    }

    private static bool Hypothetical(string sentence, int at)
    {
        var before = sentence.AsSpan(Math.Max(0, at - 40), Math.Min(40, at));
        return HypotheticalWords().IsMatch(before);
    }

    [GeneratedRegex(@"\b(?:bid|bids|offer|offers|fee|deal|transfer|move|switch|paid|pay|pays|paying|signing|worth|cost|costing|agreed|proposal|package|sum|purchase|sale|sold|bought)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FeeWords();

    [GeneratedRegex(@"\b(?:could|would|might|may|willing to|prepared to|ready to|if|unless|should|hoping to|hope to|expected to|set to|poised to|plan to|planning to|failed)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HypotheticalWords();
}
