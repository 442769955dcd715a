using RumourBot.Digests;
using RumourBot.Discord.Models;
using RumourBot.OnDiscord;
using RumourBot.Replies;

namespace RumourBot.Tests.Digests;

public class DigestPagesTests
{
    private static readonly DateTimeOffset Now = new(2027, 6, 2, 8, 0, 0, TimeSpan.Zero);
    private static readonly DigestWindow Window = new(1, Now.AddDays(-1), Now, TimeZoneInfo.FindSystemTimeZoneById("Europe/London"));

    // Entries full of characters the renderer escapes, so the escaped length is what must fit.
    private static List<string> Entries(string prefix, int count, int length) =>
        Enumerable.Range(1, count).Select(i => $"{prefix} {i}: " + string.Concat(Enumerable.Repeat("*Real_Madrid* @everyone ", length / 24))).ToList();

    private static void AssertFitsOneMessage(IReadOnlyList<Embed> embeds)
    {
        Assert.InRange(embeds.Count, 1, Embed.MaxPerMessage);
        Assert.InRange(embeds.Sum(e => e.Length), 1, Embed.MaxTotal);
        Assert.All(embeds, e => Assert.InRange(e.Fields?.Count ?? 0, 0, Embed.MaxFields));
        Assert.All(embeds.SelectMany(e => e.Fields ?? []), f => Assert.InRange(f.Value.Length, 1, Embed.MaxFieldValue));
        Assert.All(embeds, e => Assert.InRange(e.Description?.Length ?? 0, 0, Embed.MaxDescription));
    }

    [Fact]
    public void A_big_digest_splits_into_messages_that_each_fit_at_entry_boundaries_losing_nothing()
    {
        var news = Entries("Rumour", 60, 300);
        var polls = Entries("Poll", 40, 200);
        var digest = new Digest(Window, [new ComposedSection("🆕 New rumours", news, "60 new rumours", true), new ComposedSection("🗳️ Open polls", polls, null, false)]);

        var pages = DigestPages.Layout(digest, Now);

        Assert.True(pages.Count > 3, $"{pages.Count} pages");
        foreach (var page in pages) AssertFitsOneMessage(ReplyRenderer.ToEmbeds(page));
        // Every entry appears whole, once, in order, and each field holds whole entries.
        var shown = pages.SelectMany(p => p.Fields).SelectMany(f => f.Value.Split('\n')).ToList();
        Assert.Equal(news.Concat(polls), shown);
        Assert.Equal("🆕 New rumours", pages[0].Fields[0].Name);
        Assert.Contains(pages.SelectMany(p => p.Fields), f => f.Name == "🆕 New rumours (continued)");
        Assert.Equal(DigestPages.Title, pages[0].Title);
        Assert.StartsWith("Since Tue 1 Jun 09:00", pages[0].Description);
        Assert.All(pages.Skip(1), p => Assert.Equal("Transfer digest (continued)", p.Title));
    }

    [Fact]
    public void Many_short_entries_stay_within_the_fields_of_one_message()
    {
        var sections = Enumerable.Range(1, 300).Select(i => new ComposedSection($"S{i}", ["x"], null, true)).ToList();

        var pages = DigestPages.Layout(new Digest(Window, sections), Now);

        Assert.Equal(2, pages.Count); // 250 fields is 10 embeds of 25
        Assert.Equal(250, pages[0].Fields.Count);
        foreach (var page in pages) AssertFitsOneMessage(ReplyRenderer.ToEmbeds(page));
    }

    [Fact]
    public void An_entry_too_long_for_any_field_is_shortened_at_a_word()
    {
        var huge = string.Concat(Enumerable.Repeat("Here_we_go ", 200));
        var digest = new Digest(Window, [new ComposedSection("Long", [huge, "after"], null, true)]);

        var page = Assert.Single(DigestPages.Layout(digest, Now));

        var embeds = ReplyRenderer.ToEmbeds(page);
        AssertFitsOneMessage(embeds);
        var lines = page.Fields.SelectMany(f => f.Value.Split('\n')).ToList();
        Assert.Equal(2, lines.Count);
        Assert.EndsWith("Here_we_go…", lines[0]);
        Assert.InRange(DiscordText.Escape(lines[0]).Length, 900, Embed.MaxFieldValue);
        Assert.Equal("after", lines[1]);
    }

    [Fact]
    public void A_quiet_digest_is_one_short_message()
    {
        var page = Assert.Single(DigestPages.Layout(new Digest(Window, []), Now));

        Assert.Equal("Quiet one: no new rumours since Tue 1 Jun 09:00 (yesterday).", page.Description);
        Assert.Empty(page.Fields);
    }
}
