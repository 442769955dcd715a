using System.Buffers;
using System.Text.RegularExpressions;
using RumourBot.Reports.Text;

namespace RumourBot.Reports;

/// <summary>
/// Reads how far a move has got from the words of the sentences about it, keeping the strongest signal.
/// Negated signals ("no agreement has been reached") do not count.
/// </summary>
public static partial class StatusDetector
{
    private static readonly string[] StillAheadWords = ["subject to", "pending", "awaiting", "be finalised", "be finalized", "be formalised", "be formalized", "be signed", "be completed", "be made official", "be announced", "be confirmed", "announce", "confirm", "announcement", "paperwork", "details", "brink", "permission", "green light", "be officially", "be formally", "complete", "finalis", "finaliz", "seal"];

    private static readonly SearchValues<string> StillAheadTriggers = Words(StillAheadWords);

    /// <summary>Whether the sentence tells of a deal whose last step is still ahead ("the contract will be signed midweek").</summary>
    public static bool IsStillAhead(string sentence) => sentence.AsSpan().IndexOfAny(StillAheadTriggers) >= 0 && StillAhead().IsMatch(sentence);

    /// <summary>Whether the sentence tells of a medical still to come ("will now undergo his medical", "a medical is booked for Monday"): no move is complete before it.</summary>
    public static bool TellsMedicalAhead(string sentence) =>
        sentence.Contains("medical", StringComparison.OrdinalIgnoreCase) && MedicalAhead().IsMatch(sentence);

    [GeneratedRegex(@"\b(?:will|set to|expected to|due to|poised to|scheduled to|is to|are to|so he can|so that he can)\s+(?:now\s+|then\s+|first\s+)?(?:undergo|have|take|sit|complete|pass)\s+(?:a |an |his |her |the )?(?:\S+ )?medical\b|\bmedical (?:is |has been )?(?:booked|scheduled|planned)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MedicalAhead();

    // Each status's cue words, strongest status first. A search for the words that every phrase of the pattern must
    // contain rules most sentences out before the pattern itself runs; all the lists are searched in one pass.
    private static readonly (MoveStatus Status, string[] Triggers, Regex Pattern)[] Cues =
    [
        (MoveStatus.ContractRenewal, Triggers("tied", "agreed to stay", "agrees to stay", "a fresh deal", "a fresh contract", "fresh deal", "fresh contract", "a fresh one", "a fresh two", "a fresh three", "a fresh four", "a fresh five", "a fresh long", "professional deal", "signed on for", "new", "fresh terms", "improved terms", "extension", "extend", "renewed", "renewal", "committed", "commits", "professional contract", "as a professional", "down to a", "down on a", "handed", "commit", "keep him at", "keeps him at", "keep her at", "keeps her at", "deal to remain", "deal to stay", "contract to remain", "contract to stay", "lock up", "locks up", "locked up", "renovat"), Renewal()),
        (MoveStatus.Collapsed, Triggers("drop", "block", "ended talks", "ended their talks", "ended the talks", "ended all talks", "ended negotiations", "ended the negotiations", "ended their negotiations", "ends talks", "end talks", "terminated", "were ended", "was ended", "been ended", "broken off", "broke off", "pursuit of", "chase of", "medical", "missed out", "collaps", "apart", "dead", "off for now", "looks off", "seems off", "appears off", "be joining", "be re joining", "be rejoining", "be re-joining", "it's off", "it’s off", "it is off", "be off", "withdr", "fell through", "falls through", "fallen through", "is off", "was off", "been off", "now off", "pull out", "walked away", "broke down", "broken down", "called off", "abandon", "ended their interest", "end their interest", "scrapped", "cancelled", "u-turn", "plug", "is over", "are over", "was over", "were over", "been over", "case is closed", "backed out", "backing out", "backs out", "back out", "give up", "gives up", "given up", "gave up", "giving up", "move off", "deal off", "transfer off", "switch off", "halted", "decided against", "attention", "focus", "dead end", "dead-end", "failed to get", "fails to get", "failed to push", "not continu", "not be continu", "no longer pursu", "no longer chas", "walk away", "walks away", "cooled", "cools", "cooling", "cool their", "cool its", "cool his", "unable to", "failed to", "fail to", "fails to", "hopes of", "failed in", "fail in", "fails in", "unsuccessful", "away from", "move on from", "moved on from", "moving on from", "pulled", "changed their mind", "changed his mind", "changed its mind"), Collapsed()),
        (MoveStatus.Done, Triggers("by selling", "deadline to", "dotted line", "paraded", "went through", "on loan to", "linked up", "debut for", "shirt", "done", "rubber", "ratified", "sold", "becomes", "became", "brought in", "added", "captured", "made official", "tied up", "made the switch", "made the move", "made his move", "recruited", "inks", "inked", "strengthened", "finalis", "finaliz", "presented as", "complet", "sealed", "finalis", "finaliz", "joined", "joins", "signed", "signs", "officially", "unveiled", "announce", "announcing", "confirm", "pen to paper", "pen-to-paper", "acquired", "who joins", "become", "moved", "left ", "loaned", "official", "welcomed", "hailed", "acquiring", "after signing", "after securing", "after landing", "after capturing", "fee to", "penned", "penning", "became", "is now a", "snapped up", "landed", "secured the", "wrapped up", "swapped", "managed to", "able to", "wrap up", "wraps up", "sold", "shelled out", "forked out", "splashed out", "paid out", "seals", "extended", "beaten off", "after joining", "mutual consent", ", signing", "traded", "presented to", "quit ", "quit,", "departed", "parted ways", "ended his", "ended her", "dropped down"), Done()),
        (MoveStatus.Agreed, Triggers("hands on", "flown", "to finalise", "to finalize", "to seal", "to tie up", "to undergo", "due to sign", "scheduled to sign", "formality", "all but", "to be unveiled", "to be presented", "to be announced", "to be officially", "to be confirmed", "won the race", "done deal", "here we go", "agree", "ahead of", "arriv", "landed in", "lands in", "flew", "flies", "travel", "reached", "struck", "in place", "accepted", "medical", "physical", "deal done", "pre-contract", "precontract", "about to", "reach a", "reaches a", "reach full", "reaches full", "reach total", "sanction", "closed the", "closed a", "will join", "will officially join", "will return to", "will rejoin", "will re-join", "set to join", "set to sign", "set to move", "set to rejoin", "set to re-join", "set to return", "poised to join", "poised to sign", "poised to move", "due to join", "due to move", "scheduled to join", "is heading to", "are heading to", "is headed to", "are headed to", "will move to", "will become", "will sign", "will be joining", "will make the move", "accept", "release clause", "buyout clause", "buy-out clause", "exit clause", "termination clause", "rescission clause", "strike deal", "strikes deal", "strike a deal", "strikes a deal", "beaten", "after agreeing", "finalising", "finalizing", "finalised", "finalized", "concluded", "is joining", "are joining", "secure"), Agreed()),
        // The deal is agreed and only its last step is ahead: "subject to the signing of the contract", "pending official
        // confirmation", "the deal will be finalised next week".
        (MoveStatus.Agreed, StillAheadWords, StillAhead()),
        (MoveStatus.Denied, Triggers("aware", "fiction", "quash", "interested in", "no interest in", "ruled out", "rules out", "rule out", "ruling out", "truth", "denied", "denies", "refut", "been rejected", "been dismissed", "rubbish", "fake news", "nothing to", "wide of the mark", "categorically", "baseless", "foundation", "not true", "speculation", "dismiss", "deny", "reports", "rumour", "talk", "claims", "stories", "no basis", "fabricat", "invent", "not received", "received no", "played down", "plays down", "play down", "playing down", "laughed off", "brushed aside", "shrugged off", "batted off", "batted away", "swatted away", "false", "untrue", " lies", "shunned", "quashed", "brushed off", "cold water", "had contact", "been in contact", "nobody", "no one", "no club", "no team", "no other team", "no other club", "intention of leaving", "intention of moving", "intention of joining", "nowhere", "anywhere", "been no", "taken place", "been made", "been held", "not negotiat", "not currently negotiat", "suggestions", "distanced", "wrong", "inaccurate", "nothing of", "nothing about", "on the table", "shut down", "shuts down", "shutting down", "concrete interest", "real interest", "serious interest", "genuine interest", "firm interest", "no agreement", "nonsense", "there is no", "there's no", "there’s no", "there was no", "n't any", "n’t any", "not any", "not yet had", "not had", "had no", "shot down", "nothing agreed", "nothing has been agreed", "not after"), Denied()),
        (MoveStatus.Rejected, Triggers("declined", "his back on", "her back on", "their back on", "deemed", "considered insufficient", "considered inadequate", "judged", "viewed as", "not-for-sale", "no plans to", "reject", "turned down", "turn down", "refuse", "refusing", "rebuffed", "knocked back", "dismissed", "snubbed", "no intention", "not for sale", "refused", "shut the door", "unwilling", "not willing", "failed with", "fail with", "fails with", "turning down", "knocking back", "rebuff", "knock back", "knocks back", "say no to", "says no to", "said no to", "short of", "more for", "more money for", "do business", "out of the question", "into question", "'no", "‘no", "\"no", "“no"), Rejected()),
        (MoveStatus.Bid, Triggers("bid", "offer", "proposal", "tabled", "lodged", "submitted"), Bid()),
        (MoveStatus.Talks, Triggers("reached out", "working on", "working toward", "apart", "haggling", "dialogue", "availability", "permission to", "talks", "negotiat", "contact", "discussions", "approach", "dialogue", "met with", "enquir", "inquir", "close to", "closing in", "nearing", "edging", "nears", "cusp", "verge", "close in", "closes in", "imminent", "close", "final stages", "conversation", "sound", "meeting", "close an", "close a", "close the", "push", "in touch", "spoken to", "spoken with", "talked to", "talked with", "project to", "unable to", "struggling to", "asked"), Talks()),
        (MoveStatus.Interest, Triggers("the hunt for", "the race for", "the race to sign", "the chase for", "the battle for", "the scramble for", "the queue for", "the hunt to sign", "circling", "wanted by", "move for", "pole position", "the race", "favourites to", "braced for", "open to", "lining up", "tabs on", "alerted to", "kept informed", "kept updated", "kept abreast", "interest", "want", "keen", "monitor", "target", "eye", "consider", "list", "admire", "track", "linked", "pursu", "chas", "weighing up", "planning", "exploring", "scout", "ready to", "prepared to", "willing to", "identified", "priority", "lure", "plot", "preparing", "radar"), Interest()),
    ];

    private static string[] Triggers(params string[] words) => words;

    private static SearchValues<string> Words(params string[] words) => SearchValues.Create(words, StringComparison.OrdinalIgnoreCase);

    // "In January 2019, Appere joined Broughty Athletic on loan": a month and a year open a sentence of the past.
    private static readonly string[] MonthYears =
        [.. from month in MonthNames.All
            from century in new[] { " 19", " 20" }
            select month + century];

    // Words every match of a background pattern contains (one of them, in any case): a sentence without any cannot
    // match, so the pattern, which would try at every word, is not run on it. Keep each list in step with its
    // pattern's branches (Historical, RecentPast below).
    // "in January" to "in December" but for May, which RecentPast leaves out ("in may" is as often the verb's).
    private static readonly string[] InMonthsButMay = ["in jan", "in feb", "in mar", "in apr", "in jun", "in jul", "in aug", "in sep", "in oct", "in nov", "in dec"];

    private static readonly string[] HistoricalWordList =
        ["last ", " ago", "when", "previously", "initially ", "back in", "had already", "at the time", "at one ", "prior to", "in 19", "in 20", "of 19", "of 20", "since ",
         "summer 19", "summer 20", "winter 19", "winter 20", "spring 19", "spring 20", "autumn 19", "autumn 20",
         .. InMonthsButMay, "in may", .. MonthYears];

    private static readonly string[] RecentPastWordList =
        [" ago", "in the past", "in recent ", "earlier this ", "earlier in the ", "last ", "previous ", .. InMonthsButMay];

    // One pass finds every status's cue words (bit i: Cues[i]) and the words the background patterns need.
    private const int HistoricalBit = 62;
    private const int RecentPastBit = 63;

    private static readonly WordSetScanner CueWords = new(
        Cues.SelectMany((cue, i) => cue.Triggers.Select(word => (word, 1UL << i)))
            .Concat(HistoricalWordList.Select(word => (word, 1UL << HistoricalBit)))
            .Concat(RecentPastWordList.Select(word => (word, 1UL << RecentPastBit))));

    // Each status's pattern, tried at word starts only when its branches all begin at one.
    // Static fields initialise in text order within a file, so the background's scanners stay here beside their word lists.
    private static readonly SearchValues<string> HistoricalWords = Words(HistoricalWordList);

    private static readonly WordStartPattern HistoricalAtWords = new(Historical());

    private static readonly WordStartPattern RecentPastAtWords = new(RecentPast());

    private static readonly WordStartPattern[] CuePatterns = [.. Cues.Select(cue => new WordStartPattern(cue.Pattern))];

    private static bool Has(ulong found, int bit) => (found & (1UL << bit)) != 0;

    /// <summary>The statuses whose cue pattern has a branch that does not begin at a word, so it runs at every character.</summary>
    internal static IEnumerable<MoveStatus> CuesTriedAtEveryCharacter =>
        Cues.Where((_, i) => !CuePatterns[i].AtWordStarts).Select(cue => cue.Status);

    /// <summary>The statuses whose cue pattern has a branch whose opening characters cannot be read, so it is tried at every word.</summary>
    internal static IEnumerable<MoveStatus> CuesTriedAtEveryWord =>
        Cues.Where((_, i) => !CuePatterns[i].PassesOverWords).Select(cue => cue.Status);

    public static MoveStatus Detect(IEnumerable<string> sentences) => Combine(sentences.Select(DetectOne));

    /// <summary>
    /// The article's status from its sentences': the strongest, except that a denial outweighs the claims it denies
    /// ("Real Madrid have denied reports that he has agreed to join…"); only a completed move beats a denial.
    /// </summary>
    public static MoveStatus Combine(IEnumerable<MoveStatus> statuses)
    {
        var strongest = MoveStatus.Unknown;
        var denied = false;
        foreach (var status in statuses)
        {
            denied |= status == MoveStatus.Denied;
            if (status > strongest) strongest = status;
        }
        return denied && strongest is not (MoveStatus.Done or MoveStatus.Collapsed) ? MoveStatus.Denied : strongest;
    }

    public static MoveStatus DetectOne(string sentence)
    {
        var status = DetectStatement(sentence);
        // "Is the deal done?", "Will Arsenal make a bid?": a question asks about the move, it tells no more than that it is talked of.
        if (status is > MoveStatus.Talks and not MoveStatus.Denied && IsQuestion(sentence)) return MoveStatus.Interest;
        // "If the club give permission, we can open negotiations": a sentence opening on a condition tells what would
        // follow it, a move talked of; "If reports are true, Rovers have agreed a fee" reports the deed.
        return status is > MoveStatus.Interest and not MoveStatus.Denied && OpensOnCondition().IsMatch(sentence) ? MoveStatus.Interest : status;
    }

    [GeneratedRegex(@"^\W*(?:(?:however|but|and|yet)\W+)?(?:if|unless)\b(?![^,]*\b(?:reports?|reported|rumou?rs?|believed|true|accurate|correct)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OpensOnCondition();

    private static bool IsQuestion(string sentence) => sentence.AsSpan().TrimEnd(" \"'”’)").EndsWith("?");

    private static MoveStatus DetectStatement(string sentence)
    {
        var found = CueWords.Scan(sentence);
        // The Kelvin sign is the one non-ASCII letter the patterns' ignore-case reads as an ASCII one ('k').
        if (sentence.Contains('\u212A')) found |= 1UL << HistoricalBit | 1UL << RecentPastBit;
        if (Has(found, DeniedCue) && FirstMatch(sentence, CuePatterns[DeniedCue]) is { } denial)
        {
            // "Asked about the bid, Moyes said: 'He's not going anywhere'": a club's answer to an offer is a rejection.
            return StayingStance().IsMatch(denial.Value) && OfferNamed().IsMatch(sentence) ? MoveStatus.Rejected : MoveStatus.Denied;
        }
        bool? background = null;
        for (var cue = 0; cue < Cues.Length; cue++)
        {
            var status = Cues[cue].Status;
            if (status == MoveStatus.Denied) continue; // read above: no denial here stands unnegated
            if (!Has(found, cue)) continue;
            // "signed a new contract last summer" is background, not news.
            // "had it rebuffed by his club last season" is as old as a signing then.
            if (status is MoveStatus.ContractRenewal or MoveStatus.Done or MoveStatus.Collapsed
                && (background ??= Has(found, HistoricalBit) && HistoricalAtWords.IsMatch(sentence) || Has(found, RecentPastBit) && RecentPastAtWords.IsMatch(sentence))) continue;
            foreach (var match in CuePatterns[cue].Matches(sentence))
            {
                // "had it rebuffed by his club last season", "opened talks months ago": old news when the time is in its clause.
                // So is an agreement dated in its clause ("travelled to Lisbon to sign him back in the summer of 2019"), and a
                // bid ("turned down a €7 million bid from the Ukrainian side last year").
                if (status is MoveStatus.Rejected or MoveStatus.Talks or MoveStatus.Agreed or MoveStatus.Bid && PastInClause(sentence, match, found)) continue;
                // Talks that are planned ("expected to hold final talks") are talks already; only a true negation undoes them.
                // So is a medical ahead ("will arrive this week to undergo a medical"): the clubs have agreed.
                var planCounts = status == MoveStatus.Talks || status == MoveStatus.Agreed && IsMedical(match.Value);
                // "determined to firm up their interest with a formal offer": the wish governs its whole clause. So does a
                // condition or a price ("if a bid is received", "holding out for an offer of £20m"): no bid is made yet.
                if (status == MoveStatus.Bid && WishedInClause(sentence, match.Index)) continue;
                // "the club confident that the striker will sign after the World Cup": a future someone expects, no agreement told.
                if (status == MoveStatus.Agreed && match.Value.StartsWith("will ", StringComparison.OrdinalIgnoreCase) && ExpectedInClause(sentence, match.Index)) continue;
                // "rejected Leeds' renewal offer": his club's offer to keep him, no bid for the move.
                if (status == MoveStatus.Bid && (RenewalOffer().IsMatch(match.Value) || OfferToKeepHim(sentence, match))) continue;
                if (planCounts ? IsDenial(sentence, match.Index, willCounts: status == MoveStatus.Agreed) : IsNegated(sentence, match.Index) && !TheEndOfATale(sentence, match, status)
                    // "will sign his first professional contract on July 21", "set to sign a new deal": a renewal on its way is one.
                    && !(status == MoveStatus.ContractRenewal && Scheduled(sentence, match.Index))) continue;
                // "He had agreed terms to join Atletico during the summer, only for…": the past perfect tells of an earlier
                // agreement, unless it is what someone reports ("Santos confirmed that it had reached a deal").
                // So is a collapse or despair in the past perfect ("Most had given up on the winger returning"): the state
                // before the news.
                if (status is MoveStatus.Agreed or MoveStatus.Collapsed && EarlierPast(sentence, match)) continue;
                // "for the Galaxy to complete their signing", "will pay €120m to complete the transfer": a plan, not the deed.
                // "the club's decision to back out", "opted to pull out": a withdrawal chosen is the withdrawal made.
                if (!planCounts && status is MoveStatus.Done or MoveStatus.Agreed or MoveStatus.Collapsed && IsInfinitive(sentence, match.Index)
                    && !(status == MoveStatus.Collapsed && ChoiceMade().IsMatch(sentence.AsSpan(Math.Max(0, match.Index - 30), Math.Min(30, match.Index))))) continue;
                // "The deal nearly collapsed… talks broke down last week, but have now resumed": the deal lives on.
                if (status == MoveStatus.Collapsed && Revived().IsMatch(sentence, match.Index + match.Length)) continue;
                // "touted as a target since Neymar completed his switch", "since signing from Schalke": the deed starts a
                // span of time, the story's past.
                if (status is MoveStatus.Done or MoveStatus.Agreed or MoveStatus.ContractRenewal && SinceInClause(sentence, match.Index)) continue;
                // "He will sign if the fee is agreed": the deed hangs on a condition told after it.
                if (status is MoveStatus.Agreed or MoveStatus.Done && ConditionAfter(sentence, match)) continue;
                if (status == MoveStatus.Rejected)
                {
                    // "has rejected a new contract at Leeds", "rejects Cambridge United stay": his answer to his club, no bid turned down.
                    if (NewContract().IsMatch(sentence.AsSpan(match.Index + match.Length, Math.Min(40, sentence.Length - match.Index - match.Length)))) continue;
                    // "turned down a fresh offer from Leeds to extend his stay": his club's offer to keep him, not a bid for the move.
                    if (OfferToKeepHim(sentence, match)) continue;
                    // "knocked back interest from Saudi Arabia in favour of a move to Crystal Palace", "to reject Saudi Arabia
                    // move to join Crystal Palace": he turns down another suitor for the move he prefers.
                    if (ForAnotherMove().IsMatch(sentence.AsSpan(match.Index + match.Length, Math.Min(70, sentence.Length - match.Index - match.Length)))) return MoveStatus.Interest;
                    // "submit bid for midfielder after Bundesliga offer turned down": a rejection told after "after" the sentence's
                    // own bid came before it, another offer's answer.
                    if (Has(found, BidCue) && EarlierStepAfterABid(sentence, match.Index)) continue;
                    // "turned down more lucrative offers from other clubs": not this move's answer.
                    if (OtherOffers().IsMatch(sentence.AsSpan(match.Index, Math.Min(70, sentence.Length - match.Index)))) continue;
                    // "he is not for sale", "no intention of letting him go": a stance, an answer only when an offer is on the table.
                    if (Stance().IsMatch(match.Value) && !OfferNamed().IsMatch(sentence)) return MoveStatus.Interest;
                }
                // "turned down a new deal at Leeds": no renewal.
                if (status == MoveStatus.ContractRenewal && RefusedBefore().IsMatch(sentence.AsSpan(Math.Max(0, match.Index - 30), Math.Min(30, match.Index)))) continue;
                // "Contract extension on the cards for Forster": a renewal talked of as likely is not yet agreed.
                if (status == MoveStatus.ContractRenewal && LikelyAhead().IsMatch(sentence.AsSpan(match.Index + match.Length, Math.Min(30, sentence.Length - match.Index - match.Length)))) return MoveStatus.Interest;
                // "sign a new contract at Wolves before heading off for a season on loan", "first renewed his contract ... before
                // making the move to Galicia": the move after the renewal is the news.
                if (status == MoveStatus.ContractRenewal && MoveAfter().IsMatch(sentence, match.Index)) continue;
                // "his desire to remain, and extend his stay": the bare verb is a wish's infinitive unless a club is its
                // subject ("Arsenal extend Saka's deal") or it is scheduled ("will extend his contract").
                if (status == MoveStatus.ContractRenewal && BareExtend(sentence, match) && !Scheduled(sentence, match.Index)) continue;
                // "signed a new contract with Boca Juniors and has joined the club": a new club, not a renewal.
                if (status == MoveStatus.ContractRenewal && Joined().IsMatch(sentence)) return MoveStatus.Done;
                // "can confirm that terms have been agreed between the clubs": what is confirmed is the agreement.
                if (status == MoveStatus.Done && match.Value.Contains("confirm", StringComparison.OrdinalIgnoreCase) && ConfirmedAgreed().IsMatch(sentence)) return MoveStatus.Agreed;
                return status;
            }
        }
        return MoveStatus.Unknown;
    }

    private const int DeniedCue = 5;

    private const int DoneCue = 2;

    private const int BidCue = 7;

    private static bool EarlierStepAfterABid(string sentence, int at)
    {
        var after = sentence.AsSpan(0, at).LastIndexOf(" after ", StringComparison.OrdinalIgnoreCase);
        // The bid must stand on its own ("will not make an increased bid … after Bursaspor rejected their offer" has none).
        // "to make fresh bid after opening bid was rejected": the bidder's own first try, whose answer stands.
        return after > 0 && CuePatterns[BidCue].IsMatch(sentence[..after]) && DetectStatement(sentence[..after]) == MoveStatus.Bid
            && !FirstTry().IsMatch(sentence.AsSpan(after));
    }

    [GeneratedRegex(@"^ after (?:their |his |the |an |a )?(?:opening|first|initial|original|earlier|previous)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FirstTry();

    [GeneratedRegex(@"\bconfirm(?:s|ed)? that (?:\S+ ){0,4}(?:has|have) been agreed\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ConfirmedAgreed();

    // Temporal "since" opening the deed's clause; not at the sentence's start, where it is as often "because".
    private static bool SinceInClause(string sentence, int at)
    {
        var from = Math.Max(0, at - 40);
        var before = sentence.AsSpan(from, at - from);
        var clause = before.LastIndexOfAny(ClauseBreaks);
        if (clause >= 0) before = before[(clause + 1)..];
        return before.Contains(" since ", StringComparison.OrdinalIgnoreCase);
    }

    private static bool ConditionAfter(string sentence, Match match)
    {
        var after = sentence.AsSpan(match.Index + match.Length, Math.Min(60, sentence.Length - match.Index - match.Length));
        var clause = after.IndexOfAny(ClauseBreaks);
        if (clause >= 0) after = after[..clause];
        return Condition().IsMatch(after);
    }

    [GeneratedRegex(@"\b(?:if|provided|providing|as long as|unless)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Condition();

    [GeneratedRegex(@"\b(?:renewal|extension|new contract|new deal)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RenewalOffer();

    [GeneratedRegex(@"^\W*(?:is |are |could be |looks |appears )?(?:on the cards|in the offing|in the pipeline|on the horizon)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LikelyAhead();

    // The offer the cue names is one to keep him where he is: "to extend his contract" in the cue's own clause.
    private static bool OfferToKeepHim(string sentence, Match match)
    {
        var after = sentence.AsSpan(match.Index + match.Length, Math.Min(60, sentence.Length - match.Index - match.Length));
        var clause = after.IndexOfAny(ClauseBreaks);
        if (clause >= 0) after = after[..clause];
        return after.Contains(" to extend ", StringComparison.OrdinalIgnoreCase) || after.Contains(" to renew ", StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"\b(?:resumed|revived|back on|reopened|rescued|salvaged|saved|back at the table)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Revived();

    [GeneratedRegex(@"^\W*(?:(?:a|his|the|their|\S+'s|\S+’) )?(?:new (?:\S+ ){0,2}(?:contract|deal)|(?:\S+ )?(?:renewal|extension)|(?:\S+ ){1,2}stay)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NewContract();

    [GeneratedRegex(@"\b(?:rejected|rejects|rejecting|reject|turned down|turning down|turn down|turns down|refused|refuses|refusing|snubbed|snubs|rebuffed)\b[^,;.]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RefusedBefore();

    /// <summary>
    /// Whether the sentence tells the signing as still to come: a deed in the infinitive or scheduled ("plenty of time
    /// for the Galaxy to complete their signing", "will complete his move on Monday").
    /// </summary>
    public static bool TellsDeedAhead(string sentence)
    {
        if (!Has(CueWords.Scan(sentence), DoneCue)) return false;
        foreach (var match in CuePatterns[DoneCue].Matches(sentence))
        {
            if (IsInfinitive(sentence, match.Index) || Scheduled(sentence, match.Index)) return true;
        }
        return false;
    }

    // "agreed a contract in principle before backing out": a collapse after "before" ends the tale told, it is no plan.
    // "will not be continuing their pursuit", "are no longer pursuing": the collapse is the "not" itself, which the "will"
    // before it only dates.
    private static bool TheEndOfATale(string sentence, Match match, MoveStatus status) =>
        status == MoveStatus.Collapsed && (sentence.AsSpan(0, match.Index).TrimEnd().EndsWith(" before", StringComparison.OrdinalIgnoreCase)
            || match.Value.StartsWith("not ", StringComparison.OrdinalIgnoreCase) || match.Value.StartsWith("no longer ", StringComparison.OrdinalIgnoreCase));

    private static bool EarlierPast(string sentence, Match match)
    {
        var had = match.Value.StartsWith("had ", StringComparison.OrdinalIgnoreCase)
            || HadJustBefore().IsMatch(sentence.AsSpan(Math.Max(0, match.Index - 24), Math.Min(24, match.Index)));
        return had && !ReportedBefore().IsMatch(sentence.AsSpan(0, match.Index));
    }

    [GeneratedRegex(@"\bhad (?:\w+ly |already |even )?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HadJustBefore();

    [GeneratedRegex(@"\b(?:reports?|reported|claims?|claimed|said|says|understood|believed|revealed|according|announced|confirm\w*|told|stated|insisted|suggest\w*|learned|learnt|understands)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReportedBefore();

    private static bool BareExtend(string sentence, Match match)
    {
        if (!match.Value.StartsWith("extend ", StringComparison.OrdinalIgnoreCase)) return false;
        var before = sentence.AsSpan(0, match.Index).TrimEnd();
        var word = before.LastIndexOf(' ');
        return before.Length == 0 || !char.IsUpper(before[word + 1]);
    }

    /// <summary>
    /// A headline's status. Headlines announce done deals in the present tense ("Wolves sign Jonny Otto", "Dos Santos
    /// signs for LA Galaxy"), which in a sentence of the text would be no more than a plan.
    /// </summary>
    public static MoveStatus DetectHeadline(string headline)
    {
        // "Man City captain Gundogan reportedly joins Barca", "Rumor: Barcelona complete signing": a deed the headline
        // only reports is agreed, not done.
        var status = StatusAsHeadlined(headline);
        return status == MoveStatus.Done && IsHedged(headline) ? MoveStatus.Agreed : status;
    }

    /// <summary>Whether a headline only reports its news ("Gundogan reportedly joins Barca", "Rumor: Barcelona complete signing").</summary>
    public static bool IsHedged(string headline) => HedgedHeadline().IsMatch(headline);

    [GeneratedRegex(@"^\W*(?:rumou?rs?|reports?)\b(?! (?:of|that|on)\b)|\b(?:reportedly|allegedly|rumou?red to have)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HedgedHeadline();

    /// <summary>Whether a sentence tells the move made official: a club's confirmation, an announcement, an unveiling.</summary>
    public static bool TellsItOfficial(string sentence) => OfficialWords().IsMatch(sentence);

    [GeneratedRegex(@"\b(?:official(?:ly)?|confirm(?:ed|s|ation)?|announc(?:ed|es|ement)|unveil(?:ed|s|ing)?|presented|statement|club website)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OfficialWords();

    // The status a headline announces, its present tense read as done, before any hedge on it is weighed.
    private static MoveStatus StatusAsHeadlined(string headline)
    {
        var status = DetectOne(headline);
        if (status >= MoveStatus.Denied || headline.TrimEnd().EndsWith('?')) return status;
        // "Chief confirms club will hold negotiation", "Arsenal confirm bid for X": the verb announces something short of a signing.
        // "Official: Wolves sign Jonny Otto", "Bayern Munich, official: target joins Schalke": the label announces, the rest is the headline.
        if (OfficialLabel().Match(headline) is { Success: true } label) headline = headline[label.Length..];
        if (HeadlineDone().Match(headline) is not { Success: true } done || ShortOfSigning().IsMatch(HeadlineClause(headline, done.Index + done.Length))) return status;
        // "Varga pens Roma extension": the signing is of a new deal at his club.
        return RenewalNoun().IsMatch(headline, done.Index + done.Length) ? MoveStatus.ContractRenewal : MoveStatus.Done;
    }

    // The rest of the verb's clause: in "defender joins Porto as Morelos's agent jets in for talks" the talks are another story.
    private static string HeadlineClause(string headline, int from)
    {
        var rest = headline[from..];
        return HeadlineClauseEnd().Match(rest) is { Success: true } end ? rest[..end.Index] : rest;
    }

    [GeneratedRegex(@"[,;:|–—]| - | as | while | amid | amidst | after | with ", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeadlineClauseEnd();

    // The verb in the present tense with nothing before it that makes it a plan or a wish. A page address's headline drops
    // the "to" after a noun of pursuit ("benfica join chase sign cavani", "madrid talks capture coentrao"): still a plan.
    // "loan" is the verb ("PSG loan Paredes to Juventus") unless a word of the deal or a preposition follows it ("loan move", "loan for").
    // "transfers" is the noun in "habib diallo transfers news updates" or at a headline's end ("Chelsea's January transfers").
    [GeneratedRegex(@"^(?:(?!\b(?:to|could|would|set|close|closing|near|nearing|poised|ready|want|wants|eye|eyes|plot|plots|consider|considering|keen|interested|hope|hopes|hoping|looking|trying|seeking|aiming|aims?|plans?|attempts?|tries|try|intends?|dreams?|targeting|targetting|linked|rumou?r|rumou?rs|may|might|will|should|must|need|needs|why|how|can|in line|edge|brink|verge|talks|chase|race|hunt|battle|pursuit|scramble|negotiations?|lining up|lines? up|bids?|offers?|proposal)\b)[^?:])*?\b(?:sign|signs|transfers(?! (?:news|latest|updates?|rumou?rs?|gossip|live|round-?up|window|targets?)\b)(?!\s*$)|sells|complete|completes|seal|seals|unveil|unveils|confirm|confirms|land|lands|joins|snap up|snaps up|pens|inks|capture|captures|acquire|acquires|announce|announces|rejoins|returns to|moves to|swaps(?<!\b(?:float|floats|floated|floating|propose|proposes|proposed|mull|mulls|suggest|suggests) swaps)|loans?(?! (?:deal|move|switch|spell|bid|offer|fee|option|talks|approach|plan|request|interest|proposal|swoop|target|star|ace|agreement|clause|obligation|market|list|army|stint|transfer|news|window|for|with|from|to|until|at|on|in|is|was|has|had|could|would|will|may|might|set|expected|close|nears|talks)s?\b)(?!\s*$))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeadlineDone();

    [GeneratedRegex(@"\G(?:\s*\S+){0,3}?\s*\b(?:(?:contract )?extension|renewal|new (?:\S+ )?(?:contract|deal))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RenewalNoun();

    [GeneratedRegex(@"^\W*(?:(?:\S+ ){0,3}\S+,\s*)?(?:official|confirmed|done deal|it's official|it’s official)\W*?\s*[:!|–—-]\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OfficialLabel();

    // The first denial that no word of its own clause negates: in "is under contract until 2027 and batted off the
    // speculation" the "until" belongs to the clause before "and".
    private static Match? FirstMatch(string sentence, WordStartPattern pattern)
    {
        foreach (var match in pattern.Matches(sentence))
        {
            var before = sentence.AsSpan(Math.Max(0, match.Index - 30), Math.Min(30, match.Index));
            if (before.LastIndexOf(" and ", StringComparison.OrdinalIgnoreCase) is >= 0 and var joint) before = before[(joint + 4)..];
            if (!Negation().IsMatch(before)) return match;
        }
        return null;
    }

    [GeneratedRegex(@"^(?:no intention of leaving|(?:is|are) going nowhere|not going anywhere)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StayingStance();

    private static bool IsNegated(string sentence, int at)
    {
        var before = sentence[Math.Max(0, at - 30)..at];
        var negation = Negation().Match(before);
        if (!negation.Success) return false;
        // "added a midfielder when it announced the signing of Ryan": "when" with a deed in the past tells when it was
        // done; only "when he signs" waits for it. A word after "when" may still negate ("when he could not agree").
        if (!negation.Value.StartsWith("when", StringComparison.OrdinalIgnoreCase)) return true;
        return Negation().IsMatch(before.AsSpan(negation.Index + 4)) || !PastTenseVerb().IsMatch(sentence.AsSpan(at));
    }

    [GeneratedRegex(@"^(?:\w+ed|sold|paid|made|brought|took|won|struck|sealed|signed)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PastTenseVerb();

    private static bool Scheduled(string sentence, int at)
    {
        var before = sentence[Math.Max(0, at - 30)..at];
        return FutureOnly().IsMatch(before) && !StrictNegation().IsMatch(before);
    }

    [GeneratedRegex(@"\b(?:will|shall|set to|expected to|poised to|due to|about to)\s+(?:\w+ly\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FutureOnly();

    private static bool WishedInClause(string sentence, int at)
    {
        var from = Math.Max(0, at - 80);
        var before = sentence.AsSpan(from, at - from);
        var clause = before.LastIndexOfAny(ClauseBreaks);
        // "confident of persuading Lacazette, the scorer of 37 goals, to join with the offer": an infinitive after the
        // comma goes on with the clause before the aside.
        if (clause >= 0 && before[(clause + 1)..].TrimStart().StartsWith("to ", StringComparison.OrdinalIgnoreCase))
        {
            from = Math.Max(0, at - 160);
            before = sentence.AsSpan(from, at - from);
            clause = before.LastIndexOfAny(ClauseBreaks);
            var aside = clause > 0 ? before[..clause].LastIndexOfAny(ClauseBreaks) : -1;
            clause = aside > 0 ? before[..aside].LastIndexOfAny(ClauseBreaks) : clause;
        }
        if (clause >= 0) before = before[(clause + 1)..];
        foreach (var joint in (ReadOnlySpan<string>)[" and ", " but ", " after ", " while ", " as "])
        {
            var at2 = before.LastIndexOf(joint, StringComparison.OrdinalIgnoreCase);
            if (at2 >= 0) before = before[(at2 + joint.Length)..];
        }
        return WishOrCondition().IsMatch(before);
    }

    private static bool ExpectedInClause(string sentence, int at)
    {
        var from = Math.Max(0, at - 80);
        var before = sentence.AsSpan(from, at - from);
        var clause = before.LastIndexOfAny(ClauseBreaks);
        if (clause >= 0) before = before[(clause + 1)..];
        return Expectation().IsMatch(before);
    }

    // The hope or belief of one side, with the deed it expects still to come ("hopeful that he will join").
    [GeneratedRegex(@"\b(?:confident|hopeful|optimistic|hopes?|hoping|expects?|expecting|trusts?)(?: that)? (?:\S+ ){0,4}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Expectation();

    // A wish, plan, condition or price the bid in the same clause still waits on ("keen to", "if", "holding out for").
    [GeneratedRegex(@"\b(?:ready|prepared|willing|determined|plan|planning|plans|hope|hopes|hoping|want|wants|keen|looking|preparing|prepare|prepares|expected|likely|set|poised|intend|intends|eager|desperate|waiting|wait) to\b|\b(?:considering|contemplating|mulling(?: over)?|pondering|weighing up|thinking (?:of|about)|planning on|(?:confident|hopeful) of|with a view to|would take|would need|would require|holding out for|holds? out for|if|unless|should)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WishOrCondition();

    private static bool PastInClause(string sentence, Match cue, ulong found)
    {
        var historical = Has(found, HistoricalBit) ? HistoricalAtWords.Matches(sentence) : [];
        var recent = Has(found, RecentPastBit) ? RecentPastAtWords.Matches(sentence) : [];
        foreach (var past in historical.Concat(recent))
        {
            var (from, to) = past.Index >= cue.Index + cue.Length ? (cue.Index + cue.Length, past.Index) : (past.Index + past.Length, cue.Index);
            if (to < from) return true; // they overlap
            var between = sentence.AsSpan(from, to - from);
            if (between.IndexOfAny(ClauseBreaks) < 0 && !OpensRelativeClause(between)) return true;
        }
        return false;
    }

    private static readonly SearchValues<char> ClauseBreaks = SearchValues.Create(",;:–—()");

    // "rejected for a player for whom Latics paid £1million 12 months ago": the time belongs to the relative clause.
    private static bool OpensRelativeClause(ReadOnlySpan<char> text) => text.IndexOfAny(RelativePronouns) >= 0;

    private static readonly SearchValues<string> RelativePronouns = Words(" who ", " whom ", " whose ", " which ");

    private static bool IsMedical(string match) =>
        match.Contains("medical", StringComparison.OrdinalIgnoreCase) || match.Contains("physical", StringComparison.OrdinalIgnoreCase);

    // "I will also be in talks with the club" is no talks yet; "he will undergo a medical" is an agreement.
    private static bool IsDenial(string sentence, int at, bool willCounts)
    {
        var before = sentence[Math.Max(0, at - 30)..at];
        // "the clubs will continue with talks this week": talks going on, whatever comes of them.
        return StrictNegation().IsMatch(before) || !willCounts && (WillBefore().IsMatch(before) && !GoingOn().IsMatch(before) || Desire().IsMatch(before));
    }

    [GeneratedRegex(@"^[^,;.]*?\b(?:in favou?r of (?:a move to|a switch to|joining|signing for)|(?:move|switch|offer|interest)s? to join)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ForAnotherMove();

    [GeneratedRegex(@"\bwill continue (?:with |their |the )?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GoingOn();

    // "want to start talks in the spring": a wish, where "expected to hold final talks" is a plan.
    [GeneratedRegex(@"\b(?:hopes? to|hoping to|wants? to|keen to|eager to|desperate to|ready to|prepared to|plan to|planning to|trying to|tries to|try to|looking to|seeking to|aim(?:s|ing)? to|determined to|intends? to|intending to|preparing to|prepares? to)\b[\w\s,'’£€$.-]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Desire();

    [GeneratedRegex(@"\b(?:will|shall)\b[\w\s,'’£€$.-]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WillBefore();

    // The verb right after "to", unless the club is "delighted to confirm" it.
    private static bool IsInfinitive(string sentence, int at)
    {
        var before = sentence.AsSpan(0, at).TrimEnd();
        if (before.EndsWith(" and", StringComparison.OrdinalIgnoreCase)) return SharedInfinitive(sentence, at);
        return before.EndsWith(" to", StringComparison.OrdinalIgnoreCase) && !Announcing().IsMatch(sentence[Math.Max(0, at - 30)..at]);
    }

    // "expected to finalise the paperwork and announce the transfer next week": a bare verb after "and" shares the "to"
    // of the verb before it in its clause ("signed and announced" are deeds).
    private static bool SharedInfinitive(string sentence, int at)
    {
        if (PastTenseVerb().IsMatch(sentence.AsSpan(at)) || Auxiliary().IsMatch(sentence.AsSpan(at))) return false;
        var before = sentence.AsSpan(Math.Max(0, at - 60), Math.Min(60, at));
        var clause = before.LastIndexOfAny(ClauseBreaks);
        if (clause >= 0) before = before[(clause + 1)..];
        // "opted to reject the bid and pull out of talks": a choice made is a deed, for the verb after "and" too.
        return InfinitiveBeforeAnd().Match(before.ToString()) is { Success: true } infinitive
            && !ChoiceMade().IsMatch(before[..(infinitive.Index + 3)]);
    }

    [GeneratedRegex(@"\b(?i:to) (?!(?:the|a|an|his|her|their|its|him|them|be)\b)[a-z]+\b[^.]*\b(?i:and)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex InfinitiveBeforeAnd();

    [GeneratedRegex(@"^(?:will|would|could|should|can|may|might|must|has|have|had|is|are|was|were|be|been|not|never|now)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Auxiliary();

    [GeneratedRegex(@"\b(?:decision|decided|decides|opted|opts|chose) to\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ChoiceMade();

    // "delighted to announce", "took to Twitter to announce their capture": the infinitive is the announcement made.
    [GeneratedRegex(@"\b(?:delighted|pleased|happy|proud|thrilled|excited) to\s*$|\btook to (?:\S+ ){1,3}to\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Announcing();

    [GeneratedRegex(@"\b(?:no|not|yet to|never|nor|neither|without|hasn['’]t|haven['’]t|isn['’]t|aren['’]t|wasn['’]t|won['’]t|couldn['’]t|can['’]t|cannot|wouldn['’]t|didn['’]t|doesn['’]t|would|could|might|may|if|unless|unlikely|nobody|no one|nothing|don['’]t|do not|whether|rather than|instead of|desire to|wish to|wishes to|possibility of|prospect of)\b[\w\s,'’£€$.-]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StrictNegation();

    // Words that make the cue after them no deed: a negation, a plan, a threat ("the move risks being abandoned"), an
    // interest ("interested in striking a pre-contract agreement").
    [GeneratedRegex(@"\b(?:no|not|yet to|never|nor|neither|without|hasn['’]t|haven['’]t|isn['’]t|aren['’]t|wasn['’]t|won['’]t|couldn['’]t|can['’]t|cannot|wouldn['’]t|didn['’]t|doesn['’]t|would|could|might|may|should|if|unless|before|once|until|hopes?|hoping|close to|closing in on|nearing|edging towards|on the verge of|on the (?:edge|brink|point) of|nearly|almost|in danger of|at risk of|risks|risking|threatens to|threatening to|interested in|keen on|set to|ready to|prepared to|plan to|planning to|nobody|no one|nothing|don['’]t|do not|whether|will|shall|poised to|expected to|due to|going to|about to|when|trying to|tries to|try to|attempting to|attempt to|seeking to|looking to|aiming to|aims? to|wants? to|keen to|determined to|eager to|desperate to|preparing to|prepares? to|intends? to|intending to|rather than|instead of|desire to|wish to|wishes to|likely to|unlikely|possibility of|prospect of)\b[\w\s,'’£€$.-]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Negation();

    // "confirms he won't join Real Madrid": a verb of signing denied is no signing either.
    [GeneratedRegex(@"\b(?:will|would|could|won['’]t|not|never|talks|negotiation|negotiations|interest|bid|offer|approach|enquiry|to (?:join|sign|move|leave))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ShortOfSigning();

    [GeneratedRegex(@"\bother (?:clubs|offers|bids|suitors|sides|teams)\b|\belsewhere\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OtherOffers();

    [GeneratedRegex(@"^(?:no intention|not[- ]for[- ]sale|no plans to|shut the door|unwilling|not willing|reluctant|refus)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Stance();

    [GeneratedRegex(@"\b(?:bid|bids|offer|offers|proposal|approach)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OfferNamed();

    // "first renewed his contract with the Blaugrana before making the move to Galicia": a renewal made on the way out.
    [GeneratedRegex(@"\bon (?:a )?(?:\S+ )?loan\b|\bloan (?:at|to|with)\b|\bbefore (?:making (?:the|his|her|a) (?:\S+ )?(?:move|switch)|joining|moving to|heading (?:off )?to|completing (?:a|his|her|the) (?:\S+ )?(?:move|switch|transfer))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MoveAfter();

    [GeneratedRegex(@"\b(?:has|have) (?:now )?joined\b|\bjoins\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Joined();
}
