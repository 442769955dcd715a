namespace RumourBot.Reports.People;

/// <summary>Where a person is named: the sentence and the words.</summary>
public readonly record struct PersonMention(int SentenceIndex, int WordIndex, int WordCount);
