using RumourBot.Reports.Text;

namespace RumourBot.Reports.Clubs;

/// <summary>
/// Reads from the words just before and after a club's mention whether it is the buyer ("Real Madrid want",
/// "a move to Real Madrid", "Real Madrid's list") or the seller ("Liverpool have no intention", "leave Liverpool",
/// "Liverpool's vice-captain").
/// </summary>
public static class ClubRoleReader
{
    private static readonly PhraseTable BuyerAfter = new(
        "want", "wants", "wanted", "are considering", "considering", "consider", "keen", "interested", "eyeing", "eye",
        "monitoring", "tracking", "chasing", "targeting", "plan", "planning", "hope", "hoping", "lead", "leading",
        "made contact", "made an approach", "made a bid", "made an offer", "made a move", "submitted", "tabled", "launched",
        "lodged", "opened talks", "agreed=1", "completed", "signed", "sign", "close in", "closing", "push", "pushing",
        "move for", "ready", "prepared", "willing", "pay", "paid", "in talks", "hold talks", "held talks", "identified",
        "step up", "weighing", "need", "needs", "bid", "offer", "approach", "make", "making", "swoop", "enquired",
        "asked", "admire", "admirers", "remain interested", "beat", "beaten", "won the race", "secure", "secured",
        "land", "landed", "snapped up", "announced", "confirmed", "unveiled", "have been linked", "are linked",
        "are believed to be", "return", "hijack", "rival", "rivals", "join", "joined", "talks=1", "sounded out",
        "approached", "contacted", "enquiry", "enquiries", "confident", "hopeful", "optimistic", "push for");

    private static readonly PhraseTable SellerAfter = new(
        "no intention", "not for sale", "rejected", "reject", "turned down", "turn down", "rebuffed", "dismissed",
        "refuse", "refused", "insist", "want to keep", "determined to keep", "keen to keep", "hope to keep", "keep",
        "value", "valued", "demand", "demanding", "holding out", "reluctant", "will not sell", "won't sell", "accept",
        "accepted", "sold", "sell", "open to", "resolve", "vice-captain", "captain", "defender", "midfielder", "forward",
        "striker", "winger", "goalkeeper", "keeper", "star", "academy", "full-back", "fullback", "right-back", "left-back",
        "centre-back", "stance", "have not given up hope", "hope to keep", "position", "asking", "valuation", "have agreed to let", "blocked", "block",
        "knocked back", "have set", "set an asking", "want more", "want at least", "are holding", "are standing firm",
        "receive", "received", "will receive", "cash in", "agreed to sell", "agreed to release", "release=1", "loaned",
        "sent", "are set to lose", "lose", "losing", "announced his departure", "confirmed his departure",
        "confirmed the sale", "statement", "denied", "deny");

    private static readonly PhraseTable BuyerBefore = new(
        "move to=3", "switch to=3", "transfer to=3", "join=3", "joining=3", "joined=3", "to join=3", "sign for=3",
        "signing for=3", "signed for=3", "bid from", "offer from", "approach from", "interest from", "linked with", "linked to",
        "heading to", "head to", "loan to", "loaned to", "return to", "in favour of", "moving to", "destined for",
        "bound for", "deal with", "contract with", "medical with", "medical at", "debut for", "unveiled by",
        "wanted by", "targeted by", "signed by", "snapped up by", "courted by", "tracked by", "approached by",
        "interest of", "pursued by", "eyed by", "monitored by", "to=1", "for=0.5");

    private static readonly PhraseTable SellerBefore = new(
        "from", "leave", "leaving", "left", "quit", "depart", "departing", "exit", "contact with", "talks with",
        "agreement with", "negotiations with", "with=1", "stay at", "remain at", "keep him at", "future at",
        "renew with", "extend with", "extension with", "new contract at", "new deal at", "new deal with",
        "away from", "exit from", "departure from", "resolve of", "rejected by", "turned down by",
        "rebuffed by", "knocked back by", "sold by", "released by", "time at", "career at", "spell at", "stint at",
        "years at=3", "contract at=3", "deal at", "happy at", "settled at", "captain of", "star of", "boyhood club=3", "sounded out", "approached",
        "contacted", "asked", "persuade");

    /// <summary>The buyer and seller weight of one mention; <paramref name="next"/> is where the next club starts.</summary>
    public static (double Buyer, double Seller) Read(Sentence sentence, ClubMention mention, int next)
    {
        var words = sentence.Words;
        var last = words[mention.EndWordIndex - 1];
        var after = Lower(words, mention.EndWordIndex, Math.Min(next, mention.EndWordIndex + 7));
        var before = WithoutDeterminer(Lower(words, ClauseStart(sentence, mention.WordIndex, maxWords: 4), mention.WordIndex));

        if (last.IsPossessive)
        {
            // "Real Madrid's list", "Liverpool's vice-captain": the noun after the possessive says which side it is.
            var near = after.Take(3).ToArray();
            var buyer = BuyerAfter.FirstAt(near);
            var seller = SellerAfter.FirstAt(near);
            if (seller.Offset >= 0 && (buyer.Offset < 0 || seller.Offset <= buyer.Offset)) return (0, 2);
            if (buyer.Offset >= 0) return (2, 0);
            return (0, 0);
        }

        var buyerAt = BuyerAfter.FirstAt(after, maxOffset: 5);
        var sellerAt = SellerAfter.FirstAt(after, maxOffset: 5);
        double buyerWeight = 0, sellerWeight = 0;
        if (buyerAt.Offset >= 0 && (sellerAt.Offset < 0 || buyerAt.Offset < sellerAt.Offset)) buyerWeight += buyerAt.Weight;
        else if (sellerAt.Offset >= 0) sellerWeight += sellerAt.Weight;

        // The longer phrase decides: "interest from" beats "from", "contact with" beats "with".
        var buyerBefore = BuyerBefore.EndOf(before);
        var sellerBefore = SellerBefore.EndOf(before);
        if (buyerBefore.Length > sellerBefore.Length) buyerWeight += buyerBefore.Weight;
        else if (sellerBefore.Length > 0) sellerWeight += sellerBefore.Weight;
        return (buyerWeight, sellerWeight);
    }

    // "..., with the Spanish giants now confident": a comma before the club starts a new clause.
    private static int ClauseStart(Sentence sentence, int wordIndex, int maxWords)
    {
        var start = wordIndex;
        while (start > 0 && wordIndex - start < maxWords)
        {
            var gap = sentence.Text.AsSpan(sentence.Words[start - 1].End, sentence.Words[start].Start - sentence.Words[start - 1].End);
            if (gap.IndexOfAny(",;:()\u2013\u2014") >= 0) break;
            start--;
        }
        return start;
    }

    // "to join the Spanish club", "a move to their rivals": the determiner says nothing of the role.
    private static string[] WithoutDeterminer(string[] words) =>
        words.Length > 0 && words[^1] is "the" or "a" or "an" or "their" or "his" ? words[..^1] : words;

    private static string[] Lower(IReadOnlyList<Word> words, int from, int to) =>
        Enumerable.Range(from, Math.Max(0, to - from)).Select(i => words[i].Text.ToLowerInvariant()).ToArray();

}
