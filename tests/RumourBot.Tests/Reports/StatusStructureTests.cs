using RumourBot.Reports;

namespace RumourBot.Tests.Reports;

/// <summary>
/// Status, fourth round: how far a move has got read from the form of the sentence (what is done, what is still
/// ahead, whose plan it is), one invented sentence for each kind of form a real report was misread on.
/// </summary>
public class StatusStructureTests
{
    private static MoveStatus Of(string sentence) => StatusDetector.DetectOne(sentence);

    private static Move MainMoveOf(string title, string text) =>
        ReportAnalyzer.Default.Analyze(new Report(title, null, null, null, text)).MainMove
        ?? throw new Xunit.Sdk.XunitException("no move found in: " + text);

    // A new contract signed is a renewal, however the sentence is built around it.
    [Theory]
    [InlineData("After signing the new contract, the winger said he was proud to stay.")]
    [InlineData("\"Signing a new deal was an easy decision for me,\" he said.")]
    public void Signing_a_new_contract_is_a_renewal_not_a_move(string sentence) =>
        Assert.Equal(MoveStatus.ContractRenewal, Of(sentence));

    // The bare verb "extend" is an infinitive carried over from a wish unless a club is its subject or it is scheduled.
    [Theory]
    [InlineData("He has spoken of his wish to stay at the Camp Nou for years to come, and extend his deal beyond 2026.", false)]
    [InlineData("Leeds extend his contract until 2027", true)]
    [InlineData("The defender will extend his contract next week.", true)]
    public void A_bare_extend_is_a_renewal_only_with_a_club_or_a_date_behind_it(string sentence, bool renewal) =>
        Assert.Equal(renewal, Of(sentence) == MoveStatus.ContractRenewal);

    // The deed told in passing: a relative clause in the present, the club's count of signings.
    [Theory]
    [InlineData("Besiktas continued their spending with the winger, who joins the champions from Lazio.")]
    [InlineData("He becomes the club's fourth signing of the summer.")]
    public void A_move_told_in_passing_is_done(string sentence) =>
        Assert.Equal(MoveStatus.Done, Of(sentence));

    // The deal agreed with only its last step ahead.
    [Theory]
    [InlineData("The owners reached a preliminary agreement late on Friday.")]
    [InlineData("The agreement is a fact and the official signing is still awaiting the medical examination.")]
    [InlineData("The loan move to Lille is pending official confirmation.")]
    [InlineData("According to the director, the contract will be signed in the middle of the week.")]
    [InlineData("The transfer is expected to be finalised in the next couple of weeks.")]
    public void A_deal_with_its_last_step_ahead_is_agreed(string sentence)
    {
        Assert.Equal(MoveStatus.Agreed, Of(sentence));
    }

    [Fact]
    public void A_proposal_made_official_is_no_agreement() =>
        Assert.NotEqual(MoveStatus.Agreed, Of("The trend is that a final proposal will be made official in the coming days."));

    [Fact]
    public void An_offer_in_euros_written_as_a_code_is_a_bid() =>
        Assert.Equal(MoveStatus.Bid, Of("The Reds advanced with an offer of around EUR 9 million for the winger."));

    // Close to a deal: the clubs are talking.
    [Theory]
    [InlineData("Olympiacos nears agreement for the right-back")]
    [InlineData("The forward is on the cusp of joining the Saudi league.")]
    [InlineData("Ajax are close to securing a summer transfer for the midfielder.")]
    public void Close_to_a_deal_is_talks(string sentence) =>
        Assert.Equal(MoveStatus.Talks, Of(sentence));

    [Fact]
    public void A_player_with_no_intention_of_moving_denies_the_story() =>
        Assert.Equal(MoveStatus.Denied, Of("The striker has no intention of moving to a club outside Spain, his agent said."));

    // A headline announces in the present tense; when the text says the last step is still ahead, the deal is agreed.
    [Fact]
    public void A_headline_signing_whose_contract_is_still_to_be_signed_is_agreed() =>
        Assert.Equal(MoveStatus.Agreed, MainMoveOf("Tomas Varga joins Marseille",
            "Tomas Varga has chosen Marseille over offers from England. According to the director, the contract will be signed in the middle of the week.").Status);

    [Fact]
    public void A_headline_signing_that_the_text_tells_as_done_stays_done() =>
        Assert.Equal(MoveStatus.Done, MainMoveOf("Wolves complete Tomas Varga signing",
            "Tomas Varga joins from Benfica and signs a five-year deal at Molineux. \"We thought we had a deal agreed weeks ago,\" the director said.").Status);
}
