using System.Buffers;
using System.Net;
using System.Text.RegularExpressions;

namespace RumourBot.Reports;

/// <summary>
/// Removes what is not the article's prose before analysis: photo credits ("(Photos by X/Getty Images)"),
/// date stamps, carriage returns, HTML entities and mis-decoded signs that scraped and syndicated text keeps
/// ("Marseille&amp;#039;s", "Â£4.5m").
/// Photographers named in a credit are never mistaken for players.
/// </summary>
public static partial class ArticleCleaner
{
    public static string Clean(string text)
    {
        if (text.Contains('&', StringComparison.Ordinal)) text = WebUtility.HtmlDecode(text);
        if (text.AsSpan().IndexOfAny("ÂâĀā") >= 0) text = RepairMojibake(text);
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        text = RemoveCredits(text);
        if (text.Contains('/', StringComparison.Ordinal)) text = RemoveSlashCredits(text);
        text = DateStamp().Replace(text, "");
        if (text.Contains('\n', StringComparison.Ordinal)) text = HardWrap().Replace(text, " ");
        text = ShoutedLede().Replace(text, lede => TitleCase(lede.Value));
        return RestoreLostApostrophes(text).Trim();
    }

    /// <summary>
    /// "AC Milan s Manuel Locatelli", "italy s rugani joins": a page that dropped its apostrophes leaves a lone "s" after
    /// a word, which is nothing else in English; put back, the possessive says whose player he is.
    /// </summary>
    public static string RestoreLostApostrophes(string text)
    {
        if (text.Contains(" s ", StringComparison.Ordinal)) text = LostApostrophe().Replace(text, "'s ");
        // "confirms he won t join real madrid": a negation that lost its apostrophe is still a negation.
        return text.Contains(" t ", StringComparison.Ordinal) ? LostNegationApostrophe().Replace(text, "'t") : text;
    }

    [GeneratedRegex(@" s (?=\p{L})(?<=\p{L}\p{L} s )", RegexOptions.CultureInvariant)]
    private static partial Regex LostApostrophe();

    [GeneratedRegex(@"(?<=\b(?:won|can|don|isn|aren|wasn|weren|doesn|didn|hasn|haven|hadn|wouldn|couldn|shouldn)) t(?= )", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LostNegationApostrophe();

    // UTF-8 read as Windows-1252 (or -1250, or the Baltic -1257) by the page that was scraped: "Â£4.5m", "ÂŁ4.5m",
    // "â‚¬20m", "Varga â€™s", "Arturā€™s". Only the currency signs, quotation marks, dashes and the no-break space, which
    // carry the figures and the quotations.
    private static readonly (string Broken, string Meant)[] Mojibake =
    [
        ("Â£", "£"), ("ÂŁ", "£"), ("â‚¬", "€"), ("â€™", "’"), ("â€˜", "‘"), ("â€œ", "“"), ("â€\u009d", "”"), ("â€“", "–"), ("â€”", "—"), ("Â\u00a0", " "),
        ("ā€™", "’"), ("ā€˜", "‘"), ("ā€œ", "“"), ("ā€\u009d", "”"), ("ā€“", "–"), ("ā€”", "—"), ("Ā£", "£"),
    ];

    private static string RepairMojibake(string text)
    {
        foreach (var (broken, meant) in Mojibake) text = text.Replace(broken, meant, StringComparison.Ordinal);
        return text;
    }

    // "Kyle Lafferty\nhas joined FC Sion on a three-year deal from troubled Scottish\nside Rangers": a wire story kept with
    // its printed line breaks. A line that stops on a word and a next line that goes on in lower case are one sentence; a
    // line break otherwise ends one (SentenceSplitter), and a blank line between paragraphs is left alone.
    [GeneratedRegex(@"(?<=[\p{L}\p{N},;])[ \t]*\n(?=\p{Ll})", RegexOptions.CultureInvariant)]
    private static partial Regex HardWrap();

    // A tabloid opens a paragraph on its first words in capitals ("NICK POWELL has signed for Stockport", "ARSENAL HAVE
    // COMPLETED the signing"): written as names are, they are read as names.
    [GeneratedRegex(@"^(?:\p{Lu}[\p{Lu}'’-]+ ){2,4}(?=\p{Ll})", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex ShoutedLede();

    private static string TitleCase(string words)
    {
        var letters = words.ToCharArray();
        for (var i = 1; i < letters.Length; i++)
        {
            // "O'NEILL" is "O'Neill", "SMITH-ROWE" is "Smith-Rowe": a letter after a space, apostrophe or hyphen opens a word.
            if (letters[i - 1] is not (' ' or '\'' or '’' or '-')) letters[i] = char.ToLowerInvariant(letters[i]);
        }
        return new string(letters);
    }

    // Credits are lines of their own ("Additional reporting by the Press Association", "Photo by Jo Hale/Getty Images")
    // or an agency after a dash that ends a paragraph ("— AFP"): who supplied the words or pictures, not who the story cites.
    // A wire's exchange-rate note ("($1 = 0.6455 British pounds)", "(1 euro = 1.08 dollars)") goes with them: a rate, no
    // sum of the story.

    /// <summary>A leading "date 2025-01-02" stamp, as some scraped articles carry.</summary>
    public static DateTimeOffset? FindDateStamp(string text)
    {
        var match = DateStamp().Match(text);
        return match.Success && DateTimeOffset.TryParse(match.Groups["date"].Value, System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.AssumeUniversal, out var date) ? date : null;
    }

    private const string CreditPattern = @"\((?:(?:additional )?reporting|writing|editing)(?: by)?[^)\n]*\)|\((?:photos?|pictures?|images?|credit)(?: by)?:?[^)\n]*\)|^(?:photos?|pictures?|credit|image)(?: by)?:[^\n]*$|^(?:photos?|pictures?|images?) by [^\n]{2,120}$|^[ \t]*(?:additional )?(?:reporting|writing|editing) by [^\n]{2,80}$|\([ \t]*(?:[$€£¥]|US\$)[ \t]?1[ \t]?=[^)\n]{1,40}\)|\([ \t]*1[ \t]+(?:euro|pound|dollar|real|lira|yen|yuan|rouble|ruble|franc)s?[ \t]?=[^)\n]{1,40}\)|(?<=[ \t])[-\u2013\u2014][ \t]*(?:AFP|Reuters|AP|PA|dpa|EFE|ANSA|Xinhua|Bernama|Yonhap|Kyodo|IANS|PTI)[ \t]*$";

    // The credit pattern anchored where the search stands (\G). Every credit starts at a bracket, a line's start or a
    // dash, so it is tried there only: the pattern on its own, with line starts among its branches, tried at every
    // character of the article.
    [GeneratedRegex(@"\G(?:" + CreditPattern + ")", RegexOptions.IgnoreCase | RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex CreditHere();

    private static readonly SearchValues<char> CreditStarts = SearchValues.Create("(\n-\u2013\u2014");

    // What Regex.Replace(text, "") with the credit pattern gives: the credits, leftmost first, removed. Trying a place
    // that starts no credit is harmless; skipping one that does is not, hence every bracket, dash and line start.
    private static string RemoveCredits(string text)
    {
        System.Text.StringBuilder? cleaned = null;
        var copied = 0;
        var at = 0;
        while (at < text.Length)
        {
            var credit = CreditHere().Match(text, at);
            if (credit.Success)
            {
                cleaned ??= new System.Text.StringBuilder(text.Length);
                cleaned.Append(text, copied, credit.Index - copied);
                copied = at = credit.Index + credit.Length;
                continue;
            }
            if (text[at] == '\n')
            {
                at++; // a line break starts no credit; the line after it may
                continue;
            }
            var next = text.AsSpan(at + 1).IndexOfAny(CreditStarts);
            if (next < 0) break;
            at += 1 + next;
        }
        return cleaned is null ? text : cleaned.Append(text, copied, text.Length - copied).ToString();
    }

    // A caption's credit that ends its line ("John Smith/AFP via Getty Images", any agency "via Getty Images"): found from its slash, then widened
    // back over the (up to four) capitalised names before it, so the search never starts at every letter.
    [GeneratedRegex(@"(?<=[\w.'-])/(?:(?:AFP|Getty Images|Reuters|AP|PA Images|PA|EPA|Shutterstock|Imago|Sportsfile|Action Images)(?:[ \t]+via[ \t]+Getty Images)?|[A-Z][\w.-]*(?:[ \t/][A-Z][\w.-]*){0,3}[ \t]+via[ \t]+Getty Images)[ \t]*$",
        RegexOptions.IgnoreCase | RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex SlashCredit();

    private static string RemoveSlashCredits(string text)
    {
        var credits = SlashCredit().Matches(text);
        if (credits.Count == 0) return text;
        var cleaned = new System.Text.StringBuilder(text.Length);
        var copied = 0;
        foreach (Match credit in credits)
        {
            var start = NamesBefore(text, credit.Index);
            if (start < copied) continue;
            cleaned.Append(text, copied, start - copied);
            copied = credit.Index + credit.Length;
        }
        return cleaned.Append(text, copied, text.Length - copied).ToString();
    }

    // Where the run of up to four names ending at the slash begins: words of letters, digits, dots, apostrophes or
    // hyphens, each starting with a letter, separated by spaces or tabs (what the credit's names look like).
    private static int NamesBefore(string text, int slash)
    {
        static bool InWord(char c) => char.IsLetterOrDigit(c) || c is '_' or '.' or '\'' or '-';
        var start = slash;
        var end = slash;
        for (var names = 0; names < 4; names++)
        {
            var run = end;
            while (run > 0 && InWord(text[run - 1])) run--;
            var word = run;
            while (word < end && !char.IsAsciiLetter(text[word])) word++;
            if (word == end) break;
            start = word;
            if (word != run) break; // the run began with no letter: nothing before it belongs to the credit
            var gap = run;
            while (gap > 0 && text[gap - 1] is ' ' or '\t') gap--;
            if (gap == run || gap == 0 || !InWord(text[gap - 1])) break;
            end = gap;
        }
        return start;
    }

    /// <summary>The agency of a wire dateline: "LISBON, Jan 12 (Meridian Wire) - Benfica have…".</summary>
    public static string? FindWireAgency(string text) =>
        Dateline().Match(text) is { Success: true } match ? match.Groups["agency"].Value.Trim() : null;

    [GeneratedRegex(@"^[A-Z][A-Z .'-]{2,}, [^(\n]{0,30}\((?<agency>[^)\n]{2,40})\) ?[-–—]", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex Dateline();

    // [ \t]*, not \s*: \s also eats line breaks, so on a text of blank lines every line start scanned to the end.
    [GeneratedRegex(@"^[ \t]*date:? (?<date>\d{4}-\d{2}-\d{2})\b", RegexOptions.IgnoreCase | RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex DateStamp();
}
