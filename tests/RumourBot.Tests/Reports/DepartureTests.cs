using RumourBot.Reports;

namespace RumourBot.Tests.Reports;

/// <summary>
/// A club letting a player go with no buyer in the story is a move done, for nothing; beside a buyer the same words only
/// tell how he became free.
/// </summary>
public class DepartureTests
{
    private static Move MainMoveOf(string title, string text) =>
        ReportAnalyzer.Default.Analyze(new Report(title, null, null, null, text)).MainMove
        ?? throw new Xunit.Sdk.XunitException("no move found in: " + text);

    [Theory]
    [InlineData("Ross County have confirmed the departure of former captain Blair Spittal.")]
    [InlineData("Former captain Blair Spittal has been released by Ross County.")]
    [InlineData("Ross County midfielder Blair Spittal has left the club by mutual consent.")]
    [InlineData("Ross County and midfielder Blair Spittal have mutually agreed to terminate his contract, the club announced.")]
    public void A_departure_with_no_buyer_is_done_and_free(string lede)
    {
        var move = MainMoveOf("Spittal departs Dingwall", lede + " The midfielder spent three seasons in Dingwall and captained the side.");

        Assert.Equal(MoveStatus.Done, move.Status);
        Assert.Equal("Ross County", move.FromClub);
        Assert.Empty(move.ToClubs);
        Assert.Equal(0m, move.Fee?.AmountMillions);
    }

    [Fact]
    public void A_release_beside_a_buyer_only_tells_how_he_became_free()
    {
        var move = MainMoveOf("Bristol Rovers keen on Friend",
            "Bristol Rovers are interested in signing defender George Friend. Given he has been released by Birmingham City, Friend is available on a free transfer.");

        Assert.Equal(MoveStatus.Interest, move.Status);
    }

    [Fact]
    public void A_departure_still_being_talked_about_is_not_done()
    {
        var move = MainMoveOf("Spittal future in doubt",
            "Ross County midfielder Blair Spittal could leave the club by mutual consent this week.");

        Assert.NotEqual(MoveStatus.Done, move.Status);
    }
}
