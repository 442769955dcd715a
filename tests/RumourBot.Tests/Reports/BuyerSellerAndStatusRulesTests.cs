using RumourBot.Reports;
using RumourBot.Reports.Clubs;
using RumourBot.Reports.Text;

namespace RumourBot.Tests.Reports;

/// <summary>
/// Issue 10's second round: which club buys and which sells, and how far a move has got, on kinds of sentences seen
/// in real reporting (each written for the test in that style, not copied from a report). Each rule has a test that
/// fails when the rule goes.
/// </summary>
public class BuyerSellerAndStatusRulesTests
{
    private static Move MainMoveOf(string text, string title = "") =>
        ReportAnalyzer.Default.Analyze(new Report(title, null, null, null, text)).MainMove
        ?? throw new Xunit.Sdk.XunitException("no move found in: " + text);

    private static (string? From, string? To) Sides(string text, string title = "")
    {
        var move = MainMoveOf(text, title);
        return (move.FromClub, move.ToClubs.FirstOrDefault());
    }

    // Who buys, who sells

    [Theory]
    [InlineData("Napoli want to sell striker Tomas Varga to Al-Hilal before the window shuts.")]
    [InlineData("Napoli are looking to offload striker Tomas Varga, with Al-Hilal keen on a move.")]
    public void A_club_that_wants_to_sell_is_his_club_though_the_verb_reads_like_a_buyers(string text) =>
        Assert.Equal(("Napoli", "Al-Hilal"), Sides(text));

    [Fact]
    public void A_club_willing_to_cash_in_is_the_seller()
    {
        var (from, to) = Sides("Sunderland are understood to be willing to cash in on winger Tomas Varga, with Birmingham City keen to sign Tomas Varga permanently.");

        Assert.Equal(("Sunderland", "Birmingham City"), (from, to));
    }

    [Fact]
    public void The_club_a_sale_goes_to_is_the_buyer_however_short_the_cue() =>
        Assert.Equal(("Ipswich Town", "Bristol City"), Sides("Ipswich Town have agreed to sell defender Tomas Varga to Bristol City."));

    [Fact]
    public void A_move_the_sentence_denies_does_not_make_a_buyer()
    {
        var move = MainMoveOf("Wolves defender Tomas Varga doesn't look to be heading to Hull City after all, with Birmingham City closing in on a loan move for Tomas Varga.");

        Assert.Equal("Birmingham City", move.ToClubs.FirstOrDefault());
    }

    [Fact]
    public void A_rival_named_with_also_weighs_less_than_the_club_in_talks()
    {
        var (_, to) = Sides("Sunderland have opened talks with Lorient over a move for midfielder Tomas Varga, who is also linked with interest from Celtic.");

        Assert.Equal("Sunderland", to);
    }

    [Theory]
    [InlineData("Napoli have turned down Galatasaray and Fenerbahce's bids for striker Tomas Varga.", "Galatasaray")]
    [InlineData("Porto are open to selling Chelsea, Real Madrid target Tomas Varga this month.", "Chelsea")]
    public void Clubs_listed_together_share_the_role_the_words_after_them_give(string text, string buyer)
    {
        var move = MainMoveOf(text);

        Assert.Contains(buyer, move.ToClubs);
    }

    [Fact]
    public void A_club_and_its_partner_in_an_agreement_take_their_sides_from_the_rest_of_the_story()
    {
        var (from, to) = Sides(
            "Chelsea and Atletico Madrid reach agreement for striker Tomas Varga. Of the total, 50m euros will be paid to Chelsea up front.",
            title: "Chelsea and Atletico Madrid reach agreement for Tomas Varga");

        Assert.Equal(("Chelsea", "Atletico Madrid"), (from, to));
    }

    [Fact]
    public void Reaching_agreement_with_a_club_that_wants_to_sell_makes_the_other_the_buyer()
    {
        var (from, to) = Sides("Napoli reach agreement with Al-Ahli for striker Tomas Varga. Napoli wanted to sell Tomas Varga this summer.");

        Assert.Equal(("Napoli", "Al-Ahli"), (from, to));
    }

    [Fact]
    public void With_nothing_else_to_go_on_the_club_that_reaches_agreement_with_another_buys() =>
        Assert.Equal(("Lille", "Paris Saint-Germain"), Sides("Paris Saint-Germain have reached an agreement with Lille for midfielder Tomas Varga."));

    [Fact]
    public void A_clubs_position_word_followed_by_target_names_its_target_not_its_player()
    {
        var move = MainMoveOf("Sunderland striker target Tomas Varga is closing in on a move away from Bournemouth.");

        Assert.Equal("Sunderland", move.ToClubs.FirstOrDefault());
        Assert.Equal("Bournemouth", move.FromClub);
    }

    [Fact]
    public void A_former_target_with_a_figure_between_is_still_former()
    {
        var move = MainMoveOf("PSG are in talks with Nice over former €40m Barcelona target Tomas Varga.");

        Assert.DoesNotContain("Barcelona", move.ToClubs);
    }

    [Fact]
    public void A_new_long_term_contract_at_a_club_is_his_club_and_a_season_on_loan_goes_elsewhere()
    {
        var (from, to) = Sides("Defender Tomas Varga looks set to sign a new long-term contract at Wolves before heading off for a season on loan at Birmingham City.");

        Assert.Equal(("Wolverhampton Wanderers", "Birmingham City"), (from, to));
    }

    [Fact]
    public void A_club_he_is_undergoing_a_medical_at_is_the_buyer_though_he_is_currently_there()
    {
        var (from, to) = Sides("Ipswich Town have accepted a bid for Tomas Varga, with the centre-back currently at Bristol City undergoing a medical.");

        Assert.Equal(("Ipswich Town", "Bristol City"), (from, to));
    }

    [Fact]
    public void A_name_two_clubs_share_is_settled_by_the_country_of_the_storys_other_clubs()
    {
        var sentences = SentenceSplitter.Split("Inter will pay €12m to Cagliari for the loan of the midfielder.");

        var clubs = ClubGazetteer.Default.FindMentions(sentences).Select(m => m.Club!.Name).ToList();

        Assert.Equal(["Inter Milan", "Cagliari"], clubs);
    }

    [Fact]
    public void A_deal_named_after_a_club_that_was_agreed_is_with_the_buyer_and_a_players_verb_is_not_his_clubs()
    {
        var (from, to) = Sides("Agent denies reports that Bayern Munich defender Tomas Varga has agreed Barcelona deal.");

        Assert.Equal(("Bayern Munich", "Barcelona"), (from, to));
    }

    [Fact]
    public void A_clubs_official_speaks_for_it_without_making_it_a_seller()
    {
        var move = MainMoveOf("After he was elected Barcelona president, Joan Laporta met with the agent over a move for Tomas Varga, who is out of contract at Bayern Munich.");

        Assert.Equal("Bayern Munich", move.FromClub);
    }

    [Fact]
    public void Clubs_a_player_attracted_the_attention_of_are_suitors()
    {
        var move = MainMoveOf("Benfica forward Tomas Varga, who is open to a move, has attracted the attention of several top European clubs, including Premier League pair Manchester City and Manchester United.");

        Assert.Equal("Manchester City", move.ToClubs.FirstOrDefault());
    }

    [Fact]
    public void A_club_named_as_competition_weighs_less_than_the_club_in_talks()
    {
        var move = MainMoveOf("Sunderland have opened talks over midfielder Tomas Varga, but Sunderland could face competition for Tomas Varga's signature as several clubs are interested in him, including Celtic.");

        Assert.Equal("Sunderland", move.ToClubs.FirstOrDefault());
    }

    [Fact]
    public void The_same_two_names_in_the_other_order_are_one_player()
    {
        var analysis = ReportAnalyzer.Default.Analyze(new Report("Wolves pull out of Varga Tomas deal", null, null, null,
            "Wolverhampton Wanderers' move for Tomas Varga is off. Getafe needed to sell Tomas Varga, and Wolves have moved on to other targets."));

        Assert.Equal("Tomas Varga", analysis.MainMove?.Player);
        Assert.Single(analysis.Moves);
    }

    [Fact]
    public void A_cue_after_a_reporting_verb_is_still_the_clubs()
    {
        var move = MainMoveOf("PSV Eindhoven has confirmed that the club have accepted an offer to sell Tomas Varga to Chelsea.");

        Assert.Equal(("PSV Eindhoven", "Chelsea"), (move.FromClub, move.ToClubs.FirstOrDefault()));
    }

    [Fact]
    public void Talks_over_a_players_future_are_held_by_his_club()
    {
        var (from, to) = Sides("Sunderland are in talks over the future of midfielder Tomas Varga, with Birmingham City pushing to make his loan a permanent deal.");

        Assert.Equal(("Sunderland", "Birmingham City"), (from, to));
    }

    [Fact]
    public void A_renewal_is_at_the_club_the_renewal_sentence_names_not_the_one_he_was_linked_with()
    {
        var move = MainMoveOf("Tomas Varga has committed to Bayern Munich until 2028 after the midfielder was linked with a move to Manchester United over the summer.");

        Assert.Equal(MoveStatus.ContractRenewal, move.Status);
        Assert.Equal("Bayern Munich", move.FromClub);
    }

    [Fact]
    public void A_player_who_left_his_club_before_signing_elsewhere_comes_from_no_club()
    {
        var move = MainMoveOf("Shrewsbury Town have signed striker Tomas Varga on a free transfer. The 35-year-old has signed a one-year deal after leaving Sheffield United in the summer.");

        Assert.Null(move.FromClub);
        Assert.Equal("Shrewsbury Town", move.ToClubs.FirstOrDefault());
    }

    [Fact]
    public void Of_players_a_headline_names_together_the_first_leads()
    {
        var analysis = ReportAnalyzer.Default.Analyze(new Report("Sunderland hold talks with Tomas Varga and Marek Hollis", null, null, null,
            "Sunderland have held talks with Tomas Varga and Marek Hollis as they look for midfield experience. Marek Hollis is 29."));

        Assert.Equal("Tomas Varga", analysis.MainMove?.Player);
    }

    [Fact]
    public void A_main_player_with_no_side_giving_words_keeps_his_move_with_the_club_named_beside_him()
    {
        var move = ReportAnalyzer.Default.Analyze(new Report("Tomas Varga's agent denies he will be sold by Barcelona", null, null, null,
            "Tomas Varga's agent says reports that the Brazilian will be sold this summer are not true. The agent met Barcelona officials on Wednesday about Tomas Varga.")).MainMove;

        Assert.Equal(("Tomas Varga", "Barcelona", MoveStatus.Denied), (move?.Player, move?.FromClub, move?.Status));
    }

    [Fact]
    public void The_figure_of_a_former_move_is_no_fee()
    {
        var move = MainMoveOf("PSG are in talks with Nice over former €40m Barcelona target Tomas Varga.");

        Assert.Null(move.Fee);
    }

    [Fact]
    public void The_direction_of_an_agreement_follows_what_the_story_says_now_not_what_happened_before()
    {
        var (from, to) = Sides("Al-Ittihad have opened talks with Marseille over a move for Tomas Varga. The Saudi side are prepared to offer around €60m for Tomas Varga, who joined Marseille from Manchester United in 2021. When the Old Trafford club sold Tomas Varga to Marseille, they kept a sell-on clause.");

        Assert.Equal(("Marseille", "Al-Ittihad"), (from, to));
    }

    [Theory]
    [InlineData("The Scotland captain agreed fresh terms on Thursday morning.")]
    [InlineData("McGinn pens new Villa deal as Scotland skipper ends exit talk")]
    public void Fresh_terms_and_a_new_deal_named_after_his_club_are_a_renewal(string sentence) =>
        Assert.Equal(MoveStatus.ContractRenewal, StatusDetector.DetectOne(sentence));

    [Fact]
    public void A_renewal_is_not_at_the_club_he_used_to_play_for()
    {
        var move = MainMoveOf("Tomas Varga has signed a one-year contract extension with Blackpool.", title: "Former Crewe Alexandra defender signs new deal with Blackpool");

        Assert.Equal("Blackpool", move.FromClub);
    }

    [Fact]
    public void A_club_right_after_another_players_name_is_his()
    {
        var analysis = ReportAnalyzer.Default.Analyze(new Report("Wolves complete deals for Tomas Varga and Marek Hollis", null, null, null,
            "Wolves have completed the permanent signings of Tomas Varga from Bournemouth and Marek Hollis from Porto. The deal for Tomas Varga is worth £12.5m."));

        var varga = analysis.Moves.Single(m => m.Player == "Tomas Varga");
        var hollis = analysis.Moves.Single(m => m.Player == "Marek Hollis");
        Assert.Equal(("Bournemouth", "Porto"), (varga.FromClub, hollis.FromClub));
    }

    [Fact]
    public void A_capitalised_word_before_a_known_name_in_a_title_case_headline_does_not_hide_the_name()
    {
        var analysis = ReportAnalyzer.Default.Analyze(new Report("Wolves Complete Signings Of On-Loan Duo Tomas Varga And Marek Hollis", null, null, null,
            "Wolves have completed the permanent signings of Tomas Varga from Bournemouth and Marek Hollis from Porto. Marek Hollis played 37 times."));

        Assert.Equal("Tomas Varga", analysis.MainMove?.Player);
    }

    [Fact]
    public void A_club_after_a_past_time_phrase_is_still_the_past()
    {
        var move = MainMoveOf("Newcastle have rejected a £45m bid from Arsenal for Tomas Varga. Tomas Varga signed a new contract running until 2030 last summer, shortly after Liverpool's interest in him cooled.");

        Assert.Equal(["Arsenal"], move.ToClubs);
    }

    // How far it has got

    [Theory]
    [InlineData("Norwich remain adamant that their midfielder is not for sale.", MoveStatus.Interest)]
    [InlineData("Rennes have no intention of letting go of the midfielder.", MoveStatus.Interest)]
    [InlineData("Norwich said the midfielder is not for sale after receiving the offer.", MoveStatus.Rejected)]
    public void A_stance_is_a_rejection_only_when_an_offer_is_on_the_table(string sentence, MoveStatus expected) =>
        Assert.Equal(expected, StatusDetector.DetectOne(sentence));

    [Fact]
    public void Turning_down_offers_from_other_clubs_is_not_this_moves_answer() =>
        Assert.NotEqual(MoveStatus.Rejected, StatusDetector.DetectOne("The striker has reportedly turned down more lucrative offers from other clubs."));

    [Fact]
    public void Rejections_in_the_background_give_way_to_the_bid_that_is_the_news()
    {
        var move = MainMoveOf("Norwich City have received a bid from West Brom for midfielder Tomas Varga. Aston Villa have already bid three times for Tomas Varga in the last month, with all offers being rejected by Norwich.");

        Assert.Equal(MoveStatus.Bid, move.Status);
    }

    [Theory]
    [InlineData("Sao Paulo have reportedly beaten AC Milan and Tottenham to sign Brazil midfielder Tomas Varga.")]
    [InlineData("Lens have beaten a host of clubs to the signing of Tomas Varga.")]
    public void Beating_rivals_to_sign_him_is_a_deal_agreed(string sentence) => Assert.Equal(MoveStatus.Agreed, StatusDetector.DetectOne(sentence));

    // The quote is its own clause: the match's opponent named before "said:" is no other buyer whose deal is dead.
    [Fact]
    public void A_collapse_told_in_a_quote_is_the_move_s_not_the_opponent_s_named_before_it() =>
        Assert.Equal(MoveStatus.Collapsed, MainMoveOf(
            "Middlesbrough manager Steve McClaren is reassessing his options after Tomas Varga rejected a £6m move to the Riverside. " +
            "McClaren, whose side made it through to the last eight of the FA Cup with a 1-0 win over Blackburn Rovers, said: \"The Tomas Varga deal is dead in the water.\"").Status);

    [Fact]
    public void A_collapse_stays_the_news_when_other_suitors_are_named_after_but() =>
        Assert.Equal(MoveStatus.Collapsed, MainMoveOf(
            "Galatasaray have failed to land Tomas Varga from Manchester City after weeks of talks. The transfer has collapsed, but Tomas Varga could still emerge as a target for Inter, Tottenham and Milan.").Status);

    [Fact]
    public void A_collapsed_move_named_as_a_thing_is_not_news_of_a_collapse() =>
        Assert.NotEqual(MoveStatus.Collapsed, StatusDetector.DetectOne("He could not hide his frustration over his collapsed move to Barcelona."));

    [Fact]
    public void A_collapse_weeks_ago_is_background() =>
        Assert.Equal(MoveStatus.Unknown, StatusDetector.DetectOne("His move away from Nice collapsed a few weeks ago."));

    [Fact]
    public void A_new_contract_with_a_club_he_has_joined_is_a_signing_not_a_renewal() =>
        Assert.Equal(MoveStatus.Done, StatusDetector.DetectOne("The forward has signed a new contract with Boca Juniors and has joined the club for pre-season training."));

    [Theory]
    [InlineData("Chief confirms club will hold concrete negotiation with City for winger")]
    [InlineData("Arsenal confirm bid for Brentford striker")]
    [InlineData("Stockport lining up one of their boldest transfers yet after eyeing Welsh midfielder")]
    [InlineData("Tottenham make bid for Chelsea midfielder as Postecoglou aims land midfielder on deadline day")]
    [InlineData("Lens plan sign Porto winger before the window shuts")]
    [InlineData("man utd submit eu50m bid sign ajax winger tomas varga summer spending continues")]
    [InlineData("west ham hammers premier league tomas varga transfers news updates")]
    [InlineData("Everton's January transfers")]
    [InlineData("Chelsea star confirms he won't join Real Madrid")]
    [InlineData("Chelsea star confirms he will not join Real Madrid")]
    public void A_headline_verb_that_announces_less_than_a_signing_is_not_a_done_deal(string headline) =>
        Assert.NotEqual(MoveStatus.Done, StatusDetector.DetectHeadline(headline));

    [Fact]
    public void A_slug_headline_that_lost_the_apostrophe_of_wont_is_still_a_denial() =>
        Assert.Equal(MoveStatus.Denied, ReportAnalyzer.Default.Analyze(new Report("chelsea star confirms he won t join real madrid", null, null, null,
            "Chelsea star Tomas Varga has shot down any rumours linking him to Real Madrid.")).MainMove?.Status);

    [Theory]
    [InlineData("Everton blocks £33m Tomas Varga move", MoveStatus.Collapsed)]
    [InlineData("everton blocks 33m varga move", MoveStatus.Collapsed)]
    [InlineData("Everton set to block defender's exit", MoveStatus.Unknown)]
    public void A_club_blocking_a_priced_move_ends_it(string headline, MoveStatus expected) =>
        Assert.Equal(expected, StatusDetector.DetectHeadline(headline));

    // "loan" before a noun of the deal ("loan targets", "loan transfer") or ending the headline ("interested in taking him
    // on loan") is the noun: nothing is loaned yet.
    [Theory]
    [InlineData("atlanta uniteds tomas varga reportedly loan targets")]
    [InlineData("Five Chelsea loan stars who could leave in January")]
    [InlineData("Lyon interested in taking Manchester City defender Tomas Varga on loan")]
    [InlineData("rangers tomas varga deadline day loan transfer premiership")]
    public void A_headline_naming_loan_targets_tells_no_loan(string headline) =>
        Assert.True(StatusDetector.DetectHeadline(headline) <= MoveStatus.Interest, StatusDetector.DetectHeadline(headline).ToWireName());

    [Fact]
    public void A_headline_club_that_acquires_a_player_on_loan_has_done_it() =>
        Assert.Equal(MoveStatus.Done, StatusDetector.DetectHeadline("toronto fc acquires young argentine forward tomas varga on loan"));

    [Fact]
    public void A_headline_labelled_official_after_a_club_s_name_announces_the_move() =>
        Assert.Equal(MoveStatus.Done, StatusDetector.DetectHeadline("Bayern Munich, official: Arsenal target joins Schalke 04 for the rest of the season"));

    [Fact]
    public void A_capture_announced_on_social_media_is_no_deed_still_ahead() =>
        Assert.False(StatusDetector.TellsDeedAhead("The Bavarian giants confirmed he was staying in Germany, while Schalke took to Twitter to announce their capture."));

    [Fact]
    public void Claims_rejected_by_a_club_are_a_denial() =>
        Assert.Equal(MoveStatus.Denied, StatusDetector.DetectOne("However, the claims from England have been rejected by the Bayern chief executive."));

    [Fact]
    public void Being_close_to_agreeing_is_talks_not_an_agreement() =>
        Assert.Equal(MoveStatus.Talks, StatusDetector.DetectOne("Sheffield United are close to agreeing a £2million deal for the striker."));

    [Fact]
    public void Neither_bid_accepted_is_no_agreement() =>
        Assert.NotEqual(MoveStatus.Agreed, StatusDetector.DetectOne("Arsenal are one of two clubs to make an offer for the defender, but neither bid has been accepted."));

    [Theory]
    [InlineData("The manager confirmed that there had been an agreement between all parties.")]
    [InlineData("Napoli reportedly have total agreement with Al-Ahli over the transfer.")]
    [InlineData("The midfielder is about to be transferred to Tottenham.")]
    public void Agreement_between_the_parties_and_a_move_about_to_happen_are_agreed(string sentence) =>
        Assert.Equal(MoveStatus.Agreed, StatusDetector.DetectOne(sentence));

    // "signed a deal until 2022 with Celtic, but will return to St Mirren on loan", "would re-join Santos on loan",
    // "loaned back": the loan back to the club he leaves is no loan of this move.
    [Theory]
    [InlineData("Winger Tomas Varga signed a deal until 2022 with Celtic on Friday, but will return to St Mirren on loan until the end of the season.")]
    [InlineData("Real Madrid have agreed a deal for Tomas Varga, with a stipulation that the player would re-join Santos on loan for the rest of the season.")]
    [InlineData("Chelsea have signed Tomas Varga from Santos, and he will be loaned back to Santos for the rest of the season.")]
    public void A_loan_back_to_the_club_he_leaves_does_not_make_this_move_a_loan(string text) => Assert.False(MainMoveOf(text).IsLoan);

    [Fact]
    public void A_loan_in_his_past_does_not_make_this_move_a_loan()
    {
        var move = MainMoveOf("Striker Tomas Varga has joined Boca Juniors from Porto. Tomas Varga previously played for Boca Juniors on loan.");

        Assert.False(move.IsLoan);
    }

    [Fact]
    public void A_bid_another_club_had_rejected_below_the_headline_is_not_this_move_s_answer() =>
        Assert.Equal(MoveStatus.Bid, MainMoveOf("Leeds United have submitted a proposal for Gent forward Tom Delacroix. Gent's chairman confirmed the offer from Leeds. " +
                                                "He admitted that he had already rejected a bid of £23million from Ligue 1 side Lille.",
                                                "Leeds United transfer bid for Tom Delacroix confirmed").Status);

    [Fact]
    public void A_denial_below_the_top_answers_the_talks_it_tells() =>
        Assert.Equal(MoveStatus.Denied, MainMoveOf("Sevilla were reportedly close to agreeing a deal for Tomas Varga, but Boca Juniors' president says he will stay. " +
                                                   "The Boca Juniors president has denied reports that Tomas Varga will sign for Sevilla this month.").Status);

    [Fact]
    public void A_player_leaving_one_club_for_another_is_a_move_between_them()
    {
        var move = MainMoveOf("Tomas Varga leaves Ajax for Tottenham Hotspur after four seasons in Amsterdam.");

        Assert.Equal(("Ajax", "Tottenham Hotspur"), (move.FromClub, move.ToClubs.FirstOrDefault()));
    }
}
