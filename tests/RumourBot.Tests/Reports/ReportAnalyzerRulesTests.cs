using RumourBot.Reports;
using RumourBot.Reports.Sources;

namespace RumourBot.Tests.Reports;

/// <summary>The analyser's rules, one written form at a time.</summary>
public class ReportAnalyzerRulesTests
{
    private static Move MainMoveOf(string text, string title = "") =>
        ReportAnalyzer.Default.Analyze(new Report(title, null, null, null, text)).MainMove
        ?? throw new Xunit.Sdk.XunitException("no move found in: " + text);

    [Fact]
    public void The_club_that_agrees_terms_with_another_club_is_the_buyer()
    {
        var move = MainMoveOf("Paris Saint-Germain have reached an agreement with Lille to sign midfielder Ayyoub Bouaddi. Lille will keep a sell-on clause.");

        Assert.Equal(("Lille", "Paris Saint-Germain"), (move.FromClub, move.ToClubs.Single()));
    }

    [Fact]
    public void The_club_named_after_an_offer_from_is_the_bidder()
    {
        var move = MainMoveOf("VfB Stuttgart have rejected an offer of €55m from Bayern Munich for striker Nick Woltemade, Kicker claims.");

        Assert.Equal(("Stuttgart", "Bayern Munich", MoveStatus.Rejected), (move.FromClub, move.ToClubs.Single(), move.Status));
        Assert.Equal(55m, move.Fee!.AmountMillions);
    }

    [Fact]
    public void A_position_right_after_a_club_names_the_players_club()
    {
        var move = MainMoveOf("Manchester United have made a formal offer for Brighton midfielder Carlos Baleba.");

        Assert.Equal(("Brighton & Hove Albion", "Manchester United"), (move.FromClub, move.ToClubs.Single()));
    }

    [Fact]
    public void A_denial_outweighs_the_claim_it_denies() =>
        Assert.Equal(MoveStatus.Denied, MainMoveOf("Real Madrid have denied reports that Vinícius Júnior has agreed to join Al-Ahli.").Status);

    [Fact]
    public void A_loan_with_an_obligation_to_buy_is_marked()
    {
        var move = MainMoveOf("Juventus have signed Randal Kolo Muani from Paris Saint-Germain on a season-long loan with an obligation to buy for €35m.");

        Assert.True(move.IsLoan);
        Assert.Equal("obligation", move.BuyClause);
        Assert.Equal(35m, move.Fee!.AmountMillions);
    }

    [Fact]
    public void The_price_of_an_option_to_buy_is_not_a_fee()
    {
        var move = MainMoveOf("Tyler Dibling joins RB Leipzig on a season-long loan from Everton, with an option to buy for €30m.");

        Assert.True(move.IsLoan);
        Assert.Equal("option", move.BuyClause);
        Assert.Null(move.Fee);
    }

    [Fact]
    public void A_stated_release_clause_is_reported_as_such_and_not_as_the_fee()
    {
        var move = MainMoveOf("Arsenal are interested in Sporting CP midfielder Morten Hjulmand, whose release clause is set at €80m.");

        Assert.Null(move.Fee);
        Assert.Equal(80m, move.ReleaseClause!.AmountMillions);
    }

    [Fact]
    public void A_release_clause_paid_in_full_is_the_fee_and_says_so()
    {
        var move = MainMoveOf("Chelsea have completed the signing of Nico Williams from Athletic Club after his €90m release clause was paid in full.");

        Assert.Equal(90m, move.Fee!.AmountMillions);
        Assert.True(move.Fee.IsReleaseClause);
    }

    [Fact]
    public void A_headline_without_accents_and_a_text_with_them_name_one_player()
    {
        var analysis = ReportAnalyzer.Default.Analyze(new Report("Benfica reject Juventus offer for Antonio Silva", null, null, null,
            "Benfica have rejected an offer of forty million euros from Juventus for Portugal defender António Silva."));

        Assert.Single(analysis.Moves);
    }

    [Fact]
    public void A_wire_agency_in_the_dateline_is_a_source_not_a_player()
    {
        var analysis = ReportAnalyzer.Default.Analyze(new Report("", null, null, null,
            "LISBON, Jan 12 (Meridian Wire) - Benfica have rejected an offer of €40m from Juventus for defender António Silva."));

        Assert.Contains(analysis.Sources, s => s is { Name: "Meridian Wire", Kind: SourceKind.Outlet, Tier: null });
        Assert.DoesNotContain(analysis.Moves, m => m.Player == "Meridian Wire");
    }

    [Fact]
    public void A_one_word_name_used_twice_can_be_the_subject()
    {
        var move = MainMoveOf("Here we go! Deal done for Rodrygo to Arsenal, full agreement with Real Madrid for €90m. Rodrygo has already said yes.");

        Assert.Equal(("Rodrygo", "Real Madrid", "Arsenal", MoveStatus.Agreed), (move.Player, move.FromClub, move.ToClubs.Single(), move.Status));
    }

    [Fact]
    public void The_reporter_named_after_reports_is_not_the_player() =>
        Assert.Equal("Mason Greenwood", MainMoveOf("Al-Ittihad have opened talks with Marseille over a move for Mason Greenwood, reports L'Equipe.").Player);

    [Fact]
    public void A_manager_who_shapes_his_squad_is_not_a_move()
    {
        var analysis = ReportAnalyzer.Default.Analyze(new Report("", null, null, null,
            "Arsenal have bid £45m for Anthony Gordon. Mikel Arteta has been forced to reshuffle his front line and wants a winger."));

        Assert.DoesNotContain(analysis.Moves, m => m.Player == "Mikel Arteta");
    }

    [Fact]
    public void A_player_a_manager_bids_for_by_his_position_is_the_move()
    {
        var move = MainMoveOf("Tom Hooper is \"preparing a bid\" for Norwegian U21 international midfielder Karl Varga according to SportsDirect News. "
            + "The report claims that the Stromsgodset player is being tracked by three other Premier League clubs and that Everton are hoping to land the 22 year-old.",
            "Hooper eyeing Norwegian midfielder");

        Assert.Equal("Karl Varga", move.Player);
    }
}
