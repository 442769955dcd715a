namespace RumourBot.Ingestion;

/// <summary>
/// Markup nested deeper than <see cref="HtmlNesting.MaxDepth"/>: refused unread, since parsing it would take minutes
/// (or, walked recursively, overflow the stack). A feed's article that carries it is remembered as refused.
/// </summary>
public sealed class TooDeepHtmlException()
    : Exception($"The HTML nests more than {HtmlNesting.MaxDepth} levels deep, which no real article does; it is refused.");
