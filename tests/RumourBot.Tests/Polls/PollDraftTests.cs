using RumourBot.Polls;

namespace RumourBot.Tests.Polls;

public class PollDraftTests
{
    [Fact]
    public void No_options_means_yes_or_no()
    {
        var (options, error) = PollDraft.ParseOptions(null);

        Assert.Null(error);
        Assert.Equal([("✅", "Yes"), ("❌", "No")], options!.Select(o => (o.Emoji, o.Label)));
    }

    [Fact]
    public void Custom_options_get_number_emojis_in_order()
    {
        var (options, _) = PollDraft.ParseOptions("Real Madrid | Stays | Loan to Bayern");

        Assert.Equal([("1️⃣", "Real Madrid"), ("2️⃣", "Stays"), ("3️⃣", "Loan to Bayern")], options!.Select(o => (o.Emoji, o.Label)));
    }

    [Theory]
    [InlineData("Only one", "at least two")]
    [InlineData("A | | B", "empty")]
    [InlineData("A | B | C | D | E | F | G | H | I | J | K", "at most 10")]
    [InlineData("Stays | stays", "given twice")]
    public void Bad_options_are_explained(string text, string expected) =>
        Assert.Contains(expected, PollDraft.ParseOptions(text).Error);

    [Fact]
    public void An_option_over_55_characters_is_refused() =>
        Assert.Contains("at most 55", PollDraft.ParseOptions("Short | " + new string('x', 56)).Error);

    [Theory]
    [InlineData(null, 24 * 60)]
    [InlineData("2d", 2 * 24 * 60)]
    [InlineData("12h", 12 * 60)]
    [InlineData("90m", 90)]
    [InlineData("1d12h", 36 * 60)]
    [InlineData("14d", 14 * 24 * 60)]
    public void Durations_read_as_written(string? text, int minutes) =>
        Assert.Equal(TimeSpan.FromMinutes(minutes), PollDraft.ParseDuration(text).Duration);

    [Theory]
    [InlineData("15d", "at most 14 days")]
    [InlineData("soon", "not a duration")]
    [InlineData("0m", "at least a minute")]
    public void Bad_durations_are_explained(string text, string expected) =>
        Assert.Contains(expected, PollDraft.ParseDuration(text).Error);

    [Fact]
    public void The_question_is_checked()
    {
        Assert.NotNull(PollDraft.CheckQuestion("   "));
        Assert.NotNull(PollDraft.CheckQuestion(new string('q', 301)));
        Assert.Null(PollDraft.CheckQuestion("Will Trent stay?"));
    }
}
