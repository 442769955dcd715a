using RumourBot.Reports;
using RumourBot.Reports.Clubs;

namespace RumourBot.Tests.Reports;

/// <summary>
/// The money, status, seller and source rules issue 10 asks for, each on a sentence written in the style of real
/// transfer reporting (invented for the test, not copied from any report).
/// </summary>
public class RealReportingRulesTests
{
    private static ReportAnalysis Analyze(string text, string title = "", string? outlet = null) =>
        ReportAnalyzer.Default.Analyze(new Report(title, outlet, null, null, text));

    private static Move MainMoveOf(string text, string title = "") =>
        Analyze(text, title).MainMove ?? throw new Xunit.Sdk.XunitException("no move found in: " + text);

    // Money

    [Fact]
    public void The_original_figure_is_the_fee_not_the_conversion_in_brackets()
    {
        var move = MainMoveOf("Al-Ahli have agreed a fee of €50 million ($57.1m) with Napoli for striker Tomas Varga.");

        Assert.Equal((50m, "EUR"), (move.Fee!.AmountMillions, move.Fee.Currency));
    }

    [Theory]
    [InlineData("His termination clause stands at 600 million reais (110 million dollars).")]
    [InlineData("They sold both strikers for a combined total of more than NOK 50 million (around £3.6 million).")]
    [InlineData("Palmeiras paid 40 million reais (about $7.5 million) for the forward.")]
    public void A_conversion_of_a_sum_in_a_currency_we_do_not_read_is_not_a_fee(string sentence) =>
        Assert.DoesNotContain(FeeParser.FindAll(sentence), m => m.IsFee);

    [Theory]
    [InlineData("Hull value him at £20m.")]
    [InlineData("Napoli want €150m for the forward.")]
    [InlineData("Bologna have set an asking price of €30m.")]
    [InlineData("Antalyaspor want a fee over €10m.")]
    [InlineData("Ajax seeks upwards of €38 million for the striker.")]
    [InlineData("Gent has firmly set their sights on a minimum transfer fee of €30 million for the attacker.")]
    [InlineData("His club continued to raise their asking price until it reached one million euros.")]
    [InlineData("The Chairman wants €30m for the striker.")]
    [InlineData("Lens have raised their asking price to €25m.")]
    [InlineData("The sites that cover Fiorentina say it’ll take, at minimum, a €60 million bid to take him away.")]
    public void A_valuation_or_asking_price_is_a_valuation_not_a_fee(string sentence) =>
        Assert.All(FeeParser.FindAll(sentence), m => Assert.Equal(MoneyKind.Valuation, m.Kind));

    [Fact]
    public void A_deal_worth_total_gives_way_to_the_figure_paid_up_front()
    {
        var move = MainMoveOf("Valencia have signed midfielder Tomas Varga from Getafe in a deal worth 30m euros. The transfer will initially cost Valencia 22m euros, with the rest in add-ons.");

        Assert.Equal((22m, "EUR"), (move.Fee!.AmountMillions, move.Fee.Currency));
    }

    [Fact]
    public void A_headline_sum_told_in_the_body_only_for_another_player_is_not_our_fee()
    {
        var analysis = Analyze(
            "Leeds have opened talks with Burnley over midfielder Sam Corry. Meanwhile Danny Hale is set to join Everton from Fulham in a £35 million deal.",
            title: "Leeds open midfielder talks after failed £35m move");

        var move = analysis.MainMove!;
        Assert.Equal("Sam Corry", move.Player);
        Assert.True(move.Fee is null, $"fee {move.Fee?.Text} at {move.Confidence.Fee}");
    }

    [Fact]
    public void A_sum_only_given_as_a_hypothesis_or_after_not_even_is_withheld()
    {
        var move = MainMoveOf("Porto will not sell winger Tomas Varga unless his full €90m release clause is met. \"If someone bids €70m for our winger, we will not sell,\" the president said. They would not part with him, not even for €70m.");

        Assert.True(move.Fee is null, $"fee {move.Fee?.Text} at {move.Confidence.Fee}");
    }

    [Fact]
    public void An_offer_beats_a_valuation_for_the_fee()
    {
        var move = MainMoveOf("Sheffield Wednesday have made a £3m offer for Hull City winger Sam Corry. Hull value him at £6m.");

        Assert.Equal(3m, move.Fee!.AmountMillions);
    }

    [Fact]
    public void A_rejected_opening_offer_stays_the_fee_and_the_status()
    {
        var move = MainMoveOf("Everton have rejected an opening offer of £40m from Chelsea for Jarrad Branthwaite. Everton would want at least £70m to consider a sale.");

        Assert.Equal((MoveStatus.Rejected, 40m), (move.Status, move.Fee!.AmountMillions));
    }

    [Theory]
    [InlineData("The deal has the potential to rise as high as £8m.")]
    [InlineData("Their summer outlays already total some €55 million.")]
    public void A_ceiling_with_add_ons_or_a_clubs_spending_is_no_fee(string sentence) =>
        Assert.DoesNotContain(FeeParser.FindAll(sentence), m => m.IsFee);

    [Fact]
    public void Add_ons_alone_are_no_fee() =>
        Assert.DoesNotContain(FeeParser.FindAll("The deal includes €10m in add-ons."), m => m.IsFee);

    [Fact]
    public void Wages_are_never_the_fee_even_after_a_conversion() =>
        Assert.DoesNotContain(FeeParser.FindAll("He will earn €40m ($44m) per year in Riyadh."), m => m.IsFee);

    [Fact]
    public void A_loan_fee_plus_an_obligation_to_buy_is_what_the_buyer_must_pay()
    {
        var move = MainMoveOf("Inter Milan have signed Nicolo Barbieri from Cagliari on loan for a €12m loan fee, with an obligation to buy for €25m next summer.");

        Assert.True(move.IsLoan);
        Assert.Equal(("obligation", 37m), (move.BuyClause, move.Fee!.AmountMillions));
    }

    [Fact]
    public void A_release_clause_written_into_a_new_contract_is_not_a_fee_but_a_paid_one_is()
    {
        Assert.Equal(MoneyKind.ReleaseClause, Assert.Single(FeeParser.FindAll("His new deal includes a €60m release clause.")).Kind);
        Assert.Equal(MoneyKind.PaidReleaseClause, Assert.Single(FeeParser.FindAll("Barcelona paid his €60m release clause in full on Monday.")).Kind);
    }

    // A club that will activate the clause pays it; one that might "if" it does is only the seller's price.
    [Theory]
    [InlineData("Reports say Everton will activate Varga's €6m release clause this week.", MoneyKind.PaidReleaseClause)]
    [InlineData("Everton are ready to trigger his €6m release clause.", MoneyKind.PaidReleaseClause)]
    [InlineData("Genk say he leaves only if a club triggers his €70m release clause.", MoneyKind.ReleaseClause)]
    public void A_release_clause_a_club_will_activate_is_paid(string sentence, MoneyKind kind) =>
        Assert.Equal(kind, Assert.Single(FeeParser.FindAll(sentence)).Kind);

    [Fact]
    public void A_free_agent_has_no_seller_and_a_free_fee()
    {
        var move = MainMoveOf("Corry Dunne is in advanced talks with Sunderland over a move to Wearside. Dunne was released by Blackburn Rovers at the end of his contract.");

        Assert.Null(move.FromClub);
        Assert.Equal(0m, move.Fee!.AmountMillions);
        Assert.Equal(MoveStatus.Talks, move.Status);
    }

    [Fact]
    public void Two_figures_that_disagree_leave_the_fee_unclear_rather_than_guessed()
    {
        var move = MainMoveOf("Leeds United want Burnley midfielder Josh Carter. One report puts the fee at £12m. Another says a £20m deal is being discussed.");

        Assert.Null(move.Fee);
        Assert.True(move.FeeUnclear);
        Assert.True(move.Confidence.Fee < MoveConfidence.Threshold);
        Assert.Equal("fee not clear", RumourBot.Rumours.RumourText.Fee(move.Fee, move.FeeUnclear));
    }

    // Status

    [Theory]
    [InlineData("Hatfield officially signs for Bristol City.", MoveStatus.Done)]
    [InlineData("The club confirmed the signing of the defender on Friday.", MoveStatus.Done)]
    [InlineData("The swap deal was finalised just before the deadline.", MoveStatus.Done)]
    [InlineData("Lens have acquired the services of the winger on loan from Porto.", MoveStatus.Done)]
    [InlineData("He has agreed personal terms, and a bid will follow.", MoveStatus.Agreed)]
    [InlineData("Leicester have reportedly agreed a £15m deal with Genk.", MoveStatus.Agreed)]
    [InlineData("He has signed a pre-contract agreement with Hibernian.", MoveStatus.Agreed)]
    [InlineData("Sunderland have enquired about the forward.", MoveStatus.Talks)]
    [InlineData("Celtic have made contact with his representatives.", MoveStatus.Talks)]
    [InlineData("The deal is off after the medical.", MoveStatus.Collapsed)]
    [InlineData("The move collapsed over wages.", MoveStatus.Collapsed)]
    [InlineData("Wolves pulled out of the deal on Tuesday.", MoveStatus.Collapsed)]
    [InlineData("Millwall rejected an opening offer, and would want £5m.", MoveStatus.Rejected)]
    [InlineData("Celtic are unwilling to sell the midfielder after a £10m offer this month.", MoveStatus.Rejected)]
    [InlineData("His agent strongly refuted the rumours.", MoveStatus.Denied)]
    [InlineData("He has committed to Bayern Munich until 2028.", MoveStatus.ContractRenewal)]
    [InlineData("He has signed a one-year contract extension with Blackpool.", MoveStatus.ContractRenewal)]
    // A deed whose object is a new deal at his club: the renewal, however many words describe the deal.
    [InlineData("Varga pens new three year Lens deal", MoveStatus.ContractRenewal)]
    [InlineData("The club revealed that Varga had put pen to paper on a new one taking him to 2028.", MoveStatus.ContractRenewal)]
    [InlineData("Lens announced a new deal for the 32-year-old on Saturday.", MoveStatus.ContractRenewal)]
    // "signed veteran Joe Bendik to a new one-year contract": the American way of telling a renewal.
    [InlineData("The club signed veteran Joe Bendik to a new one-year contract for the 2023 season.", MoveStatus.ContractRenewal)]
    public void Reads_the_status_of_real_report_phrasing(string sentence, MoveStatus expected) =>
        Assert.Equal(expected, StatusDetector.DetectOne(sentence));

    [Theory]
    [InlineData("Wolves sign defender Jonny Otto on season-long loan", MoveStatus.Done)]
    [InlineData("Dos Santos signs for LA Galaxy", MoveStatus.Done)]
    [InlineData("Wolves set to sign defender Jonny Otto", MoveStatus.Unknown)]
    [InlineData("Will Arsenal sign Jonny Otto?", MoveStatus.Unknown)]
    // Talks in another clause are another story; talks in the verb's own clause make it a plan.
    [InlineData("former rangers defender joins porto as former teammate's agent jets in for talks with club president", MoveStatus.Done)]
    [InlineData("Chelsea confirm talks with Jonny Otto", MoveStatus.Talks)]
    public void A_headline_in_the_present_tense_announces_a_done_deal(string headline, MoveStatus expected) =>
        Assert.Equal(expected, StatusDetector.DetectHeadline(headline));

    [Fact]
    public void A_collapse_outweighs_the_agreement_before_it() =>
        Assert.Equal(MoveStatus.Collapsed, StatusDetector.Detect(["The clubs agreed a fee of £20m last week.", "The deal has now collapsed over wages."]));

    [Fact]
    public void A_pre_contract_is_agreed_even_when_the_report_says_he_has_signed()
    {
        var move = MainMoveOf("Jamie Cole has signed a pre-contract agreement with Hibernian. Cole has signed a four-year deal with the Easter Road club.");

        Assert.Equal(MoveStatus.Agreed, move.Status);
    }

    [Fact]
    public void An_improved_bid_after_a_rejected_one_is_a_bid()
    {
        var move = MainMoveOf("Rangers have made an improved offer of £1m for Norwich City midfielder Barry Dorran. An earlier offer of £700,000 was rejected by Norwich.");

        Assert.Equal((MoveStatus.Bid, 1m), (move.Status, move.Fee!.AmountMillions));
    }

    [Fact]
    public void Collapsed_is_a_wire_name_of_its_own() => Assert.Equal("collapsed", MoveStatus.Collapsed.ToWireName());

    // Seller named as a modifier

    [Theory]
    [InlineData("West Brom have made a bid for Norwich City midfielder Wes Hollins.", "Norwich City")]
    [InlineData("Chelsea have made an offer for Luis Endrico. Luis Endrico's club Palmeiras are holding out for more.", "Palmeiras")]
    [InlineData("Hull City want Blackpool's Jordan Gabb and have opened talks over a move.", "Blackpool")]
    [InlineData("Giovani dos Santos agreed to leave La Liga side Villarreal and join LA Galaxy.", "Villarreal")]
    [InlineData("Parma have agreed to sell Gaston Brugo to the LA Galaxy, who signed the midfielder from Italian club Parma on Wednesday.", "Parma")]
    public void The_seller_named_only_as_a_modifier_is_his_club(string text, string seller) =>
        Assert.Equal(seller, MainMoveOf(text).FromClub);

    [Fact]
    public void A_former_club_is_neither_side_of_the_move()
    {
        var move = MainMoveOf("Leicester City have agreed a deal to sign former Sheffield United defender Harry Maguiro from recently-relegated Hull City.");

        Assert.Equal(("Hull City", "Leicester City"), (move.FromClub, move.ToClubs.FirstOrDefault()));
    }

    [Fact]
    public void A_club_that_wants_a_sum_is_selling()
    {
        var move = MainMoveOf("Benfica want the full €120m release clause for Joao Felice, who has been watched by Manchester City.");

        Assert.Equal("Benfica", move.FromClub);
    }

    [Theory]
    [InlineData("Tomas Varga is wanted by Barcelona. Girona wanted 3.4 million plus an additional 1.1 million, which they said was what Varga had cost them.")]
    [InlineData("Tomas Varga is wanted by Barcelona, but Girona demanded £20m for the striker.")]
    [InlineData("Tomas Varga is wanted by Barcelona, though Girona were asking for 5 million euros.")]
    public void A_club_that_asked_for_a_sum_is_selling(string text) =>
        Assert.Equal(("Girona", "Barcelona"), (MainMoveOf(text).FromClub, MainMoveOf(text).ToClubs.FirstOrDefault()));

    [Fact]
    public void A_club_that_wanted_players_not_a_sum_is_no_seller() =>
        Assert.NotEqual("Girona", MainMoveOf("Tomas Varga is wanted by Barcelona. Girona wanted 3 more signings before the window shut.").FromClub);

    [Fact]
    public void A_player_after_his_release_from_a_club_has_no_seller()
    {
        var move = MainMoveOf("Alan Brown has held talks with Sunderland following his release from Preston North End.");

        Assert.Null(move.FromClub);
        Assert.Equal("Sunderland", move.ToClubs.FirstOrDefault());
    }

    [Fact]
    public void A_club_named_in_capitals_is_a_club() =>
        Assert.Equal("Aberdeen", MainMoveOf("ABERDEEN have moved into pole position in the race to sign Paul Hartly.").ToClubs.FirstOrDefault());

    [Fact]
    public void Players_named_as_other_targets_are_not_the_story()
    {
        var analysis = Analyze("Newcastle United are being linked with a move for Chelsea winger Noni Maduka. The Magpies have discussed signing the winger. " +
            "Nottingham Forest's Anthony Elango and West Ham's Jarrod Bowan are two other targets.");

        Assert.Equal(("Noni Maduka", "Chelsea"), (analysis.MainMove!.Player, analysis.MainMove.FromClub));
    }

    [Fact]
    public void Another_players_club_does_not_become_the_sellers()
    {
        var move = MainMoveOf("Rangers have made an improved offer for Millwall defender Jake Copper. Alves, meanwhile, has left for Parma.");

        Assert.Equal("Millwall", move.FromClub);
        Assert.Equal("Rangers", move.ToClubs.FirstOrDefault());
    }

    [Fact]
    public void The_json_carries_each_fields_confidence_and_what_is_unclear()
    {
        var json = AnalysisJson.Serialize(Analyze("Leeds United have agreed a £20m fee with Burnley for midfielder Josh Carter."));

        using var document = System.Text.Json.JsonDocument.Parse(json);
        var move = document.RootElement.GetProperty("moves")[0];
        Assert.True(move.GetProperty("confidence").GetProperty("fee").GetDouble() >= MoveConfidence.Threshold);
        Assert.False(move.GetProperty("fee_unclear").GetBoolean());
        Assert.False(move.GetProperty("status_unclear").GetBoolean());
        Assert.Equal("agreed", move.GetProperty("status").GetString());
    }

    // Sources

    [Fact]
    public void The_outlet_a_report_cites_is_a_source_even_when_our_list_lacks_it()
    {
        var analysis = Analyze("The Millers boss told the Rotherham Advertiser that a bid for Matt Cooks had been rejected by Rotherham United.");

        Assert.Contains(analysis.Sources, s => s.Name == "Rotherham Advertiser");
    }

    [Fact]
    public void Bylines_bios_and_photo_credits_are_not_sources()
    {
        var analysis = Analyze(
            "By NewsChain Sport\nArsenal have rejected a bid from Chelsea for Bukayo Saki.\n" +
            "Simon has had work published in The Daily Telegraph and The Sun.\nCredit: Reuters");

        Assert.Empty(analysis.Sources);
    }

    [Fact]
    public void According_to_a_journalist_of_an_outlet_cites_both()
    {
        var analysis = Analyze("According to Pete O'Rourke of Sky Sports, Huddersfield Town have had a bid for Leyton Orient midfielder Tom Gale rejected.");

        Assert.Contains(analysis.Sources, s => s.Name == "Sky Sports");
    }

    // "Melbourne Victory close in on Kewell", and the body names him no more: closing in on a player is transfer talk,
    // so the one player of the headline is the story's mover.
    [Fact]
    public void A_club_closing_in_on_a_player_the_headline_names_alone_moves_him()
    {
        var move = MainMoveOf(
            "The 32-year-old was released by Galatasaray at the end of last season and has been in negotiations with two A-League clubs.",
            "Melbourne Victory close in on Kewell");

        Assert.Equal(("Kewell", "Melbourne Victory"), (move.Player, move.ToClubs.FirstOrDefault()));
    }

    // "It's believed that Gaffney turned down offers from some of Rovers' biggest rivals": the suitors he refused are the
    // background of his renewal, not a bid his club answered.
    [Fact]
    public void Offers_he_turned_down_leave_his_renewal_the_news()
    {
        var move = MainMoveOf(
            "Shamrock Rovers have announced that Rory Gaffney has signed a new deal at the champions. " +
            "It's believed that Gaffney turned down offers from some of Rovers' biggest rivals, including Derry City.",
            "Rory Gaffney stays at Shamrock Rovers");

        Assert.Equal((MoveStatus.ContractRenewal, "Shamrock Rovers"), (move.Status, move.FromClub));
    }

    // "rakitic leaves schalke sevilla": a slug headline drops the "for"; the club named straight after the one he leaves
    // is the one he joins, though the body never names it.
    [Fact]
    public void A_slug_headline_names_the_club_he_leaves_and_then_the_one_he_joins()
    {
        var move = MainMoveOf(
            "Croatia international Varga, whose contract ran out at the end of the season, joined Schalke in 2019 from Swiss club Basel. " +
            "The German club did not give any details on the length of his new contract in Spain.",
            "varga leaves schalke sevilla");

        Assert.Equal(("Schalke 04", "Sevilla"), (move.FromClub, move.ToClubs.FirstOrDefault()));
    }

    // "has swapped dundee united for st johnstone": the club after "for" is where he goes, as firmly as the one before it
    // is the one he leaves, though a club of his past loans is told further down.
    [Fact]
    public void The_club_he_swapped_his_own_for_is_the_buyer()
    {
        var move = MainMoveOf(
            "Tomas Varga says the style of football was a big factor in his decision. " +
            "The wide forward has agreed a two-year deal with Saints. The 22-year-old has been a target for months. " +
            "\"Before that there were loan moves to Falkirk and Cove Rangers.\"",
            "tomas varga reveals why he has swapped dundee united for st johnstone");

        Assert.Equal(("Dundee United", "St Johnstone"), (move.FromClub, move.ToClubs.FirstOrDefault()));
    }

    // People

    [Fact]
    public void Two_players_sharing_a_surname_are_told_apart_by_the_last_named()
    {
        var analysis = Analyze(
            "Benfica have accepted a €40m bid from Chelsea for Joao Silva. Joao Silva will have a medical on Monday. " +
            "His team-mate Bruno Silva stays at Benfica. Silva, 22, has agreed personal terms with Chelsea.");

        var main = analysis.MainMove!;
        Assert.Equal("Joao Silva", main.Player);
        Assert.Equal(("Benfica", "Chelsea"), (main.FromClub, main.ToClubs.FirstOrDefault()));
    }
}
