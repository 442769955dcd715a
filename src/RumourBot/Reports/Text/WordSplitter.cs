namespace RumourBot.Reports.Text;

/// <summary>Splits a sentence into words, keeping hyphenated names ("Alexander-Arnold") whole.</summary>
public static class WordSplitter
{
    public static IReadOnlyList<Word> Split(string text)
    {
        var words = new List<Word>(text.Length / 5 + 4);
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i])) { i++; continue; }
            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || IsJoiner(text, i))) i++;
            var end = i;
            // "Leeds' history" is not flagged: the loop stops before a trailing apostrophe, and marking it (unless it
            // closed a quotation) measured even on Dev (a namesake and a seller lost for a bid and a to gained), 2026-12-06.
            var possessive = false;
            if (end - start > 2 && IsApostrophe(text[end - 2]) && (text[end - 1] is 's' or 'S'))
            {
                end -= 2;
                possessive = true;
            }
            words.Add(new Word(text[start..end], start, end, possessive));
        }
        return words;
    }

    // A hyphen, apostrophe or dot inside a word joins it ("Alexander-Arnold", "O'Rourke", "No.66", "£20.5m").
    private static bool IsJoiner(string text, int i) =>
        (text[i] is '-' or '.' || IsApostrophe(text[i]))
        && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1])
        && !(text[i] == '.' && char.IsUpper(text[i + 1]) && i > 0 && char.IsLower(text[i - 1]));

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';
}
