namespace RumourBot.Reports.People;

/// <summary>A person a report names, with every place it names them (full name, surname or first name).</summary>
public sealed class Person(string fullName)
{
    public string FullName { get; } = fullName;

    public PersonRole Role { get; set; } = PersonRole.Player;

    /// <summary>How often the text casts them as context ("X's injury", "replacing X") rather than as a mover.</summary>
    public int ContextMentions { get; set; }

    /// <summary>The sentences that name them only as context.</summary>
    public HashSet<int> ContextSentences { get; } = [];

    public List<PersonMention> Mentions { get; } = [];

    public IEnumerable<int> SentenceIndexes => Mentions.Select(m => m.SentenceIndex).Distinct();
}
