using System.Text.RegularExpressions;
using RumourBot.Reports.People;
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
    /// words count for it; figures in a hypothesis ("could cost") or about another player count against it. Figures
    /// that are not this move's price at all (<see cref="FeeEvidence"/>: a past move, a record it is measured against,
    /// a sum for two players, a third club's offer) are left out, and so is the headline's same figure; a total that
    /// is a fee plus its add-ons gives way to the fee. A valuation is the fee only when no offer or agreed figure is
    /// given. Two figures that disagree and weigh alike make the fee unclear: it is withheld rather than guessed.
    /// </summary>
    public static (Fee? Fee, double Confidence, bool Unclear) Choose(
        AnalysedArticle article, List<(Sentence Sentence, bool Named)> sentences, MoveStatus status, HashSet<int> othersNamed, bool isLoan, string? buyClause,
        Person subject, IReadOnlyList<Person> people, IReadOnlyCollection<string> moveClubs)
    {
        var chosen = ChooseAmong(article, sentences, [], status, othersNamed, isLoan, buyClause, subject, people, moveClubs);
        if (chosen.Fee is { } total && GuaranteedPartOf(article, total, moveClubs) is { } part) return (part, chosen.Confidence, false);
        if (chosen.Fee is { } converted && OriginalOf(article, converted) is { } original) return (original, chosen.Confidence, false);
        if (chosen.Fee is { } rough && ExactFigureOf(article, sentences, rough, status) is { } exact) return (exact, chosen.Confidence, false);
        if (chosen.Fee is not null || chosen.Unclear || chosen.Confidence > 0) return chosen;
        // No figure in his own sentences: "Celtic will pay a guaranteed fee of €13m for the 20-year-old talent" may have
        // been handed to a club official named just before it. Such a sentence is his move's when it names no player and
        // speaks of the move's clubs or of him by a description; it is read less surely than his own.
        // Only the story's own player, the first it names, may claim them: a player named later has his own sentences.
        var first = subject.SentenceIndexes.DefaultIfEmpty(int.MaxValue).Min();
        if (people.Any(p => p != subject && p.Role == PersonRole.Player && p.SentenceIndexes.Any(i => i < first))) return chosen;
        var orphans = Orphans(article, sentences, people, moveClubs);
        if (orphans.Count == 0) return chosen;
        var widened = sentences.Concat(orphans.Select(i => (article.Sentences[i], false))).OrderBy(s => s.Item1.Index).ToList();
        var (fee, confidence, unclear) = ChooseAmong(article, widened, orphans, status, othersNamed, isLoan, buyClause, subject, people, moveClubs);
        confidence -= 0.1;
        return fee is not null && confidence >= FeeThreshold ? (fee, Math.Min(1, confidence), false) : (null, Math.Max(0, confidence), unclear || fee is not null);
    }

    private static bool OpensOnHim(Sentence sentence)
    {
        var words = sentence.LowerWords;
        for (var i = 0; i < Math.Min(words.Length, OpeningWords); i++)
        {
            if (words[i] is "he" or "his" or "him") return true;
        }
        return false;
    }

    private const int OpeningWords = 4;

    // "£15million plus add-ons for one of the surprise hits of the World Cup": the figure's player, described as one of
    // many (not "for the 20-year-old", which the story's own player is as often).
    [GeneratedRegex(@"^(?:\s+plus add-ons)?\s+for one of the\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ForADescribedPlayer();

    private static bool PossessiveJustBefore(string text, int at)
    {
        var before = text.AsSpan(0, at).TrimEnd();
        return before.EndsWith("'s", StringComparison.Ordinal) || before.EndsWith("\u2019s", StringComparison.Ordinal) || before.EndsWith("s'", StringComparison.Ordinal) || before.EndsWith("s\u2019", StringComparison.Ordinal);
    }

    // "£12m bid turned down", "£7 million bid rejected", "€5m offer was knocked back": a figure of an offer its clause turns down.
    [GeneratedRegex(@"^\S*\s(?:\S+ ){0,2}?(?:bid|offer|proposal)s?\b[^.;,]{0,40}?\b(?:turned down|rejected|turned away|knocked back|rebuffed)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RejectedOfferAfter();

    [GeneratedRegex(@"^\s?(?:(?:million|m|mln|bn|billion)\b)?\s?(?:summer |record |club-record |january |new )?(?:flop|signing|buy|purchase|recruit|acquisition|arrival|misfit|outcast|star|man|ace)\b(?! target)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PricedPurchase();

    // "a €60M (£52.7M) offer… have made a £52.7M offer": a figure the article first gave as the conversion in brackets
    // of another is that one restated; the fee is the original.
    private static Fee? OriginalOf(AnalysedArticle article, Fee fee)
    {
        for (var i = 0; i < article.Sentences.Count; i++)
        {
            var money = article.MoneyIn(i);
            for (var k = 1; k < money.Count; k++)
            {
                if (money[k].Kind == MoneyKind.Conversion && money[k - 1].Kind != MoneyKind.Conversion && money[k - 1].Amount.Currency != fee.Currency
                    && money[k].Amount.AmountMillions == fee.AmountMillions && money[k].Amount.Currency == fee.Currency) return money[k - 1].Amount;
            }
        }
        return null;
    }

    /// <summary>
    /// "a second offer worth almost £700,000", then "returning with an offer of £650,000, but that too has been
    /// rejected": a rough figure the story later tells exactly, in a sentence of the same status, is that exact figure.
    /// Only one exact figure within a tenth of it may do so.
    /// </summary>
    private static Fee? ExactFigureOf(AnalysedArticle article, List<(Sentence Sentence, bool Named)> sentences, Fee rough, MoveStatus status)
    {
        if (rough.Qualifier is not ("almost" or "nearly" or "around" or "about" or "approximately" or "roughly" or "in the region of" or "close to")) return null;
        Fee? exact = null;
        foreach (var (sentence, _) in sentences)
        {
            if (article.StatusOf(sentence.Index) != status) continue;
            foreach (var money in article.MoneyIn(sentence.Index))
            {
                var amount = money.Amount;
                if (money.Kind != MoneyKind.TransferFee || amount.Qualifier is not null || amount.Currency != rough.Currency
                    || amount.AmountMillions == rough.AmountMillions || Math.Abs(amount.AmountMillions - rough.AmountMillions) > rough.AmountMillions / 10) continue;
                if (exact is not null && exact.AmountMillions != amount.AmountMillions) return null;
                exact = amount;
            }
        }
        return exact;
    }

    private static HashSet<int> Orphans(AnalysedArticle article, List<(Sentence Sentence, bool Named)> sentences, IReadOnlyList<Person> people, IReadOnlyCollection<string> moveClubs)
    {
        var orphans = new HashSet<int>();
        var ours = sentences.Select(s => s.Sentence.Index).ToHashSet();
        foreach (var sentence in article.Sentences)
        {
            if (sentence.IsHeadline || ours.Contains(sentence.Index) || article.MoneyIn(sentence.Index).Count == 0 || article.IsBackground(sentence.Index)) continue;
            if (people.Any(p => p.Role == PersonRole.Player && p.SentenceIndexes.Contains(sentence.Index))) continue;
            if (FeeEvidence.NamesMoveClub(article, sentence, moveClubs) || DescribesTheMove().IsMatch(sentence.Text)) orphans.Add(sentence.Index);
        }
        return orphans;
    }

    /// <summary>
    /// "City had agreed a £7m deal with Leeds, of which £4.5m was guaranteed": the figure chosen, told again beside the
    /// move's clubs with the part of it that is guaranteed, gives way to that part (the rest may never be paid).
    /// </summary>
    private static Fee? GuaranteedPartOf(AnalysedArticle article, Fee total, IReadOnlyCollection<string> moveClubs)
    {
        foreach (var sentence in article.Sentences)
        {
            var here = article.MoneyIn(sentence.Index);
            if (here.Count == 0 || article.IsBackground(sentence.Index)) continue;
            // "Of that £2million, half is 'up front and guaranteed' with the rest paid in later add-ons": a share of it.
            if (GuaranteedShareOf(sentence.Text, here, total) is { } share) return share;
            if (here.Count < 2) continue;
            for (var i = 0; i + 1 < here.Count; i++)
            {
                var (whole, part) = (here[i], here[i + 1]);
                if (!SameSum(whole.Amount, total) || part.Amount.Currency != total.Currency || part.Amount.AmountMillions >= total.AmountMillions || part.Amount.AmountMillions <= 0) continue;
                if (part.Start < whole.End || part.Start - whole.End > 60) continue;
                var between = sentence.Text.AsSpan(whole.End, part.Start - whole.End);
                if (!between.Contains("of which", StringComparison.OrdinalIgnoreCase)) continue;
                var after = sentence.Text.AsSpan(part.End, Math.Min(25, sentence.Text.Length - part.End));
                if (GuaranteedWords().IsMatch(after) && (FeeEvidence.NamesMoveClub(article, sentence, moveClubs) || DescribesTheMove().IsMatch(sentence.Text))) return part.Amount;
            }
            // "€75m… split between €65m upfront and an extra €10m in performance-based add-ons": a sentence that splits the
            // total into a fixed part and add-ons gives the fixed part.
            if (AddOnWords().IsMatch(sentence.Text) && SplitInto(here, total) is { } fixedPart) return fixedPart;
        }
        return null;
    }

    // The guaranteed share of the total when the sentence gives it as a fraction right after the sum: "Of that £2m, half
    // is up front", "£9m, of which two-thirds is guaranteed".
    private static Fee? GuaranteedShareOf(string sentence, IReadOnlyList<MoneyMention> here, Fee total)
    {
        foreach (var whole in here)
        {
            if (!SameSum(whole.Amount, total) || whole.Amount.AmountMillions <= 0) continue;
            var after = sentence.AsSpan(whole.End, Math.Min(60, sentence.Length - whole.End));
            var match = GuaranteedShare().Match(after.ToString());
            if (!match.Success) continue;
            var ofThat = OfThatBefore().IsMatch(sentence.AsSpan(0, whole.Start));
            if (!ofThat && !match.Groups["which"].Success) continue;
            var fraction = match.Groups["share"].Value.ToLowerInvariant().Replace('-', ' ') switch
            {
                "half" => 0.5m,
                "a third" or "one third" => 1m / 3,
                "two thirds" => 2m / 3,
                "a quarter" or "one quarter" => 0.25m,
                "three quarters" => 0.75m,
                _ => 0m,
            };
            if (fraction > 0) return total with { AmountMillions = Math.Round(total.AmountMillions * fraction, 2), Qualifier = null, Text = $"{match.Groups["share"].Value} of {total.Text}" };
        }
        return null;
    }

    [GeneratedRegex(@"^,? (?<which>of which )?(?<share>half|a third|one third|two[- ]thirds|a quarter|one quarter|three[- ]quarters) (?:of it )?(?:is|was|will be|would be)\b[^.]{0,20}?\b(?:up ?front|guaranteed)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GuaranteedShare();

    [GeneratedRegex(@"\bof (?:that|this|the|which)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OfThatBefore();

    // Of two sums in the currency of the total that add up to it, the one not told as add-ons (the first, unless it is).
    private static Fee? SplitInto(IReadOnlyList<MoneyMention> here, Fee total)
    {
        for (var i = 0; i < here.Count; i++)
        {
            for (var j = i + 1; j < here.Count; j++)
            {
                var (a, b) = (here[i].Amount, here[j].Amount);
                if (a.Currency != total.Currency || b.Currency != total.Currency || a.AmountMillions <= 0 || b.AmountMillions <= 0 || a.AmountMillions + b.AmountMillions != total.AmountMillions) continue;
                return here[i].Kind == MoneyKind.AddOns ? b : a;
            }
        }
        return null;
    }

    [GeneratedRegex(@"\badd-?ons?\b|\bbonus(?:es)?\b|\bvariables?\b|\bperformance[- ]related\b|\bincentives\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AddOnWords();

    [GeneratedRegex(@"\bthe (?:\d{2}-year-old|two clubs|deal|transfer|player)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DescribesTheMove();

    private static (Fee? Fee, double Confidence, bool Unclear) ChooseAmong(
        AnalysedArticle article, List<(Sentence Sentence, bool Named)> sentences, HashSet<int> orphans, MoveStatus status, HashSet<int> othersNamed, bool isLoan, string? buyClause,
        Person subject, IReadOnlyList<Person> people, IReadOnlyCollection<string> moveClubs)
    {
        var players = people.Where(p => p != subject && p.Role == PersonRole.Player).ToList();
        var others = players.Where(p => p.ContextMentions == 0).ToList();
        var skippedFree = false; // "Ronaldo moved there on a free transfer in January": a free move, not his
        // "Wolves agree deal for £23m star" over "an option to buy for €27m (£23m)": the headline's figure is what the body says it is.
        var notFeesInBody = sentences.Where(s => !s.Sentence.IsHeadline).SelectMany(s => article.MoneyIn(s.Sentence.Index))
            .Where(m => m.Kind is not (MoneyKind.TransferFee or MoneyKind.PaidReleaseClause or MoneyKind.Valuation)).Select(m => m.Amount).ToList();
        var feesInBody = sentences.Where(s => !s.Sentence.IsHeadline).SelectMany(s => article.MoneyIn(s.Sentence.Index))
            .Where(m => m.Kind is MoneyKind.TransferFee or MoneyKind.PaidReleaseClause or MoneyKind.Valuation).Select(m => m.Amount).ToList();
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
        var openers = new HashSet<MoneyMention>();
        var shares = new HashSet<MoneyMention>();
        var bareInLoan = new HashSet<MoneyMention>();
        var ours = sentences.Where(s => s.Named).Select(s => s.Sentence.Index).ToHashSet();
        var unpaidClauses = article.Sentences.SelectMany(s => article.MoneyIn(s.Index)).Where(m => m.Kind == MoneyKind.ReleaseClause).Select(m => m.Amount).ToList();
        var optionPrices = isLoan ? article.Sentences.SelectMany(s => article.MoneyIn(s.Index)).Where(m => m.Kind == MoneyKind.BuyOption).Select(m => m.Amount).ToList() : [];
        foreach (var index in othersNamed)
        {
            if (ours.Contains(index)) continue;
            foreach (var money in article.MoneyIn(index)) othersSums.Add(money.Amount);
        }
        // Both passes below ask whether a body figure is another move's: each figure is read once. A sentence is listed
        // once for him, so a figure always comes with the same sentence and `named`.
        var readNotOurs = new Dictionary<MoneyMention, bool>(ReferenceEqualityComparer.Instance);
        bool isNotOurs(Sentence sentence, bool named, MoneyMention money) => readNotOurs.TryGetValue(money, out var read) ? read
            : readNotOurs[money] = NotOurs(article, sentence, named, money, subject, players, others, othersNamed, moveClubs);
        // Figures of the body that are not this move's price (a past move, a record, another club's or player's deal):
        // the headline's same figure is theirs too ("Millwall add reported £8m signing on loan").
        var notOurs = new List<Fee>();
        var oursInBody = new List<Fee>();
        foreach (var (sentence, named) in sentences)
        {
            if (sentence.IsHeadline) continue;
            foreach (var money in article.MoneyIn(sentence.Index))
            {
                if (money.Kind is not (MoneyKind.TransferFee or MoneyKind.PaidReleaseClause or MoneyKind.Valuation)) continue;
                (isNotOurs(sentence, named, money) ? notOurs : oursInBody).Add(money.Amount);
            }
        }
        foreach (var (sentence, named) in sentences)
        {
            var here = article.MoneyIn(sentence.Index);
            if (here.Count == 0) continue;
            var sentenceStatus = article.StatusOf(sentence.Index);
            foreach (var money in here)
            {
                // A free move is told of him in his own sentences, never only beside his clubs.
                if (orphans.Contains(sentence.Index) && money.Amount.AmountMillions == 0) continue;
                // "had a £12m bid turned down by Rangers earlier this month", "had a £7 million bid rejected earlier in the
                // summer": in a story of a rejection, the offer turned down is this move's, however long ago it was made.
                var rejectedOffer = status == MoveStatus.Rejected && !othersNamed.Contains(sentence.Index) && RejectedOfferAfter().IsMatch(sentence.Text.AsSpan(money.End));
                if (!rejectedOffer && isNotOurs(sentence, named, money))
                {
                    skippedFree |= money.Amount.AmountMillions == 0;
                    continue;
                }
                if (sentence.IsHeadline && (notFeesInBody.Any(n => SameSum(n, money.Amount)) && !feesInBody.Any(f => SameSum(f, money.Amount))
                                            || notOurs.Any(n => SameSum(n, money.Amount)) && !oursInBody.Any(f => SameSum(f, money.Amount)))) continue;
                // "Celtic reject £13.5m offer" over "Porto offered Celtic €15 million": a headline's sum in a currency the body
                // never gives this move's price in is the body's figure converted for its readers; the body has the original.
                if (sentence.IsHeadline && money.Amount.Currency is { } headlineCurrency && oursInBody.Any(f => f.AmountMillions > 0)
                    && oursInBody.All(f => f.Currency != headlineCurrency)) continue;
                order++;
                var weight = 0.5;
                if (named || sentence.IsHeadline) weight += 0.15;
                if (status != MoveStatus.Unknown && sentenceStatus == status) weight += 0.1;
                var feeWord = FeeWordNear(sentence.Text, money);
                if (feeWord) weight += 0.1;
                if (NegatedFigure(sentence.Text, money.Start)) continue; // "not even for €100m" is no price
                // "Claims about Preston receiving a bid of £7.5m are wide of the mark": a sum the sentence denies was offered.
                if (sentenceStatus == MoveStatus.Denied) continue;
                // "haven't paid more than £5 million", "how can Arsenal offer less than £15m?": a bound denied or asked about.
                if (DeniedOrAskedBound(sentence.Text, money)) continue;
                // "to bid less than £1m for a player with three years left": a ceiling on an offer is no figure of one ("signed
                // for less than £3m" is a fee told as a bound, left to the weighing).
                if (money.Amount.Qualifier is "less than" && BidOrPaidBound().IsMatch(sentence.Text.AsSpan(0, money.Start))) continue;
                // "he won't let his release clause go above €150m… €150m will be seen as a reasonable price": a sum the
                // report names as his unpaid release clause is that clause wherever it is told again without an offer.
                if (money.Kind == MoneyKind.TransferFee && unpaidClauses.Any(c => SameSum(c, money.Amount)) && !OfferOrPaymentBefore(sentence.Text, money)) continue;
                // "on loan with a purchase option for £9million… the fee would be just under £9million": in a loan, the
                // option's price told again is still the option's, not the loan's fee.
                if (money.Kind == MoneyKind.TransferFee && optionPrices.Any(o => SameSum(o, money.Amount))) continue;
                // "former €40m Barcelona target": the figure of a move that is over.
                if (sentence.Text.AsSpan(Math.Max(0, money.Start - 8), Math.Min(8, money.Start)).Contains("former ", StringComparison.OrdinalIgnoreCase)) continue;
                // "Everton's £13.5m flop", "the club's €60 million buy", "FC Cincinnati's $5.3 Million Star Player": what a club
                // once paid for the player it owns, or what he is worth to it (not "United's £60m star target").
                if (PricedPurchase().IsMatch(sentence.Text.AsSpan(money.End)) && PossessiveJustBefore(sentence.Text, money.Start)) continue;
                if (Hypothetical(sentence.Text, money.Start, settled: status is MoveStatus.Agreed or MoveStatus.Done))
                {
                    weight -= 0.1;
                    // "if someone bids €100m" is no one's offer; "would be willing to pay £20m" is a buyer's price.
                    if (!WillingBefore(sentence.Text, money.Start)) hypothetical.Add(money);
                }
                // "£6.5m up front", "a guaranteed fee of €13m": the guaranteed part is the fee, a "deal worth" total is not.
                if (GuaranteedNear(sentence.Text, money)) weight += 0.2;
                if (FeeEvidence.EarlierAnswer(sentence.Text, money)) weight -= 0.3;
                if (FeeEvidence.CorrectedFigure(sentence.Text, money)) weight += 0.2;
                // "has come down from the £40m", "previous reports had said… a €20m deal": figures the news has replaced.
                if (FeeEvidence.ReplacedFigure(sentence.Text, money) || FeeEvidence.ToldByOlderReports(sentence.Text)) continue;
                // "returned with an improved bid of £38m" after "an opening offer of £30m": the latest offer is the news, once
                // made ("looks set to come back with an improved offer of £1m" is not made yet).
                if (FeeEvidence.LaterOffer(sentence.Text, money)) weight += FeeEvidence.OfferStillAhead(sentence.Text, money) ? -0.1 : 0.2;
                // "Chelsea's opening offer of £11m was rejected" in a story of a deal since agreed: the price turned down
                // is not the one agreed.
                else if (FeeEvidence.FirstOffer(sentence.Text, money) && sentenceStatus == MoveStatus.Rejected && status is MoveStatus.Agreed or MoveStatus.Done) continue;
                else if (FeeEvidence.FirstOffer(sentence.Text, money)) openers.Add(money);
                if (othersNamed.Contains(sentence.Index)) weight -= named ? 0.15 : 0.25;
                // "Spalletti also likes Cagliari's Nicolò Barella. However, his price tag of €40m…": "his" is the player
                // the sentence before named, and that one is another.
                // So does "The Foxes are willing to pay £15million plus add-ons for one of the surprise hits of the World Cup"
                // after a sentence naming Souttar: the player the figure is for is described, and the last one named is another.
                if (!named && !sentence.IsHeadline && othersNamed.Contains(sentence.Index - 1) && !ours.Contains(sentence.Index - 1)
                    && (OpensOnHim(sentence) || ForADescribedPlayer().IsMatch(sentence.Text.AsSpan(money.End)))) continue;
                if (!named && othersSums.Any(o => SameSum(o, money.Amount))) continue;
                if (WorthBefore(sentence.Text, money)) worthTotals.Add(money);
                // "owned 55% of his rights… will receive around €7m": what the seller takes is its share, not the fee.
                if (FeeEvidence.SellersShare(article, sentence, money))
                {
                    shares.Add(money);
                    weight -= 0.2;
                }
                if (money.Kind is not (MoneyKind.Conversion or MoneyKind.Wage) && GuaranteedNear(sentence.Text, money)) guaranteed.Add(money);
                // In a loan a bare sum ("Lazio can sign him outright for €8m", "rights assessed at 19 million euros") is more
                // likely the option's price or his value than the loan's fee, which is told as a fee, a cost or an initial sum.
                if (isLoan && money.Kind == MoneyKind.TransferFee && money.Amount.AmountMillions > 0 && !feeWord && !GuaranteedNear(sentence.Text, money)) bareInLoan.Add(money);
                // "A loan deal is believed to be in the works… a permanent deal worth £25m could also be done": beside a loan,
                // the price of a permanent move is another deal's, not the loan's fee.
                if ((isLoan || sentence.Text.Contains("loan", StringComparison.OrdinalIgnoreCase)) && money.Kind == MoneyKind.TransferFee && PermanentDealBefore().IsMatch(sentence.Text.AsSpan(Math.Max(0, money.Start - 40), Math.Min(40, money.Start)))) continue;
                // A loan fee is no part of a permanent move's price ("paid 650,000 euros as loan fee" before making it permanent).
                // "offered €6m for a two-year loan deal with an obligation to buy for €50m" is a loan's price all the same: a loan
                // fee told beside an obligation in its own sentence is kept, though no loan was read from the move's words.
                if (money.Kind is MoneyKind.LoanFee && !isLoan && !here.Any(m => m.Kind == MoneyKind.Obligation && m.Amount.Currency == money.Amount.Currency)) continue;
                if (money.Kind is MoneyKind.TransferFee or MoneyKind.PaidReleaseClause or MoneyKind.LoanFee or MoneyKind.Obligation) fees.Add((money, weight, order));
                // A loan has no asking price: what he is valued at is the price of his whole rights, not of the loan.
                else if (money.Kind == MoneyKind.Valuation && !isLoan) valuations.Add((money, weight - 0.1, order));
            }
        }

        // An opening offer weighs less once a later one is told with its figure.
        if (openers.Count > 0 && fees.Any(f => !openers.Contains(f.Money) && FeeEvidence.LaterOfferIn(article, sentences.Select(s => s.Sentence), f.Money)))
        {
            for (var i = 0; i < fees.Count; i++)
            {
                if (openers.Contains(fees[i].Money)) fees[i] = fees[i] with { Weight = fees[i].Weight - 0.15 };
            }
        }
        var loanTold = !isLoan && fees.Any(f => f.Money.Kind == MoneyKind.LoanFee);
        if ((isLoan || loanTold) && fees.Any(f => f.Money.Kind is MoneyKind.LoanFee or MoneyKind.Obligation))
        {
            if (loanTold) buyClause = "obligation";
            // A loan's fee is the loan fee, plus the obligation to buy when there is one: what the buyer must pay.
            var loanFee = fees.Where(f => f.Money.Kind == MoneyKind.LoanFee).OrderByDescending(f => f.Weight).Select(f => f.Money.Amount).FirstOrDefault();
            // An obligation told by its own words ("a compulsory purchase option for €9m") is paid with the loan fee,
            // whatever clause the move's words named.
            var obligation = buyClause == "obligation" || loanFee is not null
                ? fees.Where(f => f.Money.Kind == MoneyKind.Obligation).OrderByDescending(f => f.Weight).Select(f => f.Money.Amount).FirstOrDefault()
                : null;
            // "a buy option that becomes obligatory if Fiorentina stay up… a further €2 million due if the transfer becomes
            // permanent": once the buy clause is an obligation, a price of the option in the loan fee's currency is the obligation's.
            if (obligation is null && loanFee is not null && buyClause == "obligation")
                obligation = sentences.Where(s => !othersNamed.Contains(s.Sentence.Index) || s.Named).SelectMany(s => article.MoneyIn(s.Sentence.Index))
                    .Where(m => m.Kind == MoneyKind.BuyOption && m.Amount.Currency == loanFee.Currency).Select(m => m.Amount).FirstOrDefault();
            if (loanFee is not null && obligation is not null && loanFee.Currency == obligation.Currency)
            {
                return (new Fee(loanFee.AmountMillions + obligation.AmountMillions, loanFee.Currency, "loan fee plus obligation", $"{loanFee.Text} + {obligation.Text}"), 0.8, false);
            }
            // A loan fee whose obligation to buy has no figure we can read is only part of the price: not the fee.
            if (loanFee is not null && obligation is null && buyClause == "obligation") return (null, 0.4, true);
            // "five million euros for the loan, with the full transfer fee set at 40 million euros, making the total 45 million":
            // a sum told beside the loan fee as it and the rest together is what the buyer pays.
            if (loanFee is not null && TotalWithTheLoanFee(article, sentences, fees, loanFee) is { } total) return (total, 0.75, false);
            // An obligation with no loan fee read beside other fees: the parts and the total are weighed below.
            if ((loanFee ?? obligation) is { } part && (loanFee is not null || !fees.Any(f => f.Money.Kind == MoneyKind.TransferFee))) return (part, 0.75, false);
        }
        if (isLoan && buyClause == "option") fees.RemoveAll(f => f.Money.Kind == MoneyKind.Obligation);
        // "Chelsea can pay €30m" where the clause or the asking price is €30m: an offer that meets the price is surer.
        var asked = sentences.SelectMany(s => article.MoneyIn(s.Sentence.Index)).Where(m => m.Kind is MoneyKind.Valuation or MoneyKind.ReleaseClause).ToList();
        for (var i = 0; i < fees.Count; i++)
        {
            if (asked.Any(a => !ReferenceEquals(a, fees[i].Money) && SameSum(a.Amount, fees[i].Money.Amount))) fees[i] = fees[i] with { Weight = fees[i].Weight + 0.1 };
        }
        // "€12m now for the loan, €25m next year for the obligation to buy… the €37m Cagliari have secured": the total the
        // buyer must pay is the fee, its parts are not.
        var obligations = sentences.SelectMany(s => article.MoneyIn(s.Sentence.Index)).Where(m => m.Kind == MoneyKind.Obligation).ToList();
        var parts = fees.Where(f => f.Money.Kind is MoneyKind.TransferFee or MoneyKind.LoanFee)
            .SelectMany(f => obligations.Where(o => o.Amount.Currency == f.Money.Amount.Currency)
                .Select(o => (Part: f.Money, Total: f.Money.Amount with { AmountMillions = f.Money.Amount.AmountMillions + o.Amount.AmountMillions }))).ToList();
        if (parts.Count > 0 && fees.Any(f => parts.Any(p => SameSum(p.Total, f.Money.Amount))))
        {
            for (var i = 0; i < fees.Count; i++)
            {
                if (parts.Any(p => SameSum(p.Total, fees[i].Money.Amount))) fees[i] = fees[i] with { Weight = fees[i].Weight + 0.2 };
                else if (parts.Any(p => ReferenceEquals(p.Part, fees[i].Money)) || fees[i].Money.Kind == MoneyKind.Obligation) fees[i] = fees[i] with { Weight = fees[i].Weight - 0.1 };
            }
        }
        // "a fee in the region of €73m" beside "an initial €63m with a further €10m in add-ons": the total is not the fee.
        var totals = WithAddOns(article, sentences);
        if (totals.Count > 0 && fees.RemoveAll(f => totals.Any(t => SameSum(t.Total, f.Money.Amount))) > 0)
        {
            // The part before the add-ons is then the fee the report gives twice over.
            for (var i = 0; i < fees.Count; i++)
            {
                if (totals.Any(t => SameSum(t.Base, fees[i].Money.Amount))) fees[i] = fees[i] with { Weight = fees[i].Weight + 0.15 };
            }
        }
        // "offering €28m plus Praet… value Praet at €8m and this will take the overall cost of the deal to €36m": a total
        // that is a cash offer and a player's value added up is no fee; the cash is.
        List<MoneyMention> valued = fees.Count < 2 ? [] : sentences.SelectMany(s => article.MoneyIn(s.Sentence.Index)).Where(m => m.Kind == MoneyKind.Valuation && m.Amount.AmountMillions > 0).ToList();
        var cash = valued.Count > 0 ? fees.ToList() : [];
        if (valued.Count > 0) fees.RemoveAll(t => cash.Any(f => !ReferenceEquals(f.Money, t.Money) && f.Money.Amount.AmountMillions > 0 && f.Money.Amount.Currency == t.Money.Amount.Currency
            && valued.Any(v => v.Amount.Currency == t.Money.Amount.Currency && f.Money.Amount.AmountMillions + v.Amount.AmountMillions == t.Money.Amount.AmountMillions)));

        // "set to make his loan a permanent move": the option or obligation to buy is then the price of the move itself.
        if (!isLoan && fees.Count == 0 && valuations.Count == 0 && MakingPermanent(article, sentences) is { } permanentPrice) return (permanentPrice, 0.6, false);
        // "If someone bids €100m" is nobody's offer: with only such fees, the asking price is the figure.
        var pool = fees.Count > 0 && !(fees.All(f => hypothetical.Contains(f.Money)) && valuations.Any(v => !hypothetical.Contains(v.Money))) ? fees : valuations;
        if (pool.Count == 0) return (null, 0, skippedFree);
        var best = pool.OrderByDescending(f => f.Weight).ThenBy(f => f.Order).First();
        // "a £275m bid" and "had bid €310m" between two Spanish and French clubs: one sum, its original in their currency.
        var home = pool.Any(f => f.Money.Amount.Currency != best.Money.Amount.Currency) ? HomeCurrency.Of(article, moveClubs) : null;
        if (home is not null && best.Money.Amount.Currency != home
            && pool.Where(f => f.Money.Amount.Currency == home && f.Weight >= best.Weight - 0.2 && HomeCurrency.Converted(f.Money.Amount, best.Money.Amount))
                .OrderByDescending(f => f.Weight).ThenBy(f => f.Order).FirstOrDefault() is { Money: not null } original) best = original;
        bool sameOrConverted(Fee a) => SameSum(a, best.Money.Amount) || home is not null && HomeCurrency.Converted(a, best.Money.Amount);
        // "a deal worth £9m" is the total with add-ons; "£6.5m up front", "will initially cost 31m euros" is the fee.
        if (bestIsWorth(best.Money) && guaranteed.FirstOrDefault(g => g.Amount.Currency == best.Money.Amount.Currency && g.Amount.AmountMillions < best.Money.Amount.AmountMillions) is { } upFront)
        {
            return (upFront.Amount, 0.7, false);
        }
        var confidence = best.Weight;
        // One sum however often it is given is surer; a rival figure that weighs nearly as much means two readings.
        if (pool.All(f => SameSum(f.Money.Amount, best.Money.Amount))) confidence += 0.15;
        else if (pool.Any(f => f.Weight >= best.Weight - 0.1 && !sameOrConverted(f.Money.Amount))) confidence -= 0.3;
        if (pool == valuations) confidence -= 0.05;
        // An asking price is the fee only when no offer is told: "Leicester have made an offer of €20m" beside the move's
        // clubs, in a sentence we did not read as his, is an offer all the same.
        if (pool == valuations && OfferBesideTheClubs(article, sentences, best.Money, moveClubs)) confidence -= 0.3;
        // A seller's share of the fee tells the fee only when it owned him whole, which the report says it did not.
        if (shares.Contains(best.Money)) confidence -= 0.3;
        // A loan's bare sum that is its loan fee and obligation added up is the price after all.
        if (pool.Where(f => SameSum(f.Money.Amount, best.Money.Amount)).All(f => bareInLoan.Contains(f.Money)) && !parts.Any(p => SameSum(p.Total, best.Money.Amount))) confidence -= 0.3;
        // "an opening offer of £30m" when the article tells a later offer's figure somewhere we did not read as this
        // move's: the opener is likely not the latest word.
        if (openers.Contains(best.Money) && article.Sentences.Any(s => !article.IsBackground(s.Index) && article.MoneyIn(s.Index)
                .Any(m => m.IsFee && !SameSum(m.Amount, best.Money.Amount) && m.Amount.Currency == best.Money.Amount.Currency && FeeEvidence.LaterOffer(s.Text, m)))) confidence -= 0.3;
        // A sum only ever given as a hypothesis ("if someone bids €100m", "could cost £20m") is nobody's offer yet, unless it
        // is the asking price too ("demanding €150m… no talks unless a €150m offer is tabled").
        // An asking price is conditional by nature ("it could take €30m to convince them"): only offers are weighed so.
        if (pool == fees && pool.Where(f => SameSum(f.Money.Amount, best.Money.Amount)).All(f => hypothetical.Contains(f.Money))
            && !valuations.Any(v => SameSum(v.Money.Amount, best.Money.Amount))) confidence -= 0.2;
        return confidence >= FeeThreshold ? (best.Money.Amount, Math.Min(1, confidence), false) : (null, Math.Max(0, confidence), true);
    }

    private static bool OfferBesideTheClubs(AnalysedArticle article, List<(Sentence Sentence, bool Named)> sentences, MoneyMention asked, IReadOnlyCollection<string> moveClubs)
    {
        var ours = sentences.Select(s => s.Sentence.Index).ToHashSet();
        foreach (var sentence in article.Sentences)
        {
            if (sentence.IsHeadline || ours.Contains(sentence.Index) || article.IsBackground(sentence.Index)) continue;
            if (!article.MoneyIn(sentence.Index).Any(m => m.IsFee && m.Amount.AmountMillions > 0 && !SameSum(m.Amount, asked.Amount) && OfferNear(sentence.Text, m))) continue;
            if (FeeEvidence.NamesMoveClub(article, sentence, moveClubs)) return true;
        }
        return false;
    }

    private static bool OfferNear(string sentence, MoneyMention money)
    {
        var before = sentence.AsSpan(Math.Max(0, money.Start - 40), Math.Min(40, money.Start));
        return before.Contains("offer", StringComparison.OrdinalIgnoreCase) || before.Contains("bid", StringComparison.OrdinalIgnoreCase);
    }

    // "Liverpool paid £36m for him in 2021" is not this fee; "who joined in 2022, but it was €20m" may be. A figure beside
    // another player is his, unless it stands far from his name ("worth €70m, second only to the €88m paid for Neymar").
    private static bool NotOurs(AnalysedArticle article, Sentence sentence, bool named, MoneyMention money, Person subject,
        List<Person> players, List<Person> others, HashSet<int> othersNamed, IReadOnlyCollection<string> moveClubs)
    {
        if (othersNamed.Contains(sentence.Index)) others = FeeEvidence.NotClubs(article, sentence, others);
        // "offered €50 million, plus midfielder Marko Rog": a player offered with the sum is part of the bid, not a move of his own.
        if (others.Any(p => Makeweight(sentence, money, p)))
        {
            others = others.Where(p => !Makeweight(sentence, money, p)).ToList();
            players = players.Where(p => !Makeweight(sentence, money, p)).ToList();
        }
        if (!named && othersNamed.Contains(sentence.Index) && !FeeEvidence.FarFromOthers(sentence, money, others)) return true;
        if (players.Any(p => FeeEvidence.PriceOfHisSigning(sentence, money, p))) return true;
        if (FeeEvidence.ToldAsATotal(sentence, money) && FeeEvidence.MultipleOfHisPay(article, money)) return true;
        if (FeeEvidence.InPastClause(article, sentence, money)) return true;
        if (FeeEvidence.RecordComparison(sentence.Text, money)) return true; // "behind the €88m Barcelona paid for Neymar"
        if (named && FeeEvidence.ForTwoPlayers(sentence, money, subject, players)) return true;
        if (named && othersNamed.Contains(sentence.Index) && FeeEvidence.NearerAnother(sentence, money, subject, others)) return true;
        if (FeeEvidence.AnothersOwnMove(sentence, money, subject)) return true; // "since Neymar completed his €222m switch"
        if (FeeEvidence.FromAnotherClub(article, sentence, money, moveClubs)) return true; // "his £3m move from Copenhagen", "a £5m bid from Wolves"
        if (FeeEvidence.AllocationMoneyAbroad(article, sentence, money, moveClubs)) return true; // "$100,000 in general allocation money"
        // The move's clubs are its buyer then its seller: "Porto bought him from Benfica for €15m" is a past move.
        var buyer = moveClubs.Count == 2 ? moveClubs.First() : null;
        return FeeEvidence.ThirdClubs(article, sentence, money, moveClubs) || FeeEvidence.RivalSuitor(article, sentence, money, moveClubs)
            || FeeEvidence.EarlierPurchase(article, sentence, money, buyer);
    }

    private static Fee? TotalWithTheLoanFee(AnalysedArticle article, List<(Sentence Sentence, bool Named)> sentences,
        List<(MoneyMention Money, double Weight, int Order)> fees, Fee loanFee)
    {
        foreach (var (sentence, _) in sentences)
        {
            var here = article.MoneyIn(sentence.Index);
            foreach (var total in here)
            {
                if (total.Kind != MoneyKind.TransferFee || total.Amount.Currency != loanFee.Currency || !fees.Any(f => ReferenceEquals(f.Money, total))
                    || !TotalWordBefore().IsMatch(sentence.Text.AsSpan(Math.Max(0, total.Start - 30), Math.Min(30, total.Start)))) continue;
                if (here.Any(rest => !ReferenceEquals(rest, total) && rest.Kind is not (MoneyKind.LoanFee or MoneyKind.Conversion or MoneyKind.Wage)
                        && rest.Amount.Currency == loanFee.Currency && rest.Amount.AmountMillions > 0
                        && loanFee.AmountMillions + rest.Amount.AmountMillions == total.Amount.AmountMillions)) return total.Amount;
            }
        }
        return null;
    }

    [GeneratedRegex(@"\b(?:total|totals|totalling|totaling|overall|altogether|in all)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TotalWordBefore();

    private static bool Makeweight(Sentence sentence, MoneyMention money, Person person) =>
        FeeEvidence.NamedAfter(sentence, money, person, maxGap: 40, MakeweightBetween());

    [GeneratedRegex(@"^\s*(?:\S+ )?,?\s*(?:plus|as well as|along with|and)\s+(?:\S+\s+){0,2}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MakeweightBetween();

    private static List<(Fee Base, Fee Total)> WithAddOns(AnalysedArticle article, List<(Sentence Sentence, bool Named)> sentences)
    {
        var totals = new List<(Fee, Fee)>();
        for (var k = 0; k < sentences.Count; k++)
        {
            var sentence = sentences[k].Sentence;
            var here = article.MoneyIn(sentence.Index);
            foreach (var addOns in here.Where(m => m.Kind == MoneyKind.AddOns))
            {
                var fees = here.Where(m => m.IsFee && m.End <= addOns.Start && m.Amount.Currency == addOns.Amount.Currency).ToList();
                // "…will activate his €6m release clause but the transfer will cost a total of €7m. The additional €1m will be
                // paid…": add-ons named as the rest of a sum told just before add to the figures of that sentence.
                if (fees.Count == 0 && k > 0 && sentences[k - 1].Sentence.Index == sentence.Index - 1
                    && TheRestBefore().IsMatch(sentence.Text.AsSpan(Math.Max(0, addOns.Start - 16), Math.Min(16, addOns.Start))))
                {
                    foreach (var before in article.MoneyIn(sentence.Index - 1).Where(m => m.IsFee && m.Amount.Currency == addOns.Amount.Currency))
                    {
                        totals.Add((before.Amount, before.Amount with { AmountMillions = before.Amount.AmountMillions + addOns.Amount.AmountMillions }));
                    }
                }
                foreach (var fee in fees)
                {
                    // "£1.3m with add-ons taking it above £2m": the add-on figure is then the ceiling itself.
                    // "€30m plus add-ons up to €40m package": the add-on figure's own "up to" makes it the ceiling too.
                    var ceiling = Ceiling().IsMatch(sentence.Text.AsSpan(fee.End, addOns.Start - fee.End))
                        || addOns.Amount.Qualifier is { } said && (said.StartsWith("up to", StringComparison.Ordinal) || said.StartsWith("as much as", StringComparison.Ordinal));
                    totals.Add((fee.Amount, fee.Amount with { AmountMillions = ceiling ? addOns.Amount.AmountMillions : fee.Amount.AmountMillions + addOns.Amount.AmountMillions }));
                }
            }
        }
        return totals;
    }

    [GeneratedRegex(@"\bthe (?:additional|extra|remaining|further)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TheRestBefore();

    private static Fee? MakingPermanent(AnalysedArticle article, List<(Sentence Sentence, bool Named)> sentences)
    {
        if (!sentences.Any(s => (s.Named || s.Sentence.IsHeadline) && MakePermanent().IsMatch(s.Sentence.Text))) return null;
        var prices = sentences.Where(s => !article.IsBackground(s.Sentence.Index)).SelectMany(s => article.MoneyIn(s.Sentence.Index))
            .Where(m => m.Kind is MoneyKind.BuyOption or MoneyKind.Obligation).Select(m => m.Amount).ToList();
        return prices.Count > 0 && prices.All(p => SameSum(p, prices[0])) ? prices[0] : null;
    }

    [GeneratedRegex(@"\b(?:make|making|makes|made|turn|turning|into) (?:his|the|their|a|that|this) (?:\w+ )?(?:loan|move|deal|switch|transfer)(?: \w+)?(?: to \w+(?: \w+)?)? (?:a )?permanent\b|\bpermanent (?:move|deal|switch|transfer)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MakePermanent();

    private static bool SameSum(Fee a, Fee b) =>
        a.Currency == b.Currency && Math.Abs(a.AmountMillions - b.AmountMillions) <= Math.Max(a.AmountMillions, b.AmountMillions) * 0.05m;

    // "a bid of £20m", "a £20m deal", "for £20m": words that make a figure the price of a move.
    // "The fee has not been disclosed, but it is believed to be in the region of £6m": a sentence whose subject is the
    // deal tells its figure as the deal's, however far the figure stands from the word.
    private static bool FeeWordNear(string sentence, MoneyMention money)
    {
        var from = Math.Max(0, money.Start - 30);
        var to = Math.Min(sentence.Length, money.End + 25);
        return FeeWords().IsMatch(sentence.AsSpan(from, to - from)) || DealIsTheSubject().IsMatch(sentence);
    }

    [GeneratedRegex(@"^\W*(?:the|this|that|their|his|its|a|an) (?:\w+ )?(?:fee|deal|transfer|offer|bid|sale|proposal|package|agreement|operation)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DealIsTheSubject();

    // "a deal worth £9m", "worth up to 40m euros": a total that may include add-ons.
    private static bool WorthBefore(string sentence, MoneyMention money)
    {
        var from = Math.Max(0, money.Start - 16);
        return sentence.AsSpan(from, money.Start - from).Contains("worth", StringComparison.OrdinalIgnoreCase);
    }

    // Within the figure's own clause: "€25m as a fixed fee, with an additional €5m in add-ons" fixes the €25m only.
    private static bool GuaranteedNear(string sentence, MoneyMention money)
    {
        var before = sentence.AsSpan(Math.Max(0, money.Start - 35), Math.Min(35, money.Start));
        if (before.LastIndexOfAny(ClauseEnds) is >= 0 and var cut) before = before[(cut + 1)..];
        var after = sentence.AsSpan(money.End, Math.Min(20, sentence.Length - money.End));
        if (after.IndexOfAny(ClauseEnds) is >= 0 and var end) after = after[..end];
        return GuaranteedWords().IsMatch(before) || GuaranteedWords().IsMatch(after);
    }

    private static readonly char[] ClauseEnds = [',', ';', ':'];

    [GeneratedRegex(@"\b(?:rise|rises|rising|taking|take|takes|reach|reaching|above|up to|as high as|maximum)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Ceiling();

    // "lower than the initially reported 4.5 million fee": a figure first reported, not the part paid first.
    [GeneratedRegex(@"\b(?:up ?front|guaranteed|fixed fee|fixed|initial|initially(?! (?:reported|thought|believed|said|quoted|suggested|touted|mooted|expected|claimed))|base fee|basic fee)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GuaranteedWords();

    private static bool WillingBefore(string sentence, int at)
    {
        var before = sentence.AsSpan(Math.Max(0, at - 40), Math.Min(40, at));
        return before.Contains("willing to", StringComparison.OrdinalIgnoreCase) || before.Contains("prepared to", StringComparison.OrdinalIgnoreCase)
            || before.Contains("ready to", StringComparison.OrdinalIgnoreCase);
    }

    private static bool OfferOrPaymentBefore(string sentence, MoneyMention money) =>
        OfferOrPayment().IsMatch(sentence.AsSpan(Math.Max(0, money.Start - 40), Math.Min(40, money.Start)));

    [GeneratedRegex(@"\b(?:offer\w*|bid\w*|pa(?:y|ys|id|ying)|tabled|submitted|agreed)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OfferOrPayment();

    private static bool DeniedOrAskedBound(string sentence, MoneyMention money)
    {
        if (money.Amount.Qualifier is not ("more than" or "less than" or "over" or "under" or "just over" or "just under" or "slightly more than"
            or "a little over" or "in excess of" or "north of" or "upwards of")) return false;
        if (sentence.TrimEnd().TrimEnd('"', '”', '’', '\'').EndsWith('?')) return true;
        var before = sentence.AsSpan(Math.Max(0, money.Start - 40), Math.Min(40, money.Start));
        // "willing to pay no more than 15 million euros": a cap the buyer sets is its price, no bound denied.
        if (before.EndsWith(" no ", StringComparison.OrdinalIgnoreCase) || before.EndsWith(" not ", StringComparison.OrdinalIgnoreCase)) return false;
        return before.LastIndexOfAny(',', ';') is >= 0 and var cut ? BoundNegation().IsMatch(before[(cut + 1)..]) : BoundNegation().IsMatch(before);
    }

    [GeneratedRegex(@"\bto (?:bid|offer|pay)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BidOrPaidBound();

    // "are unwilling to pay more than £60 million": a bound refused is denied too.
    [GeneratedRegex(@"n['’]t\b|\b(?:not|never|no|unwilling|reluctant|refuse|refuses|refused|refusing)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BoundNegation();

    private static bool NegatedFigure(string sentence, int at)
    {
        var before = sentence.AsSpan(Math.Max(0, at - 14), Math.Min(14, at));
        // "the club have not lost any money on him, nor have they gained £1million": a sum the sentence denies.
        return before.Contains("not even", StringComparison.OrdinalIgnoreCase) || before.EndsWith("not for ", StringComparison.OrdinalIgnoreCase)
            || NorBefore().IsMatch(sentence.AsSpan(Math.Max(0, at - 30), Math.Min(30, at)));
    }

    [GeneratedRegex(@"\bpermanent (?:deal|move|transfer|switch) (?:worth|for|of|valued at) (?:around |about |up to |in the region of )?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PermanentDealBefore();

    [GeneratedRegex(@"\bnor (?:have|has|had|did|do|does|was|were|is|are|will|would) (?:\S+ ){1,2}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NorBefore();

    // Once the deal is agreed, "British media reported Leeds would pay £20m" is the reported price, not a hypothesis.
    private static bool Hypothetical(string sentence, int at, bool settled)
    {
        var before = sentence.AsSpan(Math.Max(0, at - 40), Math.Min(40, at));
        foreach (var word in HypotheticalWords().EnumerateMatches(before))
        {
            if (!settled || !before.Slice(word.Index, word.Length).Equals("would", StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    [GeneratedRegex(@"\b(?:bid|bids|offer|offers|offered|offering|fee|deal|transfer|move|switch|paid|pay|pays|paying|signing|worth|cost|costing|agreed|agreement|proposal|package|sum|purchase|purchased|sale|sold|bought|swoop|figure)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FeeWords();

    [GeneratedRegex(@"\b(?:could|would|might|may|willing to|prepared to|ready to|if|unless|should|hoping to|hope to|plan to|planning to|failed)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HypotheticalWords();
}
