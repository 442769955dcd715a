using RumourBot.Reports.People;
using RumourBot.Reports.Text;

namespace RumourBot.Reports.Moves;

/// <summary>
/// Builds one player's move from the sentences about him: its clubs (<see cref="MoveSides"/>, <see cref="MoveClubs"/>),
/// status (<see cref="MoveStatusChoice"/>), loan terms, fee (<see cref="FeeChoice"/>) and how sure each field is.
/// </summary>
internal static class MoveBuilder
{
    /// <returns>Null when the story gives this player no move.</returns>
    public static Move? Build(AnalysedArticle article, Person subject, List<(Sentence Sentence, bool Named)> sentences, Person main, HashSet<int> othersNamed, IReadOnlyList<Person> people)
    {
        var roles = MoveSides.Read(article, subject, sentences, othersNamed, people);
        var status = MoveStatusChoice.Read(article, sentences, subject, othersNamed);
        var clubs = MoveClubs.Choose(article, subject, main, sentences, roles, status);
        if (clubs is null) return null;
        var (from, to) = clubs.Value;

        var namedSentences = sentences.Where(s => s.Named || s.Sentence.IsHeadline).Select(s => s.Sentence.Index).ToList();
        var settled = MoveStatusChoice.Settle(article, sentences, namedSentences, status, from?.Name, to.FirstOrDefault());
        // "Hugill has signed a new contract with Preston… Huddersfield have made a bid": a renewal that gives way to the
        // bid it explains leaves the move its buyer; a headline's "signs" read as the renewal it is leaves him no buyer.
        if ((status == MoveStatus.ContractRenewal || settled == MoveStatus.ContractRenewal) && settled != status && MoveClubs.Choose(article, subject, main, sentences, roles, settled) is { } moved) (from, to) = moved;
        status = settled;
        var renewal = status == MoveStatus.ContractRenewal;
        // "Atlanta United and Hyndman have mutually agreed to terminate his contract": the club read as his buyer, with no
        // club he leaves, is the one letting him go when the departure names it alone.
        if (!renewal && from is null && to.Count == 1 && status is not (MoveStatus.Collapsed or MoveStatus.Denied)
            && DepartureWords.SoleClubLettingGo(article, sentences, othersNamed) is { } lettingGo && lettingGo.Name == to[0]) (from, to) = (lettingGo, []);
        // "Ross County have confirmed the departure of Blair Spittal", and no buyer anywhere: his club let him go.
        var departed = !renewal && to.Count == 0 && from is not null && status is not (MoveStatus.Collapsed or MoveStatus.Denied)
            && DepartureWords.Told(article, sentences, othersNamed);
        if (departed) status = MoveStatus.Done;

        // "was released by Blackburn", "a free agent since his contract expired": no club sells him. Not "has signed a
        // pre-contract with the Perth club after leaving Inverness": a pre-contract is signed while his club still holds him.
        var freeAgent = !renewal && sentences.Where(s => s.Named || s.Sentence.IsHeadline || !othersNamed.Contains(s.Sentence.Index)).Any(s => article.IsFreeAgent(s.Sentence.Index) && !article.IsPreContract(s.Sentence.Index)
            && !MoveSides.FreeAgentIsAnothers(article, s.Sentence, subject, othersNamed, people)
            && !MoveSides.FreeAgentLater(article, s.Sentence));
        // A contract told as running out keeps his club as the seller, unless the move is done: then it has run out.
        // With no buyer, the club that let him go is the one he leaves, free agent or not.
        if (freeAgent && !departed && from is not null && !to.Contains(from.Name) && (status == MoveStatus.Done || !FreeMoveWords.ContractStillRunning(article, sentences, othersNamed))) from = null;

        // "the club where he played on loan in 2015": a past loan says nothing of this move. Every sentence about him
        // may describe it ("Sevilla's preference is to sign the player on a loan deal"), but not one about another
        // player, nor one that names only other clubs ("instead signed for Ipswich on loan").
        var loanSentences = namedSentences.Concat(sentences.Where(s => !s.Named && !othersNamed.Contains(s.Sentence.Index)).Select(s => s.Sentence.Index))
            .Where(i => !article.IsBackground(i) && !NamesOnlyOtherClubs(article, i, from, to.FirstOrDefault()));
        var (isLoan, buyClause) = renewal ? (false, null) : LoanTerms.Read(loanSentences.Select(i => HisPart(article.Sentences[i], subject, people)), settled: status >= MoveStatus.Agreed);
        // A denial leaves the fee of the story it denies ("the offer of $200,000 Corinthians rejected").
        var (fee, feeConfidence, feeUnclear) = renewal
            ? (null, 1.0, false) // a renewal moves no money between clubs
            : FeeChoice.Choose(article, sentences, status == MoveStatus.Denied ? MoveStatusChoice.Claimed(article, sentences) : status, othersNamed, isLoan, buyClause,
                subject, people, [.. to.Take(1), .. from is null ? (string[])[] : [from.Name]]);
        // A free move must be told: "after leaving Barcelona" says he left a club, not that he left it for nothing.
        var toldFree = freeAgent && sentences.Where(s => s.Named || s.Sentence.IsHeadline || !othersNamed.Contains(s.Sentence.Index))
            .Any(s => article.IsFreeAgent(s.Sentence.Index) && !OnlyAfterLeaving(article, s.Sentence.Index));
        // An offer made or turned down is money offered: a bid for a free agent is no free move.
        if (fee is null && toldFree && !feeUnclear && status is not (MoveStatus.Bid or MoveStatus.Rejected)) (fee, feeConfidence) = (new Fee(0m, null, "free", "free agent"), 0.7);
        // A pre-contract is signed by a player whose contract is running out: he moves for nothing. Not a loanee, whose
        // club still owns him, nor one whose buyer owes compensation (a young player's, or one a tribunal will set).
        if (fee is null && !feeUnclear && !renewal && !isLoan && namedSentences.Any(i => article.IsPreContract(i) && !FreeMoveWords.PreContractOnlyPossible(article.Sentences[i].Text)) && !CompensationOwed(sentences) && !FreeMoveWords.FeeUndisclosed(sentences))
        {
            (fee, feeConfidence) = (new Fee(0m, null, "free", "pre-contract"), 0.7);
        }
        // "is out of contract at Blackburn this summer", "have not paid a transfer fee for him": no figure, and none due.
        // An offer made or turned down is money offered: his contract running out does not make that move free.
        if (fee is null && !feeUnclear && !renewal && !isLoan && status is not (MoveStatus.Bid or MoveStatus.Rejected)
            && FreeMoveWords.Told(article, sentences, othersNamed) && !FreeMoveWords.FeeUndisclosed(sentences)) (fee, feeConfidence) = (new Fee(0m, null, "free", "contract running out"), 0.6);

        // A club that lets him go with no buyer in the story takes nothing for him.
        if (fee is null && !feeUnclear && departed) (fee, feeConfidence) = (new Fee(0m, null, "free", "released"), 0.6);
        // "Hoole was a free agent, but ... Salop have had to pay a fee", "will have to pay compensation to Peterborough as
        // the striker is under the age of 24": the buyer pays his old club, so the move is not free, only its price untold.
        if (fee is { AmountMillions: 0 } && FreeMoveWords.CompensationPaid(sentences)) fee = null;

        var money = sentences.Where(s => !article.IsBackground(s.Sentence.Index)).SelectMany(s => article.MoneyIn(s.Sentence.Index));
        var statusConfidence = MoveStatusChoice.Confidence(article, sentences, status);
        // "the Whitecaps are reportedly in on Patito Rodriguez", "rumors circulating that Keane could be joining": a move
        // to a club told with no word of how far it has got is a link, the first step; stated so at the lowest confidence
        // a stated status has, which replies mark unsure.
        if (status == MoveStatus.Unknown && to.Count > 0) (status, statusConfidence) = (MoveStatus.Interest, MoveConfidence.Threshold);
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

    // "Spence becomes their sixth signing after Perisic and a season-long loan deal for Lenglet": where the sentence names
    // other players too, a word is about the player it stands nearest, so his part runs halfway to the names either side.
    private static string HisPart(Sentence sentence, Person subject, IReadOnlyList<Person> people)
    {
        if (!LoanTerms.MayDescribeLoan(sentence.Text)) return sentence.Text;
        var his = subject.Mentions.Where(m => m.SentenceIndex == sentence.Index).ToList();
        if (his.Count == 0) return sentence.Text;
        var start = sentence.Words[his[0].WordIndex].Start;
        var end = sentence.Words[his[^1].WordIndex + his[^1].WordCount - 1].End;
        var (from, to) = (0, sentence.Text.Length);
        foreach (var other in people)
        {
            if (other == subject || other.Role != PersonRole.Player) continue;
            foreach (var mention in other.Mentions.Where(m => m.SentenceIndex == sentence.Index))
            {
                // "joining the Lions on loan": a name after "the" is a club's nickname, not a player.
                if (mention.WordIndex > 0 && sentence.LowerWords[mention.WordIndex - 1] == "the") continue;
                var otherStart = sentence.Words[mention.WordIndex].Start;
                var otherEnd = sentence.Words[mention.WordIndex + mention.WordCount - 1].End;
                if (otherEnd <= start) from = Math.Max(from, (otherEnd + start) / 2);
                else if (otherStart >= end) to = Math.Min(to, (end + otherStart) / 2);
            }
        }
        return from == 0 && to == sentence.Text.Length ? sentence.Text : sentence.Text[from..to];
    }

    // A sentence naming a club outside the move and not its buyer tells of another move ("sent on loan to Wolves for
    // the 2020-21 season" in a story of his move to PSG).
    // The sentence's free-agent words are only "after leaving X", "since his departure from X".
    private static bool OnlyAfterLeaving(AnalysedArticle article, int sentence)
    {
        var at = article.FreeAgentAt(sentence);
        // "The athlete was free in the market after leaving Arsenal": the sentence says he is free before it says why.
        if (SaysHeIsFree(article.Sentences[sentence].Text.AsSpan(0, Math.Max(0, at)))) return false;
        var text = article.Sentences[sentence].Text.AsSpan(Math.Max(0, at));
        // "after being released by Celtic" does tell a free move.
        return (text.StartsWith("after ", StringComparison.OrdinalIgnoreCase) || text.StartsWith("since ", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("following ", StringComparison.OrdinalIgnoreCase)) && !text[..Math.Min(text.Length, 30)].Contains("released", StringComparison.OrdinalIgnoreCase);
    }

    private static bool CompensationOwed(List<(Sentence Sentence, bool Named)> sentences) =>
        sentences.Any(s => s.Sentence.Text.Contains("compensation", StringComparison.OrdinalIgnoreCase) || s.Sentence.Text.Contains("tribunal", StringComparison.OrdinalIgnoreCase));

    private static bool SaysHeIsFree(ReadOnlySpan<char> text)
    {
        foreach (var said in (string[])[" is free ", " was free ", " has been free ", " became free ", " is now free ", " was now free "])
        {
            if (text.Contains(said, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    private static bool NamesOnlyOtherClubs(AnalysedArticle article, int sentence, Clubs.Club? from, string? to)
    {
        var other = false;
        foreach (var mention in article.ClubsIn(sentence))
        {
            if (mention.Club is not { } club) continue;
            if (club.Name == to) return false;
            other |= club.Name != from?.Name;
        }
        return other;
    }
}
