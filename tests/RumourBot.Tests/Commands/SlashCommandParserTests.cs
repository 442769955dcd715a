using RumourBot.Tests.Support;

namespace RumourBot.Tests.Commands;

public class SlashCommandParserTests
{
    [Fact]
    public void Reads_a_subcommand_and_its_options()
    {
        using var bot = new TestBot();

        var (request, error) = bot.Parser.Parse("/rumours latest player:Trent count:3", 1, 1, "me");

        Assert.Null(error);
        Assert.Equal(("rumours", "latest"), (request!.Name, request.Subcommand));
        Assert.Equal("Trent", request.Options["player"]);
        Assert.Equal("3", request.Options["count"]);
    }

    [Fact]
    public void A_value_runs_to_the_next_option_and_may_hold_spaces_and_colons()
    {
        using var bot = new TestBot();

        var (request, _) = bot.Parser.Parse("/rumours latest player:Trent Alexander-Arnold club:Real Madrid", 1, 1, "me");
        var (submit, _) = bot.Parser.Parse("/rumours submit text:Here we go: Chelsea agree a fee for him.", 1, 1, "me");

        Assert.Equal("Trent Alexander-Arnold", request!.Options["player"]);
        Assert.Equal("Real Madrid", request.Options["club"]);
        Assert.Equal("Here we go: Chelsea agree a fee for him.", submit!.Options["text"]);
    }

    [Fact]
    public void Quotes_around_a_value_are_removed()
    {
        using var bot = new TestBot();

        var (request, _) = bot.Parser.Parse("/rumours about player:\"Diogo Dalot\"", 1, 1, "me");

        Assert.Equal("Diogo Dalot", request!.Options["player"]);
    }

    [Theory]
    [InlineData("rumours latest", "start with '/'")]
    [InlineData("/transfers", "Unknown command '/transfers'")]
    [InlineData("/rumours", "needs one of: latest, about, submit")]
    [InlineData("/rumours newest", "'newest' is not one of them")]
    [InlineData("/rumours latest colour:red", "has no option 'colour'")]
    [InlineData("/rumours latest Trent", "does not understand 'Trent'")]
    [InlineData("/rumours latest player:A player:B", "given twice")]
    public void A_bad_line_gets_a_one_line_explanation(string line, string expected)
    {
        using var bot = new TestBot();

        var (request, error) = bot.Parser.Parse(line, 1, 1, "me");

        Assert.Null(request);
        Assert.Contains(expected, error);
        Assert.DoesNotContain("\n", error!, StringComparison.Ordinal);
    }
}
