using RumourBot.Discord.Models;
using RumourBot.OnDiscord;
using RumourBot.Replies;

namespace RumourBot.Tests.OnDiscord;

public class ReplyRendererTests
{
    private static int Total(IReadOnlyList<Embed> embeds) => embeds.Sum(e => e.Length);

    [Fact]
    public void A_small_reply_is_one_embed_with_its_fields()
    {
        var embeds = ReplyRenderer.ToEmbeds(new Reply("Latest rumours", "desc", [new ReplyField("a", "b")], Footer: "12 reports"));

        var embed = Assert.Single(embeds);
        Assert.Equal("Latest rumours", embed.Title);
        Assert.Equal("12 reports", embed.Footer!.Text);
        Assert.Single(embed.Fields!);
    }

    [Fact]
    public void Every_text_limit_is_respected()
    {
        var reply = new Reply(new string('t', 300), new string('d', 5000), [new ReplyField(new string('n', 300), new string('v', 1500))]);

        var embed = Assert.Single(ReplyRenderer.ToEmbeds(reply));

        Assert.Equal(Embed.MaxTitle, embed.Title!.Length);
        Assert.Equal(Embed.MaxDescription, embed.Description!.Length);
        Assert.Equal(Embed.MaxFieldName, embed.Fields![0].Name.Length);
        Assert.Equal(Embed.MaxFieldValue, embed.Fields[0].Value.Length);
        Assert.True(Total([embed]) <= Embed.MaxTotal);
    }

    [Fact]
    public void Title_description_and_footer_together_stay_within_6000()
    {
        var reply = new Reply(new string('t', 300), new string('d', 5000), Footer: new string('f', 2100));

        var embed = Assert.Single(ReplyRenderer.ToEmbeds(reply));

        Assert.True(embed.Footer!.Text.Length <= Embed.MaxFooter);
        Assert.True(Total([embed]) <= Embed.MaxTotal);
        Assert.EndsWith("…", embed.Description);
    }

    [Fact]
    public void Exactly_25_fields_fit_one_embed_and_the_26th_starts_another()
    {
        var at = ReplyRenderer.ToEmbeds(new Reply("t", Fields: Enumerable.Range(0, 25).Select(i => new ReplyField($"f{i}", "v")).ToList()));
        var over = ReplyRenderer.ToEmbeds(new Reply("t", Fields: Enumerable.Range(0, 26).Select(i => new ReplyField($"f{i}", "v")).ToList()));

        Assert.Single(at);
        Assert.Equal(2, over.Count);
        Assert.Equal(25, over[0].Fields!.Count);
        Assert.Single(over[1].Fields!);
    }

    [Fact]
    public void A_reply_over_6000_characters_is_cut_to_fit_one_message()
    {
        var fields = Enumerable.Range(0, 40).Select(i => new ReplyField($"Rumour {i}", new string('x', 1000))).ToList();

        var embeds = ReplyRenderer.ToEmbeds(new Reply("Latest", Fields: fields));

        Assert.True(Total(embeds) <= Embed.MaxTotal);
        Assert.True(embeds.Count <= Embed.MaxPerMessage);
        Assert.True(embeds.Sum(e => e.Fields?.Count ?? 0) >= 5);
    }

    [Fact]
    public void Every_message_pings_nobody_and_ephemeral_replies_are_flagged()
    {
        var callback = ReplyRenderer.ToCallback(Reply.Error("nope"));
        var message = ReplyRenderer.ToMessage(new Reply("@everyone <@&1>"));

        Assert.Empty(callback.AllowedMentions!.Parse);
        Assert.Equal(InteractionCallbackData.Ephemeral, callback.Flags);
        Assert.Empty(message.AllowedMentions!.Parse);
        Assert.DoesNotContain("@everyone", message.Embeds![0].Title, StringComparison.Ordinal);
    }

    [Fact]
    public void A_moment_becomes_a_Discord_timestamp_and_only_the_bot_writes_markup()
    {
        var at = new DateTimeOffset(2026, 11, 28, 12, 28, 0, TimeSpan.Zero);
        var reply = new Reply("Poll #1 is open: <t:0:R> @everyone", Fields: [ReplyField.Moment("Closes", at, "in 2 days"), new ReplyField("Rumour", "<t:1:R>")]);

        var embed = ReplyRenderer.ToEmbeds(reply).Single();

        Assert.Equal("<t:1795868880:R> (<t:1795868880:f>)", embed.Fields![0].Value);
        Assert.DoesNotContain("<t:1:R>", embed.Fields[1].Value); // a member's text stays text
        Assert.DoesNotContain("<t:0:R>", embed.Title);
    }
}
