using System.Buffers;
using System.Text.RegularExpressions;
using RumourBot.Reports.Clubs;
using RumourBot.Reports.Text;

namespace RumourBot.Reports;

/// <summary>
/// An article's sentences and club mentions, with each sentence's facts (status words, money, transfer words,
/// background) worked out at most once however many candidate moves ask for them.
/// </summary>
internal sealed partial class AnalysedArticle
{
    private static readonly IReadOnlyList<ClubMention> None = [];
    private readonly MoveStatus?[] _status;
    private readonly IReadOnlyList<MoneyMention>?[] _money;
    private readonly int[]?[] _transferWords;
    private readonly bool?[] _background;
    private readonly int?[] _freeAgentAt;
    private readonly bool?[] _alternatives;
    private readonly int?[] _backgroundEnd;
    private readonly bool?[] _preContract;
    private readonly Dictionary<ClubMention, (double Buyer, double Seller, bool SideOpen)> _roles = [];
    private readonly Dictionary<int, List<DealSides>> _sides = [];

    public AnalysedArticle(IReadOnlyList<Sentence> sentences, IReadOnlyList<ClubMention> clubs)
    {
        Sentences = sentences;
        Clubs = clubs;
        ClubsBySentence = clubs.GroupBy(c => c.SentenceIndex).ToDictionary(g => g.Key, g => (IReadOnlyList<ClubMention>)g.ToList());
        _status = new MoveStatus?[sentences.Count];
        _money = new IReadOnlyList<MoneyMention>?[sentences.Count];
        _transferWords = new int[]?[sentences.Count];
        _background = new bool?[sentences.Count];
        _freeAgentAt = new int?[sentences.Count];
        _alternatives = new bool?[sentences.Count];
        _backgroundEnd = new int?[sentences.Count];
        _preContract = new bool?[sentences.Count];
    }

    public IReadOnlyList<Sentence> Sentences { get; }
    public IReadOnlyList<ClubMention> Clubs { get; }
    public IReadOnlyDictionary<int, IReadOnlyList<ClubMention>> ClubsBySentence { get; }

    /// <summary>The countries the sentences say a player goes to or leaves (<see cref="Moves.CountryMoves"/>).</summary>
    public IReadOnlyList<Moves.CountryMove> CountryMoves { get; init; } = [];

    public IReadOnlyList<ClubMention> ClubsIn(int sentence) => ClubsBySentence.GetValueOrDefault(sentence, None);

    public MoveStatus StatusOf(int sentence) => _status[sentence] ??= Sentences[sentence].IsHeadline
        ? StatusDetector.DetectHeadline(Sentences[sentence].Text)
        : StatusDetector.DetectOne(Sentences[sentence].Text);

    public IReadOnlyList<MoneyMention> MoneyIn(int sentence) => _money[sentence] ??= FeeParser.FindAll(Sentences[sentence].Text);

    /// <summary>
    /// Two clubs the sentence names as the two sides of one deal without saying which sells ("Napoli reach agreement
    /// with Al-Ahli", "Chelsea and Atlético reach agreement", "an agreement between Getafe and Wolves"): the rest of
    /// the story decides the direction. <c>FirstBuys</c> is the reading when nothing else does ("PSG agree a deal
    /// with Lille": the club that agrees with another usually buys), null when the sentence has none.
    /// </summary>
    public IReadOnlyList<DealSides> SidesIn(int sentence)
    {
        foreach (var mention in ClubsIn(sentence))
        {
            if (!_roles.ContainsKey(mention)) ReadRoles(sentence);
            break;
        }
        return _sides.TryGetValue(sentence, out var sides) ? sides : [];
    }

    /// <summary>
    /// How the words around this club mention cast it: buyer, seller, or neither. <c>SideOpen</c> marks the other
    /// side of a deal whose side the sentence does not settle ("Full agreement with Real Madrid").
    /// </summary>
    public (double Buyer, double Seller, bool SideOpen) RoleOf(ClubMention mention)
    {
        if (!_roles.ContainsKey(mention)) ReadRoles(mention.SentenceIndex);
        return _roles[mention];
    }

    private void ReadRoles(int sentenceIndex)
    {
        var mentions = ClubsIn(sentenceIndex);
        var sentence = Sentences[sentenceIndex];
        var read = new (double Buyer, double Seller, bool Counterparty)[mentions.Count];
        for (var i = 0; i < mentions.Count; i++)
        {
            var next = i + 1 < mentions.Count ? mentions[i + 1].WordIndex : sentence.Words.Count;
            read[i] = ClubRoleReader.ReadWithCounterparty(sentence, mentions[i], next, afterAnotherClub: i > 0 && mentions[i - 1].Club != mentions[i].Club,
                listed: i > 0 && mentions[i - 1].EndWordIndex == mentions[i].WordIndex);
        }
        // "PSG have reached an agreement with Lille": the two sides of one deal; which buys is for the story to say.
        for (var i = 1; i < read.Length; i++)
        {
            if (!read[i].Counterparty || mentions[i - 1].Club == mentions[i].Club || mentions[i - 1].Club is null || mentions[i].Club is null
                || TimeJointBetween(sentence, mentions[i - 1], mentions[i])) continue;
            var weight = Math.Max(2, Math.Max(read[i - 1].Buyer, read[i].Seller));
            AddSides(sentenceIndex, new DealSides(mentions[i - 1].Club!, mentions[i].Club!, weight, FirstBuys: true));
            read[i - 1].Buyer = 0;
            read[i].Seller = 0;
            read[i].Counterparty = false;
        }
        for (var i = 0; i + 1 < read.Length; i++)
        {
            if (mentions[i].Club is null || mentions[i + 1].Club is null || mentions[i].Club == mentions[i + 1].Club || !MutualPair(sentence, mentions[i], mentions[i + 1])) continue;
            AddSides(sentenceIndex, new DealSides(mentions[i].Club!, mentions[i + 1].Club!, 2, FirstBuys: null));
            read[i] = (0, 0, false);
            read[i + 1] = (0, 0, false);
        }
        // "rakitic leaves schalke sevilla": a headline's slug drops the "for" between the club he leaves and the next one
        // named straight after it, which is where he goes; "has swapped dundee united for st johnstone" keeps it.
        for (var i = 0; i + 1 < read.Length; i++)
        {
            if (sentence.IsHeadline && read[i] is { Buyer: 0, Seller: > 0, Counterparty: false } && read[i + 1] is { Seller: 0, Counterparty: false } && read[i + 1].Buyer < read[i].Seller
                && mentions[i].EndWordIndex <= mentions[i + 1].WordIndex && mentions[i].Club != mentions[i + 1].Club
                && !sentence.Words[mentions[i].EndWordIndex - 1].IsPossessive && Between(sentence, mentions[i], mentions[i + 1]).Trim() is "" or "for")
            {
                read[i + 1] = (read[i].Seller, 0, false);
            }
        }
        // "Galatasaray and Fenerbahce's bid", "Chelsea, Real Madrid target Hulk": clubs listed together share the role
        // the words after the last of them give.
        for (var i = read.Length - 2; i >= 0; i--)
        {
            if (read[i] is { Buyer: 0, Seller: 0, Counterparty: false } && read[i + 1] is not { Buyer: 0, Seller: 0 } && !read[i + 1].Counterparty
                && Listed(sentence, mentions[i], mentions[i + 1]))
            {
                read[i] = (read[i + 1].Buyer, read[i + 1].Seller, false);
            }
        }
        for (var i = 0; i < mentions.Count; i++)
        {
            var sideOpen = read[i].Counterparty && (i == 0 || mentions[i - 1].Club == mentions[i].Club);
            _roles[mentions[i]] = (read[i].Buyer, read[i].Seller, sideOpen);
        }
    }

    private void AddSides(int sentence, DealSides sides)
    {
        if (!_sides.TryGetValue(sentence, out var list)) _sides[sentence] = list = [];
        list.Add(sides);
    }

    // "Chelsea and Atlético Madrid reach agreement", "an agreement between Getafe and Wolves".
    private static bool MutualPair(Sentence sentence, ClubMention first, ClubMention second)
    {
        var gap = Between(sentence, first, second).Trim();
        if (!(gap is "and" or "&")) return false;
        var words = sentence.LowerWords;
        // "an agreement between Getafe and Wolves", not "the showdown between Al-Ittihad and Al-Hilal": a deal word before "between".
        if (first.WordIndex > 0 && words[first.WordIndex - 1] == "between") return DealWordBefore(words, first.WordIndex - 1);
        for (var i = second.EndWordIndex; i < Math.Min(words.Length, second.EndWordIndex + 4); i++)
        {
            if (words[i] is "agreement" or "agree" or "agreed" or "agreeing" or "deal" or "talks" or "terms" or "negotiations" or "discussions") return true;
        }
        return false;
    }

    private static bool DealWordBefore(string[] words, int between)
    {
        for (var i = between - 1; i >= 0 && i >= between - 4; i--)
        {
            if (words[i] is "agreement" or "deal" or "talks" or "negotiations" or "discussions" or "contacts" or "contact" or "accord" or "pact" or "understanding" or "swap" or "transfer" or "move" or "terms") return true;
        }
        return false;
    }

    // "began his career with Liverpool's reserves ... before starting his first-team career with Hibernian": a club told
    // in another step of his career is no party to the deal the second one's "with" tells.
    private static bool TimeJointBetween(Sentence sentence, ClubMention first, ClubMention second)
    {
        var words = sentence.LowerWords;
        for (var i = first.EndWordIndex; i < second.WordIndex; i++)
        {
            if (words[i] is "but" or "before" or "until" or "then") return true;
        }
        return false;
    }

    // The text between two club mentions of a sentence, the first before the second.
    private static ReadOnlySpan<char> Between(Sentence sentence, ClubMention first, ClubMention second)
    {
        var end = sentence.Words[first.EndWordIndex - 1].End;
        return sentence.Text.AsSpan(end, sentence.Words[second.WordIndex].Start - end);
    }

    private static bool Listed(Sentence sentence, ClubMention first, ClubMention second)
    {
        if (first.EndWordIndex > second.WordIndex) return false;
        var gap = Between(sentence, first, second).Trim();
        if (!(gap is "," or "and" or "or" or "&" or ", and" or ", or" or "and the" or "or the" or ", the")) return false;
        // "Chelsea and Atletico Madrid reach agreement": the two sides of one deal, not two buyers.
        var words = sentence.LowerWords;
        for (var i = second.EndWordIndex; i < Math.Min(words.Length, second.EndWordIndex + 4); i++)
        {
            if (words[i] is "agreement" or "agree" or "agreed" or "agreeing" or "deal" or "talks" or "terms" or "negotiations" or "discussions") return false;
        }
        return true;
    }

    /// <summary>"was released by Blackburn", "is a free agent": the sentence says he has no club to sell him.</summary>
    public bool IsFreeAgent(int sentence) => FreeAgentAt(sentence) >= 0;

    /// <summary>Where the sentence's free-agent words start ("his contract was mutually terminated"), or -1.</summary>
    public int FreeAgentAt(int sentence) => _freeAgentAt[sentence] ??= ReadFreeAgent(Sentences[sentence].Text);

    private static int ReadFreeAgent(string text)
    {
        if (text.AsSpan().IndexOfAny(FreeAgentWords) < 0 || FreeAgentAtWords.Match(text) is not { Success: true } free) return -1;
        // "became a free agent last summer, only to perform a U-turn and extend his stay": he is under contract again.
        return FeeParser.FreeUndoneLater(text, free.Index + free.Length) ? -1 : free.Index;
    }

    /// <summary>"X and Y are two other targets": the sentence names players as alternatives.</summary>
    public bool NamesAlternatives(int sentence) => _alternatives[sentence] ??= Says(sentence, AlternativeWords, Alternatives());

    private static readonly SearchValues<string> AlternativeWords = SearchValues.Create(["other", "alternative", "shortlist", "among"], StringComparison.OrdinalIgnoreCase);

    /// <summary>"signed a pre-contract agreement".</summary>
    public bool IsPreContract(int sentence) => _preContract[sentence] ??= Says(sentence, PreContractWords, PreContract());

    private static readonly SearchValues<string> FreeAgentWords = SearchValues.Create(
        ["released", "release", "free agent", "contract", "deal", "clubless", "without a club", "terminated", "leaving", "departure", "mutual", "free to"], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> PreContractWords = SearchValues.Create(["contract"], StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"\bpre-?contract\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PreContract();

    // "talks with free agent Steven Fletcher", "signed free agent defender Marlon Ray": "free agent" before his name (and his position) says the same.
    // So do "he is free to join a new club", "barnsley sign free agent defender" and "before being released in May";
    // not "will join Stoke in the next few days after leaving PSV", the leaving this move is, nor "when a player like
    // that is out of contract", a case put, not his state, nor "asked to be released a year before his contract
    // expired", a contract left early.
    [GeneratedRegex(@"\b(?:was|been|were|is|got) released by\b|\b(?:is|was|became|been|as|(?<=['’])s) (?:currently |now |still |already )?a free agent\b|\b(?-i:free agent (?:(?:defender|midfielder|forward|striker|winger|goalkeeper|keeper|full-back|centre-back|center-back) )?[A-Z])|\bfree agent (?:defender|midfielder|forward|striker|winger|goalkeeper|keeper|full-back|centre-back|center-back)\b|\b(?:after|before|since|following) being released\b|\bfree[- ]agent status\b|\bby mutual consent\b|\b(?<!\b(?:years?|months?|weeks?|seasons?) before )(?:his|her) (?:contract|deal) (?:with \w+ (?:\w+ )?)?(?:expired|ran out|ended|(?:was|has been|had been) (?:terminated|cancelled|rescinded))\b|\bno longer under contract\b|\bran (?:out|down) (?:his|her) (?:contract|deal)\b|\bout[- ]of[- ]contract\b(?<=\b(?:is|was|being|now) (?:currently |still )?out[- ]of[- ]contract)(?<!\b(?:when|if|once)\b[^.,;]{0,40})(?![^.;]{0,40}?\b(?:this|next|in the|at the end|until|in (?:19|20)\d\d|in (?:january|february|march|april|may|june|july|august|september|october|november|december))\b)|\b(?:left|leaving|departed|exited) \w+(?: \w+)? (?:at the end of|when|after|upon the expiry of) (?:his|her) (?:contract|deal)\b|\bwithout a club\b|\bclubless\b|\b(?:his|her) release from\b(?<!(?<!\b(?:has|have) )\b(?:joined|signed for|moved to|arrived at)\b[^.;]{0,60}(?:his|her) release from)|\b(?=(?:after|since|following) )(?<!(?<!\b(?:has|have) )\b(?:joined|signed for|moved to|arrived at|(?:will|set to|due to|poised to) (?:join|sign for|move to))\b[^.;]{0,60})(?:after|since|following) (?:leaving|being released by|(?:his|her|\w+['’]s) departure from)\b|\bterminat(?:ed|es|e)(?<!\b(?:may|might|could|would) terminate) (?:his|her|\w+['’]s) contract\b|\bmutually terminated\b|\b(?:is|was|now) free to (?:join|sign for|sign with|talk to|speak to|negotiate with) (?:a new|any|another|any other) (?:club|team|side)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FreeAgent();

    // Every branch starts at a word (the s of "'s a free agent" too), so the pattern is tried at word starts only.
    private static readonly WordStartPattern FreeAgentAtWords = new(FreeAgent());

    // "Anthony Elanga and Jarrod Bowen are two other targets": players named as alternatives are not the story.
    [GeneratedRegex(@"\b(?:other|alternative) (?:targets?|options?|names?)\b|\balternatives?\b|\bshortlist\b|\bamong (?:the )?(?:other )?(?:names|targets|options)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Alternatives();

    // A vectorised scan for the words the pattern needs rules most sentences out before the pattern runs.
    private bool Says(int sentence, SearchValues<string> triggers, Regex pattern)
    {
        var text = Sentences[sentence].Text;
        return text.AsSpan().IndexOfAny(triggers) >= 0 && pattern.IsMatch(text);
    }

    /// <summary>Where the sentence's background clause ends, or -1: news may follow it ("who joined in 2022, but the fee was €20m").</summary>
    public int BackgroundEnd(int sentence) => _backgroundEnd[sentence] ??= StatusDetector.BackgroundEnd(Sentences[sentence].Text);

    public bool IsBackground(int sentence) => _background[sentence] ??= StatusDetector.IsBackground(Sentences[sentence].Text);

    /// <summary>Where the sentence's transfer words ("sign", "bid", "move", "want"…) start.</summary>
    public IReadOnlyList<int> TransferWordsIn(int sentence) =>
        _transferWords[sentence] ??= TransferWords.Find(Sentences[sentence]);
}
