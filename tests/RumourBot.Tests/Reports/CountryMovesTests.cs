using RumourBot.Reports;
using RumourBot.Reports.Clubs;
using RumourBot.Reports.Moves;
using RumourBot.Reports.Text;

namespace RumourBot.Tests.Reports;

/// <summary>
/// A move told by the country or league the player goes to or leaves (issue 10: "Independiente agrees with Atlanta
/// United for the transfer of…" says nothing of who sells until "he could be departing Argentina"). Sentences are
/// written for the test in the style of real reports, with invented players.
/// </summary>
public class CountryMovesTests
{
    private static IReadOnlyList<CountryMove> Find(string text) => CountryMoves.Find(SentenceSplitter.Split(text), ClubGazetteer.Default);

    private static (string? From, string? To) Sides(string text, string title = "")
    {
        var move = ReportAnalyzer.Default.Analyze(new Report(title, null, null, null, text)).MainMove
            ?? throw new Xunit.Sdk.XunitException("no move found in: " + text);
        return (move.FromClub, move.ToClubs.FirstOrDefault());
    }

    [Theory]
    [InlineData("It is doubtful Varga heads to MLS.", "Canada,United States", false)]
    [InlineData("Varga could be departing Argentina in a matter of hours.", "Argentina", true)]
    [InlineData("The winger is open to a return to English football.", "England", false)]
    [InlineData("He wants a move to Serie A this summer.", "Italy", false)]
    [InlineData("Varga is expected to make the switch to Saudi Arabia.", "Saudi Arabia", false)]
    public void A_country_or_league_he_goes_to_or_leaves_is_read(string text, string countries, bool leaves)
    {
        var move = Assert.Single(Find(text));
        Assert.Equal(countries, string.Join(",", move.Countries.Order(StringComparer.Ordinal)));
        Assert.Equal(leaves, move.Leaves);
    }

    [Theory]
    [InlineData("Varga is set to move to Lazio.")]
    [InlineData("Varga will return to training on Monday.")]
    public void A_club_or_a_place_that_is_no_country_is_not_read_as_one(string text) => Assert.Empty(Find(text));

    [Fact]
    public void The_club_in_the_country_he_is_leaving_sells_when_the_deal_does_not_say() =>
        Assert.Equal(("Independiente", "Atlanta United"), Sides(
            "Independiente have reached an agreement with Atlanta United for the transfer of Tomas Varga. " +
            "Varga could be departing Argentina in a matter of hours."));

    [Fact]
    public void The_club_in_the_league_he_is_heading_to_buys_when_nothing_else_names_a_buyer() =>
        Assert.Equal(("Inter Milan", "Inter Miami"), Sides(
            "Inter Miami have had a difficult first season. Inter Milan are ready to sell Tomas Varga, who has barely played this season. " +
            "Varga wants to depart the club, though it is doubtful that Varga heads to MLS before the World Cup.",
            "Inter Miami to splash the cash on Inter Milan outcast Tomas Varga"));

    [Fact]
    public void A_move_to_a_country_long_ago_says_nothing_of_this_one() =>
        Assert.Equal(("Independiente", "Atlanta United"), Sides(
            "Independiente have reached an agreement with Atlanta United for the transfer of Tomas Varga. " +
            "Varga could be departing Argentina in a matter of hours. Varga moved to Argentina in 2015 after three years at Atlanta United."));
}
