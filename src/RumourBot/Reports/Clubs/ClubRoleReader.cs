using RumourBot.Reports.Text;

namespace RumourBot.Reports.Clubs;

/// <summary>
/// Reads from the words just before and after a club's mention whether it is the buyer ("Real Madrid want",
/// "a move to Real Madrid", "Real Madrid's list") or the seller ("Liverpool have no intention", "leave Liverpool",
/// "Liverpool's vice-captain").
/// </summary>
public static class ClubRoleReader
{
    private static readonly (string[] Words, double Weight)[] BuyerAfter = Phrases(
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

    private static readonly (string[] Words, double Weight)[] SellerAfter = Phrases(
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

    private static readonly (string[] Words, double Weight)[] BuyerBefore = Phrases(
        "move to=3", "switch to=3", "transfer to=3", "join=3", "joining=3", "joined=3", "to join=3", "sign for=3",
        "signing for=3", "signed for=3", "bid from", "offer from", "approach from", "interest from", "linked with", "linked to",
        "heading to", "head to", "loan to", "loaned to", "return to", "in favour of", "moving to", "destined for",
        "bound for", "deal with", "contract with", "medical with", "medical at", "debut for", "unveiled by",
        "wanted by", "targeted by", "signed by", "snapped up by", "courted by", "tracked by", "approached by",
        "interest of", "pursued by", "eyed by", "monitored by", "to=1", "for=0.5");

    private static readonly (string[] Words, double Weight)[] SellerBefore = Phrases(
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
            var buyer = FirstAt(near, BuyerAfter);
            var seller = FirstAt(near, SellerAfter);
            if (seller.Offset >= 0 && (buyer.Offset < 0 || seller.Offset <= buyer.Offset)) return (0, 2);
            if (buyer.Offset >= 0) return (2, 0);
            return (0, 0);
        }

        var buyerAt = FirstAt(after, BuyerAfter, maxOffset: 5);
        var sellerAt = FirstAt(after, SellerAfter, maxOffset: 5);
        double buyerWeight = 0, sellerWeight = 0;
        if (buyerAt.Offset >= 0 && (sellerAt.Offset < 0 || buyerAt.Offset < sellerAt.Offset)) buyerWeight += buyerAt.Weight;
        else if (sellerAt.Offset >= 0) sellerWeight += sellerAt.Weight;

        // The longer phrase decides: "interest from" beats "from", "contact with" beats "with".
        var buyerBefore = EndsWithAny(before, BuyerBefore);
        var sellerBefore = EndsWithAny(before, SellerBefore);
        if (buyerBefore.Length > sellerBefore.Length) buyerWeight += buyerBefore.Weight;
        else if (sellerBefore.Length > 0) sellerWeight += sellerBefore.Weight;
        return (buyerWeight, sellerWeight);
    }

    // "phrase" weighs 2; "phrase=3" says how much it weighs. Longer phrases are tried first.
    private static (string[] Words, double Weight)[] Phrases(params string[] phrases) =>
        phrases.Select(p => p.Split('='))
            .Select(p => (p[0].Split(' '), p.Length > 1 ? double.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture) : 2.0))
            .OrderByDescending(p => p.Item1.Length).ToArray();

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

    // The first offset at which one of the phrases starts, and that phrase's weight; offset -1 when none does.
    private static (int Offset, double Weight) FirstAt(string[] words, (string[] Words, double Weight)[] phrases, int maxOffset = int.MaxValue)
    {
        for (var offset = 0; offset < words.Length && offset <= maxOffset; offset++)
        {
            foreach (var (phrase, weight) in phrases)
            {
                if (offset + phrase.Length > words.Length) continue;
                var matches = true;
                for (var k = 0; k < phrase.Length && matches; k++) matches = words[offset + k] == phrase[k];
                if (matches) return (offset, weight);
            }
        }
        return (-1, 0);
    }

    // The longest phrase the words end with: its length in words (0 when none) and its weight.
    private static (int Length, double Weight) EndsWithAny(string[] words, (string[] Words, double Weight)[] phrases)
    {
        foreach (var (phrase, weight) in phrases)
        {
            if (phrase.Length > words.Length) continue;
            var matches = true;
            for (var k = 0; k < phrase.Length && matches; k++) matches = words[words.Length - phrase.Length + k] == phrase[k];
            if (matches) return (phrase.Length, weight);
        }
        return (0, 0);
    }
}
