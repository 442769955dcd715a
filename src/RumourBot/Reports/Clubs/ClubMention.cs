using RumourBot.Reports.Text;

namespace RumourBot.Reports.Clubs;

/// <summary>
/// Words in a sentence that name a club. <see cref="Candidates"/> holds more than one club for a shared alias
/// ("Real", "the Reds") or a descriptor ("the Spanish giants") until the article's context settles it.
/// </summary>
public sealed record ClubMention(int SentenceIndex, int WordIndex, int WordCount, IReadOnlyList<Club> Candidates, bool IsDescriptor)
{
    public Club? Club { get; set; }

    public int EndWordIndex => WordIndex + WordCount;

    public bool IsPossessive(Sentence sentence) => sentence.Words[EndWordIndex - 1].IsPossessive;
}
