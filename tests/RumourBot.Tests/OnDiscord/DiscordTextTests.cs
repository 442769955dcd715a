using RumourBot.OnDiscord;
using RumourBot.Replies;

namespace RumourBot.Tests.OnDiscord;

public class DiscordTextTests
{
    [Theory]
    [InlineData("@everyone look", "@\u200Beveryone look")]
    [InlineData("@here now", "@\u200Bhere now")]
    [InlineData("ping <@&123456> and <@987>", "ping <\u200B@\u200B&123456\\> and <\u200B@\u200B987\\>")]
    [InlineData("[click](https://evil.example)", "\\[click\\](https:\u200B//evil.example)")]
    [InlineData("Read more at https://evil.example/free-kit now", "Read more at https:\u200B//evil.example/free-kit now")]
    [InlineData("HTTP://EVIL.EXAMPLE and steam://run/1", "HTTP:\u200B//EVIL.EXAMPLE and steam:\u200B//run/1")]
    [InlineData("run </settle:1234567890> now", "run <\u200B/settle:1234567890\\> now")]
    [InlineData("Kick-off 19:45, 3:1 win", "Kick-off 19:45, 3:1 win")]
    [InlineData("**bold** _it_ ~~x~~ `code` ||spoiler|| > quote # head", "\\*\\*bold\\*\\* \\_it\\_ \\~\\~x\\~\\~ \\`code\\` \\|\\|spoiler\\|\\| \\> quote \\# head")]
    public void Text_from_reports_cannot_ping_or_format(string raw, string escaped) => Assert.Equal(escaped, DiscordText.Escape(raw));

    [Fact]
    public void Plain_text_is_left_alone() => Assert.Equal("Trent to Real Madrid, £20m.", DiscordText.Escape("Trent to Real Madrid, £20m."));

    [Fact]
    public void Truncation_cuts_at_a_word_and_marks_the_cut()
    {
        var cut = DiscordText.Truncate("one two three four five", 12);

        Assert.True(cut.Length <= 12);
        Assert.Equal("one two…", cut);
    }
}
