using RumourBot.Settling;

namespace RumourBot.Tests.Settling;

public class SettlementTextTests
{
    private static Settlement Trent(TransferOutcome outcome, string? club = null) => new()
    {
        Player = "Trent Alexander-Arnold",
        FromClub = "Liverpool",
        RumourClub = "Real Madrid",
        Outcome = outcome,
        Club = club,
        SettledAt = new DateTimeOffset(2026, 11, 26, 18, 0, 0, TimeSpan.Zero),
    };

    [Theory]
    [InlineData(TransferOutcome.Completed, "Real Madrid", "✅ Settled 26 Nov 2026: joined Real Madrid", "Trent Alexander-Arnold joined Real Madrid")]
    [InlineData(TransferOutcome.Elsewhere, "Chelsea", "✅ Settled 26 Nov 2026: joined Chelsea instead", "Trent Alexander-Arnold joined Chelsea instead")]
    [InlineData(TransferOutcome.Stayed, null, "✅ Settled 26 Nov 2026: stayed at Liverpool", "Trent Alexander-Arnold stayed at Liverpool")]
    [InlineData(TransferOutcome.Collapsed, null, "✅ Settled 26 Nov 2026: the move to Real Madrid collapsed", "Trent Alexander-Arnold's move to Real Madrid collapsed")]
    public void Outcomes_read_as_fans_say_them(TransferOutcome outcome, string? club, string marker, string happened)
    {
        Assert.Equal(marker, SettlementText.Marker(Trent(outcome, club)));
        Assert.Equal(happened, SettlementText.Happened(Trent(outcome, club), "Trent Alexander-Arnold"));
    }

    [Fact]
    public void What_the_server_predicted_is_set_beside_what_happened()
    {
        var poll = new SettledPoll
        {
            Options = [new("✅", "Yes", 867), new("❌", "No", 337)],
            Voters = 1204,
        };

        Assert.Equal("72% of 1,204 voters said “Yes”; his move to Real Madrid collapsed.", SettlementText.Predicted(poll, Trent(TransferOutcome.Collapsed)));
        Assert.Equal("Nobody voted; he stayed at Liverpool.", SettlementText.Predicted(new SettledPoll { Options = poll.Options }, Trent(TransferOutcome.Stayed)));
    }
}
