using System.Text.RegularExpressions;
using RumourBot.Reports.Clubs;
using RumourBot.Reports.People;
using RumourBot.Reports.Sources;
using RumourBot.Reports.Text;

namespace RumourBot.Reports;

/// <summary>
/// Turns a report into its moves, cited sources and summary. Pure: no I/O, no clock, safe to share between threads.
/// </summary>
public sealed partial class ReportAnalyzer(ClubGazetteer clubs, SourceDirectory sources)
{
    /// <summary>Longer texts are analysed on their first part only: no article needs more, and it bounds the work.</summary>
    public const int MaxAnalysedCharacters = 100_000;

    private const int MaxMoves = 6;

    public static ReportAnalyzer Default { get; } = new(ClubGazetteer.Default, SourceDirectory.Default);

    public ReportAnalysis Analyze(Report report)
    {
        var text = ArticleCleaner.Clean(report.Text);
        if (text.Length > MaxAnalysedCharacters) text = text[..MaxAnalysedCharacters];
        var sentences = SplitWithHeadline(report.Title, text);
        var article = new AnalysedArticle(sentences, clubs.FindMentions(sentences));

        var taken = new Dictionary<int, HashSet<int>>();
        foreach (var mention in article.Clubs) Take(taken, mention.SentenceIndex, mention.WordIndex, mention.WordCount);
        var known = new List<(int Sentence, KnownSource Source)>();
        var unknown = new List<(int Sentence, int Word, int Count)>();
        foreach (var sentence in sentences)
        {
            var clubWords = taken.GetValueOrDefault(sentence.Index);
            // "told the Liverpool Echo": a run may start with a club's name, so long as it is more than the club.
            var runs = CitationReader.FindNames(sentence, null)
                .Where(r => !(r.Count == 1 && clubs.PlaceWords.Contains(sentence.Words[r.Start].Text)))
                .Where(r => clubWords is null || !Enumerable.Range(r.Start, r.Count).All(clubWords.Contains))
                .ToList();
            foreach (var match in sources.FindIn(sentence.Words))
            {
                // "AS Roma" is a club, not the newspaper AS.
                if (clubWords is not null && Enumerable.Range(match.WordIndex, match.WordCount).Any(clubWords.Contains)) continue;
                Take(taken, sentence.Index, match.WordIndex, match.WordCount);
                // "according to the Los Angeles Times" is not The Times.
                if (runs.Any(r => r.Start <= match.WordIndex && r.Start + r.Count >= match.EndWordIndex && r.Count > match.WordCount)) continue;
                // An outlet merely named ("published in The Sun", "By NewsChain Sport", "Sky Bet League One") is not a source.
                if (match.Value.Kind == SourceKind.Journalist || CitationReader.IsCited(sentence, match.WordIndex, match.WordCount)
                    || !CitationReader.IsMerelyNamed(sentence, match.WordIndex, match.WordCount)) known.Add((sentence.Index, match.Value));
                runs.RemoveAll(r => r.Start >= match.WordIndex && r.Start + r.Count <= match.EndWordIndex);
            }
            foreach (var (start, count) in runs) unknown.Add((sentence.Index, start, count));
        }

        var people = PersonFinder.Find(sentences, taken, clubs.PlaceWords);
        var subjects = RankSubjects(article, people);
        var assigned = AssignSentences(article, subjects);
        var moves = subjects.Take(MaxMoves)
            .Select(subject => BuildMove(article, subject, assigned[subject], subjects[0], OthersNamed(people, subject), people))
            .Where(move => move is not null)
            .Select(move => move!)
            // A side mention needs news of its own: a status, and both ends of the move unless a bid is on the table.
            .Where((move, index) => index == 0
                || (move.Status != MoveStatus.Unknown && (move.Status >= MoveStatus.Bid || (move.FromClub is not null && move.ToClubs.Count > 0))))
            .ToList();

        var cited = CitedSources(report, known, CitedNames(sentences, unknown, people), people, ArticleCleaner.FindWireAgency(text));
        var main = subjects.Count > 0 ? assigned[subjects[0]] : [];
        var summary = Summarizer.Summarize(article, main);
        return new ReportAnalysis(report.Title, summary, cited, moves);
    }

    private static List<Sentence> SplitWithHeadline(string title, string text)
    {
        var sentences = new List<Sentence>();
        if (!string.IsNullOrWhiteSpace(title))
        {
            var headline = title.Trim();
            sentences.Add(new Sentence(0, headline, 0, WordSplitter.Split(headline)) { IsHeadline = true });
        }
        foreach (var sentence in SentenceSplitter.Split(text))
        {
            // Many pages repeat the headline in the text: count it once, as the headline.
            if (sentences.Count > 0 && sentences[0].IsHeadline && string.Equals(sentence.Text.TrimEnd('.'), sentences[0].Text.TrimEnd('.'), StringComparison.OrdinalIgnoreCase)) continue;
            sentences.Add(sentence with { Index = sentences.Count });
        }
        return sentences;
    }

    private static void Take(Dictionary<int, HashSet<int>> taken, int sentence, int word, int count)
    {
        if (!taken.TryGetValue(sentence, out var set)) taken[sentence] = set = [];
        for (var i = word; i < word + count; i++) set.Add(i);
    }

    // Players who are the subject of a move, most central first. Managers, officials, journalists and players
    // named only as context ("Carvajal's injury", "his deputy, Lucas Vazquez") drop out here.
    private static List<Person> RankSubjects(AnalysedArticle article, IReadOnlyList<Person> people)
    {
        var scored = new List<(Person Person, double Score, int First)>();
        var headlinePlayers = article.Sentences.Count > 0 && article.Sentences[0].IsHeadline
            ? people.Where(p => p.Role == PersonRole.Player).SelectMany(p => p.Mentions.Where(m => m.SentenceIndex == 0).Select(m => (Person: p, m.WordIndex))).OrderBy(x => x.WordIndex).ToList()
            : [];
        var firstInHeadline = headlinePlayers.Select(x => x.Person).Distinct().Count() > 1 ? headlinePlayers[0].Person : null;
        foreach (var person in people.Where(p => p.Role == PersonRole.Player))
        {
            double score = -3 * person.ContextMentions;
            var evidence = false;
            foreach (var index in person.SentenceIndexes)
            {
                var sentence = article.Sentences[index];
                var cue = article.TransferWordsIn(index).Count > 0;
                score += 1 + (cue ? 2 : 0) + (article.ClubsIn(index).Count > 0 ? 1 : 0) + (sentence.IsHeadline ? 3 : 0);
            }
            foreach (var mention in person.Mentions)
            {
                if (OwningClub(article, mention) is not null) score += 2;
                // "Philippe Coutinho's agent", "the player's representatives": the story is about his move.
                if (HasAgentAfter(article.Sentences[mention.SentenceIndex], mention)) score += 3;
                if (article.NamesAlternatives(mention.SentenceIndex)) score -= 3;
                evidence |= IsNearTransferTalk(article, mention);
            }
            // A player the article keeps coming back to needs only transfer talk somewhere near his name's sentences.
            evidence |= score >= 8 && article.Clubs.Count > 0 && person.SentenceIndexes.Any(i => article.TransferWordsIn(i).Count > 0);
            // "the saga that saw Tevez sign for West Ham in 2006" under a headline about Coutinho: a player met only in the
            // story's past is context.
            if (headlinePlayers.Count > 0 && person.SentenceIndexes.All(i => !article.Sentences[i].IsHeadline && article.IsBackground(i))) score -= 4;
            // "Sunderland talks with Alan Browne and Oliver Norwood": of players a headline names together, the first leads.
            if (firstInHeadline == person) score += 2;
            if (evidence && score >= 4) scored.Add((person, score, person.Mentions.Min(m => m.SentenceIndex)));
        }
        return scored.OrderByDescending(s => s.Score).ThenBy(s => s.First).Select(s => s.Person).ToList();
    }

    private static bool HasAgentAfter(Sentence sentence, PersonMention mention)
    {
        var last = mention.WordIndex + mention.WordCount - 1;
        return sentence.Words[last].IsPossessive && last + 1 < sentence.Words.Count
            && sentence.LowerWords[last + 1] is "agent" or "representative" or "representatives" or "camp" or "entourage" or "advisor" or "adviser" or "lawyer" or "father";
    }

    // A transfer word within a few words of the name, and a club in the same or the next sentence.
    private static bool IsNearTransferTalk(AnalysedArticle article, PersonMention mention)
    {
        var index = mention.SentenceIndex;
        if (article.ClubsIn(index).Count == 0 && article.ClubsIn(index + 1).Count == 0) return false;
        var sentence = article.Sentences[index];
        var at = sentence.Words[mention.WordIndex].Start;
        return article.TransferWordsIn(index).Any(cue => Math.Abs(cue - at) <= NearTransferTalkCharacters);
    }

    private const int NearTransferTalkCharacters = 80;

    // Each sentence belongs to the subjects it names; one that names none belongs to the last subject named
    // (so "the 26-year-old" and "he" follow the story), or to the main subject before any is named.
    private static Dictionary<Person, List<(Sentence Sentence, bool Named)>> AssignSentences(AnalysedArticle article, List<Person> subjects)
    {
        var assigned = subjects.ToDictionary(s => s, _ => new List<(Sentence, bool)>());
        var named = new Dictionary<int, List<Person>>();
        foreach (var subject in subjects)
        {
            foreach (var index in subject.SentenceIndexes)
            {
                if (!named.TryGetValue(index, out var list)) named[index] = list = [];
                list.Add(subject);
            }
        }
        Person? current = null;
        foreach (var sentence in article.Sentences)
        {
            if (named.TryGetValue(sentence.Index, out var here))
            {
                foreach (var subject in here) assigned[subject].Add((sentence, true));
                current = here.OrderBy(s => s.Mentions.Where(m => m.SentenceIndex == sentence.Index).Max(m => m.WordIndex)).Last();
            }
            else if ((current ?? subjects.FirstOrDefault()) is { } owner)
            {
                assigned[owner].Add((sentence, false));
            }
        }
        return assigned;
    }

    // Sentences naming another player who is news in his own right: their clubs may be his.
    private static HashSet<int> OthersNamed(IReadOnlyList<Person> people, Person subject) =>
        people.Where(p => p != subject && p.Role == PersonRole.Player && p.ContextMentions == 0).SelectMany(p => p.SentenceIndexes).ToHashSet();

    private static Move? BuildMove(AnalysedArticle article, Person subject, List<(Sentence Sentence, bool Named)> sentences, Person main, HashSet<int> othersNamed, IReadOnlyList<Person> people)
    {
        var roles = new Dictionary<Club, ClubRole>();
        var present = new Dictionary<Club, double>(); // seller minus buyer, from the story's present only
        foreach (var (sentence, isNamed) in sentences)
        {
            // "...with Leroy Sané having left for Galatasaray": a club beside another player is not this one's.
            if (!isNamed && othersNamed.Contains(sentence.Index)) continue;
            var weight = isNamed || sentence.IsHeadline ? 1.0 : 0.5;
            if (article.IsBackground(sentence.Index))
            {
                // "He joined Porto from Atlético in 2024": the club he joined then is the club he would leave now;
                // where he came from is no part of this move.
                AddBackgroundRoles(article, sentence, weight, roles);
                continue;
            }
            var theirs = othersNamed.Contains(sentence.Index) ? ClubsOfOthers(article, sentence.Index, subject, people) : null;
            AddRoles(article, sentence, weight, roles, theirs);
            foreach (var mention in article.ClubsIn(sentence.Index))
            {
                if (theirs?.Contains(mention) == true) continue;
                var (buyer, seller, _) = article.RoleOf(mention);
                present[mention.Club!] = present.GetValueOrDefault(mention.Club!) + (seller - buyer) * weight;
            }
        }
        foreach (var mention in subject.Mentions)
        {
            if (OwningClub(article, mention) is { } owner) Role(roles, owner, mention.SentenceIndex).Seller += 4;
        }

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

        var status = StatusDetector.Combine(sentences.Select(s => article.StatusOf(s.Sentence.Index)));
        var from = roles.Values.Where(r => r.IsSeller).OrderByDescending(r => r.Seller).ThenBy(r => r.FirstSentence).FirstOrDefault()?.Club;
        var to = roles.Values.Where(r => r.IsBuyer && r.Club != from)
            .OrderByDescending(r => r.Buyer).ThenBy(r => r.FirstSentence)
            .Select(r => r.Club.Name).Take(3).ToList();

        if (from is null && to.Count > 1)
        {
            // Two "buyers" and no seller: the lesser buyer that the text also casts as selling is his club.
            var seller = roles.Values.Where(r => to.Skip(1).Contains(r.Club.Name) && r.Seller > 0).MaxBy(r => r.Seller);
            if (seller is not null)
            {
                from = seller.Club;
                to.Remove(seller.Club.Name);
            }
        }

        var renewal = status == MoveStatus.ContractRenewal;
        if (renewal)
        {
            // "committed to Bayern Munich until 2026 after he was linked with a move to Manchester United": his club is
            // the one the renewal sentence names, not the one it says he might have joined.
            from = sentences.Where(s => article.StatusOf(s.Sentence.Index) == MoveStatus.ContractRenewal)
                .SelectMany(s => article.ClubsIn(s.Sentence.Index))
                .OrderByDescending(m => article.RoleOf(m).Seller - article.RoleOf(m).Buyer).ThenBy(m => m.SentenceIndex).ThenBy(m => m.WordIndex)
                .FirstOrDefault()?.Club ?? from;
            from ??= roles.Values.OrderByDescending(r => r.Seller + r.Buyer).FirstOrDefault()?.Club;
            to.Clear();
        }
        else if (to.Count == 0 && subject != main)
        {
            // "another name on their list": the buyer the article has been talking about.
            var buyer = ArticleBuyerBefore(article, subject.Mentions.Min(m => m.SentenceIndex), from);
            if (buyer is not null) to.Add(buyer.Name);
        }
        if (from is null && to.Count == 0)
        {
            if (subject != main || status == MoveStatus.Unknown) return null;
            // The story's main player and a club it keeps naming beside him, with no word that says which side it is on
            // ("Coutinho's agent accuses Barcelona…", "Houston Dynamo confirm Hadebe deal"): a denial, a rejection or a
            // renewal is about his club; a bid, talks or a signing about the club that wants him.
            var club = sentences.Where(s => (s.Named || s.Sentence.IsHeadline) && !article.IsBackground(s.Sentence.Index))
                .SelectMany(s => article.ClubsIn(s.Sentence.Index)).GroupBy(m => m.Club!)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Min(m => m.SentenceIndex)).Select(g => g.Key).FirstOrDefault();
            if (club is null) return null;
            if (status is MoveStatus.Denied or MoveStatus.Rejected or MoveStatus.ContractRenewal or MoveStatus.Unknown) from = club;
            else to.Add(club.Name);
        }

        var namedSentences = sentences.Where(s => s.Named || s.Sentence.IsHeadline).Select(s => s.Sentence.Index).ToList();
        var named = namedSentences.Select(i => article.Sentences[i].Text).ToList();
        // "an earlier offer was rejected… Rangers have now made an improved offer": the new bid is the news.
        if (status == MoveStatus.Rejected && namedSentences.Any(i => article.StatusOf(i) == MoveStatus.Bid && NewBid().IsMatch(article.Sentences[i].Text))) status = MoveStatus.Bid;
        // "Villa have bid three times in the last month, all rejected" beside "Norwich have received a bid from West Brom":
        // the rejections are background, the bid is the news.
        if (status == MoveStatus.Rejected
            && sentences.Where(s => article.StatusOf(s.Sentence.Index) == MoveStatus.Rejected).All(s => article.IsBackground(s.Sentence.Index))
            && sentences.Any(s => !article.IsBackground(s.Sentence.Index) && article.StatusOf(s.Sentence.Index) == MoveStatus.Bid)) status = MoveStatus.Bid;
        // "signed a pre-contract agreement": he joins when his contract ends; agreed, not done yet.
        if (status == MoveStatus.Done && namedSentences.Any(article.IsPreContract)) status = MoveStatus.Agreed;

        // "was released by Blackburn", "a free agent since his contract expired": no club sells him.
        var freeAgent = !renewal && sentences.Where(s => s.Named || s.Sentence.IsHeadline || !othersNamed.Contains(s.Sentence.Index)).Any(s => article.IsFreeAgent(s.Sentence.Index));
        if (freeAgent && from is not null && !to.Contains(from.Name)) from = null;

        // "the club where he played on loan in 2015": a past loan says nothing of this move.
        var (isLoan, buyClause) = renewal ? (false, null) : LoanTerms(namedSentences.Where(i => !article.IsBackground(i)).Select(i => article.Sentences[i].Text));
        var (fee, feeConfidence, feeUnclear) = renewal
            ? (null, 1.0, false) // a renewal moves no money between clubs
            : ChooseFee(article, sentences, status, othersNamed, isLoan, buyClause);
        if (fee is null && freeAgent && !feeUnclear) (fee, feeConfidence) = (new Fee(0m, null, "free", "free agent"), 0.7);
        // A pre-contract is signed by a player whose contract is running out: he moves for nothing.
        if (fee is null && !feeUnclear && !renewal && namedSentences.Any(article.IsPreContract)) (fee, feeConfidence) = (new Fee(0m, null, "free", "pre-contract"), 0.7);

        var money = sentences.Where(s => !article.IsBackground(s.Sentence.Index)).SelectMany(s => article.MoneyIn(s.Sentence.Index));
        var statusConfidence = status == MoveStatus.Unknown ? 0
            : sentences.Any(s => (s.Named || s.Sentence.IsHeadline) && article.StatusOf(s.Sentence.Index) == status) ? 0.9 : 0.6;
        return new Move(subject.FullName, from?.Name, to, fee, status)
        {
            IsLoan = isLoan,
            BuyClause = buyClause,
            ReleaseClause = money.FirstOrDefault(m => m.Kind == MoneyKind.ReleaseClause)?.Amount,
            FeeUnclear = feeUnclear,
            Confidence = new MoveConfidence(
                Player: subject == main ? (subject.SentenceIndexes.Contains(0) && article.Sentences[0].IsHeadline ? 0.95 : 0.8) : 0.6,
                FromClub: from is null ? 0 : Math.Min(1, 0.4 + 0.1 * (roles.GetValueOrDefault(from)?.Seller ?? 1)),
                ToClub: to.Count == 0 ? 0 : Math.Min(1, 0.4 + 0.1 * (roles.Values.FirstOrDefault(r => r.Club.Name == to[0])?.Buyer ?? 1)),
                Fee: feeConfidence,
                Status: statusConfidence),
        };
    }

    private const double FeeThreshold = MoveConfidence.Threshold;

    /// <summary>
    /// The fee of the news itself, and how sure of it we are. Each figure in the sentences about the move is weighed:
    /// named sentences, sentences of the move's status ("rejected an opening offer of £40m") and figures next to fee
    /// words count for it; figures in a hypothesis ("could cost") or about another player count against it. A
    /// valuation is the fee only when no offer or agreed figure is given. Two figures that disagree and weigh alike
    /// make the fee unclear: it is withheld rather than guessed.
    /// </summary>
    private static (Fee? Fee, double Confidence, bool Unclear) ChooseFee(
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
        // A sum only ever given as a hypothesis ("if someone bids €100m", "could cost £20m") is nobody's offer yet.
        if (pool.Where(f => SameSum(f.Money.Amount, best.Money.Amount)).All(f => hypothetical.Contains(f.Money))) confidence -= 0.2;
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

    [GeneratedRegex(@"\b(?:improved|second|fresh|new|another|revised|increased|third|latest|renewed)\b[^.]{0,40}?\b(?:bid|offer|proposal)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NewBid();

    [GeneratedRegex(@"\bpre-?contract\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex PreContract();

    [GeneratedRegex(@"\b(?:was|been|were|is|got) released by\b|\bis a free agent\b|\bas a free agent\b|\b(?:his|her) (?:contract|deal) (?:with \w+ (?:\w+ )?)?(?:expired|ran out|ended|was terminated|was cancelled)\b|\bno longer under contract\b|\b(?:left|leaving|departed|exited) \w+(?: \w+)? (?:at the end of|when|after|upon the expiry of) (?:his|her) (?:contract|deal)\b|\bwithout a club\b|\bclubless\b|\b(?:his|her) release from\b|\b(?:after|since|following) (?:leaving|being released by|his departure from)\b|\bterminated (?:his|her) contract\b|\bmutually terminated\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex FreeAgent();

    // "on a season-long loan with an obligation to buy"; "turn his loan into a permanent deal" is no loan.
    private static (bool IsLoan, string? BuyClause) LoanTerms(IEnumerable<string> sentences)
    {
        var loan = false;
        string? clause = null;
        foreach (var sentence in sentences)
        {
            if (!LoanWords().IsMatch(sentence) || Permanent().IsMatch(sentence)) continue;
            loan = true;
            if (BuyClauseWords().Match(sentence) is { Success: true } match)
            {
                clause ??= match.Value.StartsWith("oblig", StringComparison.OrdinalIgnoreCase) || match.Value.Contains("mandatory", StringComparison.OrdinalIgnoreCase)
                    ? "obligation" : "option";
            }
        }
        return (loan, loan ? clause : null);
    }

    [GeneratedRegex(@"\bloan(?:ed|s)?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LoanWords();

    [GeneratedRegex(@"\bpermanent(?:ly)?\b|\bmake (?:it|the move|the deal) permanent\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Permanent();

    [GeneratedRegex(@"\b(?:obligation|obligatory|mandatory|option) (?:to buy|to purchase|to sign|to make)|\b(?:buy|purchase)(?:ing)? (?:option|obligation)\b|\bmandatory purchase\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BuyClauseWords();

    // "Napoli reach agreement with Al-Ahli", "Chelsea and Atlético reach agreement": the side the rest of the story
    // casts as selling (or owning the player) sells; with nothing else to go on, the club that agrees with another buys.
    private static void ResolveDealSides(AnalysedArticle article, List<(Sentence Sentence, bool Named)> sentences, HashSet<int> othersNamed, Dictionary<Club, ClubRole> roles, Dictionary<Club, double> present)
    {
        List<(DealSides Sides, double Weight, int Sentence)>? pending = null;
        foreach (var (sentence, isNamed) in sentences)
        {
            if ((!isNamed && othersNamed.Contains(sentence.Index)) || article.IsBackground(sentence.Index)) continue;
            foreach (var sides in article.SidesIn(sentence.Index))
            {
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

    // "Benik Afobe from Bournemouth and Willy Boly from Porto": a club right after another player's name is his.
    private static HashSet<ClubMention>? ClubsOfOthers(AnalysedArticle article, int sentence, Person subject, IReadOnlyList<Person> people)
    {
        HashSet<ClubMention>? theirs = null;
        foreach (var club in article.ClubsIn(sentence))
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
            if (nearest is not null && nearest != subject && club.WordIndex - nearestEnd <= 2) (theirs ??= []).Add(club);
        }
        return theirs;
    }

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

    private static void AddBackgroundRoles(AnalysedArticle article, Sentence sentence, double weight, Dictionary<Club, ClubRole> roles)
    {
        // "The Saudi side are prepared to offer €60m for him, who joined Marseille in 2021": a club named well before
        // the past clause is in the present; what follows the clause ("last summer, shortly after Liverpool's interest
        // cooled") is still the past.
        var (start, end) = StatusDetector.BackgroundSpan(sentence.Text);
        foreach (var mention in article.ClubsIn(sentence.Index))
        {
            var (buyer, seller, _) = article.RoleOf(mention);
            var at = sentence.Words[mention.WordIndex].Start;
            if (start >= 0 && at < start - 40)
            {
                var role = Role(roles, mention.Club!, sentence.Index);
                role.Buyer += buyer * weight;
                role.Seller += seller * weight;
                continue;
            }
            if (buyer > seller) Role(roles, mention.Club!, sentence.Index).Seller += buyer * weight;
        }
    }

    private static ClubRole Role(Dictionary<Club, ClubRole> roles, Club club, int sentence)
    {
        if (!roles.TryGetValue(club, out var role)) roles[club] = role = new ClubRole(club);
        role.FirstSentence = Math.Min(role.FirstSentence, sentence);
        return role;
    }

    // "Manchester United's Diogo Dalot": a possessive club right before the name owns the player.
    private static Club? OwningClub(AnalysedArticle article, PersonMention mention)
    {
        foreach (var club in article.ClubsIn(mention.SentenceIndex))
        {
            var sentence = article.Sentences[mention.SentenceIndex];
            if (club.EndWordIndex == mention.WordIndex && club.IsPossessive(sentence)) return club.Club;
            // "Chelsea winger Noni Madueke" (not "former Sheffield United defender Harry Maguire").
            if (club.EndWordIndex == mention.WordIndex - 1 && PositionWords.Contains(sentence.LowerWords[club.EndWordIndex])
                && !(club.WordIndex > 0 && sentence.LowerWords[club.WordIndex - 1] is "former" or "ex")) return club.Club;
        }
        return null;
    }

    private static readonly HashSet<string> PositionWords = new(StringComparer.Ordinal)
    {
        "winger", "striker", "forward", "midfielder", "defender", "goalkeeper", "keeper", "full-back", "right-back",
        "left-back", "centre-back", "center-back", "playmaker", "attacker", "star", "captain", "wonderkid", "teenager",
    };

    // "Anthony Elanga and Jarrod Bowen are two other targets": players named as alternatives are not the story.
    [GeneratedRegex(@"\b(?:other|alternative) (?:targets?|options?|names?)\b|\balternatives?\b|\bshortlist\b|\bamong (?:the )?(?:other )?(?:names|targets|options)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex Alternatives();

    private static Club? ArticleBuyerBefore(AnalysedArticle article, int sentenceIndex, Club? except)
    {
        for (var index = sentenceIndex; index >= 0; index--)
        {
            foreach (var mention in article.ClubsIn(index).Reverse())
            {
                var (buyer, seller, _) = article.RoleOf(mention);
                if (buyer > seller && mention.Club != except) return mention.Club;
            }
        }
        return null;
    }

    // Cited names our list does not know ("told the Rotherham Advertiser", "Sabah reported"), less the people the
    // article casts as players, managers or officials ("Warne said").
    private static List<(int Sentence, string Name)> CitedNames(IReadOnlyList<Sentence> sentences, List<(int Sentence, int Word, int Count)> runs, IReadOnlyList<Person> people)
    {
        var cited = new List<(int, string)>();
        foreach (var (index, word, count) in runs)
        {
            var speaker = people.FirstOrDefault(p => p.Mentions.Any(m => m.SentenceIndex == index && m.WordIndex < word + count && word < m.WordIndex + m.WordCount));
            if (speaker is not null && speaker.Role != PersonRole.Journalist) continue;
            var sentence = sentences[index];
            var name = sentence.Text[sentence.Words[word].Start..sentence.Words[word + count - 1].End];
            if (people.Any(p => p.Role != PersonRole.Journalist && p.Mentions.Count > 0 && NameKey.Fold(p.FullName).EndsWith(NameKey.Fold(name), StringComparison.Ordinal))) continue;
            cited.Add((index, name));
        }
        return cited;
    }

    private List<CitedSource> CitedSources(Report report, List<(int Sentence, KnownSource Source)> known, List<(int Sentence, string Name)> unknown, IReadOnlyList<Person> people, string? wireAgency)
    {
        var cited = new List<CitedSource>();
        void Add(CitedSource source)
        {
            if (!cited.Any(c => string.Equals(c.Name, source.Name, StringComparison.OrdinalIgnoreCase))) cited.Add(source);
        }
        var journalists = people.Where(p => p.Role == PersonRole.Journalist).Select(p => (Sentence: p.Mentions[0].SentenceIndex, Name: p.FullName));
        foreach (var (_, name, isKnown) in known.Select(k => (k.Sentence, k.Source.Name, true))
                     .Concat(journalists.Select(j => (j.Sentence, j.Name, false)))
                     .Concat(unknown.Select(u => (u.Sentence, u.Name, false)))
                     .OrderBy(s => s.Item1))
        {
            Add(isKnown ? sources.Find(name)!.ToCited() : sources.Describe(name, people.Any(p => p.FullName == name) ? SourceKind.Journalist : SourceKind.Outlet));
        }
        if (wireAgency is not null) Add(sources.Describe(wireAgency, SourceKind.Outlet));
        if (!string.IsNullOrWhiteSpace(report.Outlet)) Add(sources.Describe(report.Outlet, SourceKind.Outlet));
        return cited;
    }
}
