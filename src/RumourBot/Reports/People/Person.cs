namespace RumourBot.Reports.People;

/// <summary>A person a report names, with every place it names them (full name, surname or first name).</summary>
public sealed class Person(string fullName)
{
    public string FullName { get; } = fullName;

    public PersonRole Role { get; set; } = PersonRole.Player;

    /// <summary>Whether <see cref="Role"/> was read from the headline, which the body's own words may overrule.</summary>
    internal bool RoleReadInHeadline { get; set; }

    /// <summary>How often the text casts them as context ("X's injury", "replacing X") rather than as a mover.</summary>
    public int ContextMentions { get; set; }

    /// <summary>The sentences that name them only as context.</summary>
    public HashSet<int> ContextSentences { get; } = [];

    public List<PersonMention> Mentions { get; } = [];

    /// <summary>The sentences that name them, each once, in the order the mentions were found.</summary>
    public IReadOnlyList<int> SentenceIndexes
    {
        get
        {
            // Ranking and building the moves ask for these many times over: they are read once the mentions are in.
            // Mentions are only ever added, so a list of the same length is the same list.
            if (_sentenceIndexes is null || _mentionsIndexed != Mentions.Count)
            {
                _sentenceIndexes = [.. Mentions.Select(m => m.SentenceIndex).Distinct()];
                _mentionsIndexed = Mentions.Count;
            }
            return _sentenceIndexes;
        }
    }

    private int[]? _sentenceIndexes;
    private int _mentionsIndexed;
}
