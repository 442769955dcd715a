namespace RumourBot.Ingestion;

/// <summary>
/// How deep a page's elements nest, measured on the raw markup in one linear pass, before any parser sees it.
/// AngleSharp's tree builder slows down sharply with depth (200,000 nested &lt;div&gt;s take minutes) and SmartReader
/// far sooner (1,000 levels take seconds), so markup nested deeper than <see cref="MaxDepth"/> is refused unread.
/// The measure follows the parser where it matters: void and self-closed elements add nothing, an end tag closes up
/// to its open element, and a paragraph or list item closes the one before it.
/// </summary>
public static class HtmlNesting
{
    /// <summary>Real pages nest a few dozen levels; a browser stops at 512.</summary>
    public const int MaxDepth = 128;

    private static readonly HashSet<string> Void = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    };

    // Elements whose start tag closes an open one of the same kind (<p>…<p>, <li>…<li>), as the parser does.
    private static readonly HashSet<string> SelfClosing = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "li", "dt", "dd", "option", "tr", "td", "th",
    };

    // Their content is text up to the matching end tag, never markup.
    private static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "textarea", "title", "xmp", "noscript", "iframe", "noembed", "noframes",
    };

    public static bool IsTooDeep(ReadOnlySpan<char> html) => Depth(html, MaxDepth) > MaxDepth;

    /// <summary>The deepest nesting found, counting stopped once past <paramref name="stopAfter"/>.</summary>
    public static int Depth(ReadOnlySpan<char> html, int stopAfter = int.MaxValue)
    {
        var open = new List<string>();
        var deepest = 0;
        var i = 0;
        while ((i = NextTag(html, i)) >= 0)
        {
            var next = i + 1;
            if (next >= html.Length) break;
            if (html[next] == '!' || html[next] == '?')
            {
                i = SkipDeclaration(html, next);
                continue;
            }
            var closing = html[next] == '/';
            var nameStart = closing ? next + 1 : next;
            var nameEnd = nameStart;
            while (nameEnd < html.Length && IsNameChar(html[nameEnd])) nameEnd++;
            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                i = next; // a lone "<" in text
                continue;
            }
            var name = html[nameStart..nameEnd].ToString();
            var end = TagEnd(html, nameEnd);
            if (end < 0) break;
            var selfClosed = html[end - 1] == '/';
            i = end + 1;
            if (closing)
            {
                var at = open.FindLastIndex(n => n.Equals(name, StringComparison.OrdinalIgnoreCase));
                if (at >= 0) open.RemoveRange(at, open.Count - at);
                continue;
            }
            if (Void.Contains(name) || selfClosed) continue;
            if (RawText.Contains(name))
            {
                i = SkipRawText(html, i, name);
                continue;
            }
            if (SelfClosing.Contains(name) && open.Count > 0 && open[^1].Equals(name, StringComparison.OrdinalIgnoreCase)) open.RemoveAt(open.Count - 1);
            open.Add(name);
            if (open.Count > deepest && (deepest = open.Count) > stopAfter) return deepest;
        }
        return deepest;
    }

    private static int NextTag(ReadOnlySpan<char> html, int from)
    {
        if (from >= html.Length) return -1;
        var at = html[from..].IndexOf('<');
        return at < 0 ? -1 : from + at;
    }

    private static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or ':' or '_';

    // The '>' that ends a tag, stepping over quoted attribute values; -1 when the markup ends first.
    private static int TagEnd(ReadOnlySpan<char> html, int from)
    {
        char? quote = null;
        for (var i = from; i < html.Length; i++)
        {
            var c = html[i];
            if (quote is { } q)
            {
                if (c == q) quote = null;
            }
            else if (c is '"' or '\'') quote = c;
            else if (c == '>') return i;
        }
        return -1;
    }

    private static int SkipDeclaration(ReadOnlySpan<char> html, int from)
    {
        if (html[from..].StartsWith("!--"))
        {
            var close = html[(from + 3)..].IndexOf("-->");
            return close < 0 ? html.Length : from + 3 + close + 3;
        }
        var end = html[from..].IndexOf('>');
        return end < 0 ? html.Length : from + end + 1;
    }

    private static int SkipRawText(ReadOnlySpan<char> html, int from, string name)
    {
        var closing = "</" + name;
        var at = html[from..].IndexOf(closing, StringComparison.OrdinalIgnoreCase);
        return at < 0 ? html.Length : from + at + closing.Length;
    }
}
