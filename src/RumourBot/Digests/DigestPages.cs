using RumourBot.Discord.Models;
using RumourBot.Replies;

namespace RumourBot.Digests;

/// <summary>
/// Lays a digest out as messages that each fit Discord's limits once rendered (text escaped): a section is a field,
/// continued in further fields past 1,024 characters; a message holds up to 6,000 characters and 250 fields (10 embeds
/// of 25). Splits fall between entries, never inside one; an entry too long for any field on its own is shortened.
/// The console shows the same pages one after another.
/// </summary>
public static class DigestPages
{
    public const string Title = "Transfer digest";
    private const string ContinuedTitle = "Transfer digest (continued)";
    private const int MaxFieldsPerMessage = Embed.MaxFields * Embed.MaxPerMessage;

    /// <param name="notice">A line put before the intro, e.g. why scheduled digests stopped.</param>
    public static IReadOnlyList<Reply> Layout(Digest digest, DateTimeOffset now, string? notice = null)
    {
        var intro = notice is null ? Intro(digest, now) : $"{notice}\n{Intro(digest, now)}";
        var fields = digest.Sections.SelectMany(Fields).ToList();
        var pages = new List<Reply>();
        var current = new List<ReplyField>();
        var size = Measure(Title) + Measure(intro);
        foreach (var field in fields)
        {
            var fieldSize = Measure(field.Name) + Measure(field.Value);
            if (current.Count > 0 && (size + fieldSize > Embed.MaxTotal || current.Count == MaxFieldsPerMessage))
            {
                pages.Add(Page(pages.Count, intro, current));
                current = [];
                size = Measure(ContinuedTitle);
            }
            current.Add(field);
            size += fieldSize;
        }
        pages.Add(Page(pages.Count, intro, current));
        return pages;
    }

    /// <summary>"Since Tue 2 Mar 09:00 (a day ago): 14 reports on 9 rumours, 3 new rumours, 2 status changes, 1 open poll."</summary>
    public static string Intro(Digest digest, DateTimeOffset now)
    {
        var since = DigestText.LocalTimeAndAgo(digest.Window.Since, digest.Window.Zone, now);
        var counts = digest.Sections.Select(s => s.Summary).OfType<string>().ToList();
        if (digest.IsQuiet)
        {
            var rest = counts.Count == 0 ? "" : $" ({string.Join(", ", counts)})";
            return $"Quiet one: no new rumours since {since}{rest}.";
        }
        return $"Since {since}: {string.Join(", ", counts.DefaultIfEmpty("news below"))}.";
    }

    private static Reply Page(int index, string intro, IReadOnlyList<ReplyField> fields) =>
        index == 0 ? new Reply(Title, intro, fields) : new Reply(ContinuedTitle, Fields: fields);

    // A section's entries, packed into fields of at most 1,024 rendered characters each.
    private static IEnumerable<ReplyField> Fields(ComposedSection section)
    {
        var lines = new List<string>();
        var size = 0;
        var first = true;
        foreach (var entry in section.Lines.Select(Fit))
        {
            var entrySize = Measure(entry) + (lines.Count > 0 ? 1 : 0);
            if (lines.Count > 0 && size + entrySize > Embed.MaxFieldValue)
            {
                yield return new ReplyField(first ? section.Heading : $"{section.Heading} (continued)", string.Join('\n', lines));
                first = false;
                lines = [];
                entrySize = Measure(entry);
                size = 0;
            }
            lines.Add(entry);
            size += entrySize;
        }
        if (lines.Count > 0) yield return new ReplyField(first ? section.Heading : $"{section.Heading} (continued)", string.Join('\n', lines));
    }

    // An entry that would not fit a field even alone is shortened at a word, keeping room for escapes.
    private static string Fit(string entry)
    {
        var limit = Embed.MaxFieldValue;
        var text = DiscordText.Truncate(entry, limit);
        while (Measure(text) > Embed.MaxFieldValue && limit > 1)
        {
            limit = Math.Max(1, limit - (Measure(text) - Embed.MaxFieldValue));
            text = DiscordText.Truncate(entry, limit);
        }
        return text;
    }

    // Discord counts the text as sent, escaped (the renderer's own budget counts the same way).
    private static int Measure(string text) => DiscordText.Escape(text).Length;
}
