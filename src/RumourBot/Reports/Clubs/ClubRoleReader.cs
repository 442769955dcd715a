using RumourBot.Reports.Text;

using static RumourBot.Reports.Clubs.ClauseScanner;
using static RumourBot.Reports.Clubs.ClubRoleCues;

namespace RumourBot.Reports.Clubs;

/// <summary>
/// Reads from the words just before and after a club's mention whether it is the buyer ("Real Madrid want",
/// "a move to Real Madrid", "Real Madrid's list") or the seller ("Liverpool have no intention", "leave Liverpool",
/// "Liverpool's vice-captain").
/// </summary>
public static class ClubRoleReader
{
    /// <summary>The buyer and seller weight of one mention; <paramref name="next"/> is where the next club starts.</summary>
    public static (double Buyer, double Seller) Read(Sentence sentence, ClubMention mention, int next, bool afterAnotherClub) =>
        ReadWithCounterparty(sentence, mention, next, afterAnotherClub) is var (buyer, seller, _) ? (buyer, seller) : default;

    /// <summary>As <see cref="Read"/>, also saying whether the club was named as the other side of a deal ("with X").</summary>
    /// <param name="listed">The club follows another club's name with nothing between ("leeds espanyol transfer interest").</param>
    public static (double Buyer, double Seller, bool Counterparty) ReadWithCounterparty(Sentence sentence, ClubMention mention, int next, bool afterAnotherClub, bool listed = false)
    {
        var words = sentence.Words;
        var last = words[mention.EndWordIndex - 1];
        // "PSV has confirmed that the club have accepted an offer": the cue follows the reporting verb.
        var afterStart = mention.EndWordIndex + ReportingClause(sentence, mention.EndWordIndex);
        var after = Slice(sentence, afterStart, ClauseEnd(sentence, afterStart, Math.Min(next, afterStart + 7)));
        // "have reportedly made a £15 million bid": adverbs and figures between the club and its verb are skipped.
        var cues = WithoutFillers(sentence, afterStart, ClauseEnd(sentence, afterStart, Math.Min(next, afterStart + 11)), after);
        // "former Sheffield United defender Harry Maguire": a club he played for once is neither side of this move.
        // "the cup defeat to Port Vale", "the match against Lens": the opponent on the pitch is neither side either.
        if (FormerBefore(sentence, mention.WordIndex) || OpponentInAMatch(sentence.LowerWords, mention.WordIndex)) return (0, 0, false);
        // "leave La Liga side Villarreal", "from Italian club Parma": the cue is read before the club's description.
        var described = SkipDescription(sentence, mention.WordIndex);
        var beforeStart = ClauseStart(sentence, described, maxWords: 4);
        var before = WithoutDeterminer(Slice(sentence, beforeStart, described));
        // "As for Norwich City, their relegation…": a topic turned to, not a move made for the club.
        if (before is [.., "as", "for"]) before = before[..^2];
        if (OwnClubBefore(sentence, mention.WordIndex) is { } own) return (0, own, false);
        // "eight goals this season for his Kasimpasa side": the side called his is his club.
        if (mention.WordIndex > 0 && sentence.LowerWords[mention.WordIndex - 1] is "his" or "her" && mention.EndWordIndex < words.Count
            && sentence.LowerWords[mention.EndWordIndex] is "side" or "team" or "club" or "outfit" or "team-mates" or "teammates") return (0, 3, false);
        // "an offer to AC Milan and Arsenal target Praet": clubs naming whose target he is want him, whatever stands before.
        if (NamesTheirTarget(sentence, mention, next)) return (2, 0, false);
        // "a double in the 5-0 rout of Rangers which secured the title", "a 3-2 win at Ibrox": a match, not a transfer.
        if (ScoreWithin(sentence.LowerWords, Math.Max(0, mention.WordIndex - 4), Math.Min(4, mention.WordIndex))) return (0, 0, false);
        // "optimism is leaking from Bianconeri sources", "Chelsea fans": the club names whose people speak, not a side.
        if (after.Count > 0 && SpeakersAfter.Contains(after[0])) return (0, 0, false);
        // "Richarlison responds to Liverpool rumours", "dion charles watford stoke links": the club the talk sends him to.
        if (mention.EndWordIndex < words.Count && !sentence.Words[mention.EndWordIndex - 1].IsPossessive
            && sentence.LowerWords[mention.EndWordIndex] is "rumours" or "rumors" or "links" or "speculation") return (2, 0, false);

        if (last.IsPossessive)
        {
            // "Real Madrid's list", "Liverpool's vice-captain": the noun after the possessive says which side it is.
            var near = cues.Count > 3 ? cues[..3] : cues;
            // "Real Madrid's former striker": a club he played for once is neither side of this move.
            if (near.Count > 0 && near[0] is "former" or "ex" or "old") return (0, 0, false);
            // "River Plate's new striker", "Chelsea's new signing": the club he is joining.
            if (near.Count > 1 && near[0] is "new" or "latest" && PositionAfter.FirstAt(near[1..], maxOffset: 0).Offset == 0) return (2, 0, false);
            // "Tottenham's Eidur move is rejected": the club's move for the player named after it.
            if (MoveForNamedPlayer(sentence, afterStart, next)) return (2, 0, false);
            var buyer = BuyerAfter.FirstAt(near);
            var seller = SellerAfter.FirstAt(near);
            // "Flamengo's deal will see them pay": a club's own deal is mostly one it buys with (a player's deal at his
            // club is written "his Flamengo deal").
            if (PositionAfter.FirstAt(near, maxOffset: 1) is { Offset: >= 0 } owned)
            {
                // "United's top striker target": a position the club is shopping for, not one of its players.
                if (owned.Offset + owned.Length < cues.Count && cues[owned.Offset + owned.Length] is "target" or "targets") return (2, 0, false);
                // "Tigers' manager Phil Brown has long been an admirer": the club's official speaks for it, which says no side.
                if (owned.Weight == 0) return (0, 0, false);
                return near[owned.Offset] == "deal" ? (1, 0, false) : (0, 2, false);
            }
            if (seller.Offset >= 0 && (buyer.Offset < 0 || seller.Offset <= buyer.Offset)) return (0, 2, false);
            if (buyer.Offset >= 0) return (2, 0, false);
            return (0, 0, false);
        }

        // "Boca transfers striker Tomas Varga to Porto": the club whose verb transfers a player it names sends him away
        // (not "Arsenal transfers: the latest" nor "Ross County transfers: Simon Murray joins", a headline's topic).
        if (after.Count > 1 && after[0] is "transfers" or "transferred" && !TopicMarkAfter(sentence, afterStart)
            && (words[afterStart + 1].IsCapitalised || PositionAfter.FirstAt(after[1..], maxOffset: 0).Offset == 0)) return (0, 3, false);
        // "Middlesbrough agree terms with Turkey striker Tuncay Sanli": the club agreeing terms with a player signs him.
        if (AgreesTermsWithPlayer(sentence, afterStart, next)) return (3, 0, false);
        // "has informed Sevilla of his desire to leave", "told the club that he wants to leave": the club he tells is his.
        if (TellsOfLeaving(sentence, before, mention.EndWordIndex, next)) return (0, 3, false);
        double buyerWeight = 0, sellerWeight = 0, buyerWeightFromName = 0;
        if (JoiningBefore.EndOf(before) is { Length: > 0 } joining && PositionAfter.FirstAt(after, maxOffset: 0).Offset == 0)
        {
            return (joining.Weight, 0, false);
        }
        // "Dalbert secures Internacional move", "Real Madrid sanction Sevilla loan": the move named after where it goes.
        // (Not the last of a list of clubs: "celtic rangers aberdeen transfer race" is the race of them all.)
        if (after.Count > 0 && after[0] is "move" or "switch" or "transfer" or "loan" && !(after.Count > 1 && NotAMove.Contains(after[1]))
            && !PastBefore(sentence, mention.WordIndex) && !listed)
        {
            buyerWeightFromName = 2;
        }
        var position = PositionRightAfter(after);
        if (position.Offset == 0)
        {
            // "Sunderland striker target Kieffer Moore": the club's target, not its player.
            if (after.Count > position.Length && after[position.Length] is "target" or "targets") buyerWeight += 2;
            // "new Chelsea striker Tomas Varga", "newly signed Chicago Fire defender Arne Friedrich": the club he has joined.
            else if (ClauseScanner.NewSigningBefore(sentence, mention.WordIndex)) buyerWeight += 2;
            // "Atletico Madrid deal for Juventus forward collapses": the deal the club makes for a player.
            else if (after[0] is "deal" or "move" or "switch" or "transfer" && after.Count > 1 && after[1] == "for") buyerWeight += 2;
            // "has agreed Barcelona deal", "completes Wolves move": the deal named after the club it is with.
            else if (after[0] is "deal" or "move" or "switch" or "transfer" && before.Count > 0 && before[^1] is "agreed" or "agrees" or "agree" or "completes" or "completed" or "complete" or "seals" or "sealed" or "seal" or "signs" or "nears" or "closes" or "finalises" or "finalizes") buyerWeight += 2;
            else sellerWeight += position.Weight;
        }
        // "Boca Juniors president Daniel Angelici has confirmed the club has agreed the sale": an official speaks for
        // his club, so his verb (past his name) is the club's.
        if (position.Offset == 0 && position.Weight == 0)
        {
            var start = afterStart + position.Length;
            while (start < words.Count && start < next && words[start].IsCapitalised) start++;
            start += ReportingClause(sentence, start);
            cues = WithoutFillers(sentence, start, ClauseEnd(sentence, start, Math.Min(next, start + 11)), Slice(sentence, start, ClauseEnd(sentence, start, Math.Min(next, start + 7))));
        }
        // "Bayern Munich defender has agreed…": what follows is the player's doing, not the club's.
        // "leave Lens to join Everton", "told Everton that he is not for sale": what follows is someone else's doing.
        // ("Chelsea to sign X" is the club's own verb: only a club that is itself an object loses what follows "to".)
        var objectBefore = cues.Count > 0 && cues[0] == "to" && (SellerBefore.EndOf(before).Length > 0 || BuyerBefore.EndOf(before).Length > 0);
        // "told Everton that he is not for sale": what follows "that" is another's doing, unless the sentence singles the club
        // out ("It was the English club Brighton that made the bid").
        var afterCues = (position.Offset == 0 && position.Weight > 0) || objectBefore ? new ArraySegment<string>([])
            : cues.Count > 0 && cues[0] == "that" ? (before is ["it", "was" or "is"] ? cues[1..] : new ArraySegment<string>([])) : cues;
        var buyerAt = BuyerAfter.FirstAt(afterCues, maxOffset: 5);
        var sellerAt = SellerAfter.FirstAt(afterCues, maxOffset: 5);
        // "Southampton, who beat the Whites 1-0": a match, not a transfer race.
        if (buyerAt.Offset >= 0 && afterCues[buyerAt.Offset] is "beat" or "beaten" && ScoreWithin(sentence.LowerWords, afterStart, 10)) buyerAt = (-1, 0, 0);
        // "Chelsea have accepted Benfica's price demands": the buyer accepts the seller's price, not an offer.
        // "Arsenal have denied reports that he agreed to join them": a denial of what was said casts the club as neither side.
        // "Manchester United have rejected claims they have made a bid": the bid it denies is its own, so it is the suitor
        // (not "dismissed claims Inter Milan made a bid": another club's named bid is that club's).
        if (sellerAt.Offset >= 0 && afterCues[sellerAt.Offset] is "denied" or "deny" or "denies" or "rejected" or "rejects" or "dismissed" && sellerAt.Offset + 1 < afterCues.Count
            && afterCues[sellerAt.Offset + 1] is "reports" or "rumours" or "rumors" or "claims" or "speculation" or "suggestions")
        {
            if (afterCues[sellerAt.Offset] is "rejected" or "rejects" or "dismissed" && OfferAfter(sentence.LowerWords, afterStart + sellerAt.Offset + 2, before: next) && (buyerAt.Offset < 0 || buyerAt.Offset > sellerAt.Offset)) buyerAt = (sellerAt.Offset, 2, 2);
            sellerAt = (-1, 0, 0);
        }
        if (sellerAt.Offset >= 0 && DeniesItsOwnOffer(afterCues, sellerAt.Offset, sellerAt.Length))
        {
            if (buyerAt.Offset < 0 || buyerAt.Offset > sellerAt.Offset) buyerAt = (sellerAt.Offset, 2, sellerAt.Length);
            sellerAt = (-1, 0, 0);
        }
        // "Charlotte have given Atlanta permission to hold talks": the club permission is given to is the suitor; the
        // club that gives it ("Newcastle have given permission") lets him go.
        if (sellerAt.Offset >= 0 && afterCues[sellerAt.Offset] == "permission" && before.Count > 0 && before[^1] is "given" or "gave" or "give" or "gives" or "giving" or "granted" or "grant" or "grants" or "granting" or "handed")
        {
            if (buyerAt.Offset < 0 || buyerAt.Offset > sellerAt.Offset) buyerAt = (sellerAt.Offset, sellerAt.Weight, sellerAt.Length);
            sellerAt = (-1, 0, 0);
        }
        if (sellerAt.Offset >= 0 && afterCues[sellerAt.Offset] is "accept" or "accepted" or "accepts" && AcceptsTheirPrice(sentence, afterStart, next))
        {
            (buyerAt, sellerAt) = ((sellerAt.Offset, 2, sellerAt.Length), (-1, 0, 0));
        }
        // "Forest have been turned down by an attacker", "Forest Rejected As Destination By Star": a club itself rejected is
        // the suitor, not the club saying no.
        if (sellerAt.Offset >= 0 && RejectedAsSuitor(afterCues, sellerAt.Offset, sellerAt.Length))
        {
            if (buyerAt.Offset < 0 || buyerAt.Offset > sellerAt.Offset) buyerAt = (sellerAt.Offset, sellerAt.Weight, sellerAt.Length);
            sellerAt = (-1, 0, 0);
        }
        // "Rennes would have to sell a move to him": selling a move, a project or an idea is persuading, not a sale.
        if (sellerAt.Offset >= 0 && afterCues[sellerAt.Offset + sellerAt.Length - 1] is "sell" or "sells" or "selling" && SellsAnIdea(afterCues, sellerAt.Offset + sellerAt.Length)) sellerAt = (-1, 0, 0);
        // "Leeds have received confidence of snaring him": only an offer or money received makes the club the seller.
        if (sellerAt.Offset >= 0 && afterCues[sellerAt.Offset + sellerAt.Length - 1] is "received" or "receive" or "receives" && !OfferOrMoneyWithin(afterCues, sellerAt.Offset + sellerAt.Length, 4)) sellerAt = (-1, 0, 0);
        // "Brighton were not prepared to entertain the offer", "Lens have no interest in": a want denied is no buyer's
        // (a deed denied still is: "they will not make an increased bid").
        if (buyerAt.Offset > 0 && WishWords.Contains(afterCues[buyerAt.Offset]) && NegatedWithin(afterCues, buyerAt.Offset - 2, buyerAt.Offset)) buyerAt = (-1, 0, 0);
        // "Nottingham Forest was presumed to be in pole position, but Hull's new manager...": what was once presumed.
        if (buyerAt.Offset > 1 && WasPresumed(afterCues, buyerAt.Offset)) buyerAt = (-1, 0, 0);
        // "Cardiff and Swansea City set to miss out on transfer target": a club losing the race is no buyer.
        if (buyerAt.Offset > 1 && MissesOut(afterCues, buyerAt.Offset)) buyerAt = (-1, 0, 0);
        buyerWeight += buyerWeightFromName;
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

        // "an offer of €55m from Bayern Munich": the bidder. The offer is looked for before "from", past the club's
        // description ("an offer of €90m for him from Spanish champions Barcelona").
        if (before.Count > 0 && before[^1] == "from" && NamesTheBidder(Slice(sentence, Math.Max(0, described - 9), described)))
        {
            // What follows the bidder describes its offer ("a proposal from West Ham, from England, for the sale of Lazaro").
            return ((buyerWeight + 3) / (AlsoNear(sentence, mention) ? 2 : 1), 0, false);
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
        // "is valued at £30m by Lens", "is being tracked closely by Everton": a passive verb a few words before "by".
        if (buyerBefore.Length == 0 && sellerBefore.Length == 0 && before.Count > 0 && before[^1] == "by" && PassiveBy(sentence, mention.WordIndex - 1) is { } passive)
        {
            if (passive) buyerBefore = (1, 2); else sellerBefore = (1, 2);
        }
        // "Lazio have joined Milan in pondering a bid": a club joining another in what it does is no transfer.
        if (buyerBefore.Length > 0 && before[^1] is "joined" or "join" or "joins" && mention.EndWordIndex + 1 < words.Count
            && sentence.LowerWords[mention.EndWordIndex] == "in" && sentence.LowerWords[mention.EndWordIndex + 1].EndsWith("ing", StringComparison.Ordinal))
        {
            buyerBefore = default;
        }
        // "Fulham have joined Stoke City in the race to sign him": the club joined is a rival suitor, behind the one joining
        // (whose race it is: the words after the joined club are the joiner's).
        else if (buyerBefore.Length > 0 && before[^1] is "joined" or "join" or "joins" && mention.EndWordIndex + 2 < words.Count
            && sentence.LowerWords[mention.EndWordIndex] == "in" && sentence.LowerWords[mention.EndWordIndex + 1] == "the"
            && sentence.LowerWords[mention.EndWordIndex + 2] is "race" or "chase" or "hunt" or "battle" or "queue" or "pursuit" or "running")
        {
            buyerBefore = buyerBefore with { Weight = 1 };
            buyerWeight = 0;
        }
        // "Before that he played for Wigan", "made 40 appearances for Rangers": where he has played is no club he goes to.
        if (buyerBefore.Length > 0 && Tenure.EndOf(before).Length >= buyerBefore.Length) buyerBefore = default;
        if (buyerBefore.Length > sellerBefore.Length)
        {
            var cueStart = beforeStart + before.Count - buyerBefore.Length;
            // "doesn't look to be heading to Bramall Lane", "backtracked on his move to Hull": not where he goes.
            if (NegatedBefore(sentence, cueStart) || PastBefore(sentence, cueStart)) { }
            // "agreed to sell Osimhen to Al-Ahli": the club a sale goes to is the buyer, however short the cue.
            else if (buyerBefore.Length == 1 && before[^1] == "to" && SaleBefore(sentence, cueStart)) buyerWeight += 3;
            // "Inter will pay €12m to Cagliari", "around €15 million ($17 million) to Al-Ain": money goes to the seller.
            else if (buyerBefore.Length == 1 && before[^1] == "to" && SumBefore(sentence, cueStart)) sellerWeight += 2;
            else buyerWeight += buyerBefore.Weight;
        }
        // "joins the Super Lig club from Inter": after a move to a club described, "from" names where he comes from
        // (only "the Premier League heavyweights from Old Trafford" alone describes the club itself).
        else if (sellerBefore.Length > 0) sellerWeight += sellerBefore.Weight == 0 && MoveVerbBefore(sentence, beforeStart + before.Count - sellerBefore.Length) ? 2 : sellerBefore.Weight;
        // "who is also linked with interest from Celtic", "Middlesbrough were also credited with interest": a rival suitor.
        if (buyerWeight > 0 && AlsoNear(sentence, mention)) buyerWeight /= 2;
        // "were all chasing him, but he is set to sign for Alanyaspor instead": the club he goes to in the others' place.
        else if (buyerWeight > 0 && mention.EndWordIndex < words.Count && sentence.LowerWords[mention.EndWordIndex] == "instead") buyerWeight += 2;
        return (buyerWeight, sellerWeight, isCounterparty);
    }

    // "Sunderland winger", and "Maccabi Haifa attacking midfielder", "Celtic young striker": a word for his kind of play
    // between the club and his position is part of what he is called (its length counts in the position's).
    private static (int Offset, double Weight, int Length) PositionRightAfter(ArraySegment<string> after)
    {
        // "the Fatih Karagümrük S.K striker": the club's legal suffix the gazetteer's name leaves off belongs to the name.
        if (after.Count > 1 && ClubSuffixes.Contains(after[0]) && PositionRightAfter(after[1..]) is { Offset: 0 } suffixed) return (0, suffixed.Weight, suffixed.Length + 1);
        var position = PositionAfter.FirstAt(after, maxOffset: 0);
        if (position.Offset == 0 || after.Count < 2 || !PositionAdjectives.Contains(after[0])) return position;
        var next = PositionAfter.FirstAt(after[1..], maxOffset: 0);
        return next.Offset == 0 && next.Weight > 0 ? (0, next.Weight, next.Length + 1) : position;
    }

    private static readonly HashSet<string> ClubSuffixes = new(StringComparer.Ordinal)
    {
        "s.k", "s.k.", "f.c", "f.c.", "fc", "sk", "sc", "s.c", "s.c.", "cf", "c.f", "c.f.", "afc", "fk", "jk", "a.s", "s.a", "s.a.",
    };

    private static readonly HashSet<string> PositionAdjectives = new(StringComparer.Ordinal)
    {
        "attacking", "defensive", "central", "wide", "holding", "creative", "versatile", "young", "talented", "experienced",
        "veteran", "promising", "teenage", "highly-rated", "out-of-favour", "unsettled",
        // "Saint-Etienne rising star Harold Moukoudi", "Porto's in-form striker".
        "rising", "exciting", "impressive", "prolific", "in-form", "emerging", "gifted", "highly-regarded", "coveted",
    };

    private static bool MissesOut(ArraySegment<string> cues, int before)
    {
        for (var i = 0; i + 1 < before; i++)
        {
            if (cues[i] is "miss" or "misses" or "missed" or "missing" or "lose" or "loses" or "losing" or "lost" && cues[i + 1] == "out") return true;
        }
        return false;
    }

    private static bool WasPresumed(ArraySegment<string> cues, int cue)
    {
        for (var i = 1; i < cue; i++)
        {
            if (cues[i] is "presumed" or "assumed" && cues[i - 1] is "was" or "were") return true;
        }
        return false;
    }

    // "Ross County transfers: Simon Murray joins": a colon or dash after the word ends a headline's topic.
    private static bool TopicMarkAfter(Sentence sentence, int word) =>
        word + 1 < sentence.Words.Count
        && sentence.Text.AsSpan(sentence.Words[word].End, sentence.Words[word + 1].Start - sentence.Words[word].End).IndexOfAny(":–—|") >= 0;

    // "agree terms with", "by agreeing personal terms with", followed by someone who is no club ("Arsenal's Saka" is his
    // club's player; "with Stoke over Jerome" is the other club, read as a deal's two sides).
    private static bool AgreesTermsWithPlayer(Sentence sentence, int from, int next)
    {
        var words = sentence.LowerWords;
        var end = ClauseEnd(sentence, from, Math.Min(words.Length, from + 10));
        for (var i = from; i + 2 < end; i++)
        {
            // "Chelsea midfielder Nemanja Matic has agreed terms with…": a name between makes the agreement his.
            if (sentence.Words[i].IsCapitalised && i > 0) return false;
            if (words[i] is not ("agree" or "agrees" or "agreed" or "agreeing")) continue;
            var terms = words[i + 1] is "personal" or "contract" or "contractual" ? i + 2 : i + 1;
            if (terms + 1 >= words.Length || words[terms] != "terms" || words[terms + 1] != "with") return false;
            var after = terms + 2;
            return after < words.Length && (after < next || sentence.Words[after].IsPossessive || after + 1 < words.Length && sentence.Words[after + 1].IsPossessive);
        }
        return false;
    }

    // An offer word before "from", with no verb of signing after it: "a bid to sign him from Marseille" names his club.
    private static bool NamesTheBidder(ArraySegment<string> lead)
    {
        var offer = -1;
        for (var i = 0; i < lead.Count; i++)
        {
            if (OfferWords.Contains(lead[i])) offer = i;
        }
        if (offer < 0) return false;
        for (var i = offer + 1; i < lead.Count; i++)
        {
            if (SigningVerbs.Contains(lead[i])) return false;
        }
        return true;
    }
}
