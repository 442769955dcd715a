namespace RumourBot.Reports.Clubs;

/// <summary>
/// The weighted cue phrases <see cref="ClubRoleReader"/> looks for around a club's mention: what a buyer or a seller
/// does after its name ("Real Madrid want", "Liverpool have rejected"), what is done to it before its name ("a move to",
/// "leave"), positions that make the club his ("Brighton midfielder"), and the words that name the other side of a deal.
/// </summary>
internal static class ClubRoleCues
{
    public static readonly PhraseTable BuyerAfter = new(
        "want", "wants", "wanted", "are considering", "considering", "consider", "keen", "interested", "eyeing", "eye",
        "monitoring", "tracking", "chasing", "targeting", "plan", "planning", "hope", "hoping", "lead the race",
        "leading the race", "are leading", "front-runners", "favourites",
        "made contact", "made an approach", "made a bid", "made an offer", "made a move", "submitted", "tabled", "launched",
        // "the Partenopei offered €50 million" (not "offered him a new contract", his own club's renewal: SellerAfter; nor
        // "a Celtic hero has offered fans a boost").
        "offered", "offered fans=0", "offered supporters=0",
        "lodged", "opened talks", "agreed=1", "completed", "signed", "sign", "close in", "closing", "push", "pushing",
        "move for", "ready", "prepared", "willing", "pay", "paid", "in talks", "hold talks", "held talks", "identified",
        "step up", "weighing", "need", "needs", "bid", "offer", "approach", "swoop", "enquired", "delighted",
        "announce", "have signed=3", "has signed=3", "have completed=3", "has completed=3", "keep tabs=3",
        "keeping tabs=3", "keeping a close eye=3", "keep a close eye=3", "keeping an eye=3", "keep an eye=3", "interest",
        "showing strong interest", "scouts", "scouted", "watched", "watching", "reach agreement", "reached an agreement",
        "put in", "offers", "bids", "have put in", "accelerate", "register", "registered",
        "asked", "admire", "admirers", "remain interested", "beat", "beaten", "won the race=3", "have won the race=3", "swooped=3", "secure", "secured",
        "land", "landed", "snapped up", "announced the signing", "confirmed the signing", "unveiled", "have been linked", "are linked",
        // "leeds agree georginio rutter deal" (a headline's present, as "agreed" is its past): mostly the buyer, lightly.
        "agree=1",
        // "Crystal Palace appear to have failed with an audacious bid": a bid that failed is still the club's bid.
        "failed with=3",
        // "Hull City have brought in Varga from Lyon", "have captured", "confirmed the capture of": a club's own words for a signing.
        "brought in=3", "capture of=3", "have brought in=3", "has brought in=3", "captured=3", "have captured=3", "has captured=3", "recruited=3",
        "have recruited=3", "has recruited=3", "acquired=3", "acquires=3", "have acquired=3", "has acquired=3", "have added=3", "has added=3",
        "are believed to be", "are said to be among=3", "is said to be among=3", "are reported to be among=3", "return", "hijack", "rival", "rivals", "join", "joined", "talks=1", "sounded out",
        "approached", "contacted", "enquiry", "enquiries", "confident", "hopeful", "optimistic", "push for",
        "entered negotiations=3", "entered talks=3", "have entered=2", "opened negotiations=3", "are in talks=3", "in negotiations=2",
        // "Dundee and Dundee United are fighting it out for the signature of Ayr United's Luke McCowan": rival suitors.
        "fighting it out=2", "fighting for", "battling for", "battling it out=2", "locked in a battle=2", "vying for", "competing for",
        "moved into pole position=3", "in pole position=3", "clear to move=2", "emerged as=2", "have emerged=2",
        "made their offer", "made their bid", "make an offer", "make a bid", "make=1", "makes=1",
        "signing", "latest signing", "new signing", "target",
        // Headlines speak in the present: "Dortmund signs Fuellkrug", "Boca Juniors confirm signing of De Rossi".
        "signs=3", "completes=3", "seals", "secures", "lands", "unveils", "snap up", "snaps up", "agrees=1",
        "confirm signing=3", "confirms signing=3", "confirm the signing=3", "confirms the signing=3",
        // "West Brom In For Wes Hoolahan", "have entered the race", "are open to taking him on loan".
        "in for=3", "entered the race=3", "enter the race=3", "joined the race=3", "join the race=3",
        "open to taking=3", "open to signing=3", "in the market for=2", "snaring", "snare",
        // "Leeds are holding talks with his agent" (not "are holding out for £30m", the seller's words).
        "holding talks=3", "are holding talks=3", "is holding talks=3", "holding discussions=3", "are holding discussions=3",
        "holding negotiations=3", "are holding negotiations=3",
        "trying to sign=3", "trying to reach=3", "trying to land=3", "trying to bring=3", "trying to lure=3",
        "trying to secure=3", "trying to convince=3", "reach an agreement", "send scouts=3", "sent scouts=3",
        "confirmed the arrival=3", "confirm the arrival=3", "announced the arrival=3", "welcomed=3", "earmarked=3",
        "turned their attention=3", "circling", "in the hunt=3", "hunt", "firmed up", "reignited", "plotting=3", "lining up=3",
        "preparing", "test the resolve=3", "offered the chance=3", "looking to acquire=3", "acquire", "tempt", "lure",
        "trying to tempt=3", "looking to sign=3", "looking to bring=3", "looking to land=3", "looking to add=3",
        "close to signing=3", "close to sealing=3", "close to completing=3", "close to landing=3", "nearing", "nears",
        "complete=2", "poised to complete=3", "poised to sign=3", "poised to land=3", "poised to seal=3", "set to complete=3",
        "set to sign=3", "set to land=3",
        "radar", "shortlist", "wishlist", "wish list",
        "entered the frame=3", "enter the frame=3", "preference",
        "tied up=3", "tie up=3",
        // "Rennes could outbid Leeds": the club that outbids the others bids too.
        "outbid", "outbids", "outbidding",
        // "Olympiacos are seeking to strike a loan deal for him": a club that strikes a deal strikes it for him.
        "strike a=3", "strikes a=3", "seeking to strike=3", "looking to strike=3", "strike deal=3", "strikes deal=3",
        // "Konyaspor have made significant progress in their quest to recruit Ikpeazu".
        "progress in=2", "quest to recruit=3", "quest to sign=3", "quest to land=3", "quest to bring=3", "quest to secure=3",
        "undergoing a medical=4", "undergo a medical=4", "for a medical=4", "having a medical=4", "completing a medical=4", "top target", "transfer target", "summer target", "pursuit");

    public static readonly PhraseTable SellerAfter = new(
        "no intention", "not for sale", "rejected", "reject", "turned down", "turn down", "rebuffed", "dismissed",
        "refuse", "refused", "knock back", "rebuff", "want to keep", "determined to keep", "keen to keep", "hope to keep", "keep",
        "value", "valued", "demand", "demanding", "holding out", "reluctant", "will not sell", "won't sell", "won\u2019t sell", "accept",
        "accepted", "sold", "sell", "selling", "open to", "resolve", "forward",
        // "Tottenham are primed to offload an unwanted defender to Germany" (not "must offload a player before they can sign
        // him", nor "focus on offloading players": others of theirs).
        "offload an unwanted", "offload the unwanted", "offload their unwanted", "offload him", "offloading him", "offloaded him", "offloads him",
        // "FC Groningen rejects bid", "Benfica confirm offer for Felix", "Benfica are evaluating an offer": the club that hears an offer.
        "rejects", "rebuffs", "turns down", "refuses", "accepts", "sells", "demands",
        // "Claims about Preston receiving a bid for Riis": the club a bid is made to.
        "receiving a bid=3", "receiving an offer=3", "received a bid=3", "received an offer=3", "receive a bid=3", "receive an offer=3", "receives a bid=3", "receives an offer=3",
        // "United will have a buy-back option": the club keeping a claim on him sells him.
        "buy-back=3", "buyback=3",
        // "Bolton have allowed striker Adam Le Fondre to leave": the club that lets its player go (not "allowed the clause to expire").
        "allowed striker=3", "allowed midfielder=3", "allowed defender=3", "allowed winger=3", "allowed forward=3", "allowed goalkeeper=3",
        "allowed him to leave=3", "allowed him to join=3", "allowed him to go=3",
        "confirm offer=3", "confirms offer=3", "confirmed an offer=3", "confirm receipt=3", "confirmed receipt=3",
        "evaluating an offer=3", "evaluating the offer=3", "evaluating offers=3", "considering an offer=3", "considering a bid=3", "considering the offer=3",
        "considering offers=3", "studying an offer=3", "studying the offer=3", "weighing up an offer=3", "mulling over=2",
        "received an offer=3", "received a bid=3", "have received=3", "has received=3", "in receipt of=3",
        // "Real Madrid sanction Sevilla loan", "Atletico send Jota on loan to Porto": the club that lets him go.
        "sanction=3", "sanctioned=3", "sanctions=3", "on loan to=3", "out on loan=3", "loan him out=3", "loaned out=3",
        "send him on loan=3", "on a season-long loan=2",
        // A possessive's noun: "Benfica's price demands", "Benfica's potential sales".
        "price", "asking price", "price tag", "sale", "sales", "potential sales",
        "braced for=3", "bracing themselves=3",
        // "Wolves are anticipating an approach from one of the teams", "would attempt to recoup £40m for Sa": the club that
        // waits for offers, or wants its money back, is the one that sells.
        "anticipating an approach=3", "anticipating bids=3", "anticipating offers=3", "expecting an approach=3", "expecting bids=3",
        "expecting offers=3", "recoup=3", "permission=3", "ready to let him=3", "willing to let him=3", "prepared to let him=3",
        "happy to let him=3", "open to letting him=3",
        // "Leverkusen could be willing to listen to offers for Bailey": the club that hears the offers sells.
        "willing to listen=3", "ready to listen=3", "prepared to listen=3", "listen to offers=3", "listen to bids=3", "listening to offers=3",
        "to send=3", "deal to send=3", "sale of=3", "agreed the sale=3", "first team=2", "first-team=2",
        "take a share=3",
        "hoping to move on=3", "looking to move on=3", "want to move on=3", "wants to move on=3",
        // "Celtic offered him a new contract": his own club, keeping him.
        "offered him a new=3", "offered him fresh=3", "offered him improved=3", "offered him an extension=3", "offered him a contract extension=3",
        "offered the player a new=3",
        "reached an agreement to sell=3", "agreement to sell=3", "agreed a deal to sell=3", "deal to sell=3", "departure=2", "exit=2",
        "left-back",
        // "his contract with Paris Saint-Germain expires at the end of the campaign": the club whose contract runs out is his.
        "expires=3", "expire=3", "expiring=3", "runs out=3", "run out=3", "is up=3",
        "stance", "have not given up hope", "hope to keep", "position", "asking", "valuation", "have agreed to let", "blocked", "block",
        "knocked back", "have set", "set an asking", "want more", "want at least", "are holding", "are standing firm",
        "receive", "received", "will receive", "cash in", "agreed to sell", "agreed to release", "loaned",
        "are set to lose", "lose", "losing", "announced his departure", "confirmed his departure",
        "confirmed the sale", "denied", "deny", "secured a sell-on=3", "keep a sell-on=3",
        "retain a sell-on=3", "will keep a=1",
        // "Napoli want to sell", "willing to cash in": a club whose wish is to let him go is his club, though the verb reads like a buyer's.
        "in talks over the future=3", "are in talks over the future=3", "is in talks over the future=3", "talks over the future=3", "talks about the future=3", "discussions over the future=3",
        "want to sell=3", "wants to sell=3", "wanted to sell=3", "wanted to offload=3", "willing to cash=3", "ready to cash=3",
        "prepared to cash=3", "looking to cash=3", "want to offload=3", "wants to offload=3", "keen to sell=3", "keen to offload=3",
        "looking to sell=3", "looking to offload=3", "looking to cash in=3", "willing to sell=3", "willing to let him go=3",
        "willing to cash in=3", "willing to accept=3", "ready to sell=3", "ready to cash in=3", "ready to let him go=3",
        "prepared to sell=3", "prepared to let him go=3", "prepared to cash in=3", "happy to sell=3", "happy to let him go=3",
        "open to selling=3", "move him on=3", "willing to move him on=3", "ready to move him on=3", "prepared to move him on=3", "happy to move him on=3", "plan to sell=3", "planning to sell=3", "hoping to sell=3", "need to sell=3", "needs to sell=3");

    public static readonly PhraseTable BuyerBefore = new(
        "joins=4", "signs for=4", "moves to=4", "heads to", "switches to=4", "his way to=3",
        // "has moved to Fiorentina on a season-long loan": the move just made (a bare "moved to" is as often his past).
        "has moved to=4", "have moved to=4", "has now moved to=4",
        // "first with Darmstadt before moving to Schalke": a step of his career told in passing.
        "before moving to=0",
        // "has rejoined League One side Bolton Wanderers on a season-long loan".
        "rejoined=4", "rejoins=4", "rejoin=4", "re-joined=4", "re-joins=4", "re-join=4",
        "continue his career at=3", "continue his career with=3", "scouts from=3",
        "move to=4", "switch to=4", "transfer to=4", "join=4", "joining=4", "joined=3", "to join=4", "sign for=4",
        "signing for=4", "signed for=3", "bid from", "offer from", "approach from", "interest from", "attention from", "contact from", "enquiry from", "heard nothing from", "heard from", "linked with", "linked to",
        "heading to", "head to", "loan to", "loaned to", "return to", "in favour of", "moving to", "destined for", "destination is=3",
        "bound for", "medical with", "medical at", "five-year contract at=3", "four-year contract at=3",
        "three-year contract at=3", "two-year contract at=3", "five-year deal at=3", "four-year deal at=3", "three-year deal at=3", "two-year deal at=3",
        "one-year deal at=3", "year deal at=3", "long-term contract at=3", "year contract at=3", "contract through=1", "debut for", "unveiled by",
        "wanted by", "targeted by", "signed by", "snapped up by", "courted by", "tracked by", "approached by",
        "interest of", "pursued by", "eyed by", "monitored by", "to=1", "for=0.5", "attention of", "including=1", "pre-contract with=4",
        "bid by=3", "offer by=3", "approach by=3", "proposal by=3", "tabled by=3", "submitted by=3", "lodged by=3", "offered by=3",
        // "heading off for a season on loan at Birmingham": where he will play next ("a spell on loan at" is his past).
        "season on loan at=3", "season-long loan at=3", "season on loan with=3", "season-long loan with=3", "play on loan at=3", "play on loan with=3",
        "pre-contract agreement with=4", "precontract with=4",
        // "will arrive at the French club on loan"; "could face opposition from Arsenal": a rival bidder.
        "arrive at=3", "arrives at=3", "arriving at=3", "opposition from=2", "competition from=2",
        // "when he was sold to Juventus": the club a seller lets him go to.
        "sold to=4", "sold him to=4", "sell him to=3", "sale to=3", "transferred to=4", "transferred him to=4");

    public static readonly PhraseTable SellerBefore = new(
        "from", "leave", "leaving", "left", "quit", "depart", "departing", "exit", "current contract with=3",
        "existing contract with=3", "contract situation at=3", "his contract with=3", "expiry of his contract with=3",
        "contract expires at=3", "contract runs out at=3", "approach to=3", "bid to=2", "offer to=2", "back to=2",
        // "returned to Wolves at the end of the year", "has now returned to Valencia": the club he is back at is his club.
        "returned to=2",
        "week at=2", "wages at=2", "salary at=2", "presented to=3", "proposal to=3", "million to=2", "bonuses to=2",
        "add-ons to=2", "made to=2", "paid to=3", "be paid to=3", "owed to=3", "payable to=3", "million due to=3", "situation at", "stay at", "remain at", "stay with=3", "remain with=3", "staying with=3", "staying at=3", "remaining at=3", "remaining with=3", "keep him at", "future at",
        "renew with", "extend with", "extension with", "new contract at", "new deal at", "new deal with",
        // "has signed a new one-year contract with Port Vale": the club he stays at.
        "new one-year contract with=3", "new two-year contract with=3", "new three-year contract with=3", "new 12-month contract with=3",
        "new one-year deal with=3", "new two-year deal with=3", "new three-year deal with=3", "new 12-month deal with=3",
        "new long-term contract at=3", "new long-term deal at=3", "new long-term contract with=3", "new long-term deal with=3",
        "leaves", "quits", "departs", "exits", "paid=2",
        // "is set to bid farewell to Juventus": the club he leaves.
        "farewell to=3", "goodbye to=3",
        // "spent one season with Aston Villa" weighs little (a past club, often the seller, often not); "Premier League
        // heavyweights from Old Trafford" is the club's own description, neither side (and no "with X" counterparty).
        "season with=1", "seasons with=1", "campaign with=1", "season at=1", "seasons at=1", "heavyweights from=0", "giants from=0", "side from=0",
        "outfit from=0", "club from=0", "clubs from=0", "team from=0",
        "pay=2", "paying=2", "transfer request at=3", "request at=3",
        "signing of=2", "games for=3", "matches for=3",
        "parted ways with=3", "part ways with=3", "parts ways with=3", "parting ways with=3", "split with=2",
        "way out of=3", "swap=3", "swaps=3", "swapped=3", "swapping=3",
        "away from", "exit from", "departure from", "resolve of", "rejected by", "turned down by",
        "rebuffed by", "knocked back by", "sold by", "released by", "loaned out by=4", "loaned by=3", "time at", "career at", "spell at", "stint at",
        "years at=3", "decade at=3", "decade with=3", "contract at=3", "deal at", "happy at", "settled at", "captain of", "star of", "boyhood club=3", "sounded out", "approached",
        "contacted", "asked", "asks", "persuade", "release clause at=3", "buyout clause at=3", "buy-out clause at=3", "exit clause at=3", "playing with=3", "playing for=3", "plays for=3", "currently at=3",
        // "Simon is happy to play for Sevilla": content where he plays.
        "happy to play for=3", "happy playing for=3", "content to play for=3",
        "currently with=3", "books of=3", "contracted to=3", "under contract at=3", "under contract with=3",
        "appearances for=3", "goals for=3", "performances for=3", "displays for=3", "on loan from=3", "loan from=3", "pursuit of=1",
        // "is on the books at Botafogo", "ends an 18-month spell with Roma".
        "books at=3", "spell with=2", "stint with=2",
        // "as well as some European experience with UCD": a club of his past, no side of this deal.
        "experience with=0", "experience at=0",
        // "has been in superb form for Sampdoria", "starred for Lens this season": where he plays now, not a buyer.
        "form for=2", "starred for=2", "shone for=2", "impressed for=2", "excelled for=2", "scored for=2",
        // "9 goals and 13 assists in 35 games in all competitions for Hradec Kralove": his record where he plays.
        "all competitions for=3", "assists for=3", "starts for=3", "outings for=3", "clean sheets for=3");

    // "13 goals for Leicester last season", "spent two seasons at Yeni Malatyaspor": where he has been playing.
    public static readonly PhraseTable Tenure = new(
        "goals for", "appearances for", "performances for", "displays for", "games for", "matches for", "caps for", "played for", "playing for", "plays for",
        "all competitions for", "assists for", "starts for", "outings for", "clean sheets for",
        "season with", "seasons with", "season at", "seasons at", "years at", "years with", "spell at", "spell with",
        "stint at", "stint with", "time at", "time with", "career at");

    // "Brighton midfielder Carlos Baleba", "Liverpool's vice-captain": a position right after the club names his club.
    public static readonly PhraseTable PositionAfter = new(
        "vice-captain", "captain", "defender", "midfielder", "forward", "striker", "winger", "goalkeeper", "keeper", "star",
        "academy", "full-back", "fullback", "right-back", "left-back", "centre-back", "center-back", "playmaker",
        "teenager", "youngster", "wonderkid", "talisman", "player", "players", "loanee", "attacker", "centre-forward", "number",
        // "Brann midfield star Horn Myhre", "Wigan frontman X", "Celtic starlet X": what a club's player is called.
        "midfield star", "midfield ace", "midfield maestro", "frontman", "marksman", "ace", "starlet", "prospect", "skipper",
        "wing-back", "shot-stopper", "scorer", "goalscorer",
        // "the Tottenham Hotspur misfit", "Chelsea outcast": what a club's unwanted player is called.
        "misfit", "outcast", "flop", "wantaway", "reject", "man",
        "contract", "deal", "lineup", "line-up", "ranks", "stay",
        // "Barcelona president", "Bayern CEO": a club's official speaks for it, which says nothing of the side it is on.
        "sporting director=0", "sports director=0", "director=0", "president=0", "chairman=0",
        "sports board=0", "board=0", "chief executive=0", "ceo=0", "boss=0", "manager=0", "coach=0", "head coach=0");

    // Buyer cues that say what a club wishes, which a "not" before them takes back.
    public static readonly HashSet<string> WishWords = new(StringComparer.Ordinal)
    {
        "want", "wants", "interested", "interest", "keen", "prepared", "willing", "ready", "considering", "consider", "plan",
        "planning", "eyeing", "monitoring", "tracking", "chasing", "targeting", "hope", "hoping", "need", "needs", "confident",
    };

    // "become a Chelsea player": the club he is joining.
    public static readonly PhraseTable JoiningBefore = new("become=3", "becomes=3", "became=3", "new=1",
        // "to be unveiled as a Barcelona player": the club that presents him signs him.
        "unveiled as=3", "presented as=3", "announced as=3");

    // "an offer of €55m from Bayern": "from" after an offer names the bidder, not his club.
    public static readonly HashSet<string> OfferWords = new(StringComparer.Ordinal)
    {
        "offer", "bid", "proposal", "approach", "interest", "enquiry", "enquiries", "bids", "offers",
    };

    // "a bid to sign him from Marseille", "an offer to prise him from Lyon": after such a verb "from" names his club.
    public static readonly HashSet<string> SigningVerbs = new(StringComparer.Ordinal)
    {
        "sign", "buy", "land", "prise", "pry", "lure", "poach", "bring", "take", "acquire", "secure", "snatch", "recruit",
    };

    // "... with X": the other side of a deal. After another club ("Brighton agree a deal with Feyenoord") X sells;
    // after a player ("Rashford agrees terms with Barcelona") X buys.
    public static readonly PhraseTable Counterparty = new(
        "deal with", "agreement with", "talks with", "terms with", "negotiations with", "contact with", "discussions with",
        "contract with", "fee with", "with=1");
}
