using System.Text.RegularExpressions;
using RumourBot.Reports.Text;

namespace RumourBot.Reports.Moves;

/// <summary>
/// A move for nothing told without the words "free transfer": his contract runs out as the move comes ("is out of
/// contract at Blackburn this summer", "to sign him when his Lyon contract expires at the end of the season"), or the
/// buyer paid no fee ("have not paid a transfer fee for him"). Read only when no figure of the move was found at all.
/// </summary>
internal static partial class FreeMoveWords
{
    /// <summary>Whether a sentence about him (not another player's, not background) tells such a move, and none leaves it open.</summary>
    public static bool Told(AnalysedArticle article, List<(Sentence Sentence, bool Named)> sentences, HashSet<int> othersNamed)
    {
        var told = false;
        foreach (var (sentence, named) in sentences)
        {
            var text = sentence.Text;
            if (!text.Contains("contract", StringComparison.OrdinalIgnoreCase) && !text.Contains("fee", StringComparison.OrdinalIgnoreCase)
                && !text.Contains("free", StringComparison.OrdinalIgnoreCase)) continue;
            // "available on a free next year, or for a fee now": the report itself leaves the price open. So does "should be
            // able to secure his signature at a good price": his contract running out makes him cheap, not free.
            // Nor does "could cash in this window to avoid losing him for free in the summer": a sale now, ahead of the free.
            if (FeeParser.FreeOnlyAsPossibility(text) || CheapNotFree().IsMatch(text) || SoldBeforeFree().IsMatch(text)) return false;
            if (!named && !sentence.IsHeadline && othersNamed.Contains(sentence.Index) || article.IsBackground(sentence.Index)) continue;
            // Nor "will leave Rovers prior to the end of his contract": a buyer who takes him early pays for the months left,
            // nor a low fee still due for him (told of this move, not of his past ones).
            if (LeavesBeforeItRunsOut().IsMatch(text) || LowFeeStillDue().IsMatch(text)) return false;
            told |= ContractRunsOutNow().Match(text) is { Success: true } runsOut && (named || !OfAnotherNamed(text, runsOut.Index)) || NoFeePaid().IsMatch(text);
        }
        return told;
    }

    /// <summary>
    /// Whether a sentence about him tells his contract running out ahead, or a free move still to come ("looks set to
    /// leave his current club on a free transfer"): "free agent" elsewhere then tells what he will be, and the club whose
    /// contract runs out is still his. Not a sentence that says he is a free agent already ("Upon the end of his contract
    /// with Hull City, McKenzie became a free agent"): the contract it tells of has ended.
    /// </summary>
    public static bool ContractStillRunning(AnalysedArticle article, List<(Sentence Sentence, bool Named)> sentences, HashSet<int> othersNamed) =>
        sentences.Any(s => (s.Named || s.Sentence.IsHeadline || !othersNamed.Contains(s.Sentence.Index)) && !article.IsBackground(s.Sentence.Index)
            && (ContractRunsOutNow().IsMatch(s.Sentence.Text) || FreeMoveAhead().IsMatch(s.Sentence.Text))
            && !BecameFree().IsMatch(s.Sentence.Text));

    /// <summary>
    /// "Ross County have signed Murray from Queen's Park for an undisclosed fee" though he "had agreed a pre-contract": a
    /// fee was paid to bring the move forward, so it is no free move, only a price not told.
    /// </summary>
    public static bool FeeUndisclosed(List<(Sentence Sentence, bool Named)> sentences) =>
        sentences.Any(s => (s.Named || s.Sentence.IsHeadline) && s.Sentence.Text.Contains("undisclosed", StringComparison.OrdinalIgnoreCase) && UndisclosedFee().IsMatch(s.Sentence.Text));

    /// <summary>
    /// "he's free to arrange a pre-contract deal with overseas teams as of January": a pre-contract he may sign one day, no
    /// move of his for nothing yet (not "Aberdeen can confirm a pre-contract has been agreed").
    /// </summary>
    public static bool PreContractOnlyPossible(string sentence) => PreContractPossible().IsMatch(sentence);

    [GeneratedRegex(@"\b(?:free to|able to|eligible to|allowed to|can|could|may|might)\s+(?:now\s+|then\s+)?(?:arrange|agree|sign|negotiate|discuss|pen)\s+(?:\S+\s+){0,2}?pre-?contract", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PreContractPossible();

    /// <summary>Whether a sentence about him tells his buyer paying compensation or a fee for a player who was free.</summary>
    public static bool CompensationPaid(List<(Sentence Sentence, bool Named)> sentences) =>
        sentences.Any(s => (s.Sentence.Text.Contains("compensation", StringComparison.OrdinalIgnoreCase) || s.Sentence.Text.Contains("pay a fee", StringComparison.OrdinalIgnoreCase))
            && BuyerPays().IsMatch(s.Sentence.Text));

    // "have had to pay a fee", "will have to pay a compensation", "after a compensation package was agreed".
    [GeneratedRegex(@"\b(?:have|has|had|will have|would have|must|need to|needs to|are set to|is set to) (?:had )?to pay (?:a |an |some )?(?:\S+ )?(?:fee|compensation)\b|\bcompensation (?:package|fee|deal) (?:was|has been|had been|is) agreed\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BuyerPays();

    // "a replacement for Franck Kessie who is out of contract": in a sentence that does not name ours, a clause hung
    // on another name tells that man's contract.
    private static bool OfAnotherNamed(string text, int at) =>
        WhoClauseOfAName().IsMatch(text.AsSpan(Math.Max(0, at - 60), Math.Min(60, at)));

    [GeneratedRegex(@"\b(?-i:\p{Lu})[\w'’-]+,? who\b[^,;]{0,25}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WhoClauseOfAName();

    [GeneratedRegex(@"\b(?:at|for) a (?:good|reasonable|reduced|cut|low|lower|knock-down|knockdown|bargain|cheap) (?:price|fee)\b|\bcut[- ]price\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CheapNotFree();

    // "will be unable to demand a significant fee", "set to let him go for a small fee": a fee all the same, only a low one.
    [GeneratedRegex(@"\b(?:unable to|not be able to|cannot|can['’]t|won['’]t be able to) (?:demand|command|ask for|get|recoup|receive|expect) (?:a |any )?(?:significant|big|large|substantial|sizeable|sizable|huge|major|hefty) (?:transfer )?(?:fee|sum)\b|\ba (?:small|modest|nominal|minimal) (?:transfer )?(?:fee|sum)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LowFeeStillDue();

    [GeneratedRegex(@"\b(?:avoid|avoiding|rather than|instead of) (?:losing|lose|letting) (?:him|her|the \S+)(?: go| leave)? (?:for free|for nothing|on a free)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SoldBeforeFree();

    [GeneratedRegex(@"(?<!\b(?:not|never|n['’]t)\s)\b(?:leave|leaves|leaving|depart|departs|departing|exit|exits)\b[^.;]{0,40}?\b(?:prior to|before|ahead of) the (?:end|expiry|expiration) of (?:his|her) (?:\S+ )?(?:contract|deal)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeavesBeforeItRunsOut();

    [GeneratedRegex(@"\bundisclosed (?:transfer )?(?:fee|sum|amount|compensation)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UndisclosedFee();

    [GeneratedRegex(@"\b(?:became|has become|had become|(?:is|was) (?:now|already|currently)) a free agent\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BecameFree();

    // "with Hearts willing to let him leave as a free agent": the club that will let him go still holds him (not "an
    // agreement that let him leave Galatasaray on a free", told once he had gone).
    [GeneratedRegex(@"\b(?:set to|will|expected to|poised to|likely to|going to|about to|could|would) leave (?:\S+ ){0,4}?on a free\b|\b(?:(?:willing|ready|prepared|happy|set|expected|likely) to|will|would|could) let (?:him|her) (?:leave|go) (?:\S+ ){0,3}?(?:as a free agent|on a free|for free|for nothing)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FreeMoveAhead();

    // "out of contract this summer", "whose contract expires at the end of the season", "when his Manchester United
    // contract expires", "upon (following) the expiration of his contract", "Cavani's contract with Paris Saint-Germain
    // expires in June", "his contract with Bayern is set to expire", "McBurnie's contract at Sheffield United expires this
    // summer": the contract ends now, not in some later year.
    [GeneratedRegex(@"\bout[- ]of[- ]contract\b[^.;]{0,40}?\b(?:this|next|in the) summer\b|\bout[- ]of[- ]contract at the end of (?:the|this) season\b|\b(?:when|once|after|as|whose) (?:his|her) (?:\S+ ){0,3}?(?:contract|deal) (?:expires|runs out|ends|is up)\b|\b(?:upon|following|after|on) the (?:expiration|expiry) of (?:his|her) (?:\S+ )?contract\b|\bupon the end of (?:his|her) (?:\S+ )?contract\b|\b(?:his|her|\S+['’]s) (?:\S+ ){0,2}?contract (?:(?:with|at) (?:\S+ ){1,3}?)?(?:expires|runs out|ends|is up) (?:this summer|at the end of (?:the|this) season|in june)\b|\bcontract (?:(?:with|at) (?:\S+ ){1,3}?)?is (?:set|due|about) to (?:expire|run out)\b(?! (?:in|at the end of) (?:19|20)\d\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ContractRunsOutNow();

    // "have not paid a transfer fee for him", "joined without a fee", "no transfer fee was involved".
    [GeneratedRegex(@"\b(?:not|n['’]t|never) (?:paid|pay|paying|cost|costing|involve|involving|required|requiring) (?:a|any) (?:transfer )?fee\b|\bwithout (?:paying )?(?:a|any) (?:transfer )?fee\b|\bno (?:transfer )?fee (?:was|is|has been|will be) (?:paid|involved|required|payable)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoFeePaid();
}
