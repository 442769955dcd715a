using RumourBot.Reports;
using RumourBot.Reports.Moves;

namespace RumourBot.Tests.Reports;

/// <summary>
/// Whether the move is a loan: the main move described as one, not a loan he is or was on, nor another move's loan.
/// Invented sentences, each of a form a real report was misread on.
/// </summary>
public class LoanFormTests
{
    private static Move MainMoveOf(string title, string text) =>
        ReportAnalyzer.Default.Analyze(new Report(title, null, null, null, text)).MainMove
        ?? throw new Xunit.Sdk.XunitException("no move found in: " + text);

    // A loan he is on, was on, or whose club he is at now is his state, not the move.
    [Theory]
    [InlineData("Llorente is set to return to Spain after a loan spell at Roma.")]
    [InlineData("The winger spent the second half of last season on loan at Ipswich.")]
    [InlineData("Currently on loan in Cyprus, the defender has been in fine form.")]
    [InlineData("The full-back runs with the ball while on loan at Colchester.")]
    [InlineData("The deal collapsed after a disagreement with the player's loan club.")]
    [InlineData("The deal fell through after his club refused to end the loan agreement early.")]
    [InlineData("\"He has been a really good loan signing for us,\" the manager said.")]
    [InlineData("The Baggies are open to taking him on loan.")]
    [InlineData("Norwich would look to sign a winger through loans rather than purchases.")]
    [InlineData("Rovers were impressed by the striker's goals during his six-month loan last season.")]
    [InlineData("The manager hopes to bring the former loan defender back to the club.")]
    [InlineData("Short of money, the club has filled its squad with free transfers and loan players this summer.")]
    public void A_loan_he_is_or_was_on_is_no_loan_move(string sentence) =>
        Assert.False(LoanTerms.DescribesLoan(sentence), sentence);

    // A loan one side is against or rules out is not how the move is made.
    [Theory]
    [InlineData("The Gunners were said to be against a loan, yet open to other ways of spreading the cost.")]
    [InlineData("City have ruled out a season-long loan for the striker.")]
    [InlineData("Rovers would rather sell him outright instead of a loan.")]
    public void A_loan_opposed_or_ruled_out_is_no_loan_move(string sentence) =>
        Assert.False(LoanTerms.DescribesLoan(sentence), sentence);

    [Theory]
    [InlineData("Sevilla's preference is to sign the player on a loan deal until the end of the season.")]
    [InlineData("They revised that to a season-long loan with an option for a permanent move next summer.")]
    [InlineData("Inter will pay €12m to Cagliari immediately for the loan.")]
    [InlineData("The keeper joins on loan for 2013-14 with a view to a permanent deal.")]
    [InlineData("The club announced the temporary acquisition of the striker's registration rights until the end of the season.")]
    [InlineData("The winger has joined Hearts on a temporary basis.")]
    [InlineData("Nantes are in advanced talks with Rennes over a loan move with a permanent option for the forward.")]
    public void The_move_described_as_a_loan_is_one(string sentence) =>
        Assert.True(LoanTerms.DescribesLoan(sentence), sentence);

    [Fact]
    public void A_permanent_move_from_the_club_he_was_on_loan_at_is_no_loan() =>
        Assert.False(LoanTerms.DescribesLoan("Galatasaray want to make his loan a permanent deal this month."));

    // While the move is short of agreed, a loan he signed for is an earlier move.
    [Fact]
    public void A_past_loan_signing_is_an_earlier_move_while_this_one_is_a_bid() =>
        Assert.False(LoanTerms.DescribesLoan("In January he signed for Wednesday on loan, alongside Connor Wickham.", settled: false));

    [Fact]
    public void A_loan_his_career_started_with_is_no_loan_of_this_move()
    {
        var move = MainMoveOf("fc cincinnati sign defender tomas varga",
            "FC Cincinnati have signed Tomas Varga. Varga is a veteran left back with six MLS seasons under his belt, starting in 2018 on loan with Seattle Sounders FC.");

        Assert.False(move.IsLoan);
        Assert.Null(move.FromClub);
    }

    [Fact]
    public void A_loan_in_a_sentence_about_other_clubs_is_another_move() =>
        Assert.False(MainMoveOf("PSG sign Tomas Varga from Porto",
            "Paris Saint-Germain have signed Tomas Varga from Porto for €40m. The Porto youth product was sent on a one-year loan to Wolverhampton Wanderers for the 2020-21 season.").IsLoan);

    [Fact]
    public void A_loan_told_in_a_sentence_without_his_name_is_the_moves() =>
        Assert.True(MainMoveOf("Sevilla in talks with Milan over Tomas Varga",
            "Sevilla and Milan are in talks over Tomas Varga. Sevilla's preference is to sign the player on a loan deal until the end of the season.").IsLoan);

    // "joins Lazio on-loan" is the move; "the on-loan striker" is his state. "Temporarily acquired" is a loan in other words.
    [Theory]
    [InlineData("Varga joins Lazio on-loan to the end of the season with an option to buy in June.", true)]
    [InlineData("The club announces that it has temporarily acquired the rights of the footballer from Bayern.", true)]
    [InlineData("The on-loan Chelsea striker scored twice on Saturday.", false)]
    public void On_loan_written_as_one_word_is_the_move_after_a_verb(string sentence, bool loan) =>
        Assert.Equal(loan, LoanTerms.DescribesLoan(sentence));

    // A swap told from his side: the loan in the sentence that opens on him is his, though it names the other player.
    [Fact]
    public void A_loan_in_a_swap_sentence_opening_on_him_is_his() =>
        Assert.True(MainMoveOf("Tomas Varga jumped at chance to join Sheffield Wednesday",
            "Midfielder Tomas Varga said he jumped at the chance to join Sheffield Wednesday. The 27-year-old has moved to Hillsborough on a season-long loan deal, with striker Sam Winnall moving in the opposite direction. The swap deal was finalised just before the deadline.").IsLoan);

    // A loan that ended, one he is on now told as an aside, a recall from it: his state, not the move.
    [Theory]
    [InlineData("He returned to Roma after his loan at Genoa ended.")]
    [InlineData("The winger, on loan at Genoa from Roma, is wanted by Lazio.")]
    [InlineData("Roma have recalled the winger from his loan at Genoa.")]
    public void A_loan_ended_or_held_now_is_his_state(string sentence) =>
        Assert.False(LoanTerms.DescribesLoan(sentence), sentence);

    [Fact]
    public void A_loan_ahead_at_a_club_is_the_move() =>
        Assert.True(LoanTerms.DescribesLoan("He looks set to sign a new contract at Wolves before heading off for a season on loan at Birmingham."));

    [Fact]
    public void A_club_borrowing_him_is_a_loan() =>
        Assert.True(LoanTerms.DescribesLoan("Genoa will borrow the winger until June."));

    // In a sentence naming other players, a loan word is about the player it stands nearest.
    [Fact]
    public void A_loan_beside_another_players_name_is_his_move() =>
        Assert.False(MainMoveOf("Sevilla agree deal for Tomas Varga",
            "Sevilla have agreed a €19m deal with Porto to sign defender Tomas Varga. "
            + "Varga will become the club's fifth summer signing after Marco Bellini, Jonas Berg and a season-long loan deal for Pedro Alves.").IsLoan);

    [Fact]
    public void A_loan_beside_his_own_name_is_the_moves_though_another_player_is_named() =>
        Assert.True(MainMoveOf("Sevilla sign Tomas Varga",
            "Sevilla have signed defender Tomas Varga on loan from Porto, with Pedro Alves moving the other way.").IsLoan);

    // "joining the Lions on loan": a nickname after "the" is his new club, not another player.
    [Fact]
    public void A_club_nickname_beside_the_loan_is_no_other_player() =>
        Assert.True(MainMoveOf("Tomas Varga in talks with Galatasaray",
            "Tomas Varga of Porto is in talks with Galatasaray. Varga is expected to hold final talks before joining the Lions on loan with a buy option.").IsLoan);
}
