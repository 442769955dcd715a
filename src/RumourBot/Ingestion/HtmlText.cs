using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace RumourBot.Ingestion;

/// <summary>
/// Plain text from a snippet of HTML (a feed item's summary): AngleSharp parses it as a browser would, and each
/// block (paragraph, heading, list item, line break) becomes its own line.
/// </summary>
public static class HtmlText
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "br", "tr", "section", "article",
    };

    /// <summary>Longer markup is cut here before parsing: the text is cut to <see cref="ArticleExtractor.MaxCharacters"/> anyway.</summary>
    public const int MaxHtmlCharacters = 4 * ArticleExtractor.MaxCharacters;

    /// <exception cref="TooDeepHtmlException">The markup nests deeper than <see cref="HtmlNesting.MaxDepth"/>.</exception>
    public static string ToPlainText(string html)
    {
        if (html.Length > MaxHtmlCharacters) html = html[..MaxHtmlCharacters];
        if (HtmlNesting.IsTooDeep(html)) throw new TooDeepHtmlException();
        var document = new HtmlParser().ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>");
        foreach (var hidden in document.QuerySelectorAll("script, style, noscript").ToList()) hidden.Remove();
        var text = new StringBuilder();
        Append(document.Body!, text);
        return Tidy(text.ToString());
    }

    /// <summary>Lines trimmed, runs of spaces made one, at most one blank line between paragraphs.</summary>
    public static string Tidy(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n')
            .Select(line => string.Join(' ', line.Split([' ', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries)));
        var tidy = new StringBuilder();
        var blank = false;
        foreach (var line in lines)
        {
            if (line.Length == 0)
            {
                blank = tidy.Length > 0;
                continue;
            }
            if (tidy.Length > 0) tidy.Append(blank ? "\n\n" : "\n");
            tidy.Append(line);
            blank = false;
        }
        return tidy.ToString();
    }

    // Walked with a stack of our own, not recursion, and no deeper than the cap: depth can never cost the call stack.
    private static void Append(INode root, StringBuilder text)
    {
        var pending = new Stack<(INode Node, int Depth, bool Closing)>();
        pending.Push((root, 0, false));
        while (pending.TryPop(out var step))
        {
            var (node, depth, closing) = step;
            if (closing)
            {
                text.Append("\n\n");
                continue;
            }
            if (node is IText leaf)
            {
                text.Append(leaf.Data);
                continue;
            }
            var block = node != root && node is IElement element && Blocks.Contains(element.LocalName);
            if (block)
            {
                text.Append("\n\n");
                pending.Push((node, depth, true));
            }
            if (depth > HtmlNesting.MaxDepth + 2) continue; // the cap, and the <html> and <body> the parser adds
            for (var child = node.LastChild; child is not null; child = child.PreviousSibling) pending.Push((child, depth + 1, false));
        }
    }
}
