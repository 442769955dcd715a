using RumourBot.Reports.Clubs;
using RumourBot.Reports.Text;

namespace RumourBot.Reports;

/// <summary>
/// An article's sentences and club mentions, with each sentence's facts (status words, money, transfer words,
/// background) worked out at most once however many candidate moves ask for them.
/// </summary>
internal sealed class AnalysedArticle
{
    private static readonly IReadOnlyList<ClubMention> None = [];
    private readonly MoveStatus?[] _status;
    private readonly IReadOnlyList<MoneyMention>?[] _money;
    private readonly int[]?[] _transferWords;
    private readonly bool?[] _background;
    private readonly Dictionary<ClubMention, (double Buyer, double Seller)> _roles = [];

    public AnalysedArticle(IReadOnlyList<Sentence> sentences, IReadOnlyList<ClubMention> clubs)
    {
        Sentences = sentences;
        Clubs = clubs;
        ClubsBySentence = clubs.GroupBy(c => c.SentenceIndex).ToDictionary(g => g.Key, g => (IReadOnlyList<ClubMention>)g.ToList());
        _status = new MoveStatus?[sentences.Count];
        _money = new IReadOnlyList<MoneyMention>?[sentences.Count];
        _transferWords = new int[]?[sentences.Count];
        _background = new bool?[sentences.Count];
    }

    public IReadOnlyList<Sentence> Sentences { get; }
    public IReadOnlyList<ClubMention> Clubs { get; }
    public IReadOnlyDictionary<int, IReadOnlyList<ClubMention>> ClubsBySentence { get; }

    public IReadOnlyList<ClubMention> ClubsIn(int sentence) => ClubsBySentence.GetValueOrDefault(sentence, None);

    public MoveStatus StatusOf(int sentence) => _status[sentence] ??= StatusDetector.DetectOne(Sentences[sentence].Text);

    public IReadOnlyList<MoneyMention> MoneyIn(int sentence) => _money[sentence] ??= FeeParser.FindAll(Sentences[sentence].Text);

    /// <summary>How the words around this club mention cast it: buyer, seller, or neither.</summary>
    public (double Buyer, double Seller) RoleOf(ClubMention mention)
    {
        if (_roles.TryGetValue(mention, out var role)) return role;
        var inSentence = ClubsIn(mention.SentenceIndex);
        var position = IndexOf(inSentence, mention);
        var sentence = Sentences[mention.SentenceIndex];
        var next = position + 1 < inSentence.Count ? inSentence[position + 1].WordIndex : sentence.Words.Count;
        return _roles[mention] = ClubRoleReader.Read(sentence, mention, next);
    }

    private static int IndexOf(IReadOnlyList<ClubMention> mentions, ClubMention mention)
    {
        for (var i = 0; i < mentions.Count; i++) if (ReferenceEquals(mentions[i], mention)) return i;
        return -1;
    }

    public bool IsBackground(int sentence) => _background[sentence] ??= StatusDetector.IsBackground(Sentences[sentence].Text);

    /// <summary>Where the sentence's transfer words ("sign", "bid", "move", "want"…) start.</summary>
    public IReadOnlyList<int> TransferWordsIn(int sentence) =>
        _transferWords[sentence] ??= TransferWords.Find(Sentences[sentence]);
}
