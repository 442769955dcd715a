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
    // Each status's cue words, strongest status first. A search for the words that every phrase of the pattern must
    // contain rules most sentences out before the pattern itself runs; all the lists are searched in one pass.
    private static readonly (MoveStatus Status, string[] Triggers, Regex Pattern)[] Cues =
    [
        (MoveStatus.ContractRenewal, Triggers("new", "fresh terms", "improved terms", "extension", "extend", "renewed", "renewal", "committed", "commits", "professional contract", "as a professional"), Renewal()),
        (MoveStatus.Collapsed, Triggers("collaps", "fell through", "falls through", "fallen through", "is off", "was off", "been off", "now off", "pulled out", "pull out", "walked away", "broke down", "broken down", "called off", "abandon", "ended their interest", "end their interest", "scrapped", "cancelled", "u-turn", "plug", "is over", "are over", "was over", "were over", "been over", "case is closed", "backed out", "backing out", "backs out"), Collapsed()),
        (MoveStatus.Done, Triggers("complet", "sealed", "finalis", "finaliz", "joined", "joins", "signed", "signs", "officially", "unveiled", "announce", "announcing", "confirm", "pen to paper", "acquired", "moved", "has left", "have left", "loaned", "official", "welcomed", "hailed", "acquiring", "after signing", "after securing", "after landing", "after capturing", "fee to"), Done()),
        (MoveStatus.Agreed, Triggers("here we go", "agree", "reached", "struck", "in place", "accepted", "medical", "physical", "deal done", "pre-contract", "precontract", "about to", "reach a", "reaches a", "reach full", "reaches full", "reach total", "sanction", "closed the", "closed a", "will join", "will officially join", "will move to", "will become", "will sign", "will be joining", "will make the move"), Agreed()),
        (MoveStatus.Denied, Triggers("truth", "denied", "denies", "refut", "been rejected", "been dismissed", "rubbish", "fake news", "nothing to", "wide of the mark", "categorically", "baseless", "foundation", "not true", "speculation", "dismiss", "deny", "reports", "rumour", "talk", "claims", "stories", "no basis", "fabricat", "invent", "not received", "received no", "played down", "laughed off", "false", "untrue", " lies", "shunned", "quashed", "brushed off", "cold water", "had contact", "been in contact", "nobody", "no one", "no club", "no team", "no other team", "no other club", "intention of leaving", "nowhere", "anywhere"), Denied()),
        (MoveStatus.Rejected, Triggers("reject", "turned down", "turn down", "rebuffed", "knocked back", "dismissed", "snubbed", "no intention", "not for sale", "refused", "shut the door", "unwilling", "not willing", "failed with", "fail with", "fails with"), Rejected()),
        (MoveStatus.Bid, Triggers("bid", "offer", "proposal", "tabled", "lodged", "submitted"), Bid()),
        (MoveStatus.Talks, Triggers("talks", "negotiat", "contact", "discussions", "approach", "dialogue", "met with", "enquir", "inquir", "close to", "closing in", "nearing", "edging"), Talks()),
        (MoveStatus.Interest, Triggers("interest", "want", "keen", "monitor", "target", "eye", "consider", "list", "admire", "track", "linked", "pursu", "chas", "weighing up", "planning", "exploring", "scout", "ready to", "prepared to", "willing to", "identified", "priority", "lure"), Interest()),
    ];

    private static string[] Triggers(params string[] words) => words;

    private static SearchValues<string> Words(params string[] words) => SearchValues.Create(words, StringComparison.OrdinalIgnoreCase);

    // Words every match of a background pattern contains (one of them, in any case): a sentence without any cannot
    // match, so the pattern, which would try at every word, is not run on it. Keep each list in step with its
    // pattern's branches (Historical, RecentPast below).
    private static readonly string[] HistoricalWordList =
        ["last ", " ago", "when", "previously", "back in", "had already", "at the time", "in 19", "in 20", "of 19", "of 20", "since "];

    private static readonly string[] RecentPastWordList =
        [" ago", "in the past", "in recent ", "last ", "previous ", "in jan", "in feb", "in mar", "in apr", "in jun", "in jul", "in aug", "in sep", "in oct", "in nov", "in dec"];

    // One pass finds every status's cue words (bit i: Cues[i]) and the words the background patterns need.
    private const int HistoricalBit = 62;
    private const int RecentPastBit = 63;

    private static readonly WordSetScanner CueWords = new(
        Cues.SelectMany((cue, i) => cue.Triggers.Select(word => (word, 1UL << i)))
            .Concat(HistoricalWordList.Select(word => (word, 1UL << HistoricalBit)))
            .Concat(RecentPastWordList.Select(word => (word, 1UL << RecentPastBit))));

    // Each status's pattern, tried at word starts only when its branches all begin at one.
    private static readonly WordStartPattern[] CuePatterns = [.. Cues.Select(cue => new WordStartPattern(cue.Pattern))];

    private static bool Has(ulong found, int bit) => (found & (1UL << bit)) != 0;

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
                if (status is MoveStatus.Rejected or MoveStatus.Talks && PastInClause(sentence, match, found)) continue;
                // Talks that are planned ("expected to hold final talks") are talks already; only a true negation undoes them.
                // So is a medical ahead ("will arrive this week to undergo a medical"): the clubs have agreed.
                var planCounts = status == MoveStatus.Talks || status == MoveStatus.Agreed && IsMedical(match.Value);
                // "determined to firm up their interest with a formal offer": the wish governs its whole clause.
                if (status == MoveStatus.Bid && WishedInClause(sentence, match.Index)) continue;
                if (planCounts ? IsDenial(sentence, match.Index, willCounts: status == MoveStatus.Agreed) : IsNegated(sentence, match.Index)
                    // "will sign his first professional contract on July 21", "set to sign a new deal": a renewal on its way is one.
                    && !(status == MoveStatus.ContractRenewal && Scheduled(sentence, match.Index))) continue;
                // "for the Galaxy to complete their signing", "will pay €120m to complete the transfer": a plan, not the deed.
                if (!planCounts && status is MoveStatus.Done or MoveStatus.Agreed or MoveStatus.Collapsed && IsInfinitive(sentence, match.Index)) continue;
                if (status == MoveStatus.Rejected)
                {
                    // "turned down more lucrative offers from other clubs": not this move's answer.
                    if (OtherOffers().IsMatch(sentence.AsSpan(match.Index, Math.Min(70, sentence.Length - match.Index)))) continue;
                    // "he is not for sale", "no intention of letting him go": a stance, an answer only when an offer is on the table.
                    if (Stance().IsMatch(match.Value) && !OfferNamed().IsMatch(sentence)) return MoveStatus.Interest;
                }
                // "sign a new contract at Wolves before heading off for a season on loan": the loan is the move.
                if (status == MoveStatus.ContractRenewal && LoanAfter().IsMatch(sentence, match.Index)) continue;
                // "signed a new contract with Boca Juniors and has joined the club": a new club, not a renewal.
                if (status == MoveStatus.ContractRenewal && Joined().IsMatch(sentence)) return MoveStatus.Done;
                return status;
            }
        }
        return MoveStatus.Unknown;
    }

    private const int DeniedCue = 4;

    /// <summary>
    /// A headline's status. Headlines announce done deals in the present tense ("Wolves sign Jonny Otto", "Dos Santos
    /// signs for LA Galaxy"), which in a sentence of the text would be no more than a plan.
    /// </summary>
    public static MoveStatus DetectHeadline(string headline)
    {
        var status = DetectOne(headline);
        if (status >= MoveStatus.Denied || headline.TrimEnd().EndsWith('?')) return status;
        // "Chief confirms club will hold negotiation", "Arsenal confirm bid for X": the verb announces something short of a signing.
        return HeadlineDone().Match(headline) is { Success: true } done && !ShortOfSigning().IsMatch(headline, done.Index + done.Length) ? MoveStatus.Done : status;
    }

    // The verb in the present tense with nothing before it that makes it a plan or a wish.
    [GeneratedRegex(@"^(?:(?!\b(?:to|could|would|set|close|closing|near|nearing|poised|ready|want|wants|eye|eyes|plot|plots|consider|considering|keen|hope|hopes|may|might|will|in line)\b)[^?:])*?\b(?:sign|signs|complete|completes|seal|seals|unveil|unveils|confirm|confirms|land|lands|joins|snap up|snaps up|capture|captures|announce|announces|rejoins|returns to|moves to)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeadlineDone();

    private static Match? FirstMatch(string sentence, WordStartPattern pattern)
    {
        foreach (var match in pattern.Matches(sentence))
        {
            if (!IsNegated(sentence, match.Index)) return match;
        }
        return null;
    }

    [GeneratedRegex(@"^(?:no intention of leaving|(?:is|are) going nowhere|not going anywhere)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StayingStance();

    private static bool IsNegated(string sentence, int at)
    {
        var before = sentence[Math.Max(0, at - 30)..at];
        return Negation().IsMatch(before);
    }

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
        if (clause >= 0) before = before[(clause + 1)..];
        foreach (var joint in (ReadOnlySpan<string>)[" and ", " but ", " after ", " while ", " as "])
        {
            var at2 = before.LastIndexOf(joint, StringComparison.OrdinalIgnoreCase);
            if (at2 >= 0) before = before[(at2 + joint.Length)..];
        }
        return ClauseWish().IsMatch(before);
    }

    [GeneratedRegex(@"\b(?:ready|prepared|willing|determined|plan|planning|plans|hope|hopes|hoping|want|wants|keen|looking|preparing|prepare|prepares|expected|likely|set|poised|intend|intends|eager|desperate) to\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClauseWish();

    private static bool PastInClause(string sentence, Match cue, ulong found)
    {
        var historical = Has(found, HistoricalBit) ? HistoricalAtWords.Matches(sentence) : [];
        var recent = Has(found, RecentPastBit) ? RecentPastAtWords.Matches(sentence) : [];
        foreach (var past in historical.Concat(recent))
        {
            var (from, to) = past.Index >= cue.Index + cue.Length ? (cue.Index + cue.Length, past.Index) : (past.Index + past.Length, cue.Index);
            if (to < from) return true; // they overlap
            var between = sentence.AsSpan(from, to - from);
            if (between.IndexOfAny(ClauseBreaks) < 0 && !between.Contains(" who ", StringComparison.OrdinalIgnoreCase) && !between.Contains(" which ", StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    private static readonly SearchValues<char> ClauseBreaks = SearchValues.Create(",;:–—()");

    private static bool IsMedical(string match) =>
        match.Contains("medical", StringComparison.OrdinalIgnoreCase) || match.Contains("physical", StringComparison.OrdinalIgnoreCase);

    // "I will also be in talks with the club" is no talks yet; "he will undergo a medical" is an agreement.
    private static bool IsDenial(string sentence, int at, bool willCounts)
    {
        var before = sentence[Math.Max(0, at - 30)..at];
        return StrictNegation().IsMatch(before) || !willCounts && (WillBefore().IsMatch(before) || Desire().IsMatch(before));
    }

    // "want to start talks in the spring": a wish, where "expected to hold final talks" is a plan.
    [GeneratedRegex(@"\b(?:hopes? to|hoping to|wants? to|keen to|eager to|desperate to|ready to|prepared to|plan to|planning to|trying to|tries to|try to|looking to|seeking to|aim(?:s|ing)? to|determined to|intends? to|intending to|preparing to|prepares? to)\b[\w\s,'’£€$.-]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Desire();

    [GeneratedRegex(@"\b(?:will|shall)\b[\w\s,'’£€$.-]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WillBefore();

    // The verb right after "to", unless the club is "delighted to confirm" it.
    private static bool IsInfinitive(string sentence, int at)
    {
        var before = sentence.AsSpan(0, at).TrimEnd();
        return before.EndsWith(" to", StringComparison.OrdinalIgnoreCase) && !Announcing().IsMatch(sentence[Math.Max(0, at - 30)..at]);
    }

    [GeneratedRegex(@"\b(?:delighted|pleased|happy|proud|thrilled|excited) to\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Announcing();

    [GeneratedRegex(@"\b(?:no|not|yet to|never|nor|neither|without|hasn't|haven't|isn't|aren't|wasn't|won't|couldn't|can't|cannot|wouldn't|didn't|doesn't|would|could|might|may|if|unless|nobody|no one|nothing|don't|do not|whether|rather than|instead of|desire to|wish to|wishes to)\b[\w\s,'’£€$.-]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StrictNegation();

    /// <summary>"signed a new contract last summer", "arrived from Atalanta in 2017": background, not this story's news.</summary>
    public static bool IsBackground(string sentence) => MayHold(sentence, HistoricalWords) && HistoricalAtWords.IsMatch(sentence);

    /// <summary>Where the background clause ends ("who joined Atalanta from Juventus in 2022"), or -1 when there is none.</summary>
    public static (int Start, int End) BackgroundSpan(string sentence) =>
        MayHold(sentence, HistoricalWords) && HistoricalAtWords.Match(sentence) is { Success: true } match ? (match.Index, match.Index + match.Length) : (-1, -1);

    public static int BackgroundEnd(string sentence) =>
        MayHold(sentence, HistoricalWords) && HistoricalAtWords.Match(sentence) is { Success: true } match ? match.Index + match.Length : -1;

    // The Kelvin sign is the one non-ASCII letter the patterns' ignore-case reads as an ASCII one ('k').
    private static bool MayHold(string sentence, SearchValues<string> words) =>
        sentence.AsSpan().IndexOfAny(words) >= 0 || sentence.Contains('\u212A');

    private static readonly SearchValues<string> HistoricalWords = Words(HistoricalWordList);

    private static readonly WordStartPattern HistoricalAtWords = new(Historical());

    private static readonly WordStartPattern RecentPastAtWords = new(RecentPast());

    [GeneratedRegex(@"\blast (?:summer|year|season|january|window|month)\b|\b(?:\d+|two|three|four|five|six|eight|ten|twelve|18) (?:months|years|seasons) ago\b|\bwhen he (?:moved|joined|signed|arrived|left)\b|\bpreviously\b|\bback in\b|\bwhen\b[^.,;]{0,40}\b(?:sold|bought|paid)\b|\bhad already (?:secured|signed|brought in|completed|sold|added|landed)\b|\bat the time\b|\byears ago\b|\b(?:joined|joining|arrived|arriving|signed|signing|sign|moved|moving|bought|sold|paid|cost)\b[^.]*\bin (?:the (?:summer|winter|january|spring) of )?(?:19|20)\d\d\b|\bsince (?:he |his )?(?:joined|left|arrived|signed|moved|joining|arriving|signing)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Historical();

    [GeneratedRegex(@"\b(?:no|not|yet to|never|nor|neither|without|hasn't|haven't|isn't|aren't|wasn't|won't|couldn't|can't|cannot|wouldn't|didn't|doesn't|would|could|might|may|if|unless|before|once|until|hopes? to|hoping to|close to|closing in on|nearing|edging towards|on the verge of|set to|ready to|prepared to|plan to|planning to|nobody|no one|nothing|don't|do not|whether|will|shall|poised to|expected to|due to|going to|about to|when|trying to|tries to|try to|attempting to|attempt to|seeking to|looking to|aiming to|aims? to|wants? to|keen to|determined to|eager to|desperate to|preparing to|prepares? to|intends? to|intending to|rather than|instead of|desire to|wish to|wishes to|likely to|unlikely to)\b[\w\s,'’£€$.-]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Negation();

    [GeneratedRegex(@"\b(?:has|have|had) (?:now )?(?:officially )?(?:completed|sealed|finalised|finalized) (?:his|her|a|the|their)?\s?(?:\w+ )?(?:move|transfer|switch|signing|deal|loan)|\bcompleted? (?:the|his) (?:signing|transfer|move)|\b(?:has|have) (?:officially )?(?:joined(?! (?:the )?(?:race|chase|queue|hunt|battle|list|pursuit|scramble|fight|running|bidding|growing|long)\b| (?:\S+ ){1,3}in (?:the (?:race|chase|hunt|battle|queue|pursuit)|pondering|chasing|monitoring|tracking|eyeing|considering|showing|expressing|weighing)\b)|signed for)\b|\bofficially (?:joined|signed|unveiled|confirmed)|\bunveiled as\b|\b(?:announced|confirmed) the (?:signing|arrival|capture)\b|\bsigned (?:a|an) \w+-year (?:contract|deal)\b(?! extension)|\bhas put pen to paper\b|\b(?:has|have|had) signed (?!(?:a |an |his |her )?new\b)(?!(?:a|an) (?:pre-)?contract\b)(?!this\b)|\b(?:announce|announced|announces) the signing\b|\bcompletes? (?:his |her |a )?(?:\w+ )?(?:move|switch|transfer|signing)\b|\bofficially become\b|\bjoins (?:\w+ ){0,3}on (?:a )?(?:season-long |permanent )?loan\b|\bis (?:now )?officially (?:a|an) \w+ player\b|\b(?:has|have) (?:now )?(?:officially )?(?:joined(?! (?:the )?(?:race|chase|queue|hunt|battle|list|pursuit|scramble|fight|running|bidding|growing|long)\b| (?:\S+ ){1,3}in (?:the (?:race|chase|hunt|battle|queue|pursuit)|pondering|chasing|monitoring|tracking|eyeing|considering|showing|expressing|weighing)\b)|moved to|signed for|completed(?! (?:a|his|her|the) medical))\b|\bofficially signs?\b|\bsigns for\b|\bcompleted (?:a|the|his|her|their) (?:\S+ ){0,3}(?:deal|move|transfer|switch|signing|loan)\b|\b(?:confirm(?:s|ed|ing)?|announc(?:e|es|ed|ing)) (?:news of |the completion of )?(?:the|a|an|his|their) (?:\S+ ){0,2}(?:signing|deal|arrival|capture|loan|transfer|move|switch|acquisition|addition)\b(?! (?:for (?:the )?\S+(?: \S+)? )?['‘’""]?(?:was|is|would|will|could|had|might|may)\b)|\bannounced (?:him|her|the \S+) as (?:their|the club's|its) (?:latest|newest|new) (?:signing|addition|recruit)\b|\bhailed the (?:capture|signing) of\b|\b(?:loan|deal|move|transfer|signing) (?:was |has been )?announced\b|\b(?:have |has )?paid (?:a |an |the )?(?:\S+ ){0,3}(?:transfer )?fee to\b|\bafter (?:acquiring|signing|securing|landing|capturing) (?!(?:a |an |his |her )?new\b)(?!(?:in|at|on|back|safely)\b)(?!(?:a|an) (?:pre-)?contract\b)|\b(?:announced|confirmed)\b[^.]{0,25}\b(?:have|has) (?:acquired|signed|completed)\b|\b(?:deal|move|transfer|loan|swap|switch) (?:was|has been|is) (?:now )?(?:finalised|finalized|completed|sealed|confirmed)\b|\bhas (?:now )?been (?:officially )?(?:unveiled|presented|confirmed) as\b|\b(?:has|have) (?:now )?left (?-i:[A-Z])[\w-]*(?: (?-i:[A-Z])[\w-]*)? for\b|\b(?:has|have) been (?:officially )?loaned (?:out )?to\b|\bmakes? (?:\w+ )?(?:signing|move|deal|loan|transfer) official\b|\b(?:have|has) welcomed\b|\b(?:both clubs|the clubs|the club) (?:have |has )?(?:announced|confirmed)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Done();

    [GeneratedRegex(@"\bhere we go\b|\bagree[sd]? (?:on )?(?:a |an )?(?:\S+ ){0,2}(?:fee|deal|terms|personal terms|a transfer|in principle|contract)\b|\bagreed to terms\b|\b(?:signed|agreed|signs|agrees|penned) (?:a |an |his )?pre-?contract\b|\bpre-?contract (?:agreement )?(?:with|to join)\b|\b(?:fee|deal|agreement|terms) (?:has been |have been |is |was )?(?:agreed|reached|struck|in place)\b|\breach(?:es|ed)? (?:an |a |a full |full |total )?(?:agreement|deal)|\bthere (?:is|was) (?:now |already )?(?:an |a full |full |total )?agreement\b|\b(?:agreement|deal)\b[^.]{0,60}?\b(?:has|have) (?:already |now )?been reached\b|\b(?:passed|completed) (?:a|his|her|the) medical|\bsanction(?<!\b(?:and|to|or) sanction)(?:s|ed)? (?:a |the |his |her )?(?:\S+ ){0,2}(?:loan|move|sale|transfer|deal|exit|departure)\b|\bclosed (?:the |a )?(?:deal|negotiations?|agreement|transfer|signing)\b|\bagreed to (?:pay|buy|sell|let|send|loan|release)\b|\bwill (?:officially )?(?:sign|join|be joining|make the move to)\b(?! up\b)|\baccepted (?:a|an|the|their) (?:\w+ )?(?:bid|offer|proposal)|\bmedical (?:is |has been )?(?:booked|scheduled|planned|underway|under way)|\bundergo(?:ing)? (?:a |his |the )?(?:medical|physical)\b|\bsubject to (?:a |his |the )?(?:medical|physical)|\bwill (?:officially )?(?:join|move to|become)\b[^.]{0,60}?\b(?:on (?:\d|(?:january|february|march|april|may|june|july|august|september|october|november|december) \d)|(?:on|from) (?:the )?\d+(?:st|nd|rd|th)? (?:of )?(?:january|february|march|april|may|june|july|august|september|october|november|december)|when (?:the|his) (?:\w+ )?(?:window|contract))|\bphysical (?:is |has been )?(?:booked|scheduled|planned)\b|\bverbal agreement\b|\bagreement in principle\b|\bdeal done(?<!\bget(?:ting)? (?:a |the )?deal done)\b|\b(?:offer|bid|proposal)s? (?:has|have) (?:now )?been (?:accepted|agreed)\b|\bagreed to (?:join|return|sign|move|a move|the move|a switch)\b|\b(?:has|have|had) been agreed\b|\bagrees? (?:a )?(?:\w+ )?(?:homecoming|return|move|switch)\b|\bagreement between (?:all parties|the (?:two )?clubs|both clubs)\b|\b(?:full|total|complete) agreement\b|\b(?:is|are) about to (?:be transferred|join|sign|complete|seal|become)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Agreed();

    [GeneratedRegex(@"\b(?:signed|signs|agreed|penned|put pen to paper on) (?:a )?new (?:\w+-year )?(?:contract|deal)\b|\b(?:agreed|agrees|signed|signs|penned|committed to) (?:fresh|new|improved) terms\b|\b(?:pens?|penned) (?:a )?new (?:\S+ ){0,2}(?:contract|deal)\b|\bnew(?<!\boffer(?:ed|s|ing)? (?:him |her )?(?:a )?new) (?:long-term )?(?:contract|deal) (?:at|with|until)\b|\bcontract extension\b(?<!\boffer(?:ed|s|ing)? (?:him |her )?(?:a |an )?contract extension)|\bextended (?:his|her|their) (?:contract|deal|stay)|\bextended the (?:contract|deal|stay) of\b|\brenewed (?:his|her) (?:contract|deal)|\bcommitted (?:his|her) (?:long-term )?future\b|\bextension(?<!\boffer(?:ed|s|ing)? (?:him |her )?(?:a |an )?(?:contract )?extension) (?:until|to|running)|\bextends? (?:his |her |their )?(?:\w+ )?(?:contract|deal|stay)\b|\bagreed to extend\b|\b(?:agree|agreed|agrees|closed|completed|signed|announced|confirmed)\b[^.]{0,30}\brenewal\b|\brenewal (?:of his|of the|until)\b|\bnew contract\b(?= (?:until|running|that will keep))|\bto (?:an |a new )?extended (?:contract|deal)\b|\bextended (?:contract|deal) (?:until|through|to)\b|\bcommit(?:s|ted)? (?:his (?:long-term )?future )?to (?-i:[A-Z])\w+(?: \w+)? (?:until|through|for another|to)\b|\b(?:deal|contract|stay) (?:\S+ ){0,8}(?:has (?:now )?been|was|is being|have been) extended\b|\b(?:signs?|signed|inks?|inked|agrees?) (?:a )?new (?:\S+ ){0,3}(?:contract|deal)\b|\b(?:signed|signs|sign|agreed|penned) (?:his |a )?(?:first )?professional contract\b|\b(?:signed|signs|sign) (?:his |a )?first contract as a professional\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Renewal();

    [GeneratedRegex(@"\bno truth\b|\b(?:has|have|had) (?:\w+ly )?(?:denied|refuted)\b|\brefut(?:ed|es|ing)\b|\bdenied (?:such|those|these|all) |\btotal rubbish\b|\bdenied (?:the |any |reports|claims|that)|\bdenies\b|\bfake news\b|\bnothing to (?:the|these) (?:reports|rumours|claims)\b|\bwide of the mark\b|\bcategorically\b|\bbaseless\b|\bwithout foundation\b|\bnot true\b|\bpure speculation\b|\bdismiss(?:ed|es)? (?:the |these |those |all |any |a |an )?(?:\w+ )?(?:reports?|rumours?|speculation|claims?|talk|suggestions?|stories|story)\b|\bdeny(?:ing)?\b|\bno basis\b|\b(?:claims|reports|rumou?rs|stories|story|report) (?:are|were|is|was) (?:completely |totally |entirely |simply )?(?:false|untrue|lies)\b|\b(?:rubbished|shunned|quashed|brushed off|poured cold water on) (?:the |these |those |all |any |such )?(?:\w+ )?(?:reports?|rumou?rs?|speculation|claims?|stories|story|suggestions?|talk)\b|\bnever (?:had|been in) contact\b|\b(?:nobody|no one|no club|no team|no other team|no other club) (?:has |have )?(?:contacted|approached|called)\b|\bno intention of leaving\b|\b(?:is|are) going nowhere\b|\bnot going anywhere\b|\b(?:rejected|dismissed|refuted|played down|laughed off|shot down) (?:the |these |those |all |any |such )?(?:\w+ )?(?:reports?|rumou?rs?|speculation|claims?|stories|story|suggestions?)\b|\b(?:has|have|had) not received (?:an|any) (?:\w+ )?(?:offer|bid|proposal)s?\b|\b(?:has|have|had) received no (?:\w+ )?(?:offer|bid|proposal)s?\b|\b(?:reports?|claims?|rumours?|speculation|stories|story)\b(?: \S+){0,4} (?:have|has) been (?:rejected|dismissed|denied|refuted)\b|\bfabricat\w+|\binvent(?:ed|ion)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Denied();

    // "the deal is off", "collapsed over wages", "Chelsea pulled out": the move is dead, whatever was agreed before.
    [GeneratedRegex(@"\bcollaps(?:ed|es|e|ing)\b(?! (?:move|deal|transfer|switch|bid|talks|negotiations)\b)|\b(?:fell|falls|fallen|falling) through\b|\b(?:deal|move|transfer|switch|it)\b[^.]{0,60}?\b(?:is|was|has been) (?:now )?off\b|\b(?:pursuit|chase|interest|talks|negotiations)\b[^.]{0,40}?\b(?:is|was|has been|are|were) (?:now )?over\b(?! the line)|\bcase is closed\b|\b(?:backed|backing|backs) out\b|\bpulled out\b|\bpull(?:s|ing)? out of\b|\bwalked away\b|\b(?:broke|broken|breaks) down\b|\bcalled off\b|\babandon(?:ed|s)?\b|\bend(?:ed)? (?:their|its|his) (?:interest|pursuit)\b|\bscrapped\b|\bcancelled\b|\bmade a u-turn\b|\bpull(?:s|ed|ing)? (?:the )?plug\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Collapsed();

    [GeneratedRegex(@"\brejected\b|\brejects?\b|\bturned down\b|\bturn down\b|\brebuffed\b|\bknocked back\b|\bdismissed\b|\bsnubbed\b|\bno intention of (?:selling|parting|letting|sanctioning|cashing)|\bnot for sale\b|\brefused\b|\bshut the door\b|\b(?:unwilling|not willing|reluctant) to (?:sell|let him go|part|sanction|accept)\b|\bfail(?:s|ed)? with (?:a |an |their |his |two |three )?(?:\w+ )?(?:bid|offer|approach)s?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Rejected();

    // A bid that was made, not one a club is "ready to" make or that "nobody is saying" happened.
    [GeneratedRegex(@"\b(?:made|make|makes|making|submitted|submit|submits|tabled|table|tables|lodged|lodge|launched|launch|sent|send|received|receive|receiving|put in|rejected|rejects|reject|turned down|knocked back|rebuffed|accepted|opening|formal|official|improved|first|second|third|fresh|new|verbal|written|initial|concrete|bumper|club-record|world-record|£|€|\$)\s?(?:\S+ ){0,2}(?:bid|offer|proposal)s?\b|\b(?:receiving|received) (?:a |an )?[£€$]\S+ (?:\S+ ){0,2}(?:bid|offer|proposal)\b|\b(?:bid|offer|proposal)s? (?:of|worth|in the region of|believed to be) (?:\S+ )?(?:[£€$]|\d)|\b(?:bid|offer|proposal) (?:has|had|was|is) (?:been )?(?:made|submitted|sent|lodged|tabled|rejected|accepted|received)\b|\b(?:tabled|lodged|submitted)\b(?! (?:an? )?['‘’""]?(?:enquiry|inquiry|approach|request|complaint|appeal))|\bbeen (?:\w+ly )?offered (?:a |an )?(?!new\b)(?:\S+ ){0,2}(?:contract|deal|[£€$]|\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Bid();

    // Past events a status sentence may report without a year: "collapsed a few weeks ago", "signed a new contract in December".
    [GeneratedRegex(@"\b(?:a few|a couple of|several|\d+|two|three|four|five|six) (?:weeks|days|months) ago\b|\ba (?:week|month) ago\b|\bmonths ago\b|\bin the past\b|\bin recent (?:years|seasons|windows|summers)\b|\blast (?:january|february|march|april|may|june|july|august|september|october|november|december)\b|\bprevious (?:\w+ )?(?:offer|bid|approach)|\b(?:signed|joined|renewed|extended|arrived|collapsed)\b[^.]{0,60}\bin (?:january|february|march|april|june|july|august|september|october|november|december)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RecentPast();

    [GeneratedRegex(@"\b(?:will|would|could|talks|negotiation|negotiations|interest|bid|offer|approach|enquiry|to (?:join|sign|move|leave))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ShortOfSigning();

    [GeneratedRegex(@"\bother (?:clubs|offers|bids|suitors|sides|teams)\b|\belsewhere\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OtherOffers();

    [GeneratedRegex(@"^(?:no intention|not for sale|shut the door|unwilling|not willing|reluctant)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Stance();

    [GeneratedRegex(@"\b(?:bid|bids|offer|offers|proposal|approach)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OfferNamed();

    [GeneratedRegex(@"\bon (?:a )?(?:\S+ )?loan\b|\bloan (?:at|to|with)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LoanAfter();

    [GeneratedRegex(@"\b(?:has|have) (?:now )?joined\b|\bjoins\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Joined();

    [GeneratedRegex(@"\btalks\b(?<!\bany talks)|\bnegotiat(?<!\bany negotiat)\w+|\b(?:en|in)quir(?:ed|ies|y|ing)\b|\bin contact\b|\bmade contact\b|\bdiscussions\b|\bapproached\b|\b(?:made|make|making|formal|official|concrete) (?:an |a )?(?:\w+ )?approach\b|\bopened dialogue\b|\bmet with\b|\b(?:close to|closing in on|nearing|edging towards) (?:agreeing|reaching|an agreement|a deal|agreement)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Talks();

    [GeneratedRegex(@"\binterest(?:ed)?\b|\bwants?\b|\bkeen\b|\bmonitor\w*|\btarget\w*|\beye(?:ing|s)?\b|\bconsider\w*|\blist\b|\bshortlist\b|\badmire\w*|\btrack\w*|\blinked\b|\bpursu\w+|\bchas\w+|\bweighing up\b|\bplanning\b|\bexploring\b|\bscout\w*|\b(?:ready|prepared|willing) to (?:offer|bid|pay|table|submit|launch|make (?:an? )?(?:\w+ )?(?:offer|bid))\b|\bidentified (?:\w+ ){0,4}as (?:a|an|their|the) (?:\w+ )?(?:priority|target|option|replacement)\b|\b(?:top |main |key )?priority\b|\blure\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Interest();

}
