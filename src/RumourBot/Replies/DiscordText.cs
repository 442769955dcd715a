using System.Text;

namespace RumourBot.Replies;

/// <summary>
/// Makes text from reports and members safe to show on Discord: markdown characters are escaped, so a report
/// cannot inject links or formatting, and mentions are broken, so "@everyone" or "&lt;@&amp;role&gt;" reads as
/// text and pings nobody (allowed_mentions stops the ping as well; this stops the blue highlight). Command mentions
/// ("&lt;/settle:123&gt;") are broken the same way, and a bare link loses its "://" so a report's text cannot carry
/// a clickable link into an embed.
/// </summary>
public static class DiscordText
{
    private const char ZeroWidthSpace = '\u200B';

    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\\' or '*' or '_' or '~' or '`' or '|' or '>' or '[' or ']' or '#': // escaped brackets break "[text](url)" links
                    builder.Append('\\').Append(c);
                    break;
                case '@':
                    builder.Append('@').Append(ZeroWidthSpace); // "@everyone", "@here" and "@user" stay text
                    break;
                case '<' when i + 1 < text.Length && text[i + 1] is '@' or '#' or ':' or 't' or 'a' or '/':
                    builder.Append('<').Append(ZeroWidthSpace); // "<@123>", "<@&role>", "<#channel>", "</command:id>"
                    break;
                case ':' when i + 2 < text.Length && text[i + 1] == '/' && text[i + 2] == '/':
                    builder.Append(':').Append(ZeroWidthSpace); // "https://…" is linked by Discord; "https:\u200B//…" is text
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }
        return builder.ToString();
    }

    /// <summary>Cuts text to a limit at a word boundary, marking the cut with an ellipsis.</summary>
    public static string Truncate(string text, int limit)
    {
        if (text.Length <= limit) return text;
        var cut = text.LastIndexOf(' ', Math.Max(0, limit - 2));
        if (cut < limit / 2) cut = limit - 1;
        return text[..cut].TrimEnd() + "…";
    }

    /// <summary>"in 2 days (28 November 2026 12:28)" in each reader's own time zone and language.</summary>
    public static string Timestamp(DateTimeOffset at)
    {
        var seconds = at.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        return $"<t:{seconds}:R> (<t:{seconds}:f>)";
    }
}
