using RumourBot.Reports;

namespace RumourBot.Tests.Reports;

/// <summary>
/// A move's status is the news its headline and first sentence tell; the text further down carries it on only where
/// it tells that news's answer. One invented report for each case a real report showed.
/// </summary>
public class StatusAtTheTopTests
{
    private static MoveStatus StatusOf(string title, string text) =>
        (ReportAnalyzer.Default.Analyze(new Report(title, null, null, null, text)).MainMove
            ?? throw new Xunit.Sdk.XunitException("no move found in: " + text)).Status;

    [Theory]
    [InlineData("Sevilla sign Tomas Varga from Valencia", "Sevilla announced the agreement for the 25-year-old, subject to a medical, on their website on Tuesday. Varga played 30 games last season.")]
    [InlineData("Newest AEK signing: Tomas Varga", "AEK have signed the second right back they were looking at, Tomas Varga. We now must wait for Varga to arrive in Athens so he can complete his medical test.")]
    public void A_signing_whose_medical_is_still_ahead_is_agreed(string title, string text) =>
        Assert.Equal(MoveStatus.Agreed, StatusOf(title, text));

    // "leeds united float swaps in chase for target": swaps a club floats are an idea in talks, no deal done.
    [Fact]
    public void Swaps_a_club_floats_in_a_headline_are_no_done_deal() =>
        Assert.Equal(MoveStatus.Talks, StatusOf("leeds united float swaps in chase for target but club tipped to prefer cash",
            "Lyon’s Tomas Varga has emerged as a transfer target for Leeds and talks are said to have been held over taking the 22-year-old to Elland Road. " +
            "Various swap deals have been mentioned in talks over a deal for Varga, but Lyon prefer taking cash."));

    // "agrees Middlesbrough deal" over a text that tells a new contract with the club he is at: the deal is his renewal.
    [Fact]
    public void A_headline_s_agreed_deal_that_the_text_tells_as_a_new_contract_is_a_renewal() =>
        Assert.Equal(MoveStatus.ContractRenewal, StatusOf(
            "ex leeds united norwich city man agrees middlesbrough deal",
            "Middlesbrough have today confirmed that Tomas Varga has signed a new contract with the club. The midfielder is in his fourth full season at the Riverside."));

    // "Brentford and Wolves miss out as Dutch starlet opts to pen new contract": the renewal the top tells ends the other
    // clubs' chase; their missing out and their offers are not his move.
    [Fact]
    public void A_renewal_at_the_top_stands_over_the_suitors_it_turned_away() =>
        Assert.Equal(MoveStatus.ContractRenewal, StatusOf(
            "brentford and wolves miss out as dutch starlet opts to pen new contract",
            "NEC Nijmegen starlet Tomas Varga has turned down offers from Brentford and Wolves to sign a new contract with the club. " +
            "It has been claimed that the Bees have missed out on one young talent. " +
            "Varga is said to have been the subject of concrete offers from Brentford and Wolves but instead opted to continue his development in Holland."));

    // A completion the headline only reports ("reportedly joins", "Rumor:") is agreed until a word makes it official.
    [Theory]
    [InlineData("Man City captain Tomas Varga reportedly joins Barca free", "Mundo Deportivo is reporting that Barcelona have completed the signing of Tomas Varga. He has inked a deal for two years.", MoveStatus.Agreed)]
    [InlineData("rumor barcelona complete signing of serie a star tomas varga reports", "Barcelona have reportedly completed the signing of Tomas Varga. The deal is done.", MoveStatus.Agreed)]
    [InlineData("Tomas Varga reportedly joins Barca", "Barcelona have confirmed the signing of Tomas Varga on their website.", MoveStatus.Done)]
    [InlineData("Tomas Varga joins Barca", "Mundo Deportivo is reporting that Barcelona have completed the signing of Tomas Varga.", MoveStatus.Done)]
    public void A_completion_the_headline_only_reports_is_agreed_until_made_official(string title, string text, MoveStatus expected) =>
        Assert.Equal(expected, StatusOf(title, text));

    [Fact]
    public void A_first_professional_contract_at_the_club_that_raised_him_is_a_renewal() =>
        Assert.Equal(MoveStatus.ContractRenewal, StatusOf(
            "Wrexham's first signing of the summer! Youth star Tomas Varga pens maiden professional contract",
            "18-year-old Varga became the first player snapped up by Wrexham this summer. The midfielder signed on the dotted line after impressing in the underage ranks at the club."));

    [Fact]
    public void A_signing_from_another_club_stays_a_signing_though_it_is_his_first_professional_contract() =>
        Assert.Equal(MoveStatus.Done, StatusOf(
            "Wrexham sign Tomas Varga from Chester",
            "Wrexham have signed Tomas Varga from Chester. The 18-year-old has penned his first professional contract with Wrexham."));

    [Fact]
    public void A_headline_s_agreed_deal_stays_agreed_when_the_text_tells_it_too() =>
        Assert.Equal(MoveStatus.Agreed, StatusOf(
            "Varga agrees Middlesbrough deal",
            "Middlesbrough have agreed a deal to sign Tomas Varga from Norwich City. Varga signed a new contract with Norwich last year."));

    [Fact]
    public void A_rejected_bid_stays_the_news_though_the_player_has_agreed_terms() =>
        Assert.Equal(MoveStatus.Rejected, StatusOf(
            "Palmeiras reject Manchester City bid for Vitor Reis",
            "Palmeiras have rejected a bid from Manchester City for defender Vitor Reis. Reis has already agreed personal terms with City over a long-term contract."));

    [Fact]
    public void Talks_stay_the_news_when_only_a_sentence_not_naming_him_tells_an_agreement() =>
        Assert.Equal(MoveStatus.Talks, StatusOf(
            "Hull City in talks with Burnley over Jay Rodriguez",
            "Hull City are in talks with Burnley over striker Jay Rodriguez. Hull have already agreed a fee with Burnley for the club's young goalkeeper."));

    [Fact]
    public void Talks_end_in_the_agreement_a_sentence_naming_him_tells() =>
        Assert.Equal(MoveStatus.Agreed, StatusOf(
            "Hull City in talks with Burnley over Jay Rodriguez",
            "Hull City are in talks with Burnley over striker Jay Rodriguez. Rodriguez has agreed personal terms with Hull."));

    [Fact]
    public void The_lede_under_a_dateline_is_the_top_of_the_story() =>
        Assert.Equal(MoveStatus.Agreed, StatusOf(
            "hull city motherwell tomas varga transfer",
            "\u2022 31 Jan 2020, 14:55\nMotherwell have accepted a bid from Hull City for Tomas Varga in a deal worth £1.5million. " +
            "Hull manager Grant McCann has denied reports that the club made an offer for a second striker."));

    [Fact]
    public void Another_players_signing_in_an_opening_after_clause_is_not_his() =>
        Assert.Equal(MoveStatus.Interest, StatusOf(
            "Is Al-Nassr aiming to sign Tomas Varga after Ronaldo?",
            "After signing Cristiano Ronaldo, Saudi club Al-Nassr are keen to sign Liverpool forward Tomas Varga this summer, according to media reports."));

    [Fact]
    public void A_bid_ends_in_its_rejection() =>
        Assert.Equal(MoveStatus.Rejected, StatusOf(
            "Rangers make bid for Aberdeen striker Lewis Ferguson",
            "Rangers have made a £3m bid for Lewis Ferguson. Aberdeen rejected the offer on Tuesday."));

    [Fact]
    public void Talks_end_in_a_collapse() =>
        Assert.Equal(MoveStatus.Collapsed, StatusOf(
            "Newcastle in talks with Arsenal over Kieran Tierney",
            "Newcastle United held talks with Arsenal over Kieran Tierney. The deal has now collapsed."));

    [Fact]
    public void An_agreement_ends_in_the_signing_a_sentence_naming_him_tells() =>
        Assert.Equal(MoveStatus.Done, StatusOf(
            "Bayern agree fee with Real Madrid for Xabi Alonso",
            "Bayern Munich have agreed a fee with Real Madrid for Xabi Alonso. Alonso has completed his move to Bayern after passing a medical."));

    // A sentence that names neither him nor another player, and no club but the top's, goes on with the top's story.
    [Fact]
    public void Talks_end_in_an_agreement_told_without_his_name_by_the_same_clubs() =>
        Assert.Equal(MoveStatus.Agreed, StatusOf(
            "Werder Bremen in talks with Arsenal over Tomas Varga",
            "Werder Bremen are in talks with Arsenal over Tomas Varga. \"We have basically reached an agreement with Arsenal,\" the sporting director said."));

    [Fact]
    public void An_agreement_another_club_made_is_not_the_outcome_of_his_bid() =>
        Assert.Equal(MoveStatus.Bid, StatusOf(
            "West Ham submit bid for Rennes winger Tomas Varga",
            "West Ham United have submitted a bid for Rennes winger Tomas Varga. Romano said that Manchester City have agreed a deal with the player's side."));

    [Fact]
    public void A_move_with_his_medical_still_ahead_is_agreed_not_done() =>
        Assert.Equal(MoveStatus.Agreed, StatusOf(
            "Arsenal agree personal terms with Tomas Varga",
            "Arsenal have agreed personal terms with Manchester City forward Tomas Varga. The Gunners finalised a deal worth £45 million for the Brazil international recently. The 25-year-old will now undergo his medical."));

    // An approach at the top that the text tells turned down is rejected; a rival's bid turned down, or a new contract he
    // refused, leaves the approach where it was.
    [Theory]
    [InlineData("Leeds chairman makes official approach for Porto youngster",
        "Leeds United are making moves to sign Porto youngster Tomas Varga. Therefore, although Leeds's opening offer has been knocked back, Porto are willing to negotiate a summer sale.",
        MoveStatus.Rejected)]
    [InlineData("Leeds hold informal talks with Porto over Varga",
        "Leeds United have held informal talks with Porto over Tomas Varga. Varga is wanted by Everton too, who had a bid rejected by Porto yesterday.",
        MoveStatus.Talks)]
    [InlineData("Varga holds talks with Leeds over free transfer",
        "Tomas Varga has held talks with Leeds United over a free transfer. Having turned down the offer of a new contract from Porto, Varga is now a free agent.",
        MoveStatus.Talks)]
    public void An_approach_at_the_top_is_rejected_only_where_the_text_turns_it_down(string title, string text, MoveStatus expected) =>
        Assert.Equal(expected, StatusOf(title, text));
}
