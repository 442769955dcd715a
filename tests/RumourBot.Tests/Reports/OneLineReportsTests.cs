using RumourBot.Reports;

namespace RumourBot.Tests.Reports;

/// <summary>
/// A report a member types in one line ("/rumours submit text:Lens reject Porto bid for Tomas Varga as the Ligue 1 side
/// hold out for more") has no other sentence to lean on: the usual words of each status must be read from that line
/// alone, with the player found. The lines are the common ways English football reporting puts each status, written for
/// this test (shorter than submit accepts: the analysis is what is tested).
/// </summary>
public class OneLineReportsTests
{
    [Theory]
    [InlineData(MoveStatus.Done, "Tomas Varga completes move to Porto from Lens.")]
    [InlineData(MoveStatus.Done, "Porto confirm signing of Tomas Varga from Lens.")]
    [InlineData(MoveStatus.Done, "Tomas Varga seals switch to Porto from Lens.")]
    [InlineData(MoveStatus.Done, "Tomas Varga puts pen to paper at Porto after leaving Lens.")]
    [InlineData(MoveStatus.Done, "Tomas Varga joins Porto from Lens on a four-year deal.")]
    [InlineData(MoveStatus.Done, "Porto have signed Lens midfielder Tomas Varga.")]
    [InlineData(MoveStatus.Done, "Tomas Varga has officially joined Porto from Lens.")]
    [InlineData(MoveStatus.Done, "Porto have completed the signing of Tomas Varga from Lens.")]
    [InlineData(MoveStatus.Done, "Porto unveil new signing Tomas Varga after his move from Lens.")]
    [InlineData(MoveStatus.Done, "Porto wrap up the signing of Lens midfielder Tomas Varga.")]
    [InlineData(MoveStatus.Done, "Tomas Varga has been sold to Porto by Lens.")]
    [InlineData(MoveStatus.Done, "Tomas Varga finalises his move from Lens to Porto.")]
    [InlineData(MoveStatus.Done, "Tomas Varga seals loan move to Porto from Lens.")]
    [InlineData(MoveStatus.Done, "Porto announce the arrival of Tomas Varga from Lens.")]
    [InlineData(MoveStatus.Done, "Porto have snapped up Lens midfielder Tomas Varga.")]
    [InlineData(MoveStatus.Done, "Tomas Varga has completed his transfer to Porto from Lens.")]
    [InlineData(MoveStatus.Agreed, "Porto agree fee with Lens for Tomas Varga.")]
    [InlineData(MoveStatus.Agreed, "Porto have reached an agreement with Lens over Tomas Varga.")]
    [InlineData(MoveStatus.Agreed, "Tomas Varga agrees personal terms with Porto ahead of his move from Lens.")]
    [InlineData(MoveStatus.Agreed, "Porto and Lens agree deal for Tomas Varga.")]
    [InlineData(MoveStatus.Agreed, "Porto have struck a deal with Lens for Tomas Varga.")]
    [InlineData(MoveStatus.Agreed, "Tomas Varga set to undergo a medical at Porto after Lens accepted their offer.")]
    [InlineData(MoveStatus.Agreed, "Porto strike deal with Lens for Tomas Varga.")]
    [InlineData(MoveStatus.Agreed, "Lens accept Porto's offer for Tomas Varga.")]
    [InlineData(MoveStatus.Agreed, "A fee has been agreed between Porto and Lens for Tomas Varga.")]
    [InlineData(MoveStatus.Agreed, "Porto have agreed a deal in principle with Lens for Tomas Varga.")]
    [InlineData(MoveStatus.Agreed, "Tomas Varga is set to join Porto after the clubs agreed a fee with Lens.")]
    [InlineData(MoveStatus.Bid, "Porto make bid for Lens midfielder Tomas Varga.")]
    [InlineData(MoveStatus.Bid, "Porto launch offer for Lens midfielder Tomas Varga.")]
    [InlineData(MoveStatus.Bid, "Porto have tabled an offer for Lens midfielder Tomas Varga.")]
    [InlineData(MoveStatus.Bid, "Porto submit bid for Lens midfielder Tomas Varga.")]
    [InlineData(MoveStatus.Bid, "Porto lodge offer for Lens midfielder Tomas Varga.")]
    [InlineData(MoveStatus.Bid, "Porto have put in an offer for Lens midfielder Tomas Varga.")]
    [InlineData(MoveStatus.Bid, "Porto test Lens' resolve with an offer for Tomas Varga.")]
    [InlineData(MoveStatus.Bid, "Porto have sent Lens an offer for Tomas Varga.")]
    [InlineData(MoveStatus.Bid, "Porto have made their first offer for Lens midfielder Tomas Varga.")]
    [InlineData(MoveStatus.Rejected, "Lens reject Porto bid for Tomas Varga.")]
    [InlineData(MoveStatus.Rejected, "Lens have turned down an offer from Porto for Tomas Varga.")]
    [InlineData(MoveStatus.Rejected, "Lens say no to Porto offer for Tomas Varga.")]
    [InlineData(MoveStatus.Rejected, "Lens knock back Porto approach for Tomas Varga.")]
    [InlineData(MoveStatus.Rejected, "Lens rebuff Porto's offer for Tomas Varga.")]
    [InlineData(MoveStatus.Rejected, "Porto's bid for Tomas Varga has been snubbed by Lens.")]
    [InlineData(MoveStatus.Rejected, "Porto's offer for Tomas Varga was rejected by Lens.")]
    [InlineData(MoveStatus.Rejected, "Lens have refused Porto's bid for Tomas Varga.")]
    [InlineData(MoveStatus.Talks, "Porto in talks with Lens over Tomas Varga.")]
    [InlineData(MoveStatus.Talks, "Porto have opened talks with Lens for Tomas Varga.")]
    [InlineData(MoveStatus.Talks, "Porto are holding talks with Lens over Tomas Varga.")]
    [InlineData(MoveStatus.Talks, "Porto are in discussions with Lens over Tomas Varga.")]
    [InlineData(MoveStatus.Talks, "Porto have made contact with Lens about Tomas Varga.")]
    [InlineData(MoveStatus.Talks, "Porto have enquired about Lens midfielder Tomas Varga.")]
    [InlineData(MoveStatus.Talks, "Negotiations between Porto and Lens for Tomas Varga are ongoing.")]
    [InlineData(MoveStatus.Talks, "Porto are negotiating with Lens for Tomas Varga.")]
    [InlineData(MoveStatus.Interest, "Porto want Lens midfielder Tomas Varga.")]
    [InlineData(MoveStatus.Interest, "Porto eye move for Lens midfielder Tomas Varga.")]
    [InlineData(MoveStatus.Interest, "Porto are monitoring Lens midfielder Tomas Varga.")]
    [InlineData(MoveStatus.Interest, "Porto target Lens midfielder Tomas Varga.")]
    [InlineData(MoveStatus.Interest, "Porto have been linked with Lens midfielder Tomas Varga.")]
    [InlineData(MoveStatus.Interest, "Lens midfielder Tomas Varga is on Porto's radar.")]
    [InlineData(MoveStatus.Interest, "Porto are keen on Lens midfielder Tomas Varga.")]
    [InlineData(MoveStatus.Interest, "Porto are considering a move for Lens midfielder Tomas Varga.")]
    [InlineData(MoveStatus.Interest, "Porto have been scouting Lens midfielder Tomas Varga.")]
    [InlineData(MoveStatus.Interest, "Porto are interested in signing Lens midfielder Tomas Varga.")]
    [InlineData(MoveStatus.Collapsed, "Tomas Varga's move to Porto from Lens has collapsed.")]
    [InlineData(MoveStatus.Collapsed, "Porto pull out of deal for Lens midfielder Tomas Varga.")]
    [InlineData(MoveStatus.Collapsed, "Porto have walked away from a deal for Lens midfielder Tomas Varga.")]
    [InlineData(MoveStatus.Collapsed, "Tomas Varga's transfer from Lens to Porto is off.")]
    [InlineData(MoveStatus.Collapsed, "Talks between Porto and Lens over Tomas Varga have broken down.")]
    [InlineData(MoveStatus.Collapsed, "Tomas Varga's move from Lens to Porto has fallen through.")]
    [InlineData(MoveStatus.Collapsed, "Porto have abandoned their pursuit of Lens midfielder Tomas Varga.")]
    [InlineData(MoveStatus.Collapsed, "Porto's deal for Lens midfielder Tomas Varga has been scrapped.")]
    [InlineData(MoveStatus.Collapsed, "Porto have ended their interest in Lens midfielder Tomas Varga.")]
    [InlineData(MoveStatus.Denied, "Porto deny interest in Lens midfielder Tomas Varga.")]
    [InlineData(MoveStatus.Denied, "Lens have denied reports that Tomas Varga will join Porto.")]
    [InlineData(MoveStatus.Denied, "Tomas Varga's agent dismissed reports of a move from Lens to Porto.")]
    [InlineData(MoveStatus.Denied, "Porto have played down links with Lens midfielder Tomas Varga.")]
    [InlineData(MoveStatus.Denied, "Lens insist there has been no contact from Porto over Tomas Varga.")]
    [InlineData(MoveStatus.ContractRenewal, "Tomas Varga signs new contract with Lens despite interest from Porto.")]
    [InlineData(MoveStatus.ContractRenewal, "Tomas Varga extends his deal with Lens amid interest from Porto.")]
    [InlineData(MoveStatus.ContractRenewal, "Tomas Varga commits his future to Lens despite Porto interest.")]
    [InlineData(MoveStatus.ContractRenewal, "Tomas Varga pens a contract extension at Lens amid Porto links.")]
    [InlineData(MoveStatus.ContractRenewal, "Tomas Varga has agreed a new deal with Lens, ending Porto's hopes.")]
    public void The_usual_words_of_each_status_are_read_from_one_line(MoveStatus status, string line)
    {
        // As /rumours submit text: reads it: the line is the report and stands in for its headline.
        var move = ReportAnalyzer.Default.Analyze(ReportFileReader.FromText(line, DateTimeOffset.UnixEpoch)).MainMove;

        Assert.Equal("Tomas Varga", move?.Player);
        Assert.Equal(status, move!.Status);
    }
}
