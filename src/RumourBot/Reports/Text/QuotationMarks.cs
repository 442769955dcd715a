namespace RumourBot.Reports.Text;

/// <summary>
/// Reads a sentence's quotation marks as openings and closings. Curly marks say which they are; a straight mark
/// opens after a space, a bracket, a colon or at the start, and closes otherwise. Real reports mix the two
/// (“…" or "…”), so both kinds count toward one depth. A quotation running over paragraphs reopens each one
/// without closing the last; that is still one quotation.
/// </summary>
public static class QuotationMarks
{
    /// <summary>
    /// Walks <paramref name="text"/> from quotation depth <paramref name="depth"/>: the depth after it, and whether
    /// a closing mark came with no quotation open (the sentence is the tail of a quotation begun elsewhere).
    /// </summary>
    public static (int Depth, bool ClosesUnopened) Walk(string text, int depth)
    {
        var closesUnopened = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            bool opens;
            if (c == '\u201C') opens = true;
            else if (c == '\u201D') opens = false;
            else if (c == '"') opens = i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or ':' or '-' or '\u2014' or '\u2013';
            else continue;

            if (opens && i == 0 && depth > 0) continue; // a quoted paragraph after another reopens the same quotation
            if (opens) depth++;
            else if (depth > 0) depth--;
            else closesUnopened = true;
        }
        return (depth, closesUnopened);
    }
}
