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
        "monitoring", "tracking", "chasing", "targeting", "plan", "planning", "hope", "hoping", "lead the race",
        "leading the race", "are leading", "front-runners", "favourites",
        "made contact", "made an approach", "made a bid", "made an offer", "made a move", "submitted", "tabled", "launched",
        "lodged", "opened talks", "agreed=1", "completed", "signed", "sign", "close in", "closing", "push", "pushing",
        "move for", "ready", "prepared", "willing", "pay", "paid", "in talks", "hold talks", "held talks", "identified",
        "step up", "weighing", "need", "needs", "bid", "offer", "approach", "swoop", "enquired", "delighted",
        "announce", "have signed=3", "has signed=3", "have completed=3", "has completed=3", "keep tabs=3",
        "keeping tabs=3", "keeping a close eye=3", "keep a close eye=3", "keeping an eye=3", "keep an eye=3", "interest",
        "showing strong interest", "scouts", "scouted", "watched", "watching", "reach agreement", "reached an agreement",
        "put in", "offers", "bids", "have put in", "accelerate", "register", "registered",
        "asked", "admire", "admirers", "remain interested", "beat", "beaten", "won the race=3", "have won the race=3", "swooped=3", "secure", "secured",
        "land", "landed", "snapped up", "announced the signing", "confirmed the signing", "unveiled", "have been linked", "are linked",
        "are believed to be", "return", "hijack", "rival", "rivals", "join", "joined", "talks=1", "sounded out",
        "approached", "contacted", "enquiry", "enquiries", "confident", "hopeful", "optimistic", "push for",
        "entered negotiations=3", "entered talks=3", "have entered=2", "opened negotiations=3", "are in talks=3", "in negotiations=2",
        "moved into pole position=3", "in pole position=3", "clear to move=2", "emerged as=2", "have emerged=2",
        "made their offer", "made their bid", "make an offer", "make a bid", "make=1", "makes=1",
        "signing", "latest signing", "new signing", "target",
        "undergoing a medical=4", "undergo a medical=4", "for a medical=4", "having a medical=4", "completing a medical=4", "top target", "transfer target", "summer target", "pursuit");

    private static readonly PhraseTable SellerAfter = new(
        "no intention", "not for sale", "rejected", "reject", "turned down", "turn down", "rebuffed", "dismissed",
        "refuse", "refused", "knock back", "rebuff", "want to keep", "determined to keep", "keen to keep", "hope to keep", "keep",
        "value", "valued", "demand", "demanding", "holding out", "reluctant", "will not sell", "won't sell", "accept",
        "accepted", "sold", "sell", "selling", "open to", "resolve", "forward",
        "left-back",
        "stance", "have not given up hope", "hope to keep", "position", "asking", "valuation", "have agreed to let", "blocked", "block",
        "knocked back", "have set", "set an asking", "want more", "want at least", "are holding", "are standing firm",
        "receive", "received", "will receive", "cash in", "agreed to sell", "agreed to release", "loaned",
        "are set to lose", "lose", "losing", "announced his departure", "confirmed his departure",
        "confirmed the sale", "statement", "denied", "deny", "secured a sell-on=3", "keep a sell-on=3",
        "retain a sell-on=3", "will keep a=1",
        // "Napoli want to sell", "willing to cash in": a club whose wish is to let him go is his club, though the verb reads like a buyer's.
        "in talks over the future=3", "are in talks over the future=3", "is in talks over the future=3", "talks over the future=3", "talks about the future=3", "discussions over the future=3",
        "want to sell=3", "wants to sell=3", "wanted to sell=3", "wanted to offload=3", "willing to cash=3", "ready to cash=3",
        "prepared to cash=3", "looking to cash=3", "want to offload=3", "wants to offload=3", "keen to sell=3", "keen to offload=3",
        "looking to sell=3", "looking to offload=3", "looking to cash in=3", "willing to sell=3", "willing to let him go=3",
        "willing to cash in=3", "willing to accept=3", "ready to sell=3", "ready to cash in=3", "ready to let him go=3",
        "prepared to sell=3", "prepared to let him go=3", "prepared to cash in=3", "happy to sell=3", "happy to let him go=3",
        "open to selling=3", "plan to sell=3", "planning to sell=3", "hoping to sell=3", "need to sell=3", "needs to sell=3");

    private static readonly PhraseTable BuyerBefore = new(
        "move to=4", "switch to=4", "transfer to=4", "join=4", "joining=4", "joined=3", "to join=4", "sign for=4",
        "signing for=4", "signed for=3", "bid from", "offer from", "approach from", "interest from", "linked with", "linked to",
        "heading to", "head to", "loan to", "loaned to", "return to", "in favour of", "moving to", "destined for",
        "bound for", "medical with", "medical at", "five-year contract at=3", "four-year contract at=3",
        "three-year contract at=3", "two-year contract at=3", "five-year deal at=3", "four-year deal at=3", "three-year deal at=3", "two-year deal at=3",
        "one-year deal at=3", "year deal at=3", "long-term contract at=3", "year contract at=3", "contract through=1", "debut for", "unveiled by",
        "wanted by", "targeted by", "signed by", "snapped up by", "courted by", "tracked by", "approached by",
        "interest of", "pursued by", "eyed by", "monitored by", "to=1", "for=0.5", "attention of", "including=1", "pre-contract with=4",
        "bid by=3", "offer by=3", "approach by=3", "proposal by=3",
        // "heading off for a season on loan at Birmingham": where he will play next ("a spell on loan at" is his past).
        "season on loan at=3", "season-long loan at=3", "season on loan with=3", "season-long loan with=3",
        "pre-contract agreement with=4", "precontract with=4");

    private static readonly PhraseTable SellerBefore = new(
        "from", "leave", "leaving", "left", "quit", "depart", "departing", "exit", "current contract with=3",
        "existing contract with=3", "contract situation at=3", "his contract with=3", "expiry of his contract with=3",
        "contract expires at=3", "contract runs out at=3", "approach to=3", "bid to=2", "offer to=2", "back to=2",
        "week at=2", "wages at=2", "salary at=2", "presented to=3", "proposal to=3", "million to=2", "bonuses to=2",
        "add-ons to=2", "made to=2", "paid to=3", "be paid to=3", "owed to=3", "payable to=3", "situation at", "stay at", "remain at", "keep him at", "future at",
        "renew with", "extend with", "extension with", "new contract at", "new deal at", "new deal with",
        "new long-term contract at=3", "new long-term deal at=3", "new long-term contract with=3", "new long-term deal with=3",
        "away from", "exit from", "departure from", "resolve of", "rejected by", "turned down by",
        "rebuffed by", "knocked back by", "sold by", "released by", "time at", "career at", "spell at", "stint at",
        "years at=3", "contract at=3", "deal at", "happy at", "settled at", "captain of", "star of", "boyhood club=3", "sounded out", "approached",
        "contacted", "asked", "persuade", "playing with=3", "playing for=3", "plays for=3", "currently at=3",
        "currently with=3", "books of=3", "contracted to=3", "under contract at=3", "under contract with=3",
        "appearances for=3", "goals for=3", "on loan from=3", "loan from=3", "pursuit of=1");

    // "Brighton midfielder Carlos Baleba", "Liverpool's vice-captain": a position right after the club names his club.
    private static readonly PhraseTable PositionAfter = new(
        "vice-captain", "captain", "defender", "midfielder", "forward", "striker", "winger", "goalkeeper", "keeper", "star",
        "academy", "full-back", "fullback", "right-back", "left-back", "centre-back", "center-back", "playmaker",
        "teenager", "youngster", "wonderkid", "talisman", "player", "loanee", "attacker", "centre-forward", "number",
        "contract", "deal",
        // "Barcelona president", "Bayern CEO": a club's official speaks for it, which says nothing of the side it is on.
        "sporting director=0", "sports director=0", "director=0", "president=0", "chairman=0",
        "sports board=0", "board=0", "chief executive=0", "ceo=0", "boss=0", "manager=0", "coach=0", "head coach=0");

    // "become a Chelsea player": the club he is joining.
    private static readonly PhraseTable JoiningBefore = new("become=3", "becomes=3", "became=3", "new=1");

    // "an offer of €55m from Bayern": "from" after an offer names the bidder, not his club.
    private static readonly HashSet<string> OfferWords = new(StringComparer.Ordinal)
    {
        "offer", "bid", "proposal", "approach", "interest", "enquiry", "enquiries", "bids", "offers",
    };

    // "... with X": the other side of a deal. After another club ("Brighton agree a deal with Feyenoord") X sells;
    // after a player ("Rashford agrees terms with Barcelona") X buys.
    private static readonly PhraseTable Counterparty = new(
        "deal with", "agreement with", "talks with", "terms with", "negotiations with", "contact with", "discussions with",
        "contract with", "fee with", "with=1");

    /// <summary>The buyer and seller weight of one mention; <paramref name="next"/> is where the next club starts.</summary>
    public static (double Buyer, double Seller) Read(Sentence sentence, ClubMention mention, int next, bool afterAnotherClub) =>
        ReadWithCounterparty(sentence, mention, next, afterAnotherClub) is var (buyer, seller, _) ? (buyer, seller) : default;

    /// <summary>As <see cref="Read"/>, also saying whether the club was named as the other side of a deal ("with X").</summary>
    public static (double Buyer, double Seller, bool Counterparty) ReadWithCounterparty(Sentence sentence, ClubMention mention, int next, bool afterAnotherClub)
    {
        var words = sentence.Words;
        var last = words[mention.EndWordIndex - 1];
        // "PSV has confirmed that the club have accepted an offer": the cue follows the reporting verb.
        var afterStart = mention.EndWordIndex + ReportingClause(sentence, mention.EndWordIndex);
        var after = Slice(sentence, afterStart, ClauseEnd(sentence, afterStart, Math.Min(next, afterStart + 7)));
        // "former Sheffield United defender Harry Maguire": a club he played for once is neither side of this move.
        if (FormerBefore(sentence, mention.WordIndex)) return (0, 0, false);
        // "leave La Liga side Villarreal", "from Italian club Parma": the cue is read before the club's description.
        var described = SkipDescription(sentence, mention.WordIndex);
        var beforeStart = ClauseStart(sentence, described, maxWords: 4);
        var before = WithoutDeterminer(Slice(sentence, beforeStart, described));
        if (OwnClubBefore(sentence, mention.WordIndex) is { } own) return (0, own, false);

        if (last.IsPossessive)
        {
            // "Real Madrid's list", "Liverpool's vice-captain": the noun after the possessive says which side it is.
            var near = after.Count > 3 ? after[..3] : after;
            var buyer = BuyerAfter.FirstAt(near);
            var seller = SellerAfter.FirstAt(near);
            if (PositionAfter.FirstAt(near, maxOffset: 1).Offset >= 0) return (0, 2, false);
            if (seller.Offset >= 0 && (buyer.Offset < 0 || seller.Offset <= buyer.Offset)) return (0, 2, false);
            if (buyer.Offset >= 0) return (2, 0, false);
            return (0, 0, false);
        }

        double buyerWeight = 0, sellerWeight = 0;
        if (JoiningBefore.EndOf(before) is { Length: > 0 } joining && PositionAfter.FirstAt(after, maxOffset: 0).Offset == 0)
        {
            return (joining.Weight, 0, false);
        }
        var position = PositionAfter.FirstAt(after, maxOffset: 0);
        if (position.Offset == 0)
        {
            // "Sunderland striker target Kieffer Moore": the club's target, not its player.
            if (after.Count > position.Length && after[position.Length] is "target" or "targets") buyerWeight += 2;
            // "has agreed Barcelona deal", "completes Wolves move": the deal named after the club it is with.
            else if (after[0] is "deal" or "move" or "switch" or "transfer" && before.Count > 0 && before[^1] is "agreed" or "agrees" or "agree" or "completes" or "completed" or "complete" or "seals" or "sealed" or "seal" or "signs" or "nears" or "closes" or "finalises" or "finalizes") buyerWeight += 2;
            else sellerWeight += position.Weight;
        }
        // "Bayern Munich defender has agreed…": what follows is the player's doing, not the club's.
        var afterCues = position.Offset == 0 && position.Weight > 0 ? new ArraySegment<string>([]) : after;
        var buyerAt = BuyerAfter.FirstAt(afterCues, maxOffset: 5);
        var sellerAt = SellerAfter.FirstAt(afterCues, maxOffset: 5);
        // "Benfica want the full €120m", "Ajax seek upwards of €38m": a club that wants a sum is selling.
        if (AsksForSum(after)) return (0, 2, false);
        if (buyerAt.Offset >= 0 && (sellerAt.Offset < 0 || buyerAt.Offset < sellerAt.Offset || (buyerAt.Offset == sellerAt.Offset && buyerAt.Length > sellerAt.Length)))
        {
            buyerWeight += buyerAt.Weight;
        }
        else if (sellerAt.Offset >= 0)
        {
            sellerWeight += sellerAt.Weight;
        }

        // "an offer of €55m from Bayern Munich": the bidder.
        if (before.Count > 0 && before[^1] == "from" && Slice(sentence, Math.Max(0, mention.WordIndex - 7), mention.WordIndex).Any(OfferWords.Contains))
        {
            return ((buyerWeight + 3) / (AlsoNear(sentence, mention) ? 2 : 1), sellerWeight, false);
        }

        var buyerBefore = BuyerBefore.EndOf(before);
        var sellerBefore = SellerBefore.EndOf(before);
        var counterparty = Counterparty.EndOf(before);
        // ", with Birmingham City closing in": a bare "with" opening a clause says what happens alongside, not who deals with whom.
        var clauseOpeningWith = counterparty.Length == 1 && before.Count == 1 && beforeStart > 0;
        var isCounterparty = !clauseOpeningWith && counterparty.Length > Math.Max(buyerBefore.Length, sellerBefore.Length);
        if (isCounterparty)
        {
            // After a player ("Rashford agrees terms with Barcelona") or nobody ("Full agreement with Real Madrid"),
            // the side is unknown here: the move decides it from the other clubs' roles.
            if (!afterAnotherClub) return (buyerWeight, sellerWeight, true);
            // "Sunderland have opened talks with Lorient over a move for him": what follows the other side describes the deal.
            buyerWeight = 0;
            sellerBefore = counterparty;
        }
        if (buyerBefore.Length > sellerBefore.Length)
        {
            var cueStart = beforeStart + before.Count - buyerBefore.Length;
            // "doesn't look to be heading to Bramall Lane", "backtracked on his move to Hull": not where he goes.
            if (NegatedBefore(sentence, cueStart) || (cueStart > 0 && sentence.LowerWords[cueStart - 1] is "last" or "previous")) { }
            // "agreed to sell Osimhen to Al-Ahli": the club a sale goes to is the buyer, however short the cue.
            else if (buyerBefore.Length == 1 && before[^1] == "to" && SaleBefore(sentence, cueStart)) buyerWeight += 3;
            else buyerWeight += buyerBefore.Weight;
        }
        else if (sellerBefore.Length > 0) sellerWeight += sellerBefore.Weight;
        // "who is also linked with interest from Celtic", "Middlesbrough were also credited with interest": a rival suitor.
        if (buyerWeight > 0 && AlsoNear(sentence, mention)) buyerWeight /= 2;
        return (buyerWeight, sellerWeight, isCounterparty);
    }

    // "former Sheffield United defender", "former €40m Barcelona target": a figure or a hyphenated word may stand between.
    private static int ReportingClause(Sentence sentence, int at)
    {
        var words = sentence.LowerWords;
        if (at + 2 >= words.Length || words[at] is not ("has" or "have") || words[at + 1] is not ("confirmed" or "said" or "revealed" or "announced" or "admitted" or "stated" or "insisted") || words[at + 2] != "that") return 0;
        var skip = 3;
        if (at + skip + 1 < words.Length && words[at + skip] == "the" && words[at + skip + 1] is "club" or "clubs") skip += 2;
        else if (at + skip < words.Length && words[at + skip] is "they" or "it") skip += 1;
        return skip;
    }

    private static bool FormerBefore(Sentence sentence, int wordIndex)
    {
        var words = sentence.LowerWords;
        for (var i = wordIndex - 1; i >= 0 && i >= wordIndex - 3; i--)
        {
            if (words[i] is "former" or "ex" or "ex-") return true;
            if (words[i].Length == 0 || !(char.IsDigit(words[i][0]) || words[i][0] is '£' or '€' or '$' || words[i].Contains('-'))) return false;
        }
        return false;
    }

    private static bool NegatedBefore(Sentence sentence, int cueStart)
    {
        var words = sentence.LowerWords;
        for (var i = Math.Max(0, cueStart - 5); i < cueStart; i++)
        {
            var word = words[i];
            if (word is "not" or "never" or "backtracked" or "snubbed" || word.EndsWith("n't", StringComparison.Ordinal) || word.EndsWith("n\u2019t", StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private static bool SaleBefore(Sentence sentence, int cueStart)
    {
        var words = sentence.LowerWords;
        for (var i = Math.Max(0, cueStart - 7); i < cueStart; i++)
        {
            if (words[i] is "sell" or "sells" or "sold" or "selling" or "offload" or "offloaded" or "offloading") return true;
        }
        return false;
    }

    private static bool AlsoNear(Sentence sentence, ClubMention mention)
    {
        var words = sentence.LowerWords;
        for (var i = Math.Max(0, mention.WordIndex - 6); i < Math.Min(words.Length, mention.EndWordIndex + 3); i++)
        {
            if (i >= mention.WordIndex && i < mention.EndWordIndex) continue;
            if (words[i] == "also") return true;
        }
        // "Sunderland could face competition for his signature as several clubs are interested, including Celtic".
        for (var i = 0; i < mention.WordIndex; i++)
        {
            if (words[i] == "competition") return true;
        }
        return false;
    }

    private static bool AsksForSum(ArraySegment<string> after)
    {
        if (after.Count < 2 || after[0] is not ("want" or "wants" or "seek" or "seeks" or "demand" or "demands" or "are" or "is")) return false;
        var start = after[0] is "are" or "is" ? 1 : 0;
        if (start == 1 && (after.Count < 3 || after[1] is not ("demanding" or "asking" or "seeking" or "holding"))) return false;
        for (var i = start + 1; i < Math.Min(after.Count, start + 5); i++)
        {
            if (after[i].Length > 0 && char.IsDigit(after[i][0])) return true;
        }
        return false;
    }

    // Words that describe a club in front of its name: "Championship side", "Italian club", "Saudi Pro League outfit".
    private static readonly HashSet<string> DescriptionWords = new(StringComparer.Ordinal)
    {
        "side", "club", "outfit", "giants", "team", "champions", "rivals", "neighbours", "top-flight", "second-tier",
        "third-tier", "league", "liga", "la", "serie", "a", "b", "premier", "ligue", "1", "2", "bundesliga", "eredivisie",
        "mls", "championship", "one", "two", "pro", "super", "lig", "primeira", "saudi", "spanish", "italian", "german",
        "french", "portuguese", "dutch", "scottish", "english", "brazilian", "argentine", "argentinian", "turkish",
        "belgian", "american", "mexican", "greek", "austrian", "swiss", "danish", "russian", "ukrainian", "japanese",
        "chinese", "qatari", "emirati", "croatian", "serbian", "polish", "czech", "norwegian", "swedish", "uruguayan",
        "colombian", "chilean", "liga mx", "mx", "spl", "epl", "fellow", "pair", "duo", "trio", "promoted", "relegated", "struggling", "ambitious",
    };

    private static int SkipDescription(Sentence sentence, int wordIndex)
    {
        var words = sentence.LowerWords;
        var start = wordIndex;
        while (start > 0 && wordIndex - start < 5 && DescriptionWords.Contains(words[start - 1])
               && sentence.Text.AsSpan(sentence.Words[start - 1].End, sentence.Words[start].Start - sentence.Words[start - 1].End).IndexOfAny(",;:()") < 0)
        {
            start--;
        }
        // "the Spanish giants' Pedri" is no description of the next club: only skip a run that ends in a club word.
        if (start < wordIndex && words[wordIndex - 1] is "side" or "club" or "outfit" or "giants" or "team" or "champions" or "rivals" or "pair" or "duo" or "trio") return start;
        // "from recently-relegated Hull City", "cash-strapped Valencia".
        return wordIndex > 0 && words[wordIndex - 1].Contains('-') && !sentence.Words[wordIndex - 1].IsCapitalised ? wordIndex - 1 : wordIndex;
    }

    // "Endrick's club Palmeiras", "his parent club Chelsea", "his current side": the club he belongs to now.
    private static double? OwnClubBefore(Sentence sentence, int wordIndex)
    {
        var words = sentence.LowerWords;
        var at = wordIndex - 1;
        if (at < 1 || words[at] is not ("club" or "side" or "employers" or "team")) return null;
        var owner = at - 1;
        if (words[owner] is "parent" or "current" or "present" or "new-found" && owner > 0) return words[owner] == "parent" || words[owner - 1] is "his" or "her" ? 3 : null;
        if (words[owner] is "his" or "her") return 3;
        // "Endrick's club Palmeiras", "the striker's club - Vissel Kobe -".
        return sentence.Words[owner].IsPossessive ? 3 : null;
    }

    private static readonly HashSet<string> Conjunctions = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "but", "while", "whilst", "although", "though", "so", "yet", "because", "as",
    };

    // "... his contract with Atlético, and has signed a contract through 2028": a new clause after ", and".
    private static int ClauseEnd(Sentence sentence, int from, int limit)
    {
        if (from < limit && sentence.Words[from].Text is "and" or "but" or "while" or "whilst") return from;
        for (var i = from + 1; i < limit; i++)
        {
            var gap = sentence.Text.AsSpan(sentence.Words[i - 1].End, sentence.Words[i].Start - sentence.Words[i - 1].End);
            if (gap.IndexOfAny(";.") >= 0 || (gap.Contains(',') && Conjunctions.Contains(sentence.Words[i].Text))) return i;
            // "leave Villarreal and join LA Galaxy": what follows "and" is another clause's verb.
            if (sentence.Words[i].Text is "and" or "but" or "while" or "whilst") return i;
        }
        return limit;
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
    private static ArraySegment<string> WithoutDeterminer(ArraySegment<string> words) =>
        words.Count > 0 && words[^1] is "the" or "a" or "an" or "their" or "his" ? words[..^1] : words;

    // The sentence's lower-case words from..to, without copying them.
    private static ArraySegment<string> Slice(Sentence sentence, int from, int to) =>
        new(sentence.LowerWords, from, Math.Max(0, to - from));

}
