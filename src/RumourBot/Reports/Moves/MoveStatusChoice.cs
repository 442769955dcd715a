using System.Text.RegularExpressions;
using RumourBot.Reports.People;
using RumourBot.Reports.Text;

namespace RumourBot.Reports.Moves;

/// <summary>
/// A move's status: the news the top of the story tells, or the strongest signal of its sentences where the body tells
/// that news's outcome; then settled against the news (an improved bid after a rejection, a pre-contract that is
/// signed but not done).
/// </summary>
internal static partial class MoveStatusChoice
{
    public static MoveStatus Read(AnalysedArticle article, List<(Sentence Sentence, bool Named)> sentences, Person? subject = null, HashSet<int>? othersNamed = null)
    {
        var told = sentences.Select(s => StatusFor(article, s.Sentence, subject, othersNamed)).ToList();
        var strongest = StatusDetector.Combine(told);
        var (headline, lede) = (sentences.Count > 0 && sentences[0].Sentence.IsHeadline ? 0 : -1, LedeOf(sentences));
        var top = StatusDetector.Combine([headline < 0 ? MoveStatus.Unknown : told[headline], lede < 0 ? MoveStatus.Unknown : told[lede]]);
        if (top is MoveStatus.Unknown or MoveStatus.Interest || top == strongest) return strongest;
        var topClubs = new[] { headline, lede }.Where(i => i >= 0).SelectMany(i => article.ClubsIn(sentences[i].Sentence.Index)).Select(c => c.Club?.Name).ToHashSet();
        bool OnlyTopClubs(int i) => article.ClubsIn(sentences[i].Sentence.Index).All(c => topClubs.Contains(c.Club?.Name));
        // A sentence goes on with the top's story when it names him, or names neither another player nor a club the top
        // does not and tells of no player by his position ("a fee for the club's young goalkeeper").
        bool SameStory(int i) => sentences[i].Named || sentences[i].Sentence.IsHeadline
            || othersNamed is not null && !othersNamed.Contains(sentences[i].Sentence.Index) && OnlyTopClubs(i) && !ForAPlayerByPosition(sentences[i].Sentence);
        return TellsTheOutcome(sentences, told, top, strongest, SameStory, OnlyTopClubs) ? strongest : top;
    }

    // The news is what the headline and the first sentence about him tell ("Leicester reject Valencia bid for Ndidi").
    // A stronger status further down is most often another event: terms agreed with a third club, a move of the past, a
    // rival's deal. Taking the strongest of all sentences read such stories as further on than they are; on the 240
    // reports of Blind5-Blind9, each read by the analyser it was scored blind with, the top's status took status from
    // 73.8% to 77.9% right, but fresh Blind12 lost four reports with it (docs/analysis.md).
    // The lede is the first sentence of the body, not a dateline, byline or caption above it ("• 31 Jan 2020, 14:55", "By Web Desk").
    private static int LedeOf(List<(Sentence Sentence, bool Named)> sentences) =>
        sentences.FindIndex(s => !s.Sentence.IsHeadline && s.Sentence.Words.Count(w => char.IsLetter(w.Text[0])) >= LedeWords);

    private const int LedeWords = 6;

    // The body goes on from the top's news where it tells that news's answer: the bid rejected, the deal off, the talks
    // or bid turned into an agreement, the agreement completed. The last two only in a sentence of the same story (one
    // naming him, or naming no other player and no club the top does not); so is a denial of the talks or bid claimed
    // ("was reportedly close to agreeing a deal… has denied reports that he will sign").
    private static bool TellsTheOutcome(List<(Sentence Sentence, bool Named)> sentences, List<MoveStatus> told, MoveStatus top, MoveStatus strongest, Func<int, bool> sameStory, Func<int, bool> onlyTopClubs)
    {
        // "Brentford and Wolves miss out as Dutch starlet opts to pen new contract": a renewal at the top ends the other
        // clubs' chase; the collapse the body tells is theirs, not a move of his that fell through.
        if (strongest == MoveStatus.Collapsed && top == MoveStatus.ContractRenewal) return false;
        if (strongest == MoveStatus.Collapsed || top == MoveStatus.Bid && strongest == MoveStatus.Rejected) return true;
        if (strongest == MoveStatus.Denied && top is MoveStatus.Talks or MoveStatus.Bid) return sentences.Where((s, i) => (s.Named || s.Sentence.IsHeadline) && told[i] == MoveStatus.Denied).Any();
        // "Textor makes official approach… Palace's opening offer has been knocked back": the approach answered, told of
        // the top's clubs alone (not a rival's bid turned down, nor a new contract he refused).
        if (top == MoveStatus.Talks && strongest == MoveStatus.Rejected)
            return Enumerable.Range(0, sentences.Count).Any(i => told[i] == MoveStatus.Rejected && !sentences[i].Sentence.IsHeadline && sameStory(i) && onlyTopClubs(i)
                                                                 && !NewContractWords().IsMatch(sentences[i].Sentence.Text));
        if (!(top is MoveStatus.Talks or MoveStatus.Bid && strongest == MoveStatus.Agreed || top == MoveStatus.Agreed && strongest == MoveStatus.Done)) return false;
        return Enumerable.Range(0, sentences.Count).Any(i => told[i] == strongest && sameStory(i));
    }

    // "Arsenal have signed Declan Rice from West Ham, and now want Tomas Varga": in a sentence that names another
    // player who is news, the deed told of this one is in the clause that names him.
    private static MoveStatus StatusFor(AnalysedArticle article, Sentence sentence, Person? subject, HashSet<int>? othersNamed)
    {
        var status = article.StatusOf(sentence.Index);
        if (status == MoveStatus.Unknown || subject is null || othersNamed is null || sentence.IsHeadline || !othersNamed.Contains(sentence.Index)) return status;
        var mentions = subject.Mentions.Where(m => m.SentenceIndex == sentence.Index).ToList();
        if (mentions.Count == 0) return status;
        var (from, to) = ClauseAround(sentence.Text, sentence.Words[mentions[0].WordIndex].Start);
        return from == 0 && to == sentence.Text.Length ? status : StatusDetector.DetectOne(sentence.Text[from..to]);
    }

    private static (int From, int To) ClauseAround(string text, int at)
    {
        var from = 0;
        var to = text.Length;
        foreach (Match joint in ClauseJoint().Matches(text))
        {
            if (joint.Index + joint.Length <= at) from = joint.Index + joint.Length;
            else if (joint.Index >= at) { to = joint.Index; break; }
        }
        return (from, to);
    }

    // Where one clause of a sentence ends and another, with a subject or deed of its own, begins: the comma closing an
    // opening "After signing Cristiano Ronaldo," is one, and so is the colon opening a quote: in "McClaren, whose side
    // beat Blackburn, said: 'The deal is dead'" the quote is a clause of its own. So is a second deed joined by "and are
    // now looking to" ("have already added Phillips to their ranks and are now looking to reinforce their attack").
    [GeneratedRegex(@",? and now\b|, and\b| and (?=(?:are|is|have|has) (?:now |also )?\w+ing\b)|, but\b| but\b|;|:\s*[""“‘'](?=\w)|, while\b| while\b| whereas\b|, although\b|(?<=^\W*(?:after|having|since|following)\b[^,]{1,80}),", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClauseJoint();

    /// <summary>What a denied story claimed: the strongest status of its sentences but the denial.</summary>
    public static MoveStatus Claimed(AnalysedArticle article, List<(Sentence Sentence, bool Named)> sentences) =>
        sentences.Select(s => article.StatusOf(s.Sentence.Index)).Where(s => s != MoveStatus.Denied).DefaultIfEmpty(MoveStatus.Unknown).Max();

    // Settled after the clubs are chosen: they read the first reading ("rejected" names the selling club).
    public static MoveStatus Settle(AnalysedArticle article, List<(Sentence Sentence, bool Named)> sentences, List<int> namedSentences, MoveStatus status, string? seller = null, string? buyer = null)
    {
        // "was set to join Lens, but Lens pulled out… Ajax have now reached agreement": the collapse is another club's
        // move, told as the story's past; this move is what the other sentences say.
        // So is an offer another club made and had turned down below the headline: "Al Nassr offered him £500,000 a week,
        // but the offer was rejected" in a story of Inter Miami's interest. A headline's rejection is the story's own.
        var told = sentences.Where(s => article.StatusOf(s.Sentence.Index) == status).ToList();
        if ((status == MoveStatus.Collapsed || status == MoveStatus.Rejected && told.All(s => !s.Sentence.IsHeadline)) && buyer is not null
            && told.All(s => OnlyAnotherBuyer(article, s.Sentence.Index, seller, buyer, status)))
        {
            var other = status;
            status = StatusDetector.Combine(sentences.Select(s => article.StatusOf(s.Sentence.Index)).Where(s => s != other));
        }
        // "an earlier offer was rejected… Rangers have now made an improved offer": the new bid is the news.
        if (status == MoveStatus.Rejected && namedSentences.Any(i => article.StatusOf(i) == MoveStatus.Bid && NewBid().IsMatch(article.Sentences[i].Text))) status = MoveStatus.Bid;
        // "Villa have bid three times in the last month, all rejected" beside "Norwich have received a bid from West Brom":
        // the rejections are background, the bid is the news.
        if (status == MoveStatus.Rejected
            && sentences.Where(s => article.StatusOf(s.Sentence.Index) == MoveStatus.Rejected).All(s => article.IsBackground(s.Sentence.Index))
            && sentences.Any(s => !article.IsBackground(s.Sentence.Index) && article.StatusOf(s.Sentence.Index) == MoveStatus.Bid)) status = MoveStatus.Bid;
        // "Huddersfield have made a bid… Hugill has signed a new contract with Preston that won't expire until 2019": the
        // contract is why the price is high; another club's offer for him is the news (unless the headline tells the
        // renewal: "Dutch starlet opts to pen new contract" over "the subject of concrete offers from Brentford").
        if (status == MoveStatus.ContractRenewal && !sentences.Any(s => s.Sentence.IsHeadline && article.StatusOf(s.Sentence.Index) == MoveStatus.ContractRenewal)
            && namedSentences.Where(i => !article.IsBackground(i) && !SuitorsTurnedDown(article.Sentences[i].Text)).Select(article.StatusOf).Where(s => s is MoveStatus.Bid or MoveStatus.Rejected).DefaultIfEmpty().Max() is var offer and not MoveStatus.Unknown) status = offer;
        // "Santos confirms transfer of Rodrygo to Real Madrid" over "Santos confirmed it had reached a deal to send him",
        // "Lizarazu joins Marseille" over "the contract will be signed in the middle of the week": a headline's present
        // tense announces what the text tells, here an agreement with the signing still ahead.
        if (status == MoveStatus.Done
            && sentences.All(s => s.Sentence.IsHeadline || article.StatusOf(s.Sentence.Index) != MoveStatus.Done)
            && (namedSentences.Any(i => !article.Sentences[i].IsHeadline && article.StatusOf(i) == MoveStatus.Agreed)
                || sentences.Any(s => !s.Sentence.IsHeadline && article.StatusOf(s.Sentence.Index) == MoveStatus.Agreed && StatusDetector.IsStillAhead(s.Sentence.Text)))) status = MoveStatus.Agreed;
        // "Yoshida joins LA Galaxy" over "plenty of time for the Galaxy to complete their signing": the text tells the
        // headline's deed as still to come.
        if (status == MoveStatus.Done
            && sentences.All(s => s.Sentence.IsHeadline || article.StatusOf(s.Sentence.Index) != MoveStatus.Done)
            && sentences.Any(s => !s.Sentence.IsHeadline && StatusDetector.TellsDeedAhead(s.Sentence.Text))) status = MoveStatus.Agreed;
        // "De Gea signs four-year Manchester United contract" over "has signed a new four-year deal with the club", "agrees
        // Middlesbrough deal" over "has signed a new contract with the club": the headline's deal is the renewal the text tells.
        if (status is MoveStatus.Done or MoveStatus.Agreed
            && sentences.All(s => s.Sentence.IsHeadline || article.StatusOf(s.Sentence.Index) != status)
            && namedSentences.Any(i => !article.Sentences[i].IsHeadline && !article.IsBackground(i) && article.StatusOf(i) == MoveStatus.ContractRenewal)) status = MoveStatus.ContractRenewal;
        // "Palmer has penned a new deal… a deal which will be announced in the coming days": what is still ahead is the
        // renewal's announcement, not another move.
        if (status == MoveStatus.Agreed
            && namedSentences.Any(i => article.StatusOf(i) == MoveStatus.ContractRenewal && !article.IsBackground(i))
            && sentences.Where(s => article.StatusOf(s.Sentence.Index) == MoveStatus.Agreed).All(s => StatusDetector.IsStillAhead(s.Sentence.Text))) status = MoveStatus.ContractRenewal;
        // "Sterling verbally agrees new five-year contract… the verbal agreement was reached last week": with no club to
        // move to, the agreement told is the renewal's.
        if (status == MoveStatus.Agreed && buyer is null
            && namedSentences.Any(i => article.StatusOf(i) == MoveStatus.ContractRenewal && !article.IsBackground(i))) status = MoveStatus.ContractRenewal;
        // "Youth star Owen Cushion pens maiden professional contract", "the first player snapped up by Wrexham": a first
        // professional contract, with no club he leaves, is signed at the club that raised him, a renewal however it is
        // announced.
        if (status == MoveStatus.Done && seller is null && buyer is not null
            && sentences.Any(s => (s.Named || s.Sentence.IsHeadline) && !article.IsBackground(s.Sentence.Index) && FirstProfessionalContract().IsMatch(s.Sentence.Text))) status = MoveStatus.ContractRenewal;
        // "Gundogan reportedly joins Barca" over "Mundo Deportivo is reporting that Barcelona have completed the signing": a
        // completion the headline only reports, with no word of it made official, is agreed.
        if (status == MoveStatus.Done && sentences.Any(s => s.Sentence.IsHeadline && StatusDetector.IsHedged(s.Sentence.Text))
            && !sentences.Any(s => !article.IsBackground(s.Sentence.Index) && StatusDetector.TellsItOfficial(s.Sentence.Text))) status = MoveStatus.Agreed;
        // "The Gunners finalised a deal… he will now undergo his medical": with his medical still ahead the move is agreed, not done.
        if (status == MoveStatus.Done && sentences.Any(s => !article.IsBackground(s.Sentence.Index) && StatusDetector.TellsMedicalAhead(s.Sentence.Text))) status = MoveStatus.Agreed;
        // "signed a pre-contract agreement": he joins when his contract ends; agreed, not done yet. A pre-contract the club
        // foresees for later ("expects, in six months, the signing of the pre-contract") is a step after this move.
        if (status == MoveStatus.Done && namedSentences.Any(i => article.IsPreContract(i) && article.StatusOf(i) >= MoveStatus.Agreed)) status = MoveStatus.Agreed;
        return status;
    }

    // The clause telling the collapse names a club that neither sells nor buys in this move, and not the buyer. Only that
    // clause: in "The transfer has collapsed, but he could still join Inter or Milan" the suitors after "but" are not
    // the deal that fell through.
    private static bool OnlyAnotherBuyer(AnalysedArticle article, int sentence, string? seller, string buyer, MoveStatus told)
    {
        var (from, to) = ClauseTelling(article.Sentences[sentence].Text, told);
        var words = article.Sentences[sentence].Words;
        var names = article.ClubsIn(sentence).Where(c => words[c.WordIndex].Start >= from && words[c.WordIndex].Start < to)
            .Select(c => c.Club?.Name).Where(name => name is not null).ToList();
        return !names.Contains(buyer) && names.Any(name => name != seller);
    }

    private static (int From, int To) ClauseTelling(string text, MoveStatus told)
    {
        var from = 0;
        foreach (Match joint in ClauseJoint().Matches(text))
        {
            if (StatusDetector.DetectOne(text[from..joint.Index]) == told) return (from, joint.Index);
            from = joint.Index + joint.Length;
        }
        return from == 0 || StatusDetector.DetectOne(text[from..]) == told ? (from, text.Length) : (0, text.Length);
    }

    // A signal in a sentence naming him is surer than one only in the sentences that follow.
    public static double Confidence(AnalysedArticle article, List<(Sentence Sentence, bool Named)> sentences, MoveStatus status) =>
        status == MoveStatus.Unknown ? 0
            : sentences.Any(s => (s.Named || s.Sentence.IsHeadline) && article.StatusOf(s.Sentence.Index) == status) ? 0.9 : 0.6;

    // "turned down the offer of a new contract", "rejected an extension": a refusal of his own club's terms.
    [GeneratedRegex(@"\b(?:new|fresh|improved) (?:\S+ )?(?:contract|deal)\b|\bextension\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NewContractWords();

    // "for the club's young goalkeeper", "for their Brazilian winger": a deal told for a player called by his position.
    private static bool ForAPlayerByPosition(Sentence sentence)
    {
        var words = sentence.LowerWords;
        for (var i = 0; i + 2 < words.Length; i++)
        {
            if (words[i] != "for" || words[i + 1] is not ("the" or "their" or "a" or "an" or "its" or "his")) continue;
            for (var k = i + 2; k < Math.Min(words.Length, i + 5); k++)
            {
                if (MoveSides.IsPositionWord(words[k])) return true;
            }
        }
        return false;
    }

    [GeneratedRegex(@"\b(?:first|maiden|debut)[ -](?:professional|pro)[ -](?:contract|deal|terms)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FirstProfessionalContract();

    [GeneratedRegex(@"\b(?:improved|second|fresh|new|another|revised|increased|third|latest|renewed)\b[^.]{0,40}?\b(?:bid|offer|proposal)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NewBid();

    // "Gaffney turned down offers from some of Rovers' biggest rivals": offers (many) turned down are the suitors he
    // stayed on in spite of, the renewal's background, not one bid answered.
    private static bool SuitorsTurnedDown(string sentence) => SuitorsTurnedDownWords().IsMatch(sentence);

    [GeneratedRegex(@"\b(?:turned|turning|turns|turn) down (?:\S+ ){0,3}?offers\b|\b(?:rejected|rejecting|rejects|reject|snubbed|rebuffed) (?:\S+ ){0,3}?offers\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SuitorsTurnedDownWords();
}
