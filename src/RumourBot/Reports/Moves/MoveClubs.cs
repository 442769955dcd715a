using RumourBot.Reports.Clubs;
using RumourBot.Reports.People;
using RumourBot.Reports.Text;

namespace RumourBot.Reports.Moves;

/// <summary>
/// Chooses a move's from club and to clubs from the weighed roles, or none when the story gives this player no move.
/// </summary>
internal static class MoveClubs
{
    public static (Club? From, List<string> To)? Choose(AnalysedArticle article, Person subject, Person main, List<(Sentence Sentence, bool Named)> sentences, Dictionary<Club, ClubRole> roles, MoveStatus status)
    {
        var from = RoleRanking.Top(roles, r => r.IsSeller, r => r.Seller)?.Club;
        var to = RoleRanking.TopNames(roles, r => r.IsBuyer && r.Club != from, r => r.Buyer, count: 3);

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

        if (from is not null && to.Count == 0)
        {
            // The mirror: two "sellers" and no buyer ("unveiled as a Barcelona player" beside "Espanyol refused to
            // negotiate"), and the one the text also casts as buying is the buyer.
            var seller = RoleRanking.Top(roles, r => r.Club != from && r.IsSeller && r.Buyer == 0, r => r.Seller);
            if (seller is not null && roles.TryGetValue(from, out var first) && first.Buyer * 2 >= first.Seller)
            {
                to.Add(from.Name);
                from = seller.Club;
            }
        }

        if (from is null && to.Count > 0)
        {
            // "Monaco turn Chinese clubs' bid" beside "Monaco have rejected a bid from Tianjin": a club cast as much selling
            // as buying, beside a clear buyer, is the other side.
            from = RoleRanking.Top(roles, r => r.Seller > 0 && r.Seller == r.Buyer && !to.Contains(r.Club.Name), r => r.Seller)?.Club;
        }

        var renewal = status == MoveStatus.ContractRenewal;
        if (renewal)
        {
            // "committed to Bayern Munich until 2026 after he was linked with a move to Manchester United": his club is
            // the one the renewal sentence names, not the one it says he might have joined.
            from = sentences.Where(s => article.StatusOf(s.Sentence.Index) == MoveStatus.ContractRenewal)
                .SelectMany(s => article.ClubsIn(s.Sentence.Index))
                // "Arsenal signs Saka to extended contract… after being outlasted by Manchester City": a club the words
                // cast at all comes before one merely named.
                .OrderByDescending(m => article.RoleOf(m) is { Buyer: 0, Seller: 0 } ? 0 : 1)
                .ThenByDescending(m => article.RoleOf(m).Seller - article.RoleOf(m).Buyer).ThenBy(m => m.SentenceIndex).ThenBy(m => m.WordIndex)
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
        else if (to.Count == 0 && from is not null && subject == main && UncastClubBeside(article, sentences, roles, [from.Name], minimum: 2) is { } other)
        {
            // "Houston Dynamo new owner confirms Hadebe deal" and "he spent two seasons at Yeni Malatyaspor": with his club
            // known, a club named beside him that no words cast as either side is the other side of the move.
            to.Add(other.Name);
        }
        else if (from is null && to.Count > 0 && subject == main && UncastClubBeside(article, sentences, roles, to, minimum: 1) is { } club)
        {
            // "Benfica confirm offer for Felix" with Atlético named beside him, and no word that says it sells: with his
            // buyer known, the club the story names beside him and casts as no buyer is the club he would leave.
            from = club;
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
        return (from, to);
    }

    private static Club? UncastClubBeside(AnalysedArticle article, List<(Sentence Sentence, bool Named)> sentences, Dictionary<Club, ClubRole> roles, IReadOnlyCollection<string> known, int minimum)
    {
        Dictionary<Club, (int Count, int First)>? named = null;
        foreach (var (sentence, isNamed) in sentences)
        {
            if (!(isNamed || sentence.IsHeadline) || article.IsBackground(sentence.Index)) continue;
            foreach (var mention in article.ClubsIn(sentence.Index))
            {
                if (mention.Club is not { } club || known.Contains(club.Name) || article.RoleOf(mention) is not { Buyer: 0, Seller: 0 }) continue;
                // A former club, a match, its fans, or how he came to his club: named, but no side of this move.
                if (ClauseScanner.NamedAsNoSide(sentence, mention) || ClauseScanner.InPastMoveClause(sentence, mention.WordIndex)
                    || MoveSides.PastAndLoanClubs(article, sentence)?.Contains(mention) == true) continue;
                if (roles.GetValueOrDefault(club) is { IsSeller: true } or { IsBuyer: true } || InList(article, mention, known)) continue;
                named ??= [];
                var (count, first) = named.GetValueOrDefault(club, (0, sentence.Index));
                named[club] = (count + 1, first);
            }
        }
        // Named once is too little to tell it from a place or an aside ("awards to be announced in Salford").
        return named?.Where(n => n.Value.Count >= minimum).OrderByDescending(n => n.Value.Count).ThenBy(n => n.Value.First).FirstOrDefault().Key;
    }

    // "Championship sides Barnsley, Charlton and Middlesbrough have all been linked": one of a list of clubs is no one
    // side ("Manchester United and Sporting", his own club beside it, names the two sides).
    private static bool InList(AnalysedArticle article, ClubMention mention, IReadOnlyCollection<string> known)
    {
        foreach (var other in article.ClubsIn(mention.SentenceIndex))
        {
            if (other != mention && (other.Club is null || !known.Contains(other.Club.Name)) && (Math.Abs(other.WordIndex - mention.EndWordIndex) <= 1 || Math.Abs(mention.WordIndex - other.EndWordIndex) <= 1)) return true;
        }
        return false;
    }

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
}
