using RumourBot.Reports;

namespace RumourBot.Tests.Reports;

/// <summary>
/// Which figure of a report is the move's fee, on sentences written in the style of real transfer reporting
/// (invented for the test, not copied from any report).
/// </summary>
public class FeeChoiceRulesTests
{
    private static Move MainMoveOf(string text, string title = "") =>
        ReportAnalyzer.Default.Analyze(new Report(title, null, null, null, text)).MainMove
        ?? throw new Xunit.Sdk.XunitException("no move found in: " + text);

    private static void AssertFee(Move move, decimal amount, string currency)
    {
        Assert.True(move.Fee is not null, $"no fee (unclear: {move.FeeUnclear}, confidence {move.Confidence.Fee})");
        Assert.Equal((amount, currency), (move.Fee.AmountMillions, move.Fee.Currency));
    }

    [Fact]
    public void An_opening_offer_turned_down_is_not_the_price_of_the_deal_since_agreed()
    {
        var move = MainMoveOf("Chelsea and Bolton Wanderers can confirm that terms have been agreed between the clubs for the transfer of Tomas Varga. " +
                              "Chelsea's opening offer of £11m was rejected by Bolton earlier this week. They held out for their full asking price.",
            "Varga moves to Chelsea");
        Assert.Equal(MoveStatus.Agreed, move.Status);
        Assert.Null(move.Fee);
    }

    [Fact]
    public void A_sum_followed_by_as_per_his_release_clause_is_the_clause_not_a_fee()
    {
        var move = MainMoveOf("Genk remain interested in signing Tomas Varga from Sint-Truiden. The report indicates that Varga can be gotten for just €2.25m as per his release clause.");

        Assert.Null(move.Fee);
        Assert.Equal(2.25m, move.ReleaseClause?.AmountMillions);
    }

    [Fact]
    public void A_fee_paid_in_the_second_background_clause_of_a_sentence_is_no_fee_of_this_move() =>
        Assert.Null(MainMoveOf("Tomas Varga's loan move to Genoa has collapsed. The full-back was a signing at the insistence of the chairman " +
            "back in summer 2022 when they paid Middlesbrough £20m for his services.", "Tottenham transfers: Tomas Varga deal collapses").Fee);

    // A move dated before the story, by a season of the past, by "days ago" or by what it "saw" a club pay: its figure
    // is his past, not this move's.
    [Theory]
    [InlineData("Atlanta United could loan out Tomas Varga to a European club. Atlanta United reportedly paid $13.5 million for him to Independiente before the 2018 season.")]
    [InlineData("Tomas Varga has been loaned out by Real Betis to Al-Okhdood. Varga left Barcelona on a free just four days ago in order to join Real Betis.")]
    [InlineData("Leicester City have entered discussions with Ludogorets over Tomas Varga. Sao Paulo signed him before selling him to Ludogorets, who paid a club-record fee of £2m for his services.")]
    [InlineData("Galatasaray are interested in Middlesbrough striker Tomas Varga. Middlesbrough forked out a hefty £15 million fee to lure him to the Riverside Stadium in July 2017.")]
    [InlineData("Alverca have completed the signing of Tomas Varga from Wolves. The winger will return to his home country and will hope to recapture the form that saw Wolves pay £3 million to Estoril for him in January 2022.")]
    [InlineData("Wolves have made a bid for Leicester City midfielder Tomas Varga. The Foxes, meanwhile, parted with the sum of £16.6m when they brought the player in from CSKA last summer.")]
    public void A_figure_of_a_move_dated_before_the_story_is_no_fee(string text)
    {
        var move = MainMoveOf(text);
        Assert.Null(move.Fee);
    }

    // A figure or a contract running out told in a clause hung on another man's name is his, not the move's.
    [Theory]
    [InlineData("Leicester City have signed Tomas Varga from Syracuse University on a five-year deal. Varga will be loaned to OH Leuven. Meanwhile Brendan Rodgers is stepping up his interest in Stoke City's defender Harry Souttar. The Foxes are willing to pay £15million plus add-ons for one of the surprise hits of the World Cup.")]
    [InlineData("Wolves are working on a deal to bring in FC Porto right back Tomas Varga. If brought in, with Fabio Silva being purchased for a club record fee of £35 million, Varga would become the second player to join Wolves from Porto.")]
    [InlineData("Norwich City are leading the interest in Lanus winger Tomas Varga. The report claims Norwich see Varga as a potential replacement for Castro, who is poised to seal his move to Aston Villa for an initial £33m.")]
    [InlineData("AC Milan have held talks with Lille over midfielder Tomas Varga. Milan see him as a possible replacement for Franck Castro who is out of contract at the end of the season.")]
    public void What_a_clause_tells_of_another_named_man_is_no_fee_of_this_move(string text)
    {
        var move = MainMoveOf(text);
        Assert.Equal("Tomas Varga", move.Player);
        Assert.Null(move.Fee);
    }

    [Fact]
    public void A_conversion_restated_later_gives_way_to_the_original_it_converts() =>
        AssertFee(MainMoveOf("Spurs are said to have submitted a €60M (£52.7M) transfer offer for Real Betis star Tomas Varga. " +
                             "Marca report that Tottenham have made a £52.7M offer for the midfielder.", "Spurs submit £52.7m transfer bid for La Liga star Tomas Varga"), 60m, "EUR");

    [Fact]
    public void A_total_split_into_a_fixed_part_and_add_ons_elsewhere_gives_the_fixed_part() =>
        AssertFee(MainMoveOf("Liverpool have finally reached an agreement with AS Roma that will see goalkeeper Tomas Varga move to Anfield for €75m, according to reports. " +
                             "Journalist Fabrizio Romano has revealed that Liverpool's latest offer, which it is understood will be split between €65m upfront and an extra €10m " +
                             "being included through performance-based add-ons, has all but been accepted by the Giallorossi.",
                             "Liverpool agree €75m deal for Roma goalkeeper Tomas Varga"), 65m, "EUR");

    [Fact]
    public void A_player_offered_with_the_sum_is_part_of_the_bid() =>
        AssertFee(MainMoveOf("Paris Saint-Germain have rejected a player plus cash offer for star striker Tomas Varga from Juventus, according to a report published by the BBC. " +
                             "The report stated that Juve offered €100 million plus winger Paulo Dybala but the French club rejected the offer as they wanted to recoup " +
                             "most of the €222 million they spent on Varga two years ago.", "PSG reject Juve's player plus cash offer for Tomas Varga"), 100m, "EUR");

    [Fact]
    public void A_valuation_that_has_come_down_gives_way_to_the_new_one() =>
        AssertFee(MainMoveOf("Liverpool have opened talks with Watford over winger Tomas Varga. It is said that Watford want at least £36m for Varga, a player that cost " +
                             "them £30m only last year. Crucially, that has come down from the £40m they had valued him at a month ago.",
                             "Liverpool in talks over Watford winger Tomas Varga"), 36m, "GBP");

    [Fact]
    public void What_older_reports_had_said_is_no_figure_of_this_deal() =>
        Assert.Null(MainMoveOf("Valencia have agreed a loan deal with Roma for captain Tomas Varga. Previous reports in Italy dating back to December had said " +
                               "that Varga is a target for Los Che and could be available in a €20m deal.", "Valencia loan deal for Roma captain Tomas Varga").Fee);

    // A bid is money offered: a club's offer to a player without a club states no free move, only no figure.
    [Fact]
    public void An_offer_to_a_free_agent_is_no_free_move() =>
        Assert.Null(MainMoveOf("Al-Nassr have made an offer to Tomas Varga, according to Marca. The 31-year-old has been without a club since his release from Sevilla. " +
                               "The Saudi club hope for an answer this week.", "Al-Nassr make offer to Tomas Varga").Fee);

    [Fact]
    public void A_sum_per_campaign_is_his_wage() =>
        Assert.Null(MainMoveOf("Tomas Varga and his agents have accepted a five-year deal worth €4.2 million per campaign from Inter.",
            "Inter agree terms with Lazio's Tomas Varga").Fee);

    [Fact]
    public void What_his_club_once_paid_for_him_is_no_fee_of_this_move() =>
        Assert.Null(MainMoveOf("Galatasaray are interested in Everton's £13.5m flop Tomas Varga. The striker has scored once since arriving.",
            "Galatasaray eye Tomas Varga").Fee);

    [Fact]
    public void What_his_club_counts_him_worth_in_a_headline_is_no_fee_of_this_move() =>
        Assert.Null(MainMoveOf("According to The Athletic, Monterrey have made an offer to sign winger Tomas Varga. Varga, 25, played 35 games last season.",
            "Monterrey make bid for Cincinnati's $5.3 million star player").Fee);

    [Fact]
    public void What_he_cost_when_his_club_signed_him_last_january_is_not_this_fee() =>
        Assert.Null(MainMoveOf("Rotherham United had a bid rejected for Ipswich Town striker Tomas Varga. Varga, who cost Ipswich £10,000 when " +
                               "they signed him from Forest Green last January, has scored 13 goals in 19 matches.", "Ipswich reject Rotherham bid for Tomas Varga").Fee);

    [Fact]
    public void In_a_story_of_a_rejection_the_offer_turned_down_earlier_is_the_fee_not_the_sellers_price() =>
        AssertFee(MainMoveOf("Plymouth Argyle are holding out for £10 million for Tomas Varga, with Rangers having a second bid rejected. " +
                             "Rangers had a £7 million bid rejected earlier in the summer, before returning with a higher offer that was still turned away.",
                             "Plymouth reject Rangers bid for Tomas Varga"), 7, "GBP");

    [Fact]
    public void A_figure_of_a_deal_that_fell_through_in_the_story_s_past_is_not_this_fee() =>
        Assert.Null(MainMoveOf("Everton have agreed a loan deal for Chelsea winger Tomas Varga. Varga came close to leaving Chelsea last summer, " +
                               "though a £22m switch to Fulham broke down at the 11th hour.", "Everton agree loan for Tomas Varga").Fee);

    [Fact]
    public void A_figure_in_the_clause_of_a_past_move_is_not_this_fee() =>
        AssertFee(MainMoveOf("Norwich City have agreed a fee with Celtic for striker Gary Holden. The fee, thought to be in the region of £5 million, has been accepted. " +
                             "Since moving to Celtic in 2010 from Scunthorpe for £2.4 million he has been their top scorer."), 5m, "GBP");

    [Fact]
    public void A_loanee_who_joined_in_january_for_a_fee_moves_on_loan_without_it()
    {
        var move = MainMoveOf("Sevilla have completed the loan signing of Brighton defender Valentin Barcos. Barcos joined Brighton in January for around £7.9m from Boca Juniors.");

        Assert.Null(move.Fee);
    }

    [Fact]
    public void An_earlier_rejected_figure_gives_way_to_the_one_in_the_news() =>
        AssertFee(MainMoveOf("Rangers have rebuffed a £3.75million offer from Bordeaux for Alfredo Morales. Rangers turned down around £8m from Beijing Renhe for Morales in January.",
                             "Rangers reject £3.75m Bordeaux offer for Alfredo Morales"), 3.75m, "GBP");

    [Fact]
    public void An_earlier_rejected_figure_from_a_known_third_club_gives_way_to_the_one_in_the_news() =>
        AssertFee(MainMoveOf("Rangers have rebuffed an offer from Bordeaux for Alfredo Morales. The bid was worth £3.75m. " +
                             "Rangers turned down around £8m from Chinese outfit Beijing Renhe for Morales in January.",
                             "Rangers reject Bordeaux offer for Alfredo Morales"), 3.75m, "GBP");

    [Fact]
    public void A_headline_figure_the_body_calls_an_option_is_not_the_fee() =>
        AssertFee(MainMoveOf("Wolves have reached an agreement to sign Jorgen Strand Larsen from Celta Vigo. The forward will arrive on loan for €3m (£3m) with an option to buy for €27m (£23m) next summer.",
                             "Wolves reach agreement for £23m star despite loan twist"), 3m, "EUR");

    [Fact]
    public void One_sum_for_two_players_is_neither_player_s_fee()
    {
        var move = MainMoveOf("Napoli have rejected a Paris Saint-Germain offer for Victor Osimhen. PSG made a €200m bid for Victor Osimhen and his teammate Kvicha Kvaratskhelia last week.");

        Assert.Null(move.Fee);
    }

    [Fact]
    public void A_figure_next_to_another_player_s_sale_is_his() =>
        AssertFee(MainMoveOf("Ipswich Town have agreed to sell Adam Webber to Bristol City for £3.5m. Bristol City moved quickly to sign Webber after selling Aden Flint to Middlesbrough for a reported £7m earlier today."),
                  3.5m, "GBP");

    [Fact]
    public void A_record_the_fee_is_measured_against_is_another_deal() =>
        AssertFee(MainMoveOf("Real Madrid have completed the signing of striker Luis Endrico from Palmeiras. Globo said the transfer is worth 70 million euros, the second-biggest sale in Brazil behind the reported 88 million euros Barcelona paid for Neymar."),
                  70m, "EUR");

    [Fact]
    public void When_every_bid_is_only_an_if_the_asking_price_is_the_figure() =>
        AssertFee(MainMoveOf("Benfica want the full €120m release clause for Joao Felix. \"If someone bids €100m for Joao Felix, the intention is not to sell.\""), 120m, "EUR");

    [Fact]
    public void A_cost_a_deal_is_expected_to_have_is_its_fee() =>
        AssertFee(MainMoveOf("Juventus have reached an agreement in principle with Barcelona for Franck Kessie. The deal is expected to cost a total of around 15 million euros."), 15m, "EUR");

    [Fact]
    public void The_bid_rejected_is_the_fee_not_a_figure_previously_reported()
    {
        var move = MainMoveOf("Leyton Orient have rejected a £1.5 million initial bid from Huddersfield Town for midfielder Ethan Galbraith, some way short of the £2.5 million previously reported.");

        AssertFee(move, 1.5m, "GBP");
    }

    [Fact]
    public void A_past_free_transfer_of_another_player_is_not_a_free_move()
    {
        var move = MainMoveOf("Al Nassr have offered Thomas Partey a contract. Moving to Al Nassr would see Partey play alongside Ronaldo, who moved there on a free transfer in January after his contract was terminated.");

        Assert.Null(move.Fee);
    }

    [Fact]
    public void A_total_that_is_the_fee_plus_its_add_ons_gives_way_to_the_fee() =>
        AssertFee(MainMoveOf("Arsenal agreed a fee in the region of €73 million with Sporting for striker Viktor Gyokeres. " +
                             "Sporting were willing to accept an initial fee of approximately €63m with a further €10m in add-ons."), 63m, "EUR");

    [Fact]
    public void A_fee_from_joining_a_club_in_a_named_month_is_his_past() =>
        AssertFee(MainMoveOf("Sheffield Wednesday have signed Middlesbrough striker Jordan Rhodes on loan. He will join Wednesday on a permanent transfer in the summer for a fee believed to be £10m. " +
                             "Rhodes scored six goals for Boro after joining from Blackburn for £9m in January 2016."), 10m, "GBP");

    [Fact]
    public void A_headline_figure_the_body_gives_as_his_past_fee_is_not_this_loan_s()
    {
        var move = MainMoveOf("Millwall have announced the signing of West Bromwich Albion striker Kenneth Zohore on a loan deal. Zohore joined the Baggies in July 2019 for a reported fee of £8 million from Cardiff City.",
                              "Millwall add reported £8m signing to their ranks on loan");

        Assert.Null(move.Fee);
    }

    [Fact]
    public void A_rival_club_s_offer_is_not_the_fee_of_the_move() =>
        AssertFee(MainMoveOf("Celtic have submitted a £3million bid for Jeonbuk striker Cho Gue-sung. However, a rival has emerged, with reports claiming that Minnesota have launched a £4.2m offer for Cho Gue-sung."),
                  3m, "GBP");

    [Fact]
    public void A_bid_knocked_back_in_the_january_window_is_still_this_story_s_bid() =>
        AssertFee(MainMoveOf("Celtic had a £5 million offer for Edson Alvarez knocked back by Ajax in the January window."), 5m, "GBP");

    [Fact]
    public void A_club_read_as_a_one_word_name_does_not_take_the_figure() =>
        AssertFee(MainMoveOf("Rangers' pursuit of winger Luis Palma is over. Palma is under contract until 2026 and Aris have been demanding £4.5million for his signature."), 4.5m, "GBP");

    [Fact]
    public void A_ceiling_the_add_ons_take_it_to_is_not_the_fee() =>
        AssertFee(MainMoveOf("Cardiff are on the brink of signing Derby defender John Brayford for a fee believed to be around £2million. " +
                             "The initial fee is thought to be £1.3m with add-ons taking it above £2m in due course."), 1.3m, "GBP");

    [Fact]
    public void A_suitor_that_is_also_interested_owns_the_figure_after_it()
    {
        var move = MainMoveOf("Manchester City are preparing an offer for Flamengo midfielder Matheus Franca. " +
                              "Bayer Leverkusen is also interested, but Flamengo saw the offer of 15 million euros as low.");

        Assert.Null(move.Fee);
    }

    [Fact]
    public void An_offer_that_meets_the_release_clause_outweighs_an_earlier_one() =>
        AssertFee(MainMoveOf("Chelsea were ready to offer €25m for Benfica defender Victor Lindelof, who has a €30m release clause. " +
                             "Now the paper claims that Chelsea have told Benfica they can pay €30m for Victor Lindelof."), 30m, "EUR");

    [Fact]
    public void The_price_of_making_a_loan_permanent_is_the_fee_of_the_permanent_move() =>
        AssertFee(MainMoveOf("Henry Onyekuru looks set to make his loan transfer to Galatasaray a permanent move at the end of the season. " +
                             "Galatasaray paid Monaco 650,000 euros as loan fee and will have to pay an additional 4.3 million euros to make the switch permanent."),
                  4.3m, "EUR");

    [Fact]
    public void An_option_to_buy_alone_is_no_fee_of_a_loan()
    {
        var move = MainMoveOf("Sao Paulo have signed Manchester City defender Nahuel Ferraresi on loan. The loan agreement will also entail an option to buy for an amount of €6m.");

        Assert.Null(move.Fee);
    }

    [Fact]
    public void The_total_of_the_loan_fee_and_the_obligation_is_the_fee_not_its_parts() =>
        AssertFee(MainMoveOf("Inter have agreed a deal with Cagliari for Nicolo Barella. The operation is structured this way: Inter will pay €12m to Cagliari immediately for the loan, " +
                             "while an additional €25m will be paid next year for the obligation to buy. To the €37m that Cagliari have secured, another €8m could be added in bonuses."),
                  37m, "EUR");

    [Fact]
    public void A_past_move_dated_by_its_year_is_not_this_fee_even_with_a_decimal_figure()
    {
        var move = MainMoveOf("Trabzonspor have reached an agreement with defender Marko Pavic after he was released by Hearts. " +
                              "The 1.91m defender joined Hearts from Rijeka on a €7.5m move in 2016.", "Trabzonspor agree deal for Marko Pavic");

        Assert.NotEqual(7.5m, move.Fee?.AmountMillions);
    }

    [Fact]
    public void An_improved_offer_outweighs_the_opening_one_it_replaces() =>
        AssertFee(MainMoveOf("Brighton have rejected an opening offer of £30m from Arsenal for Joao Silveira. The midfielder remains Arsenal's top target, and they have since returned with an improved bid of £38m.",
                             "Brighton reject Arsenal bid"), 38m, "GBP");

    [Fact]
    public void An_opening_offer_is_not_stated_when_a_later_offer_s_figure_is_told_elsewhere()
    {
        var move = MainMoveOf("Brighton have rejected an opening offer of £30m from Arsenal for Joao Silveira. Arsenal are now expected to table a second bid of £38m.",
                              "Brighton reject Arsenal bid");

        Assert.NotEqual(30m, move.Fee?.AmountMillions);
    }

    [Fact]
    public void A_third_club_that_had_an_offer_turned_down_owns_that_figure()
    {
        var move = MainMoveOf("Arsenal are in talks with Porto over midfielder Joao Silveira. Newcastle had a £30m offer for him rejected last week.", "Arsenal in talks for Joao Silveira");

        Assert.Null(move.Fee);
    }

    [Fact]
    public void A_loan_for_a_fee_with_an_obligation_costs_both() =>
        AssertFee(MainMoveOf("Juventus have signed Joao Silveira from Porto on loan for €5m with an obligation to buy for €30m.", "Juventus sign Joao Silveira"), 35m, "EUR");

    [Fact]
    public void An_offer_outweighs_a_valuation_told_with_its_player_between_verb_and_figure() =>
        AssertFee(MainMoveOf("Brighton value midfielder Joao Silveira at £50m. Arsenal have now submitted an offer of £35m for the Brazilian.", "Arsenal bid for Joao Silveira"), 35m, "GBP");

    [Fact]
    public void A_conversion_after_the_reais_abbreviation_stays_in_its_sentence()
    {
        var move = MainMoveOf("Manchester City are preparing a proposal of 35 million euros to sign Flamengo midfielder Matheus Franco. " +
                              "He renewed his contract earlier this year with a fine of 100 million euros, around Rs. $535 million.");

        Assert.NotEqual("USD", move.Fee?.Currency);
        Assert.Single(RumourBot.Reports.Text.SentenceSplitter.Split("It carries a fine of 100 million euros, around Rs. $535 million."));
    }

    [Fact]
    public void A_rival_club_that_offered_the_seller_a_figure_owns_it()
    {
        var move = MainMoveOf("Arsenal are in talks for Porto midfielder Joao Silveira, but Chelsea have offered Porto €40m for the midfielder.", "Arsenal in talks for Joao Silveira");

        Assert.NotEqual(40m, move.Fee?.AmountMillions);
    }

    [Fact]
    public void A_share_a_former_club_is_due_is_not_the_fee() =>
        AssertFee(MainMoveOf("Arsenal have signed Joao Silveira from Porto for €30m, with Benfica due €6m of that fee.", "Arsenal sign Joao Silveira"), 30m, "EUR");

    [Fact]
    public void What_a_club_other_than_the_buyer_once_paid_for_him_is_a_past_move()
    {
        var move = MainMoveOf("Arsenal have made a bid for Porto midfielder Joao Silveira. Porto bought him from Benfica for €15m and would want a profit.", "Arsenal bid for Joao Silveira");

        Assert.NotEqual(15m, move.Fee?.AmountMillions);
    }

    [Fact]
    public void A_figure_told_as_the_price_for_another_player_is_his()
    {
        var move = MainMoveOf("Arsenal have bid for Joao Silveira, using the £30m they received for Ben White.", "Arsenal bid for Joao Silveira");

        Assert.Null(move.Fee);
    }

    [Fact]
    public void A_figure_in_another_player_s_clause_far_from_ours_is_his()
    {
        var move = MainMoveOf("Arsenal sold Ben White to Chelsea for £30m and want to reinvest the money in Porto midfielder Joao Silveira.", "Arsenal eye Joao Silveira");

        Assert.Null(move.Fee);
    }

    [Fact]
    public void Agents_fees_and_a_signing_on_bonus_are_no_transfer_fee()
    {
        Assert.Null(MainMoveOf("Arsenal have signed Joao Silveira from Porto, paying €5m in agent fees.", "Arsenal sign Joao Silveira").Fee);
        Assert.Equal(0m, MainMoveOf("Arsenal have signed Joao Silveira on a free transfer, with the player receiving a €10m signing-on bonus.", "Arsenal sign Joao Silveira").Fee?.AmountMillions);
    }

    [Fact]
    public void A_headline_figure_worn_by_another_player_s_name_is_his() =>
        AssertFee(MainMoveOf("Arsenal have made a £30m bid for Porto midfielder Joao Silveira after selling Tom Brown.", "Arsenal move for Silveira after £50m Brown sale"), 30m, "GBP");

    [Fact]
    public void Add_ons_told_as_another_sum_in_performance_based_add_ons_leave_the_fee_clear() =>
        AssertFee(MainMoveOf("Club Brugge have agreed to pay a fee of around €10m for Victor Wanyan and pay another €5m in performance-based add-ons.", "Brugge agree deal for Victor Wanyan"), 10m, "EUR");

    [Fact]
    public void A_loan_takes_no_fee_from_what_the_player_is_valued_at()
    {
        var move = MainMoveOf("Flamengo are in advanced talks to sign midfielder Carlos Wendt on loan from Zenit. " +
                              "According to Transfermarkt, the 24-year-old has his economic rights assessed in the amount of 19 million euros.",
                              "Flamengo close in on loan deal for Carlos Wendt");

        Assert.True(move.IsLoan);
        Assert.Null(move.Fee);
    }

    [Fact]
    public void The_price_at_which_a_loanee_may_be_kept_and_a_buy_back_are_no_fee()
    {
        var move = MainMoveOf("Lazio have announced the loan signing of Bayern Munich attacker Arjan Ibrovic until the end of the season. " +
                              "Lazio can sign the youngster outright for €8m, with Bayern retaining a buy-back option set at €20m.",
                              "Lazio complete loan signing of Arjan Ibrovic");

        Assert.Null(move.Fee);
    }

    [Fact]
    public void What_a_seller_that_owned_part_of_his_rights_receives_is_its_share_not_the_fee()
    {
        var move = MainMoveOf("Corinthians have agreed to sell defender Joao Vitorino to Benfica. Corinthians owned 55% of the player's economic rights. " +
                              "The club sold its entire stake and will receive something around 7 million euros.",
                              "Corinthians sell Joao Vitorino to Benfica");

        Assert.Null(move.Fee);
        Assert.True(move.FeeUnclear);
    }

    [Fact]
    public void What_a_seller_receives_is_the_fee_when_it_owned_him_whole() =>
        AssertFee(MainMoveOf("Corinthians have agreed to sell defender Joao Vitorino to Benfica. The club will receive around 7 million euros.",
                             "Corinthians sell Joao Vitorino to Benfica"), 7m, "EUR");

    [Fact]
    public void Yearly_wages_of_a_collapsed_deal_are_no_fee() =>
        Assert.Null(MainMoveOf("Luis Santao will not sign for Wolverhampton Wanderers. The deal collapsed after Wolves found out that the €2m yearly wages had been leaked.",
                               "Wolves call off Luis Santao transfer").Fee);

    [Fact]
    public void A_loan_offered_for_a_fee_has_that_fee() =>
        AssertFee(MainMoveOf("West Brom have rejected a bid from Watford for defender Craig Dawes. The offer was an initial year-long loan for a fee of £750,000.",
                             "West Brom reject Watford bid for Craig Dawes"), 0.75m, "GBP");

    [Fact]
    public void A_bare_sum_in_a_loan_story_is_not_taken_for_the_loan_fee()
    {
        var move = MainMoveOf("Sevilla are in talks to sign midfielder Tomas Verdino on loan from Porto. " +
                              "According to the portal, the 24-year-old midfielder has his rights estimated at 19 million euros.",
                              "Sevilla in talks for Tomas Verdino loan");

        Assert.True(move.IsLoan);
        Assert.Null(move.Fee);
    }

    [Fact]
    public void A_loan_fee_told_as_a_payment_is_the_fee() =>
        AssertFee(MainMoveOf("Stoke City have completed the loan signing of Wilfried Bonet from Manchester City. Stoke will pay £2m to take the striker on loan for the season.",
                             "Stoke sign Wilfried Bonet on loan"), 2m, "GBP");

    [Fact]
    public void A_figure_in_a_sentence_whose_subject_is_the_fee_is_surer_than_a_bare_one()
    {
        const string signed = "Celtic have completed the permanent signing of defender Cameron Carver from Chelsea. ";
        var aboutTheFee = MainMoveOf(signed + "The fee has not been disclosed by the club, but it is believed to be in the region of £6m.", "Celtic sign Cameron Carver");
        var bare = MainMoveOf(signed + "It has not been disclosed by the club, but it is believed to be in the region of £6m.", "Celtic sign Cameron Carver");

        AssertFee(aboutTheFee, 6m, "GBP");
        Assert.True(aboutTheFee.Confidence.Fee > bare.Confidence.Fee, $"{aboutTheFee.Confidence.Fee} vs {bare.Confidence.Fee}");
    }

    [Fact]
    public void A_sum_a_club_has_offered_is_told_as_an_offer() =>
        Assert.True(MainMoveOf("Leverkusen and Chelsea are close to agreement on Kai Haverland. Chelsea has offered 80 million euros in cash.", "Chelsea close on Kai Haverland")
            .Confidence.Fee >= 0.75);

    [Fact]
    public void What_it_would_take_to_convince_the_seller_is_its_asking_price() =>
        AssertFee(MainMoveOf("West Ham are in talks with Reims over forward Hugo Ekiwan. They are still some way from a deal and it could take an offer in excess of €30m to convince Reims to sell.",
                             "West Ham in talks to sign Hugo Ekiwan"), 30m, "EUR");

    [Fact]
    public void Would_pay_in_a_report_of_an_agreed_deal_is_the_price_not_a_hypothesis() =>
        AssertFee(MainMoveOf("Leeds have agreed a deal with Real Sociedad for defender Diego Lorenzana. The terms were not disclosed but British media reported Leeds would pay 20 million pounds for the 27-year-old.",
                             "Leeds agree deal for Diego Lorenzana"), 20m, "GBP");

    [Fact]
    public void The_whole_fee_beats_what_a_seller_owed_half_of_it_nets() =>
        AssertFee(MainMoveOf("Tottenham have agreed a deal with Juventus for Rodrigo Bentano. The English club will pay 19 million euros for the midfielder. " +
                             "Boca Juniors are entitled to 50 percent of the total sum, so Boca would enter 10 million euros clean.",
                             "What Boca Juniors will earn from the sale of Rodrigo Bentano"), 19m, "EUR");

    [Fact]
    public void A_ceiling_on_the_total_value_leaves_the_fee_clear() =>
        AssertFee(MainMoveOf("Fenerbahce have agreed to sign winger Kerem Aktas from Benfica. Fenerbahce will pay Benfica 22.5 million euros for the winger, with payments that could take the total value of the transfer to 25 million euros.",
                             "Kerem Aktas joins Fenerbahce"), 22.5m, "EUR");

    [Theory]
    [InlineData("Celtic have reached an agreement with Augsburg for the transfer of midfielder Arne Engelen. The deal was finalised today by Celtic's Michael Nicolson and Augsburg's Michael Stroh. Celtic will pay a guaranteed fee of €13million for the 20-year-old talent.")]
    [InlineData("Celtic have reached an agreement with Augsburg for the transfer of midfielder Arne Engelen. Augsburg boss Jess Thorup said he was sad to lose him. Celtic will pay a guaranteed fee of €13million for the 20-year-old talent.")]
    [InlineData("Celtic have reached an agreement with Augsburg for the transfer of midfielder Arne Engelen. Engelen was a target of manager Brendan Rodgen all summer. Celtic will pay a guaranteed fee of €13million for the 20-year-old talent.")]
    public void A_fee_told_of_the_move_s_clubs_after_an_official_is_named_is_still_his(string text) =>
        AssertFee(MainMoveOf(text, "Arne Engelen's Celtic transfer handed green light"), 13m, "EUR");

    [Fact]
    public void A_figure_another_player_completed_his_move_for_is_his()
    {
        var move = MainMoveOf("Lazio have rejected an offer from Napoli for winger Marco Vettori, the Serie A club have confirmed. " +
                              "Vettori has been touted as a target for Napoli since Brandtinho completed his world-record €95million switch to Juventus last week.",
                              "Lazio reject Napoli offer for Marco Vettori");

        Assert.Null(move.Fee);
    }

    [Fact]
    public void Leaving_a_club_years_ago_is_no_free_move_told()
    {
        var move = MainMoveOf("Lyon have completed the signing of 16-year-old former Nantes youth player Tomas Ferreira. " +
                              "The midfielder had signed an agreement to join Lyon in 2019, after leaving Nantes in the wake of a dispute.",
                              "Lyon sign teenager Tomas Ferreira");

        Assert.Null(move.Fee);
    }

    [Fact]
    public void Being_released_by_a_club_is_a_free_move_told() =>
        AssertFee(MainMoveOf("Lyon have agreed terms with defender Tomas Ferreira. Lyon move for Ferreira after he was released by Nantes this summer.",
                             "Lyon agree terms with Ferreira after being released by Nantes"), 0m, null!);

    [Fact]
    public void A_lede_figure_that_is_the_ceiling_with_add_ons_gives_way_to_the_bid() =>
        AssertFee(MainMoveOf("Atletico Madrid have rejected a €40 million offer from Chelsea for Pablo Ramirez on Tuesday. " +
                             "Chelsea sent in a bid around €30 million plus add-ons up to €40 million package for Ramirez.",
                             "Atletico reject Chelsea bid"), 30m, "EUR");

    [Fact]
    public void The_guaranteed_part_of_a_deal_told_beside_the_clubs_is_the_fee() =>
        AssertFee(MainMoveOf("Tom Hatcher's £9 million move to Everton fell through on Friday after a failed medical. " +
                             "Everton had agreed a £9 million deal with Burnley on Tuesday, of which £6 million was guaranteed, with the rest in add-ons.",
                             "Hatcher move to Everton collapses"), 6m, "GBP");

    [Theory]
    [InlineData("Of that £9 million, half is ‘up front and guaranteed’ with the rest paid in later add-ons.", 4.5)]
    [InlineData("The deal is worth £9 million, of which two-thirds is guaranteed.", 6)]
    public void A_guaranteed_share_of_the_bid_told_as_a_fraction_is_the_fee(string share, double fee) =>
        AssertFee(MainMoveOf("Everton have made a £9 million bid for Burnley's Tom Hatcher, reports The Sun. " + share,
                             "Everton bid for Hatcher"), (decimal)fee, "GBP");

    [Fact]
    public void A_figure_for_a_move_from_a_third_club_is_his_earlier_move() =>
        AssertFee(MainMoveOf("Hoffenheim have rejected an undisclosed bid from Newcastle United for striker Lukas Brandt and are holding out for £15m. " +
                             "Brandt has scored 20 goals for Hoffenheim since his £4m move from Ajax.",
                             "Hoffenheim reject Newcastle bid for Brandt"), 15m, "GBP");

    [Fact]
    public void A_figure_for_a_move_from_a_described_third_club_is_his_earlier_move() =>
        Assert.Null(MainMoveOf("Celtic are reportedly interested in KAA Gent defender Tomas Varga. " +
                               "The 25-year-old is currently playing in the Belgian league, after a £3.15m move from Swedish side Elfsborg in the summer.",
                               "tomas varga attracts celtic interest").Fee);

    [Fact]
    public void His_price_told_right_after_another_player_is_named_is_that_player_s() =>
        Assert.Null(MainMoveOf("The Nerazzurri met with Tomas Varga's entourage to discuss a potential move to Inter. " +
                               "Spalletti also likes Cagliari's Nicolo Barelli. However, his price tag of €40m is considered too expensive by Inter.",
                               "inter make contact to sign varga").Fee);

    [Fact]
    public void A_compulsory_purchase_option_is_paid_with_the_loan_fee() =>
        AssertFee(MainMoveOf("Leicester City have signed Tomas Varga from Galatasaray on a season-long loan, with the option to make the move permanent next summer. " +
                             "Galatasaray have said that they will receive a €500,000 loan fee. Leicester will then sign Varga on a compulsory purchase option for €9m.",
                             "Galatasaray disclose financial details of Varga's loan"), 9.5m, "EUR");

    [Fact]
    public void A_sale_told_as_what_followed_an_earlier_spell_is_his_past() =>
        Assert.Null(MainMoveOf("Al-Hilal have made an approach for Tomas Varga. The striker played for Inter Milan from 2019 to 2021, " +
                               "before he was sold to Chelsea for around USD 125 million.", "Al-Hilal approach Chelsea's Varga").Fee);

    [Fact]
    public void A_price_said_to_be_sought_in_an_earlier_window_is_no_figure_of_this_deal() =>
        Assert.Null(MainMoveOf("Leicester have held talks over a move for West Brom defender Tomas Varga. " +
                               "West Brom were said to be seeking a fee around $40 million in the summer.", "Leicester in talks for Varga").Fee);

    [Fact]
    public void A_price_a_report_gave_last_summer_is_no_figure_of_this_deal() =>
        Assert.Null(MainMoveOf("Stoke have pulled out of Tomas Varga's move to Midtjylland. " +
                               "Varga was of interest to Tottenham last summer, and one outlet then stated that a fee of around £12m was sought.",
                               "Stoke pull the plug on Varga deal").Fee);

    [Fact]
    public void A_player_out_of_contract_bought_at_a_good_price_is_no_free_move() =>
        Assert.Null(MainMoveOf("Lille are in talks with Antalyaspor over Tomas Varga. " +
                               "Considering that Varga will be out of contract at the end of the season, Lille should be able to secure his signature at a good price.",
                               "Lille in talks for Varga").Fee);

    [Fact]
    public void A_player_out_of_contract_who_leaves_before_it_ends_is_no_free_move() =>
        Assert.Null(MainMoveOf("The 28-year-old is out of contract at the end of the season and is on the verge of joining LA Galaxy. " +
                               "Tomas Varga will leave Blackburn prior to the end of his contract ahead of the new MLS season.",
                               "Varga set for LA Galaxy switch").Fee);

    [Fact]
    public void A_player_who_will_not_leave_before_his_contract_ends_still_moves_free() =>
        Assert.Equal(0m, MainMoveOf("Tomas Varga is out of contract at Blackburn this summer and has agreed to join LA Galaxy. " +
                             "Varga said he will not leave Blackburn before the end of his contract.", "Varga agrees LA Galaxy move").Fee?.AmountMillions);

    [Fact]
    public void A_pre_contract_with_compensation_owed_is_no_free_move()
    {
        var move = MainMoveOf("Southampton are close to agreeing terms with Burnley midfielder Jamie Orton, who is set to sign a pre-contract agreement with them. " +
                              "Because Orton is under 24, Southampton will have to pay Burnley compensation, which a tribunal may decide.",
                              "Southampton close in on Orton");

        Assert.Null(move.Fee);
    }

    [Fact]
    public void A_free_agent_whose_buyer_had_to_pay_a_fee_is_no_free_move() =>
        Assert.Null(MainMoveOf("Walsall have signed Tomas Varga on a two-year deal. " +
                               "Varga was a free agent, but because he is under 24 and came through the academy at Rotherham, Walsall have had to pay a fee.",
                               "Walsall confirm Varga signing").Fee);

    [Fact]
    public void A_free_agent_whose_buyer_will_owe_compensation_in_the_next_sentence_is_no_free_move() =>
        Assert.Null(MainMoveOf("Tomas Varga is out of contract at the end of the season and Walsall are looking to sign the winger as a free agent. " +
                               "But Walsall will have to pay compensation to Rotherham as the winger is under the age of 24.",
                               "Walsall want Varga").Fee);

    [Fact]
    public void A_move_brought_forward_for_an_undisclosed_fee_is_no_free_move_though_a_pre_contract_was_agreed() =>
        Assert.Null(MainMoveOf("Ross County have signed Tomas Varga from Queen's Park for an undisclosed fee. " +
                               "Queen's Park say Varga, whose deal was due to expire in the summer, had agreed a pre-contract with County and wanted to leave this month.",
                               "Ross County transfers: Tomas Varga joins from Queen's Park").Fee);

    [Theory]
    [InlineData("As Varga's contract expires this summer, Aberdeen will be unable to demand a significant fee for the winger.")]
    [InlineData("Varga is out of contract this summer, so Aberdeen are set to let him go for a small fee.")]
    public void A_contract_running_out_that_still_brings_a_low_fee_is_no_free_move(string sentence) =>
        Assert.Null(MainMoveOf("MK Dons are close to agreeing a deal for Aberdeen winger Tomas Varga. " + sentence,
                               "MK Dons closing in on Varga").Fee);

    [Fact]
    public void A_low_fee_told_of_a_past_move_leaves_the_free_move_free() =>
        Assert.Equal(0m, MainMoveOf("Tomas Varga is out of contract this summer and has agreed to join Celtic. " +
                                    "Aberdeen signed him from Dundee for a small fee in 2021.", "Varga agrees Celtic move").Fee?.AmountMillions);

    [Fact]
    public void A_pre_contract_a_club_can_confirm_is_a_free_move() =>
        Assert.Equal(0m, MainMoveOf("Aberdeen can confirm a pre-contract has been agreed with Celtic for winger Tomas Varga.",
                                    "Aberdeen statement on Varga").Fee?.AmountMillions);

    [Fact]
    public void A_pre_contract_he_is_only_free_to_arrange_is_no_free_move() =>
        Assert.Null(MainMoveOf("Norwich City striker Tomas Varga is considering his future amid interest from MLS clubs. " +
                               "Varga is free to arrange a pre-contract deal with overseas teams as of January.",
                               "Varga weighing up Norwich future").Fee);

    [Fact]
    public void A_loanee_whose_pre_contract_is_still_to_come_moves_for_no_free_fee()
    {
        var move = MainMoveOf("Valencia have signed defender Pablo Ortega on loan from Benfica until June. " +
                              "Valencia expect Ortega to sign a pre-contract in the new year so that he can stay for good.",
                              "Valencia sign Ortega on loan");

        Assert.True(move.IsLoan);
        Assert.Null(move.Fee);
    }

    [Fact]
    public void An_offer_the_seller_answered_by_demanding_more_is_the_fee() =>
        AssertFee(MainMoveOf("Hibernian have pulled out of a move for Tomas Varga. Hibernian offered £2million in a last attempt to sign the striker, " +
                             "but Slovan Bratislava demanded £3.5m.", "Hibernian pull out of Varga move"), 2m, "GBP");

    [Fact]
    public void An_asking_price_is_not_stated_when_an_offer_is_told_beside_the_clubs()
    {
        var move = MainMoveOf("Leicester City are keen on Sampdoria midfielder Dennis Pratt. Sampdoria president Marco Ferri asks for 25 million euros. " +
                              "Meanwhile Genoa want to sign Sampdoria defender Karl Ekdal on loan. Leicester City have made an offer of 20 million euros to Sampdoria in the last few hours.",
                              "Leicester make offer to Sampdoria");

        Assert.Equal("Dennis Pratt", move.Player);
        Assert.Null(move.Fee);
        Assert.True(move.FeeUnclear);
    }

    [Fact]
    public void An_offer_from_a_third_club_is_not_the_buyers_fee()
    {
        var move = MainMoveOf("Aston Villa want to sign Burnley winger Tom Harker this summer. Harker was the subject of a £6m bid from Everton in January, which Burnley turned down.",
                              "Aston Villa target Harker");

        Assert.Equal("Aston Villa", move.ToClubs[0]);
        Assert.Null(move.Fee);
    }

    [Fact]
    public void A_headline_sum_in_a_currency_the_body_never_uses_is_a_conversion() =>
        AssertFee(MainMoveOf("Celtic have rejected an offer from Porto for Olivier Nanteuil. Porto offered Celtic €15 million for Nanteuil, according to reports in France.",
                             "Celtic reject £13.5m offer for Olivier Nanteuil"), 15m, "EUR");

    [Fact]
    public void Being_free_in_the_market_after_leaving_a_club_is_a_free_move_told() =>
        AssertFee(MainMoveOf("Santos have announced the signing of defender Marco Pereira. The defender was free in the market after leaving Benfica in the summer.",
                             "Santos sign Marco Pereira"), 0m, null!);

    [Fact]
    public void A_contract_running_out_as_the_move_comes_is_a_free_move() =>
        AssertFee(MainMoveOf("Celtic are keen on signing Dean Marlow this summer. The former Everton youngster is out of contract at Hull City this summer.",
                             "Celtic keen on Dean Marlow"), 0m, null!);

    [Fact]
    public void A_buyer_that_paid_no_fee_signed_him_for_nothing() =>
        AssertFee(MainMoveOf("Bristol City have signed midfielder Tom Ashdown from Cardiff City. The Robins did not pay a transfer fee for Ashdown, but Cardiff keep a sell-on clause.",
                             "Bristol City sign Tom Ashdown"), 0m, null!);

    [Theory]
    [InlineData("Sporting terminate the contract of Rui Gaspar", "Rui Gaspar will join Orlando City. His contract has been terminated so that the forward can sign for the MLS side.")]
    [InlineData("Lyon eye Martin Keller", "Lyon are preparing an offer for Martin Keller. The midfielder's contract with Hamburg is set to expire.")]
    [InlineData("Wigan want Luke Dawes", "Wigan have made contact with Luke Dawes. He left Bolton Wanderers following the expiration of his contract.")]
    public void A_contract_ended_by_his_club_or_running_out_now_is_a_free_move(string headline, string body) =>
        AssertFee(MainMoveOf(body, headline), 0m, null!);

    [Fact]
    public void A_sum_that_makes_him_the_highest_earner_is_his_pay_not_a_fee() =>
        Assert.Null(MainMoveOf("Al-Hazem have agreed a deal with Pedro Lemos. The outlet understands the deal is worth in the region of £90m, " +
                               "which will make him the highest-earning player in the league.", "Al-Hazem agree deal with Pedro Lemos").Fee);

    [Fact]
    public void A_contract_that_expires_in_a_later_year_is_no_free_move() =>
        Assert.Null(MainMoveOf("Lyon are preparing an offer for Martin Keller. The midfielder's contract with Hamburg is set to expire in 2028.", "Lyon eye Martin Keller").Fee);

    [Fact]
    public void A_free_move_told_only_as_one_possibility_leaves_the_fee_open()
    {
        var move = MainMoveOf("Aberdeen want to sign Luis Moreno from Toronto FC. His contract expires at the end of the season and " +
                              "he will likely be available on a free transfer then, or for a small fee this summer.", "Aberdeen want Luis Moreno");

        Assert.Null(move.Fee);
    }

    [Fact]
    public void A_free_move_he_may_well_opt_for_next_summer_is_no_fee_of_the_collapsed_move() =>
        Assert.Null(MainMoveOf("Inter Milan have missed out on Tomas Varga. Varga has turned down their proposal and may well opt for a big pay-day " +
                               "by leaving on a free transfer next summer.", "Varga turns down Inter Milan switch").Fee);

    [Fact]
    public void A_past_club_s_share_of_the_fee_is_not_the_fee() =>
        Assert.Null(MainMoveOf("West Ham are close to signing Celta Vigo striker Tomas Varga. " +
                               "Defensor are said to be owed 20% of the transfer fee (€10m) as part of a clause from his move to Spain.", "West Ham close in on Varga").Fee);

    [Fact]
    public void A_release_clause_the_buyer_agreed_to_meet_is_the_fee() =>
        Assert.Equal(50m, MainMoveOf("West Ham have agreed to meet the €50m release clause of Celta Vigo striker Tomas Varga.", "West Ham agree to pay Varga's clause").Fee?.AmountMillions);

    [Fact]
    public void The_price_of_the_signing_he_became_is_his_past() =>
        Assert.Null(MainMoveOf("Club Brugge have signed Tomas Varga from Burnley. The 26-year-old became the Clarets' second summer signing, " +
                               "for around £2.5million from RC Genk, but has become the first to leave.", "Varga joins Club Brugge").Fee);

    [Fact]
    public void A_sum_denied_with_nor_is_no_fee() =>
        Assert.Null(MainMoveOf("Club Brugge have signed Tomas Varga from Burnley. Burnley have not lost any money on Varga, nor have they gained £1million.",
                               "Varga joins Club Brugge").Fee);

    [Fact]
    public void The_price_of_a_permanent_deal_beside_a_loan_is_not_the_loan_s_fee() =>
        Assert.Null(MainMoveOf("Everton want Manchester United defender Tomas Varga. A loan deal is believed to be in the works and there are also " +
                               "suggestions that a permanent deal worth £25m could also be done.", "Everton eye Varga").Fee);

    [Fact]
    public void A_sum_paid_in_the_year_told_before_it_is_an_earlier_move()
    {
        var move = MainMoveOf("Everton have pulled out of a move for Stoke City midfielder Danny Reeve. Reeve has been at Stoke since 2015 when he cost £4 million from Burnley.",
                              "Everton pull out of Reeve move");

        Assert.Null(move.Fee);
    }

    [Fact]
    public void A_loan_fee_and_an_obligation_told_as_separate_clauses_add_up() =>
        AssertFee(MainMoveOf("Napoli have offered €5m for a one-year loan deal for Chelsea striker Tom Okafor, plus an obligation to buy the striker for €40m next summer.",
                             "Napoli make loan offer for Okafor"), 45m, "EUR");

    [Fact]
    public void An_offer_to_a_club_of_a_loan_fee_and_an_obligation_is_their_sum() =>
        AssertFee(MainMoveOf("Sevilla have turned down an offer from Valencia for Tomas Ibarra. Valencia offered the Andalusians 3m euros for a two-year loan deal " +
                             "with an obligation to buy for 20 million euros.", "Sevilla reject Valencia offer"), 23m, "EUR");

    [Fact]
    public void An_offer_with_his_contract_running_out_is_still_money_offered()
    {
        var move = MainMoveOf("Burnley have rejected an offer from Leeds United for goalkeeper Sam Pryce. \"We will not sell him. His contract is up at the end of the season but the club has an option,\" said the manager.",
                              "Burnley reject Leeds offer for Pryce");

        Assert.Null(move.Fee);
    }

    [Fact]
    public void One_sum_in_two_currencies_between_clubs_paying_in_euros_is_the_euro_figure() =>
        AssertFee(MainMoveOf("Napoli have made a £40m bid to sign Lazio striker Marco Ferretti. Reports in Italy say Napoli have offered Lazio €46m for Ferretti.",
                             "Napoli bid for Ferretti"), 46m, "EUR");

    [Theory]
    [InlineData("Swansea have signed striker Pablo Ortega from Sevilla. The fee is undisclosed but it is thought that Swansea haven't paid more than £5 million for him.")]
    [InlineData("Arsenal's move for Zenit winger Dmitri Volkov has collapsed. Zenit's director was angry: \"How can Arsenal offer less than £15m for Dmitri Volkov?\"")]
    [InlineData("Manchester United are in talks with Atalanta over Pablo Ortega but are unwilling to pay more than £60 million for the striker.")]
    public void A_bound_that_is_denied_or_asked_about_is_no_fee(string text) => Assert.Null(MainMoveOf(text).Fee);

    [Fact]
    public void A_total_told_as_the_loan_fee_and_the_rest_is_the_fee_of_the_loan() =>
        AssertFee(MainMoveOf("Napoli have completed the loan signing of Tomas Varga from Manchester United. Napoli pay United five million euros for the loan, " +
                             "with the full transfer fee set at 40 million euros, making the total 45 million euros.", "Varga joins Napoli on loan"), 45m, "EUR");

    [Fact]
    public void A_figure_told_as_what_the_offer_actually_was_beats_the_one_first_reported() =>
        AssertFee(MainMoveOf("Portland Timbers' move for Tigres forward Tomas Varga has collapsed. Univision reported last week that the Timbers had offered " +
                             "Tigres a $10 million transfer fee for Varga. ESPN reported Tuesday that the transfer fee offer was actually $8.5 million.",
                             "Varga deal off"), 8.5m, "USD");

    [Fact]
    public void A_total_of_cash_and_a_player_s_value_is_no_fee_the_cash_is() =>
        AssertFee(MainMoveOf("Leicester City have made an offer for Torino defender Tomas Varga. That is the claim of Tuttosport, which says Leicester are 'offering' €28m plus Pratt " +
                             "to land the centre-back. The Foxes value Pratt at €8m, which brings the overall cost of the deal for the Dutchman to €36m.",
                             "Leicester make offer for Torino defender"), 28m, "EUR");

    // Review near misses: a description before the who-clause is our player; an offer that was once made is no correction.
    [Fact]
    public void A_free_agent_told_in_a_clause_hung_on_his_description_is_ours() =>
        Assert.Equal(0m, MainMoveOf("Sheffield United are keen on forward Tomas Varga. The Brazilian, who is now a free agent after his contract at Brest " +
                                    "expired last month, would cost them nothing.", "sheffield united keen on varga").Fee?.AmountMillions);

    // "Varga's Brest teammate, Haris Belkebla, who is now a free agent": the clause tells of the man it hangs on.
    [Theory]
    [InlineData("Sheffield United have been credited with an interest in Brest forward Tomas Varga. United have also been linked with " +
                "Varga's Brest teammate, Haris Belkebla, who is now a free agent after his contract expired last month.", null)]
    [InlineData("Sheffield United have been credited with an interest in forward Tomas Varga. Varga, who is now a free agent after his " +
                "contract at Brest expired last month, would cost them nothing.", 0.0)]
    public void A_free_agent_told_in_a_clause_hung_on_a_name_is_that_man(string text, double? fee) =>
        Assert.Equal(fee is null ? null : (decimal)fee.Value, MainMoveOf(text, "sheffield united linked with forward").Fee?.AmountMillions);

    // "to bid less than £1m for a player with three years left": a ceiling on an offer names no figure; "estimated at less
    // than 1.5 million euros" is the estimate.
    [Theory]
    [InlineData("Blackburn have rejected a bid from Millwall for midfielder Pablo Ortega. To bid less than £1m for a player with three years left on his contract is bold.", null)]
    [InlineData("Panathinaikos have agreed a deal with Levadiakos for defender Pablo Ortega, for a seven-figure amount estimated at less than 1.5 million euros.", 1.5)]
    public void A_bid_or_payment_of_less_than_a_sum_is_no_figure(string text, double? fee) =>
        Assert.Equal(fee is null ? null : (decimal)fee.Value, MainMoveOf(text).Fee?.AmountMillions);

    // "Al-Hilal may terminate his contract": a release that may come makes no free agent yet; one made does.
    [Theory]
    [InlineData("Inter Miami are close to signing forward Pablo Ortega. There are indications that Al-Hilal may terminate his contract.", false)]
    [InlineData("Inter Miami are close to signing forward Pablo Ortega. Al-Hilal terminated his contract last week.", true)]
    public void Only_a_contract_terminated_makes_him_free(string text, bool free) =>
        Assert.Equal(free, MainMoveOf(text, "Inter Miami close in on Ortega").Fee?.AmountMillions == 0m);

    // "far less than the 64 million pounds ($86 million) that United agreed to pay Atalanta for him two years ago": a
    // relative clause on the figure tells a past deal, however long it runs.
    [Fact]
    public void A_figure_whose_relative_clause_is_dated_in_the_past_is_that_deals() =>
        Assert.Null(MainMoveOf("Napoli have signed Pablo Ortega on a loan deal from Manchester United. That is far less than the 64 million pounds ($86 million) " +
                               "that United agreed to pay Atalanta for Ortega two years ago.", "Napoli sign Ortega").Fee);

    [Fact]
    public void A_sum_named_as_his_unpaid_release_clause_is_no_offer_where_it_is_told_again() =>
        Assert.Null(MainMoveOf("Manchester United are interested in Barcelona midfielder Ilias Moreno. Moreno is refusing to allow his release clause to go above €150m. " +
                               "If Ilias Moreno becomes a star then €150m will be seen as a reasonable price for him.", "United eye Moreno").Fee);

    [Fact]
    public void A_sum_paid_during_an_earlier_window_is_that_purchase_s_price() =>
        Assert.Null(MainMoveOf("Manchester City are in talks with Crystal Palace over Eddie Ekwueme. " +
                               "Manchester City paid £12.5m plus add-ons for Eddie Ekwueme during the January transfer window but he stayed at Palace on loan.", "City talks").Fee);

    [Fact]
    public void The_price_he_arrived_for_years_ago_is_not_the_price_of_his_return() =>
        Assert.Null(MainMoveOf("Two years after his arrival for € 120 million, Barcelona return Antoine Grisard to Atletico Madrid on loan.", "Grisard returns to Atletico").Fee);

    [Fact]
    public void What_a_third_club_is_willing_to_invest_is_its_offer_not_this_move_s() =>
        Assert.Null(MainMoveOf("Al-Hilal have opened talks with Gabriel Batista over a move to Riyadh. Batista was recently linked with a move to Turkish giants Fenerbahce " +
                               "who are reportedly willing to invest $3 million for one season.", "Al-Hilal open talks with Batista").Fee);

    [Fact]
    public void A_figure_first_reported_is_not_the_part_paid_first()
    {
        var move = MainMoveOf("Barcelona have signed Oriol Romo from Girona. Oriol Romo's transfer is being reported as just 3.4 million euros, lower than the initially reported 4.5 million fee.",
                              "Romo joins Barcelona");

        Assert.NotEqual(4.5m, move.Fee?.AmountMillions);
    }

    [Fact]
    public void The_sum_that_was_requested_is_the_seller_s_price_not_the_fee() =>
        AssertFee(MainMoveOf("Barcelona have signed Oriol Romo from Girona. Barcelona were not willing to pay the 4.5 million euros that was requested for Oriol Romo. " +
                             "In the end Girona agreed to a 3.4 million euros transfer of Oriol Romo.", "Romo joins Barcelona"), 3.4m, "EUR");

    [Theory]
    [InlineData("Hoffenheim have signed Tomas Varga from West Ham. The midfielder heads back to Germany a year after arriving in London from Gladbach on a free transfer.")]
    [InlineData("Wolves flop Tomas Varga is set to join Anderlecht on loan, two years after swapping Porto for Wolves for a whopping £35m.")]
    public void A_move_told_by_the_time_since_it_was_made_is_his_past(string text) =>
        Assert.Null(MainMoveOf(text, "Varga on the move").Fee);

    // His pay told in the forms the cue lists had missed: a hyphenated period, MLS's "guaranteed compensation", "pays him".
    [Theory]
    [InlineData("Tomas Varga is said to have settled on a three-year deal with Milan worth around €4m-a-season.")]
    [InlineData("Tomas Varga has agreed a new deal with Seattle. His current contract, which pays him $3.89 million in guaranteed compensation, runs out in December.")]
    public void His_pay_is_no_fee(string text) =>
        Assert.Null(MainMoveOf(text, "Varga news").Fee);

    [Theory]
    [InlineData("The move has been completed with a view to a £10million permanent move next summer.")]
    [InlineData("Monaco have proposed an initial loan with view to a £10million deal.")]
    public void The_price_of_a_permanent_move_a_loan_may_lead_to_is_no_fee_of_the_loan(string sentence) =>
        Assert.Null(MainMoveOf("Monaco have signed Tomas Varga on loan from Chelsea. " + sentence, "Varga joins Monaco on loan").Fee);

    // "as then manager Steve Bruce invested a club record £13.1million in him": the price of how he came, told by who
    // was in charge then.
    [Fact]
    public void A_sum_a_then_manager_spent_is_no_fee_of_the_move() =>
        Assert.Null(MainMoveOf("A Qatari club have made an offer for Sunderland striker Tomas Varga. Varga arrived on Wearside after the World Cup "
            + "as then manager Steve Bruce invested a club record £13.1million in him.", "Qatari club makes offer for Varga").Fee);

    // "West Ham expected to cash in on £14m midfielder": the price he is known by, which he cost once; no figure of this move.
    [Theory]
    [InlineData("West Ham expected to cash in on £14m midfielder in 2024")]
    [InlineData("Southampton keen on permanent deal for £14m flop")]
    public void The_price_a_player_is_known_by_is_no_fee(string headline) =>
        Assert.Null(MainMoveOf("West Ham United midfielder Tomas Varga has been linked with a move away from the club. "
            + "Journalist Dean Jones believes that Southampton could look to sign the player permanently at the end of the season.", headline).Fee);

    // "following the £12.7m capture of winger Rodrigo Gomes": the price of another player's signing, named with it.
    [Fact]
    public void The_price_of_another_players_signing_is_no_fee() =>
        Assert.Null(MainMoveOf("Wolves have agreed a deal to sign Sport Recife midfielder Tomas Varga. Varga will become the club's second signing of the "
            + "transfer window, following the £12.7m capture of winger Rodrigo Gomes from Braga.", "Wolves agree deal for Varga").Fee);

    // "a per season offer of around USD 25.2 million ... the total worth of the deal comes to just over USD 50 million":
    // a total that is his yearly pay times the contract's years is his pay.
    [Fact]
    public void A_total_that_is_his_yearly_pay_times_the_years_is_no_fee() =>
        Assert.Null(MainMoveOf("Al-Hilal is believed to have made a per season offer of around USD 25.2 million to Chelsea striker Tomas Varga. "
            + "The offer is reportedly for a period of two years. Thus, the total worth of the deal comes to just over USD 50 million.", "Al-Hilal offer for Varga").Fee);

    [Fact]
    public void A_website_s_valuation_is_no_fee() =>
        Assert.Null(MainMoveOf("Celtic are interested in ADO Den Haag winger Tomas Varga. He currently holds a £675,000 Transfermarkt valuation and is out of contract in 2027.",
                               "Celtic eye Varga").Fee);

    [Fact]
    public void A_sale_now_to_avoid_losing_him_for_free_is_no_free_move() =>
        Assert.Null(MainMoveOf("Middlesbrough striker Tomas Varga has lucrative interest from Turkey. Boro could cash in on the forward in this transfer window " +
                               "to avoid losing him for free in the summer. He is out of contract at the end of the season.", "Turkish interest in Varga").Fee);

    // MLS's allocation money: the new sums the league hands its clubs are a budget; what one club sends another "in general
    // allocation money" is the fee.
    [Fact]
    public void New_allocation_money_from_the_league_is_a_budget_not_a_fee() =>
        Assert.Null(MainMoveOf("The Galaxy are in talks with Tomas Varga. The Galaxy would sign Varga using part of the Targeted Allocation Money given to teams " +
                               "by MLS last month. Teams have a combined $1.6 million in new TAM to use on new players.", "Galaxy in talks with Varga").Fee);

    [Fact]
    public void Allocation_money_sent_for_a_player_is_his_fee() =>
        AssertFee(MainMoveOf("Atlanta United announced today that it has acquired midfielder Tomas Varga from the Chicago Fire in exchange for $100,000 in general allocation money.",
                             "Atlanta acquire Varga"), 0.1m, "USD");

    [Fact]
    public void A_loan_s_option_price_told_again_as_the_fee_is_still_the_option_s() =>
        Assert.Null(MainMoveOf("Celta Vigo are very close to signing Southampton midfielder Tomas Varga, initially on loan with a purchase option for £9million. " +
                               "According to AS, the fee would be just under £9million although Celta want Varga on loan for the rest of the season.",
                               "Southampton star Varga closes in on £9m move to Spain").Fee);

    [Fact]
    public void A_cap_the_buyer_sets_is_its_price_not_a_bound_denied() =>
        AssertFee(MainMoveOf("AC Milan want to sign Chelsea winger Tomas Varga. The Italian club is willing to pay no more than 15 million euros for the player. " +
                             "However, the London club wants to receive more than 20 million euros for him.", "AC Milan can't agree on Varga's transfer from Chelsea"), 15m, "EUR");

    [Fact]
    public void A_fixed_fee_s_words_do_not_fix_the_add_ons_after_it() =>
        AssertFee(MainMoveOf("Everton have reached an agreement with Genk for Tomas Varga. Everton had sent a proposal worth €18m (£15.5m) as a fixed fee, " +
                             "with an additional €3m (£2.6m) in add-ons.", "Everton agree deal for Varga"), 18m, "EUR");

    [Fact]
    public void A_figure_initial_reports_gave_gives_way_to_the_one_told_since() =>
        AssertFee(MainMoveOf("Tomas Varga's move from Genk to Besiktas has hit a snag. Earlier this week, initial reports suggested that a £10 million agreement " +
                             "had been reached for the defender. Genk have since raised their asking price to €17 million.", "Varga move to Besiktas stalls"), 17m, "EUR");

    [Fact]
    public void A_fee_in_a_clause_hung_on_a_past_signing_is_that_signing_s() =>
        Assert.Null(MainMoveOf("Trabzonspor's move for Leicester City defender Tomas Varga has collapsed. Varga signed for the Foxes in January 2016, " +
                               "penning a four-and-a-half-year deal for a reported fee of £6 million.", "Varga move to Trabzonspor off").Fee);

    [Fact]
    public void An_asking_price_the_buyer_agreed_to_meet_is_the_fee_over_its_rejected_first_bid() =>
        AssertFee(MainMoveOf("Leicester are on the verge of signing Juventus winger Tomas Varga. Reports indicate that the Foxes have agreed to meet " +
                             "Juventus’ €30 million asking price, surpassing their initial €25 million bid which was rejected.", "Leicester close in on Varga"), 30m, "EUR");

    [Fact]
    public void A_sum_a_deal_of_some_years_was_worth_is_his_contract_s() =>
        Assert.Equal(MoneyKind.ContractValue, Assert.Single(FeeParser.FindAll(
            "The deal was for two years, with an option for a third, and was worth some three million euros, Italian media reports said.")).Kind);

    [Theory]
    [InlineData("the Turkish club have yet to meet Milan’s €15m valuation")]
    [InlineData("should any side match Milan’s €15m valuation")]
    [InlineData("Everton were unable to meet Milan’s €15m valuation")]
    [InlineData("Everton didn't meet Milan’s €15m valuation")]
    public void A_price_not_yet_met_stays_the_seller_s_valuation(string clause) =>
        Assert.Equal(MoneyKind.Valuation, Assert.Single(FeeParser.FindAll($"Everton hold talks over Tomas Varga, and {clause}.")).Kind);

    [Fact]
    public void An_improved_offer_still_to_come_is_not_the_fee_of_the_one_turned_down() =>
        AssertFee(MainMoveOf("The Vale boss faxed a £750,000 offer for Burnley winger Tomas Varga yesterday which was turned down by the Burnley board. " +
                             "But he looks set to come back with an improved offer of £1m which would break the club's transfer record.", "Vale bid for Varga rejected"), 0.75m, "GBP");

    [Fact]
    public void A_figure_another_named_player_is_said_to_cost_is_his_price() =>
        AssertFee(MainMoveOf("Chelsea and Juventus are negotiating a swap deal for Tomas Varga. The deal would be a swap where Alvaro Morata is worth " +
                             "around 60million Euros, and Tomas Varga is worth around 55million Euros.", "Chelsea in talks over Varga swap"), 55m, "EUR");

    [Fact]
    public void A_figure_our_player_is_said_to_cost_behind_his_club_s_name_stays_his() =>
        AssertFee(MainMoveOf("Arsenal want Chelsea winger Tomas Varga. Chelsea's Varga is said to cost £40m.", "Arsenal eye Varga"), 40m, "GBP");

    [Fact]
    public void A_figure_our_player_whose_name_ends_in_s_is_said_to_cost_stays_his() =>
        AssertFee(MainMoveOf("Arsenal want Chelsea winger Tomas Jones. Jones is said to cost £40m.", "Arsenal eye Jones"), 40m, "GBP");

    [Fact]
    public void A_figure_only_another_player_is_said_to_cost_is_no_fee_of_ours() =>
        Assert.Null(MainMoveOf("Real Madrid deny any interest in Chelsea goalkeeper Tomas Varga. They also looked at others. " +
                               "De Gea is said to cost €60-70 million, however, hardly making him affordable.", "Real Madrid deny Varga interest").Fee);

    [Fact]
    public void A_loan_fee_and_the_sum_due_once_an_option_turned_obligatory_makes_it_permanent_are_the_fee_together() =>
        AssertFee(MainMoveOf("Fiorentina have completed the loan signing of Juventus defender Tomas Varga. The loan carries a €500,000 fee with a buy " +
                             "option that becomes obligatory if Fiorentina stay in Serie A. Fiorentina will pay a €500,000 loan fee, with a further " +
                             "€2 million due to Juventus if the transfer becomes permanent.", "Varga joins Fiorentina on loan"), 2.5m, "EUR");

    [Fact]
    public void A_payment_hung_on_a_past_signing_by_its_participle_is_that_signing_s() =>
        Assert.Null(MainMoveOf("Toronto want Montreal forward Tomas Varga. Montreal only signed Varga in August, paying the Chicago Fire $325k " +
                               "in allocation money for him.", "Toronto eye Varga").Fee);

    [Fact]
    public void A_rough_figure_told_exactly_later_in_the_same_status_is_the_exact_one() =>
        AssertFee(MainMoveOf("Celtic have seen a second offer for Charlton Athletic winger Tomas Varga turned down, believed to be worth in the region of " +
                             "almost £700,000. Celtic tried a tentative, initial approach of £400,000 which was knocked back, before returning with an offer " +
                             "of £650,000, but that too has been rejected.", "Celtic have second offer turned down for Varga"), 0.65m, "GBP");

    [Fact]
    public void The_additional_sum_told_after_a_total_leaves_the_clause_as_the_fee() =>
        AssertFee(MainMoveOf("Manchester United have agreed a deal with Fenerbahce for goalkeeper Tomas Varga. A Turkish journalist reports that United will activate " +
                             "Varga's €6m release clause but that the transfer will end up costing a total of €7m. The additional €1m will be paid as a training compensation fee.",
                             "United agree Varga deal"), 6m, "EUR");

    [Fact]
    public void What_his_club_spent_to_sign_him_is_an_earlier_move_s_fee() =>
        Assert.Null(MainMoveOf("Real Madrid are monitoring Bournemouth defender Tomas Varga ahead of the summer. Bournemouth spent an initial fee of just " +
                               "£12.8m to sign Varga in the summer after his loan spell with Roma.", "Real Madrid keen on Varga").Fee);

    [Fact]
    public void The_price_of_a_move_he_had_been_expected_to_make_is_not_this_one_s() =>
        Assert.Null(MainMoveOf("Chelsea have made a formal offer for Leicester City midfielder Tomas Varga, according to reports. " +
                               "Varga had initially been expected to join Brighton & Hove Albion in a £25m deal which would have seen another player move the other way.",
                               "Chelsea make offer for Varga").Fee);

    // MLS's allocation money passes only between its own clubs: no fee for a move from Boca, the fee of a trade inside MLS.
    [Fact]
    public void Allocation_money_is_no_fee_for_a_move_with_a_club_abroad() =>
        Assert.Null(MainMoveOf("Inter Miami have sent an offer to Boca Juniors for right-back Tomas Varga. Inter Miami are looking to sign him as a " +
                               "replacement for a captain moved on to FC Cincinnati. The trade brought in over $100,000 in general allocation money, " +
                               "and it seems that is being funnelled back into the signing of Varga.", "Inter Miami make offer for Varga").Fee);

    [Fact]
    public void Allocation_money_between_two_mls_clubs_is_the_fee() =>
        AssertFee(MainMoveOf("Atlanta United have acquired midfielder Tomas Varga from the Chicago Fire in exchange for $100,000 in general allocation money.",
                             "Atlanta United acquire Varga"), 0.1m, "USD");

    // "while Saudi based side Al Hilal has been credited with a 3.8 million euro move": the figure of a rival suitor's
    // move, not the one the story's buyer has agreed.
    [Fact]
    public void The_figure_a_rival_suitor_is_credited_with_is_not_the_fee() =>
        Assert.Null(MainMoveOf("Striker Tomas Varga is heading to Championship side Hull City after the club agreed a deal with his Turkish side Yeni Malatyaspor. " +
                               "Varga is attracting interest from the likes of Besiktas and Trabzonspor while Saudi based side Al Hilal has been credited with a 3.8 million euro move for the striker.",
                               "Varga closer to Hull City move").Fee);

    // "Claims about Preston receiving a bid of £7.5m are wide of the mark": a figure the sentence denies is no fee.
    [Fact]
    public void A_figure_in_a_claim_the_sentence_denies_is_no_fee()
    {
        var move = MainMoveOf("Reports of Hull City receiving a bid in the region of £4m for Tomas Varga are wide of the mark, according to the Hull Daily Mail. " +
                              "Varga has two years left on his contract at Hull.",
            "Hull deny bid for Varga");
        Assert.Equal(MoveStatus.Denied, move.Status);
        Assert.Null(move.Fee);
    }
}
