using RumourBot.Reports;
using RumourBot.Reports.Clubs;
using RumourBot.Reports.Text;

namespace RumourBot.Tests.Reports;

/// <summary>
/// Issue 10's sides round: the seller and the buyer of the main move on kinds of sentences where real reports were
/// misread (each sentence written for the test in that style, with an invented player, not copied from a report).
/// Each case fails when its rule goes.
/// </summary>
public class ClubSidesRulesTests
{
    // The buyer and seller weights ClubRoleReader gives the named club in a one-sentence text.
    private static (double Buyer, double Seller) RoleOf(string club, string text)
    {
        var sentence = SentenceSplitter.Split(text)[0];
        var mention = ClubGazetteer.Default.FindMentions([sentence]).First(m => m.Club!.Name == club);
        return ClubRoleReader.Read(sentence, mention, sentence.Words.Count, afterAnotherClub: false);
    }

    private static void AssertBuys(string club, string text)
    {
        var (buyer, seller) = RoleOf(club, text);
        Assert.True(buyer > seller, $"{club}: buyer {buyer}, seller {seller} in: {text}");
    }

    private static void AssertSells(string club, string text)
    {
        var (buyer, seller) = RoleOf(club, text);
        Assert.True(seller > buyer, $"{club}: buyer {buyer}, seller {seller} in: {text}");
    }

    private static void AssertBuysOrNot(string club, string text, bool buys)
    {
        var (buyer, seller) = RoleOf(club, text);
        Assert.True(buys == buyer > seller, $"{club}: buyer {buyer}, seller {seller} in: {text}");
    }

    private static (string? From, string? To) Sides(string text, string title = "")
    {
        var move = ReportAnalyzer.Default.Analyze(new Report(title, null, null, null, text)).MainMove
            ?? throw new Xunit.Sdk.XunitException("no move found in: " + text);
        return (move.FromClub, move.ToClubs.FirstOrDefault());
    }

    // A club denying it made an offer is the suitor and one denying a sale the seller; the club given permission to
    // talk is the suitor and the club giving it the seller.
    // Two clubs cast as selling and none as buying: only a club the words cast as buying about as much as selling is
    // turned into the buyer; a trace of buying beside a strong owner (a match "at Dundee") leaves his club his club.
    [Fact]
    public void His_club_is_not_turned_into_the_buyer_by_a_trace_of_buying_words() =>
        Assert.Equal(("St Johnstone", null), Sides(
            "All contract talks are on the back-burner for St Johnstone defender Tomas Varga. \"I'm not sure at this time,\" said Varga. " +
            "\"My only focus is St Johnstone and staying in the league.\" Varga has been linked with a summer transfer but said he is happy. " +
            "\"The point we got last week at Dundee could turn out to be huge,\" said Varga.",
            "St Johnstone defender Tomas Varga puts contract talks on hold"));

    // "from" after an offer names the bidder ("an offer of €55m from Bayern"), but after a verb of signing the player's club.
    [Theory]
    [InlineData("Crystal Palace have made a bid to sign Tomas Varga from Marseille.")]
    [InlineData("Hull City submitted an offer to prise Tomas Varga from Marseille.")]
    public void From_after_a_bid_to_sign_him_names_his_club(string text) => AssertSells("Marseille", text);

    [Fact]
    public void From_after_a_bid_alone_names_the_bidder() => AssertBuys("Marseille", "Lyon have received a bid of €20m for Tomas Varga from Marseille.");

    [Theory]
    [InlineData("Cagliari", "Tomas Varga has moved on loan to struggling Cagliari from Juventus.")]
    [InlineData("Leeds United", "Tomas Varga is set to join newly promoted Leeds United this summer.")]
    public void A_word_for_the_club_s_plight_between_the_move_and_its_name_is_skipped(string club, string text) => AssertBuys(club, text);

    // A club's own words for a signing name the buyer.
    [Theory]
    [InlineData("Hull City have captured Tomas Varga from Lyon.")]
    [InlineData("Hull City have recruited Tomas Varga from Lyon.")]
    [InlineData("Hull City have acquired Tomas Varga from Lyon.")]
    [InlineData("Hull City have brought in Tomas Varga on a temporary deal from Lyon.")]
    public void A_club_that_has_captured_recruited_or_brought_in_a_player_buys_him(string text) =>
        Assert.Equal(("Lyon", "Hull City"), Sides(text));

    [Theory]
    [InlineData("Middlesbrough agree terms with United's conqueror Varga.")]
    [InlineData("Middlesbrough have made a major transfer breakthrough by agreeing personal terms with Turkey striker Tomas Varga.")]
    public void The_club_agreeing_terms_with_a_player_signs_him(string text) => AssertBuys("Middlesbrough", text);

    [Fact]
    public void The_club_whose_player_agrees_terms_elsewhere_is_not_the_one_agreeing() =>
        AssertSells("Chelsea", "Manchester United have refuted reports that Chelsea midfielder Tomas Varga has agreed personal terms with the Red Devils.");

    [Fact]
    public void A_player_out_of_contract_now_has_no_club_to_sell_him() =>
        Assert.Equal((null, "Middlesbrough"), Sides(
            "Middlesbrough have agreed personal terms with Turkey striker Tomas Varga. The 25-year-old forward, who is out of contract with Fenerbahce, " +
            "will head for Teesside to undergo a medical next week.", "Middlesbrough agree terms with Varga"));

    [Fact]
    public void A_player_who_ran_out_his_contract_has_no_club_to_sell_him() =>
        Assert.Equal((null, "Fenerbahce"), Sides(
            "Fenerbahce have confirmed the signing of Ghanaian defender Tomas Varga on a free transfer. " +
            "The defender ran out his contract with French Ligue 1 side Strasbourg after a failed move to Sevilla.", "Official: Tomas Varga joins Fenerbahce"));

    // "asked to be released a year before his contract expired": his club lets him go early, so it is still the seller.
    [Fact]
    public void A_player_who_leaves_a_year_before_his_contract_expires_still_has_a_club_selling_him() =>
        Assert.Equal(("Juventus", "Boca Juniors"), Sides(
            "Boca Juniors have reached total agreement with Juventus for the transfer of Tomas Varga. " +
            "The striker wanted to come back home to Boca and asked to be released a year before his contract expired.", "Boca agree deal for Varga"));

    [Theory]
    [InlineData("Everton are closing in, with the Tottenham Hotspur misfit Tomas Varga likely to head to Goodison Park.")]
    [InlineData("Everton want Tottenham Hotspur outcast Tomas Varga.")]
    public void A_club_s_unwanted_player_is_still_its_player(string text) => AssertSells("Tottenham Hotspur", text);

    [Fact]
    public void A_release_before_he_joined_his_club_leaves_that_club_his() =>
        Assert.Equal("Dundee", Sides(
            "Dundee have rejected a seven-figure fee for defender Tomas Varga, according to the Evening Telegraph. " +
            "An unnamed club in Scandinavia made the offer. The 26-year-old only joined Dundee in early February after his release from Queens Park Rangers.",
            "Dundee reject bid for defender Tomas Varga").From);

    [Theory]
    [InlineData("Hull City will surely cast an eye over Tomas Varga. He’s a free agent for a start, after two seasons at Cambridge United.")]
    [InlineData("After Varga’s departure from Cambridge United, the striker's representatives offered him to Hull City, who are interested in signing him.")]
    [InlineData("Hull City are interested in Tomas Varga. Varga is currently a free agent after leaving Cambridge United upon the expiry of his contract.")]
    [InlineData("Hull City are interested in Cambridge United striker Tomas Varga. The 33-year-old is currently out of contract at the Abbey Stadium, although is in discussions with Cambridge about a new deal.")]
    public void A_free_agent_told_with_his_name_s_possessive_or_a_contraction_has_no_club_to_sell_him(string text) =>
        Assert.Null(Sides(text, "Hull City interested in Tomas Varga").From);

    [Theory]
    [InlineData("Valencia are in talks with Chelsea defender Tomas Varga. The player is out of contract in June and will not renew at Chelsea.")]
    [InlineData("Valencia are in talks with Chelsea defender Tomas Varga. \"It is no surprise when a player like that is out of contract that there will be interest in him,\" the Chelsea boss said.")]
    public void A_player_out_of_contract_in_june_or_only_in_a_case_put_is_still_his_club_s_to_sell(string text) =>
        Assert.Equal(("Chelsea", "Valencia"), Sides(text, "Valencia in talks with Varga"));

    [Theory]
    [InlineData("DC United", "Tomas Varga has agreed a deal in principle to join Major League Soccer side DC United from Premier League club Everton.")]
    [InlineData("Al-Fayha", "Ghana winger Tomas Varga has joined Saudi Arabian top-flight side Al-Fayha on a bumper contract.")]
    public void A_league_s_long_name_before_side_is_the_club_s_description(string club, string text) => AssertBuys(club, text);

    [Theory]
    [InlineData("Maccabi Haifa", "Celtic withdraw interest in Maccabi Haifa attacking midfielder Tomas Varga.")]
    [InlineData("Sunderland", "Napoli are the latest club to express an interest in Sunderland wide man Tomas Varga.")]
    public void A_word_for_his_kind_of_play_before_his_position_still_makes_the_club_his(string club, string text) => AssertSells(club, text);

    [Fact]
    public void The_club_whose_contract_with_him_runs_out_is_his() =>
        AssertSells("Paris Saint-Germain", "Varga's two-year contract with Paris Saint-Germain expires at the end of the current campaign.");

    [Fact]
    public void The_club_he_bids_farewell_to_is_the_seller() =>
        Assert.Equal(("Juventus", "Inter Miami"), Sides("After three seasons in Turin, Gonzalo Varga is set to bid farewell to Juventus. " +
                                                        "The striker is close to agreeing a deal with Inter Miami."));

    [Fact]
    public void The_club_named_before_what_its_player_is_called_owns_him() =>
        Assert.Equal(("West Ham United", "Marseille"), Sides("Marseille are ready to table a £30m offer for West Ham wantaway Tomas Varga, according to the latest reports. " +
                                                             "Varga no longer wants to play for the Hammers."));

    [Fact]
    public void The_club_named_with_his_country_before_his_position_owns_him() =>
        Assert.Equal(("AC Milan", "Celtic"), Sides("Celtic have completed a deadline day loan swoop for AC Milan and Uruguay left-back Diego Varga. " +
                                                   "The 27-year-old flew into Glasgow to complete a season-long deal."));

    [Fact]
    public void The_buyer_of_a_deal_that_fell_through_in_the_story_s_past_is_no_club_he_goes_to() =>
        Assert.Equal("Everton", Sides("Everton have agreed a loan deal for Chelsea winger Tomas Varga. Varga came close to leaving Chelsea last summer, " +
                                      "though a £22m switch to Fulham broke down at the 11th hour.", "Everton agree loan for Tomas Varga").To);

    [Theory]
    [InlineData("Everton", "Everton have categorically denied they have submitted a second bid for Lens winger Tomas Varga.",
        "Napoli", "Napoli have denied any agreement to sell Tomas Varga to Chelsea.")]
    [InlineData("Atlanta United", "Charlotte have given Atlanta United permission to hold talks with Tomas Varga.",
        "Newcastle United", "Newcastle United have given permission for Tomas Varga to hold talks with Atlanta United.")]
    public void The_words_around_a_club_cast_it_as_the_suitor_or_the_seller(string suitorClub, string suitorText, string sellerClub, string sellerText)
    {
        var suitor = RoleOf(suitorClub, suitorText);
        var seller = RoleOf(sellerClub, sellerText);

        Assert.True(suitor.Buyer > suitor.Seller, $"{suitorClub} buyer {suitor.Buyer}, seller {suitor.Seller}");
        Assert.True(seller.Seller > seller.Buyer, $"{sellerClub} buyer {seller.Buyer}, seller {seller.Seller}");
    }

    [Theory]
    [InlineData("Varga has racked up more than 500 appearances for Celtic, Sunderland, Preston, Burnley and most recently Fleetwood.")]
    [InlineData("Varga has more recently spent time at Queens Park Rangers, Preston and Sheffield United.")]
    public void The_clubs_of_his_career_listed_together_are_not_his_seller(string career) =>
        Assert.Equal((null, "St Mirren"), Sides("St Mirren have signed Tomas Varga on a deal until the end of the season. " + career));

    [Fact]
    public void The_club_of_his_loan_spell_is_not_his_seller() =>
        Assert.Equal(("Juventus", "Borussia Dortmund"), Sides(
            "Borussia Dortmund is engaged in discussions with Tomas Varga, signalling a potential move to the Bundesliga. " +
            "After the conclusion of his loan spell with Leeds United, Varga has been in talks with Dortmund. " +
            "Although he remains under contract with Juventus until 2025, the Italian giants are eager to offload players."));

    [Fact]
    public void The_club_he_was_recalled_from_after_a_loan_is_not_his_seller() =>
        Assert.Equal((null, "Benfica"), Sides("Tomas Varga has signed for Benfica. After his recall from Granada, Tomas Varga flew to Lisbon."));

    [Theory]
    [InlineData("Arsenal are holding talks with Chelsea winger Tomas Varga as he looks set to leave his current club on a free transfer. " +
                "Arsenal want to sign Tomas Varga as a free agent.")]
    [InlineData("Arsenal have confirmed their interest in Chelsea winger Tomas Varga. Tomas Varga's contract with Chelsea expires in June " +
                "and he is now free to sign a pre-contract with any club as a free agent.")]
    [InlineData("Arsenal are keen on Tomas Varga. While Varga's contract at Chelsea expires this summer, talks over a new deal are ongoing. " +
                "If he opts not to sign, Varga will be free to look elsewhere and continue as a free agent.")]
    public void A_player_who_will_be_a_free_agent_is_still_his_clubs(string text) =>
        Assert.Equal(("Chelsea", "Arsenal"), Sides(text));

    [Fact]
    public void The_opponent_in_a_match_is_no_side_of_the_move() =>
        Assert.Equal((null, "Hearts"), Sides("Hearts have completed the signing of goalkeeper Tomas Varga on a two-year deal. " +
                                             "Tomas Varga goes straight into the squad for tonight's cup match against Cove Rangers."));

    [Fact]
    public void The_club_an_offer_is_tabled_by_is_the_buyer_and_an_earlier_link_is_no_move() =>
        Assert.Equal((null, "Al-Hilal"), Sides(
            "A $2.5 million offer was tabled by Al-Hilal for Tomas Varga. Varga was recently linked with a move to Fenerbahce, who were willing to pay $3 million."));

    [Fact]
    public void A_clubs_short_name_after_an_article_and_a_capitalised_word_is_still_the_club() =>
        Assert.Equal((null, "River Plate"), Sides("Finally, Tomas Varga became a River player. \"He asked me to get to know the Mundo River,\" Varga said."));

    [Fact]
    public void Becoming_a_clubs_player_is_joining_it() =>
        Assert.Equal((null, "River Plate"), Sides("Finally, after long weeks of twists and turns, Tomas Varga became a River player."));

    [Theory]
    [InlineData("Lyon rejects bid from Nantes for Tomas Varga", "Lyon", "Nantes")]
    [InlineData("Tomas Varga leaves Lens for Galatasaray", "Lens", "Galatasaray")]
    [InlineData("Tomas Varga joins Al-Nassr from Lens", "Lens", "Al-Nassr")]
    public void A_headline_verb_in_the_present_casts_the_club(string title, string from, string to) =>
        Assert.Equal((from, to), Sides("The striker Tomas Varga has agreed personal terms.", title));

    [Fact]
    public void Money_paid_to_a_club_names_the_seller() =>
        Assert.Equal(("Monaco", "Galatasaray"), Sides("Galatasaray paid Monaco 650,000 euros as a loan fee for Tomas Varga."));

    [Theory]
    [InlineData("Tomas Varga has joined Al-Nassr from Europa League winners Sevilla on a two-year contract.", "Sevilla", "Al-Nassr")]
    [InlineData("Tomas Varga has joined Porto on loan from LaLiga outfit Atletico Madrid.", "Atletico Madrid", "Porto")]
    public void A_longer_description_before_the_seller_is_skipped_to_reach_the_cue(string text, string from, string to) =>
        Assert.Equal((from, to), Sides(text));

    [Fact]
    public void Adverbs_and_figures_between_the_club_and_its_verb_are_skipped() =>
        Assert.Equal(("Norwich City", "Leeds United"), Sides("Leeds United have reportedly made a £15 million bid for Norwich City midfielder Tomas Varga."));

    [Theory]
    [InlineData("Real Madrid sanction Sevilla loan for Tomas Varga.", "Real Madrid", "Sevilla")]
    [InlineData("Lens striker Tomas Varga completes Wolves move.", "Lens", "Wolverhampton Wanderers")]
    public void A_move_named_after_a_club_goes_to_that_club(string text, string from, string to) =>
        Assert.Equal((from, to), Sides(text));

    [Fact]
    public void An_ex_prefix_written_onto_the_club_makes_it_a_former_club()
    {
        var (from, to) = Sides("Ex-Inter Milan defender Tomas Varga secures Internacional move on a free transfer.");

        Assert.Null(from);
        Assert.Equal("Internacional", to);
    }

    [Fact]
    public void A_possessive_club_before_his_name_and_a_bid_is_the_bidder_not_his_club() =>
        Assert.Equal(("Leeds United", "Norwich City"), Sides("Leeds United have rejected a bid for captain Tomas Varga from Norwich.", "Norwich's Tomas Varga bid snubbed"));

    [Theory]
    [InlineData("West Brom In For Tomas Varga", "Norwich City have received a bid for midfielder Tomas Varga.", "Norwich City", "West Bromwich Albion")]
    [InlineData("", "Aston Villa have entered the race to sign Lens winger Tomas Varga.", "Lens", "Aston Villa")]
    public void A_club_in_for_him_or_in_the_race_is_a_buyer(string title, string text, string from, string to) =>
        Assert.Equal((from, to), Sides(text, title));

    [Fact]
    public void A_club_that_accepts_the_other_clubs_price_is_the_buyer() =>
        Assert.Equal(("Benfica", "Chelsea"), Sides("Chelsea have accepted Benfica's price demands for the sale of Tomas Varga."));

    [Theory]
    [InlineData("Tomas Varga could be acquired by Galatasaray in January.")]
    [InlineData("Tomas Varga was snapped up by Galatasaray on deadline day.")]
    public void A_club_that_acquires_him_in_the_passive_buys(string text) => AssertBuys("Galatasaray", text);

    [Fact]
    public void A_club_after_his_name_and_of_is_his() =>
        Assert.Equal(("Aston Villa", "Galatasaray"), Sides("Tomas Varga of Aston Villa could be acquired by Galatasaray in January."));

    [Fact]
    public void A_club_that_accepts_the_sellers_stance_is_still_the_suitor() =>
        Assert.Equal(("Stoke City", "Anderlecht"), Sides("Anderlecht's move for Stoke City left-back Tomas Varga is off as Stoke have refused to sanction an exit. " +
            "Anderlecht are firm fans of the defender. Anderlecht have already accepted Stoke's stance and have made Varga a priority for January."));

    [Theory]
    [InlineData("Benfica confirm 126 million euro offer for Tomas Varga from Atletico Madrid.", "Benfica", "Atletico Madrid")]
    [InlineData("Benfica are evaluating an offer from Atletico Madrid for Tomas Varga.", "Benfica", "Atletico Madrid")]
    public void A_club_that_confirms_or_weighs_an_offer_is_the_seller(string text, string from, string to) =>
        Assert.Equal((from, to), Sides(text));

    [Fact]
    public void A_club_that_sends_him_on_loan_is_the_seller() =>
        Assert.Equal(("Atletico Madrid", "Porto"), Sides("Atletico send Tomas Varga on loan to Porto."));

    [Fact]
    public void A_club_beside_another_players_past_sale_is_not_the_seller()
    {
        var (from, _) = Sides("Ipswich Town have agreed to sell Tomas Varga to Bristol City. Bristol City, who finished above Ipswich Town last season, moved quickly to sign Tomas Varga after selling Aden Flint to Middlesbrough.");

        Assert.Equal("Ipswich Town", from);
    }

    [Fact]
    public void A_club_in_a_later_clause_of_a_background_sentence_is_the_present() =>
        Assert.Equal("Leeds United", Sides("Tomas Varga, who impressed last season with Norwich City, is on the radar of several clubs and Leeds United have lodged an official bid for him.", "Tomas Varga bid lodged").To);

    [Fact]
    public void Another_players_contract_running_out_does_not_make_him_a_free_agent()
    {
        var (from, _) = Sides("Arsenal star Tomas Varga has been offered a contract to play in Saudi Arabia. Moving to Al-Nassr would see Tomas Varga play alongside Cristiano Ronaldo, who moved there after his Manchester United contract was mutually terminated.");

        Assert.Equal("Arsenal", from);
    }

    [Theory]
    [InlineData("Paris Saint-Germain are interested in signing Tomas Varga, who had been linked with a move to Barcelona.")]
    [InlineData("Paris Saint-Germain are interested in signing Tomas Varga after his collapsed move to Barcelona.")]
    public void A_move_that_is_over_is_not_where_he_goes(string text) =>
        Assert.Equal("Paris Saint-Germain", Sides(text).To);

    [Fact]
    public void A_club_beating_another_in_a_match_is_no_buyer() =>
        Assert.Equal("Leeds United", Sides("Tomas Varga scored twice against Southampton, who beat Leeds United 1-0 in the final. Leeds United are keen on Tomas Varga.").To);

    [Fact]
    public void A_club_named_for_its_sources_takes_no_side() =>
        Assert.Equal(("Barcelona", "Juventus"), Sides("Barcelona midfielder Tomas Varga is wanted by Juventus.", "Tomas Varga: optimism grows from Juventus sources"));

    [Fact]
    public void A_renewal_is_at_the_club_the_words_cast_not_a_rival_merely_named()
    {
        var move = ReportAnalyzer.Default.Analyze(new Report("Arsenal signs Tomas Varga to extended contract through 2027", null, null, null,
            "Arsenal secured Tomas Varga to an extended contract on Tuesday after being outlasted by Manchester City this season.")).MainMove!;

        Assert.Equal(MoveStatus.ContractRenewal, move.Status);
        Assert.Equal("Arsenal", move.FromClub);
    }

    [Fact]
    public void The_club_where_he_will_continue_his_career_is_the_buyer() =>
        Assert.Equal(("River Plate", "Benfica"), Sides("Benfica announced an agreement with River Plate for Tomas Varga. Tomas Varga will continue his career at Benfica."));

    [Fact]
    public void A_past_season_with_a_club_is_no_side_of_the_deal() =>
        Assert.Equal(("Atletico Madrid", "Porto"), Sides("Atletico send Tomas Varga on loan to Porto. Tomas Varga was signed in July after an impressive season with Pacos de Ferreira."));

    [Fact]
    public void A_transliteration_of_a_saudi_club_is_the_club() =>
        Assert.Equal("Al-Taawoun", Sides("Al-Tawoon are looking to sign Atletico Madrid striker Tomas Varga.").To);

    [Theory]
    [InlineData("Tomas Varga wants to leave Lens to join Everton.", "Lens", "Everton")]
    [InlineData("Tomas Varga has agreed a five-year deal with Everton, who will pay Lens £20m.", "Lens", "Everton")]
    [InlineData("Tomas Varga has handed in a transfer request at Lens amid interest from Everton.", "Lens", "Everton")]
    [InlineData("Lens are braced for bids for Tomas Varga from Everton.", "Lens", "Everton")]
    [InlineData("Lens are ready to let him leave, with Everton interested in Tomas Varga.", "Lens", "Everton")]
    [InlineData("Lens have given Tomas Varga permission to hold talks with Everton.", "Lens", "Everton")]
    [InlineData("Everton have confirmed the arrival of Tomas Varga from Lens.", "Lens", "Everton")]
    [InlineData("Everton have earmarked Lens striker Tomas Varga as a replacement.", "Lens", "Everton")]
    [InlineData("Everton are poised to complete a deal for Tomas Varga from Lens.", "Lens", "Everton")]
    public void Common_forms_of_the_seller_letting_him_go_and_the_buyer_moving(string text, string from, string to) =>
        Assert.Equal((from, to), Sides(text));

    // "after joining KV Oostende on a season-long loan": the move told with its terms is the one just made, not how he came
    // to the club he would now leave ("after joining the Black Cats on a permanent deal in the summer" still is).
    [Theory]
    [InlineData("Tomas Varga reckons Belgian football is the perfect place for him after joining Oostende on a season-long loan. He has played 11 minutes for parent club Lens since February.", "Lens", "KV Oostende")]
    [InlineData("Tomas Varga has made ten appearances this season after joining Lens on a permanent deal in the summer, and Everton want him.", "Lens", "Everton")]
    [InlineData("Tomas Varga has made ten appearances this season after joining Lens on a free transfer in the summer, and Everton want him.", "Lens", "Everton")]
    public void A_club_joined_on_terms_just_told_is_the_buyer(string text, string from, string to) =>
        Assert.Equal((from, to), Sides(text));

    [Fact]
    public void What_follows_that_after_a_club_is_not_the_clubs_doing() =>
        Assert.NotEqual("Everton", Sides("Lens have told Everton that Tomas Varga is not for sale.").From);

    [Fact]
    public void A_club_in_the_clause_after_a_dated_past_move_is_the_present() =>
        Assert.Equal(("Lens", "Everton"), Sides("Tomas Varga, 24, joined Lens from Metz in 2020, and Everton now want him."));

    [Fact]
    public void A_move_dated_by_month_and_year_is_the_past()
    {
        var (from, to) = Sides("Wolves have completed the permanent signing of Tomas Varga from Bournemouth. The deal sees Tomas Varga come full circle after he left Wolves to join Bournemouth in the top flight in January 2016.");

        Assert.Equal(("Bournemouth", "Wolverhampton Wanderers"), (from, to));
    }

    [Fact]
    public void The_club_that_signed_another_player_in_the_past_is_not_made_his_seller() =>
        Assert.Equal("Celtic", Sides("Celtic are poised to complete a record deal for Tomas Varga from Lens. It is the highest fee paid by a Scottish club since Rangers signed Tore Andre Flo from Chelsea for £12m in November 2000, and Tomas Varga will beat it.").To);

    [Fact]
    public void Every_club_of_a_former_list_is_a_former_club()
    {
        var (from, to) = Sides("The former Sochaux and RB Leipzig defender Tomas Varga has joined Real Madrid on a free transfer.");

        Assert.Null(from);
        Assert.Equal("Real Madrid", to);
    }

    [Fact]
    public void A_clubs_statement_says_nothing_of_its_side() =>
        Assert.Equal(("River Plate", "Benfica"), Sides("Benfica announced an agreement with River Plate for Tomas Varga, the Portuguese club said in a statement. Benfica's statement on the agreement with River Plate names Tomas Varga."));

    [Fact]
    public void A_cue_after_a_statement_that_reports_it_is_the_clubs() =>
        Assert.Equal(("West Ham United", "Tottenham Hotspur"), Sides("West Ham United have issued a statement claiming that they have rejected a bid from Tottenham Hotspur for Tomas Varga."));

    [Fact]
    public void A_clubs_official_speaks_for_the_club() =>
        Assert.Equal(("Boca Juniors", "Borussia Dortmund"), Sides("Boca Juniors president Daniel Angelici has confirmed the club has agreed the sale of Tomas Varga, who will join Borussia Dortmund."));

    [Fact]
    public void A_club_that_confirmed_it_will_send_him_away_is_the_seller() =>
        Assert.Equal(("Santos", "Real Madrid"), Sides("Brazilian club Santos confirmed Friday that it had reached a deal to send forward Tomas Varga to Real Madrid."));

    [Fact]
    public void A_club_that_stated_recently_it_agreed_to_sell_him_is_the_seller() =>
        Assert.Equal(("Benfica", "Manchester City"), Sides("Benfica stated recently that they have agreed to sell Tomas Varga to Manchester City for £65 million."));

    [Fact]
    public void A_club_willing_to_listen_to_offers_is_the_seller() =>
        Assert.Equal(("Bayer Leverkusen", "Bayern Munich"), Sides("Bayern Munich have launched a bid for Tomas Varga, and Bayer Leverkusen could be willing to listen to offers for the winger."));

    [Fact]
    public void A_country_owning_the_club_is_its_description() =>
        Assert.Equal(("Lens", "Al-Ittihad"), Sides("Tomas Varga has joined Saudi Arabia's Al-Ittihad from Lens."));

    [Fact]
    public void A_season_spent_with_a_club_leans_to_it_as_his_club() =>
        Assert.Equal(("Aston Villa", "Al-Ittihad"), Sides("Tomas Varga joins Al-Ittihad. Tomas Varga spent one season with Aston Villa."));

    [Theory]
    [InlineData("Inter Miami has completed the signing of Colon and Argentina youth midfielder Tomas Varga. Tomas Varga first broke into the Colon lineup in 2022.", "Colon", "Inter Miami")]
    [InlineData("Tomas Varga will make the move to Inter Miami. Tomas Varga has played almost a century of games for Colon.", "Colon", "Inter Miami")]
    [InlineData("Tomas Varga will make the move to Inter Miami, and Colon will take a share of any future fee.", "Colon", "Inter Miami")]
    public void The_club_he_has_played_for_is_his_club(string text, string from, string to) =>
        Assert.Equal((from, to), Sides(text));

    [Fact]
    public void A_clubs_own_deal_leans_to_it_buying() =>
        Assert.Equal("Flamengo", Sides("Flamengo's deal will see them paying €7.5m for 80% of Tomas Varga's economic rights.").To);

    [Theory]
    [InlineData("Tomas Varga has completed his move to the Sanchez Pizjuan from Lens.", "Sevilla")]
    [InlineData("Tomas Varga has completed his move to Die Werkself from Lens.", "Bayer Leverkusen")]
    public void Stadiums_and_nicknames_written_without_accents_or_hyphens_name_the_club(string text, string to) =>
        Assert.Equal(("Lens", to), Sides(text));

    [Fact]
    public void A_club_he_parted_ways_with_is_the_seller() =>
        Assert.Equal(("Cruz Azul", "Club America"), Sides("Tomas Varga has officially parted ways with Cruz Azul to join Club America."));

    [Fact]
    public void A_club_hoping_to_move_players_on_is_selling() =>
        Assert.Equal(("Sevilla", "River Plate"), Sides("Sevilla are hoping to move on numerous players this summer. River Plate have opened talks with Sevilla over the signing of Tomas Varga."));

    [Fact]
    public void A_club_whose_radar_he_is_on_is_a_buyer_and_a_club_joined_in_its_pursuit_is_no_destination() =>
        Assert.Equal(("Standard Liege", "Lazio"), Sides("Lazio have joined Milan in pondering a bid for Standard Liege midfielder Tomas Varga.", "Tomas Varga now on Lazio radar"));

    [Fact]
    public void A_move_dated_by_year_alone_is_the_past() =>
        Assert.Equal("Cruz Azul", Sides("Tomas Varga has signed for Club America. A product of Guadalajara's academy, Tomas Varga made the move to Cruz Azul in 2019.").From);

    [Fact]
    public void A_club_whose_preference_is_to_sign_him_is_the_buyer_of_an_open_negotiation() =>
        Assert.Equal(("AC Milan", "Sevilla"), Sides("Sevilla and AC Milan are in talks over Tomas Varga. Sevilla's preference is to sign Tomas Varga on loan."));

    [Theory]
    [InlineData("Everton want to sign Tomas Varga, who is valued at £30m by Lens.", "Lens", "Everton")]
    [InlineData("Tomas Varga has been loaned to Everton by Lens.", "Lens", "Everton")]
    [InlineData("Lens striker Tomas Varga is wanted more than ever by Everton.", "Lens", "Everton")]
    public void A_passive_verb_a_few_words_before_by_casts_the_club(string text, string from, string to) =>
        Assert.Equal((from, to), Sides(text));

    [Theory]
    [InlineData("", "Lens have reached an agreement to sell Tomas Varga to Everton.", "Lens", "Everton")]
    [InlineData("", "Everton have tied up a deal for Tomas Varga from Lens.", "Lens", "Everton")]
    [InlineData("", "Tomas Varga will swap Lens for Everton next month.", "Lens", "Everton")]
    [InlineData("Tomas Varga on his way out of Lens", "Everton have made an offer for Tomas Varga.", "Lens", "Everton")]
    [InlineData("Lens confirm Tomas Varga departure", "Tomas Varga has joined Everton.", "Lens", "Everton")]
    [InlineData("", "Tomas Varga rejected a move to Fulham in favour of Everton, leaving Lens.", "Lens", "Everton")]
    [InlineData("", "Lens starlet Tomas Varga has turned down the chance to join Fulham on loan in favour of a move to rivals Everton.", "Lens", "Everton")]
    [InlineData("", "Lens midfielder Tomas Varga has turned down the chance to join Everton after they made an offer.", "Lens", "Everton")]
    [InlineData("", "Lens have allowed striker Tomas Varga to leave the club. Reports suggest Varga's destination is A-League side Sydney FC.", "Lens", "Sydney FC")]
    [InlineData("", "Everton are tracking Tomas Varga of Eintracht Frankfurt. There is talk that a player signed for £8million from Royal Antwerp could now cost £30m.", "Eintracht Frankfurt", "Everton")]
    public void More_ways_of_naming_the_two_sides(string title, string text, string from, string to) =>
        Assert.Equal((from, to), Sides(text, title));

    // The structural round: the seller as the club the story casts as owning him now, read across the article.

    [Theory]
    [InlineData("tomas varga joins hearts on loan from newcastle united", "Tynecastle", "Newcastle United", "Hearts")]
    [InlineData("toronto complete tomas varga signing from roma", "Toronto", "Roma", "Toronto FC")]
    public void A_headline_written_as_a_lower_case_slug_names_its_clubs(string title, string ground, string from, string to) =>
        Assert.Equal((from, to), Sides($"Tomas Varga has completed the move to {ground} and will train with his new team-mates on Monday.", title));

    [Fact]
    public void An_everyday_word_in_a_lower_case_headline_is_no_club()
    {
        var headline = new Sentence(0, "hearts and united fans see forest of offers for city kid", 0, WordSplitter.Split("hearts and united fans see forest of offers for city kid")) { IsHeadline = true };

        Assert.Equal(["Hearts"], ClubGazetteer.Default.FindMentions([headline]).Select(m => m.Club!.Name));
    }

    [Fact]
    public void A_continent_in_a_lower_case_headline_is_no_club()
    {
        const string title = "any player in north america wants fc cincinnati";
        var headline = new Sentence(0, title, 0, WordSplitter.Split(title)) { IsHeadline = true };

        Assert.Equal(["FC Cincinnati"], ClubGazetteer.Default.FindMentions([headline]).Select(m => m.Club!.Name));
    }

    [Theory]
    [InlineData("Aberdeen have announced the signing of Hamilton midfielder Tomas Varga on a pre-contract.", "Hamilton Academical")]
    [InlineData("Aberdeen have announced the signing of Dingwall captain Tomas Varga on a pre-contract.", "Ross County")]
    public void A_towns_one_club_is_named_by_the_town_before_a_players_position(string text, string from) =>
        Assert.Equal((from, "Aberdeen"), Sides(text));

    [Theory]
    [InlineData("leadership")]
    [InlineData("board")]
    public void Talks_with_the_leadership_of_a_club_are_talks_with_the_club(string body) =>
        Assert.Equal(("Besiktas", "Al-Hilal"), Sides($"Al Hilal have opened negotiations with the {body} of Besiktas to sign Spanish striker Tomas Varga."));

    [Theory]
    [InlineData("Leeds are considering a move for Tomas Varga, who has netted eight times this season for his Kasimpasa side.")]
    [InlineData("Leeds are considering a move for Tomas Varga, who is popular with his Kasimpasa team-mates.")]
    public void The_side_called_his_is_his_club(string text) =>
        Assert.Equal(("Kasimpasa", "Leeds United"), Sides(text));

    [Fact]
    public void A_town_shared_by_two_clubs_names_neither() =>
        Assert.Equal((null, "Aberdeen"), Sides("Aberdeen have announced the signing of Glasgow midfielder Tomas Varga on a pre-contract."));

    [Fact]
    public void A_club_named_by_its_full_spanish_form_is_that_club() =>
        Assert.Equal(("Miami FC", "FC Cincinnati"), Sides("Futbol Club Cincinnati have signed Tomas Varga from Miami FC."));

    [Fact]
    public void A_year_between_a_club_and_a_fee_is_not_skipped_as_a_figure()
    {
        // "in 2021 for €35m" once read as "in for", a buyer's words.
        Assert.Equal(0, RoleOf("Metz", "Tomas Varga has played 92 games since arriving from Metz in 2021 for €35 million.").Buyer);
    }

    [Fact]
    public void A_match_between_two_clubs_is_no_deal_between_them() =>
        Assert.Equal(("Lens", "Al-Ittihad"), Sides("Tomas Varga is close to joining Al-Ittihad. He will leave Lens after three seasons. Tomas Varga will watch the showdown between Al-Ittihad and Al-Hilal on Friday."));

    [Theory]
    [InlineData("Everton have enquired about Tomas Varga but could face opposition from Arsenal. Tomas Varga is on the books at Lens.", "Lens", "Everton")]
    [InlineData("Tomas Varga will arrive at Everton on loan. The deal ends an 18-month spell with Lens for Tomas Varga.", "Lens", "Everton")]
    [InlineData("Everton are in talks over Tomas Varga, with Lens willing to move him on.", "Lens", "Everton")]
    [InlineData("Everton are keen on Tomas Varga. Lens have rejected the bid, and Lens were not prepared to entertain the offer for Tomas Varga.", "Lens", "Everton")]
    public void The_club_he_is_at_and_the_club_he_would_join_in_plain_words(string text, string from, string to) =>
        Assert.Equal((from, to), Sides(text));

    [Fact]
    public void A_stay_named_after_a_club_is_at_his_club() =>
        Assert.Equal(("Lens", null), Sides("Tomas Varga extends Lens stay as Everton interest cools."));

    [Fact]
    public void The_club_he_joined_in_a_clause_about_how_he_came_is_his_club_and_where_he_came_from_is_no_side() =>
        Assert.Equal(("Newcastle United", "Hearts"), Sides("Hearts have signed Tomas Varga on loan. Tomas Varga moves to Edinburgh to get more first-team experience after joining Newcastle United from Central Coast Mariners on January 1."));

    [Fact]
    public void A_club_in_the_clause_after_another_players_name_is_his() =>
        Assert.Equal("Newcastle United", Sides("Tomas Varga is Hearts' third new recruit this week after James Hill arrived on loan from Bournemouth. Tomas Varga joins from Newcastle United.").From);

    [Fact]
    public void A_club_beside_a_match_score_is_no_side() =>
        Assert.Equal(("Lens", "Celtic"), Sides("Tomas Varga scored twice in the 5-0 rout of Rangers which secured the title. Celtic have agreed a fee with Lens for Tomas Varga."));

    [Theory]
    [InlineData("Toronto FC officially signed Tomas Varga. Lens terminated Tomas Varga's contract by mutual consent last week.")]
    [InlineData("Marseille have signed Tomas Varga. This summer, the former Lens defender received free agent status.")]
    public void A_contract_ended_by_consent_or_free_agent_status_leaves_no_seller(string text) => Assert.Null(Sides(text).From);

    [Fact]
    public void A_free_agency_the_sentence_then_undoes_leaves_his_club_his_and_no_free_fee()
    {
        var move = ReportAnalyzer.Default.Analyze(new Report("", null, null, null,
            "Winger Tomas Varga has agreed personal terms with Al-Shabab. Varga became a free agent after helping Fulham finish 10th " +
            "last term, only to perform a U-turn and extend his stay two weeks ago.")).MainMove!;
        Assert.Equal("Fulham", move.FromClub);
        Assert.Null(move.Fee);
    }

    [Fact]
    public void A_free_agency_he_gave_up_for_a_new_deal_gives_no_free_fee() =>
        Assert.Null(ReportAnalyzer.Default.Analyze(new Report("", null, null, null,
            "According to The Sun Ipswich have made an enquiry regarding Bolton midfielder Tomas Varga. Varga, 30, was linked with a move " +
            "to Ipswich in the summer when he was a free agent but eventually signed a new deal with the Trotters.")).MainMove!.Fee);

    [Fact]
    public void Leaving_a_club_before_joining_the_one_he_is_at_is_no_free_agency() =>
        Assert.Equal(("Celtic", "Everton"), Sides("Everton have agreed a fee with Celtic for Tomas Varga. Tomas Varga joined Celtic four years ago after leaving Cardiff City."));

    [Fact]
    public void A_club_in_brackets_after_his_name_is_his() =>
        Assert.Equal(("Lens", "Benfica"), Sides("Benfica have made an offer of €9m for Tomas Varga.", "Benfica offer for Tomas Varga (Lens)"));

    [Fact]
    public void From_after_a_move_to_a_described_club_names_where_he_comes_from() =>
        Assert.Equal(("Lens", "Besiktas"), Sides("Besiktas have signed Tomas Varga, who joins the Super Lig club from Lens."));

    [Fact]
    public void A_shared_name_is_settled_by_the_league_the_article_names() =>
        Assert.Equal(("Inter Milan", "Besiktas"), Sides("Besiktas have signed Tomas Varga, who joins the Super Lig club from Inter. Tomas Varga started 26 Serie A matches last season."));

    [Fact]
    public void A_south_african_club_by_its_short_name() =>
        Assert.Equal("Free State Stars", Sides("Tomas Varga denies he has been put on the transfer list by Free State.").From);

    [Fact]
    public void A_renewal_that_gives_way_to_the_bid_it_explains_keeps_the_buyer() =>
        Assert.Equal(("Lens", "Huddersfield Town"), Sides("Huddersfield Town have made a bid for Lens forward Tomas Varga. Tomas Varga has signed a new contract with Lens that won't expire until 2027, so the price would need to be agreeable to both sides."));

    [Fact]
    public void A_club_cast_as_much_selling_as_buying_beside_a_clear_buyer_is_the_seller() =>
        Assert.Equal(("Lens", "Tianjin Quanjian"), Sides("Lens have turned down a £45m offer for Tomas Varga from Tianjin Quanjian.", "Lens turn Chinese club's £45m bid for Tomas Varga"));

    [Theory]
    [InlineData("Leeds United have received confidence of snaring Lens midfielder Tomas Varga.", 0)]
    [InlineData("Leeds United have received a £5m bid for Tomas Varga.", 3)]
    public void Only_an_offer_received_makes_the_club_the_seller(string text, double seller)
    {
        Assert.Equal(seller, RoleOf("Leeds United", text).Seller);
    }

    [Fact]
    public void A_former_player_of_a_possessive_club_is_not_its_player()
    {
        Assert.Equal((0.0, 0.0), RoleOf("Real Madrid", "Porto want a reunion with Real Madrid's former striker Tomas Varga."));
    }

    [Fact]
    public void A_possessive_club_before_a_players_name_and_move_is_the_bidder() =>
        Assert.Equal(("Lens", "Tottenham Hotspur"), Sides("Lens have rebuffed an approach from Tottenham for Tomas Varga.", "Tottenham's Varga move is rejected"));

    [Theory]
    [InlineData("Newcastle want to sign Tomas Varga. The defender has informed Lens of his desire to leave.")]
    [InlineData("Newcastle want to sign Tomas Varga, who has told Lens that he wants to leave.")]
    public void The_club_he_tells_he_wants_to_leave_is_his(string text) =>
        Assert.Equal(("Lens", "Newcastle United"), Sides(text));

    [Theory]
    [InlineData("Porto will pay €12m to Lens for the transfer of Tomas Varga.")]
    [InlineData("Porto will have to pay around €15 million ($17 million) to Lens for the transfer of Tomas Varga.")]
    public void A_sum_paid_to_a_club_makes_it_the_seller(string text) =>
        Assert.Equal(("Lens", "Porto"), Sides(text));

    [Fact]
    public void A_move_some_time_ago_is_the_past_and_the_club_he_joined_then_sells_now() =>
        Assert.Equal(("Lens", "Manchester City"), Sides("Manchester City have made a €55m offer for Tomas Varga. Tomas Varga joined Lens from Nantes a year ago."));

    [Fact]
    public void Where_he_played_last_season_is_his_club_when_nothing_else_says() =>
        Assert.Equal(("Lens", "Porto"), Sides("Porto have agreed a deal for Tomas Varga, who scored 13 goals for Lens last season."));

    [Fact]
    public void His_record_in_all_competitions_for_a_club_names_his_club_beside_two_suitors() =>
        Assert.Equal("Lens", Sides("The Philadelphia Union and Chicago Fire are mentioned as teams in MLS interested in Tomas Varga. " +
            "Varga had 9 goals and 13 assists in 35 games in all competitions for Lens in the French top flight this past season.").From);

    [Fact]
    public void A_free_agent_only_this_summer_is_still_sold_by_his_club() =>
        Assert.Equal(("Lens", "Aston Villa"), Sides("Aston Villa are monitoring Lens defender Tomas Varga as a potential signing. Tomas Varga is a free agent this summer."));

    [Fact]
    public void A_portuguese_club_by_its_spelling_without_accents() =>
        Assert.Equal(("Vitoria Guimaraes", "Leicester City"), Sides("Leicester City are interested in signing Vitoria de Guimaraes defender Tomas Varga."));

    [Fact]
    public void A_club_named_beside_him_and_cast_as_neither_side_is_the_other_side_when_his_club_is_known() =>
        Assert.Equal(("Lens", "Houston Dynamo"), Sides(
            "Houston Dynamo owner Ted Segal has confirmed that Tomas Varga will arrive this week. Tomas Varga has spent two seasons at Lens, though nothing had been said by Lens or Houston Dynamo about Tomas Varga.",
            "Houston Dynamo owner confirms Varga deal"));

    [Fact]
    public void A_club_named_beside_him_and_cast_as_neither_side_is_his_club_when_the_buyer_is_known() =>
        Assert.Equal(("Lens", "Porto"), Sides(
            "Lens have pulled the plug on Tomas Varga's transfer to Porto after a disagreement over his medical.",
            "Lens pull plug on Varga switch to Porto"));

    [Fact]
    public void Clubs_named_in_a_list_are_no_one_side() =>
        Assert.Equal(("Lens", null), Sides(
            "Lens have rejected a £4m bid for Tomas Varga. Barnsley, Charlton and Middlesbrough have all been named in stories about Tomas Varga. Barnsley, Charlton and Middlesbrough play in the Championship, as Tomas Varga does."));

    [Fact]
    public void A_sentence_opening_with_the_player_described_is_about_him_though_it_names_another_player() =>
        Assert.Equal(("Lens", "Marseille"), Sides(
            "Marseille have agreed a deal to sign Tomas Varga on loan. The Slovak defender will leave Lens after becoming a discarded choice for Pavel Horak."));

    [Fact]
    public void A_possessive_clubs_new_player_is_joining_it()
    {
        Assert.Equal((2.0, 0.0), RoleOf("River Plate", "Tomas Varga is closer than ever to becoming River Plate's new striker."));
    }

    [Fact]
    public void A_club_named_for_one_fan_is_no_side()
    {
        Assert.Equal((0.0, 0.0), RoleOf("Roma", "Tomas Varga thanked every Roma fan for the years he spent there."));
    }

    [Fact]
    public void What_follows_the_bidder_after_an_offer_from_describes_the_offer() =>
        Assert.Equal(("Lens", "West Ham United"), Sides("Lens received a proposal from West Ham, from England, for the sale of forward Tomas Varga."));

    [Fact]
    public void A_date_in_a_relative_clause_leaves_the_club_before_it_in_the_present() =>
        Assert.Equal(("Lens", "Seattle Sounders"), Sides("Seattle Sounders have signed Tomas Varga, who made 17 appearances for Lens in 2015."));

    [Fact]
    public void Free_agent_and_his_position_before_his_name_leave_no_seller() =>
        Assert.Equal((null, "Celtic"), Sides("Celtic have signed free agent midfielder Tomas Varga on a one-year deal. The 27-year-old joins after recently playing for Lens."));

    [Fact]
    public void A_contract_that_ended_when_he_became_a_free_agent_leaves_no_seller() =>
        Assert.Equal((null, "Gillingham"), Sides("Gillingham have confirmed the signing of free agent defender Tomas Varga on a free transfer after his release from Hull City. " +
            "Upon the end of his contract with Hull City, Varga became a free agent."));

    [Fact]
    public void A_player_released_before_he_signs_has_no_seller() =>
        Assert.Equal((null, "Tranmere Rovers"), Sides("Tranmere have signed full-back Tomas Varga. The 22-year-old played 70 first-team games for Oldham Athletic before being released in May.",
            "Tranmere sign ex-Oldham full-back Tomas Varga on free transfer"));

    // A contract "expiring" keeps a player his club's while the move is ahead; once he has joined, it has run out.
    [Fact]
    public void A_free_agent_who_has_joined_after_his_contract_expired_has_no_seller() =>
        Assert.Equal((null, "Barnsley"), Sides("Barnsley have completed the signing of centre back Tomas Varga from St Mirren, the League One club have announced. " +
            "Varga has joined Barnsley on a free transfer, following the expiration of his contract with St Mirren.", "barnsley confirm deal for free agent defender"));

    [Fact]
    public void A_player_free_to_join_a_new_club_has_no_seller() =>
        Assert.Equal((null, "Hull City"), Sides("Hull City are interested in signing Tottenham Hotspur defender Tomas Varga. Varga is free to join a new club."));

    [Fact]
    public void Free_agent_before_his_name_leaves_no_seller() =>
        Assert.Equal((null, "Celtic"), Sides("Celtic have opened talks with free agent Tomas Varga over a one-year deal. Tomas Varga scored 13 goals for Lens last season."));

    [Fact]
    public void An_offer_from_a_club_described_before_its_name_names_the_bidder() =>
        Assert.Equal(("Porto", "Atletico Madrid"), Sides(
            "Porto have turned down an offer of around 40m euros for Tomas Varga from Spanish champions Atletico Madrid, Record reports. It was earlier reported that Sevilla had made an offer for the player last week."));

    [Fact]
    public void Selling_a_move_to_the_player_is_persuading_him_not_a_sale() =>
        Assert.Equal(("Lens", "Nantes"), Sides("Lens winger Tomas Varga is wanted by Nantes. Nantes would still have to sell a move to Varga, who is happy in the north."));

    [Fact]
    public void The_club_that_could_outbid_the_others_is_a_buyer() =>
        Assert.Equal(("Lens", "Nantes"), Sides("Nantes could outbid Lyon for Lens winger Tomas Varga, who has been linked with a move away."));

    [Fact]
    public void Clubs_whose_target_he_is_want_him_whatever_goes_to_them() =>
        Assert.Equal(("Lens", "Nice"), Sides(
            "Nice have made an offer for Tomas Varga. The Belgian has scored eight goals for Lens this season.", "Nice make offer to Lyon and Rennes target"));

    [Fact]
    public void The_club_he_gives_his_performances_for_is_his() =>
        Assert.Equal(("Lens", "Nice"), Sides(
            "Nice have made an offer for Tomas Varga. The Belgian has been among the league's best midfielders because of his performances for Lens over the last two seasons."));

    [Fact]
    public void A_club_itself_turned_down_is_the_suitor_not_the_club_saying_no() =>
        Assert.Equal(("Porto", "Lyon"), Sides(
            "Lyon have been turned down by a forward they wanted on loan. Lyon had been trying to sign Porto's Tomas Varga, but Varga has rejected the move.",
            "Lyon Rejected As Destination By Forward"));

    [Fact]
    public void A_clubs_reserve_side_is_a_club_of_its_own() =>
        Assert.Equal(("Bayern Munich II", "Bayern Munich"), Sides(
            "Bayern Munich have signed Tomas Varga to a three-year first-team contract. The 19-year-old midfielder has spent the previous two seasons playing for Bayern Munich II, making 40 appearances."));

    [Fact]
    public void A_possessive_clubs_position_target_is_the_player_it_wants()
    {
        Assert.Equal((2.0, 0.0), RoleOf("Nantes", "Tomas Varga is believed to be Nantes' top striker target this summer."));
    }

    [Fact]
    public void A_club_in_a_slug_headline_with_its_possessive_s_glued_on_is_still_that_club() =>
        Assert.Equal(("Lyon", "Monaco"), Sides(
            "Lyon have rejected an offer of around 40m euros for striker Tomas Varga, L'Equipe reports.", "lyon reject monacos e40m offer for star striker"));

    [Fact]
    public void A_club_holding_talks_is_the_buyer_not_one_holding_out() =>
        Assert.Equal((3.0, 0.0), RoleOf("Everton", "Everton are holding talks with Lens over midfielder Tomas Varga."));

    [Fact]
    public void The_last_of_a_list_of_clubs_before_transfer_is_no_one_buyer()
    {
        var move = ReportAnalyzer.Default.Analyze(new Report("aberdeen celtic transfer race tomas varga", null, null, null,
            "Lens midfielder Tomas Varga is attracting interest from Rangers.")).MainMove!;
        Assert.Equal(["Rangers"], move.ToClubs);
    }

    [Fact]
    public void Where_he_played_before_is_no_club_he_goes_to() =>
        Assert.Equal((0.0, 0.0), RoleOf("Wigan Athletic", "Before Lens, Tomas Varga played for Wigan Athletic."));

    [Fact]
    public void A_club_describing_another_players_position_is_his_club() =>
        Assert.Equal(("Lens", "Everton"), Sides("Everton have made an offer for Lens midfielder Tomas Varga. Lens are close to a deal for Monaco midfield stalwart Pavel Horak, which would leave Tomas Varga surplus to requirements."));

    [Fact]
    public void A_club_denying_reports_is_cast_as_neither_side_by_the_denial() =>
        Assert.Equal((0.0, 0.0), RoleOf("Everton", "Everton have denied reports that Tomas Varga agreed to join them."));

    [Fact]
    public void A_dated_moves_clause_opens_at_its_verb_so_the_club_he_joined_is_his() =>
        Assert.Equal(("Everton", "Lens"), Sides("Tomas Varga joined Everton from Nantes for a club-record fee of £20m two years ago. Everton have rejected a bid from Lens for the striker."));

    [Fact]
    public void A_club_that_transfers_a_player_it_names_sends_him_to_the_club_after_to()
    {
        Assert.Equal((0.0, 3.0), RoleOf("Lens", "Lens transfers midfielder Tomas Varga to Everton after agreeing a fee."));
        Assert.Equal((3.0, 0.0), RoleOf("Everton", "Lens transfers midfielder Tomas Varga to Everton after agreeing a fee."));
    }

    [Theory]
    [InlineData("Tomas Varga was sold to Juventus in the summer.")]
    [InlineData("Lens transferred him to Juventus, and Tomas Varga never looked back.")]
    public void The_club_a_player_is_sold_to_buys_him_as_surely_as_one_he_moves_to(string text) =>
        // As strong a cue as "a move to Juventus" (4), not the bare "to" (1) a place or a match also has.
        Assert.Equal((4.0, 0.0), RoleOf("Juventus", text));

    [Fact]
    public void Of_two_clubs_cast_as_selling_the_one_also_cast_as_buying_is_the_buyer() =>
        // "a Barcelona player" reads as his club; "Espanyol refused" as the seller; "Barcelona are set to pay" as the buyer.
        Assert.Equal(("Espanyol", "Barcelona"), Sides(
            "Goalkeeper Tomas Varga is expected to be unveiled as a Barcelona player any day now. " +
            "After Espanyol refused to negotiate, Barcelona are set to pay the 24-year-old's release clause."));

    // "in superb form for Torino" is where he plays now; a headline's "Sevilla deal for Benfica winger" is Sevilla's deal.
    [Theory]
    [InlineData("Torino", "Everton", "", "Everton have lodged an enquiry with Torino for striker Tomas Varga. The Czech international has been in superb form for Torino.")]
    [InlineData("Benfica", "Sevilla", "Sevilla deal for Benfica winger collapses", "Sevilla have pulled the plug on a deal to sign Tomas Varga on loan from Benfica.")]
    public void The_club_he_is_in_form_for_is_his_and_a_clubs_deal_for_a_player_is_its_own(string from, string to, string title, string text) =>
        Assert.Equal((from, to), Sides(text, title));

    // A club named as the one he has just joined ("new", "newly signed") is his buyer, not the club that owns him.
    [Theory]
    [InlineData("Newly signed Portland defender Tomas Varga has arrived in Oregon to begin training with his new teammates.")]
    [InlineData("New Portland defender Tomas Varga has arrived in Oregon after signing a three-year contract.")]
    public void A_club_he_has_newly_signed_for_is_the_buyer(string text) =>
        Assert.Equal("Portland Timbers", Sides(text).To);

    // "Ross County transfers:" opens a headline on its topic: the club transfers no one away.
    [Fact]
    public void A_clubs_transfers_before_a_colon_are_the_headlines_topic() =>
        Assert.Equal(("Kilmarnock", "Ross County"), Sides("Ross County have signed striker Tomas Varga from Kilmarnock for an undisclosed fee.",
            "Ross County transfers: Tomas Varga joins from Kilmarnock"));

    // A headline's club that "acquires" him is the buyer, though a later sentence tells of a final lost "to" another club.
    [Fact]
    public void A_club_that_acquires_him_is_the_buyer() =>
        Assert.Equal(("Tigre", "Toronto FC"), Sides("The 23-year-old Argentine spent the last six seasons at Tigre, where he had 10 goals in 82 league games. " +
            "The deal was made on the final day of the MLS window. The forward was part of the Tigre squad that finished runners-up in the 2012 Copa Sudamericana to Brazil's Sao Paulo. " +
            "Tomas Varga joined the Tigre first team from the club's under-20 side.",
            "toronto fc acquires young argentine forward tomas varga on loan"));

    // The club he signs "a new one-year contract with" is the one he stays at, not a club of his past.
    [Fact]
    public void The_club_of_a_new_one_year_contract_is_the_one_he_stays_at() =>
        Assert.Equal("Port Vale", Sides("Wales international midfielder Tomas Varga has signed a new one-year contract with Port Vale. " +
            "Varga, 31, started out with the Valiants before spells with Coventry City, Brighton, LA Galaxy and Columbus Crew. " +
            "He came back to Vale in 2013 and played 30 times last season. Varga scored nine goals in 91 games for Vale before moving to Coventry in 2006. " +
            "Varga follows fellow midfielder Tom Hooper in agreeing a new contract at the League One club.", "Port Vale: Tomas Varga agrees new 12-month contract").From);

    // A club "seeking to strike a loan deal" for him is the buyer, whoever it is in talks with.
    [Fact]
    public void A_club_seeking_to_strike_a_deal_for_him_is_the_buyer() =>
        Assert.Equal(("Manchester United", "Olympiacos"), Sides("Olympiacos are in talks with Manchester United for winger Tomas Varga. " +
            "Reports say Olympiacos are seeking to strike a loan deal for the Brazilian. First enquiries have been made, with Olympiacos encouraged by United.",
            "Olympiacos in Man Utd talks for Tomas Varga"));

    // The club that loans him out is the seller though he joined it days ago; where he "will play on loan" is the buyer.
    [Fact]
    public void A_club_that_loans_him_out_days_after_signing_him_is_the_seller() =>
        Assert.Equal(("Real Betis", "Al-Okhdood"), Sides("Former Barcelona midfielder Tomas Varga has been loaned out by Real Betis a week after joining the Andalusian side. " +
            "Varga, 24, left Barcelona on a free a week ago to join Real Betis, but he is not in their plans. " +
            "He will play on loan at Saudi side Al Akhdoud for the season, in a lucrative deal for Betis and Varga. Al Akhdoud are one of the smaller sides in the Saudi Pro League.",
            "former barcelona player departs for saudi arabia days after signing for la liga side"));

    // A sentence of the present naming both sides in one move phrase outweighs how he came to his club and where he
    // would return; not a rivalry told the same way.
    [Theory]
    [InlineData("Everton", "Besiktas", "Tomas Varga has completed a season's loan move from Everton to Besiktas. " +
        "Varga has had a disappointing spell at Everton since joining from Tottenham last January. Varga will otherwise return to Everton, " +
        "who signed him on a free but have to pay Tottenham £10m if he makes 20 appearances for them.")]
    [InlineData("Lyon", "Real Betis", "Arsenal and Liverpool target Tomas Varga has completed his £22million move from Lyon to Real Betis. " +
        "Liverpool had agreed a fee with Lyon for Varga last summer, but the deal collapsed.")]
    [InlineData("RB Leipzig", "Chelsea", "Tomas Varga moves for a fee of £52m from RB Leipzig to Stamford Bridge. " +
        "Manchester City had wanted Varga, and Chelsea beat them to him.")]
    public void A_move_phrase_naming_both_sides_settles_them(string from, string to, string text) =>
        Assert.Equal((from, to), Sides(text));

    [Fact]
    public void A_rivalry_told_from_one_club_to_another_is_no_move_phrase() =>
        Assert.NotEqual("Fenerbahce", Sides("It has been claimed that Fenerbahce have entered the race for Tomas Varga, for whom Galatasaray had already made an offer. " +
            "Fenerbahce have also submitted a proposal to his agent. Varga plays for Bayern Munich.", "Historic transfer hijack from Fenerbahce to Galatasaray: they made an offer for Tomas Varga").From);

    // "after arriving for the 2021 campaign from Swiss side FC Zurich": how he came to his last club, however many words
    // the clause takes, sells him nowhere now; "after signing a two-year deal at St Mirren" is the signing just made.
    [Theory]
    [InlineData("He scored five goals in 46 games for San Jose after arriving for the 2021 campaign from Swiss side FC Zurich.", "FC Zurich", true)]
    [InlineData("He scored five goals after arriving from FC Zurich.", "FC Zurich", true)]
    [InlineData("He scored five goals for San Jose after arriving for the 2021 campaign from Swiss side FC Zurich.", "San Jose Earthquakes", false)]
    [InlineData("He is fulfilling a lifelong ambition after signing a two-year deal at St Mirren.", "St Mirren", false)]
    [InlineData("He has scored 12 goals since signing a contract at St Mirren.", "St Mirren", true)]
    [InlineData("He is now on the verge of joining the Old Trafford side, just one year after his transfer to PSG from Sporting Lisbon.", "Sporting CP", true)]
    [InlineData("Tomas Varga has gone back to Belgium, just two months after the striker joined Burnley.", "Burnley", true)]
    [InlineData("Tomas Varga has gone back to Belgium, two months after he joined Burnley.", "Burnley", true)]
    public void Where_he_came_from_in_a_long_past_move_clause_is_his_past(string text, string club, bool past)
    {
        var sentence = SentenceSplitter.Split(text)[0];
        var mention = ClubGazetteer.Default.FindMentions([sentence]).First(m => m.Club!.Name == club);

        Assert.Equal(past, ClauseScanner.InPastMoveClause(sentence, mention.WordIndex));
    }

    // "Dutch top flight side FC Twente": the league's words, hyphen or none, describe the club they stand before.
    [Fact]
    public void A_club_described_by_its_top_flight_is_where_he_goes() =>
        Assert.Equal("FC Twente", Sides("Norwich City winger Tomas Varga is close to joining Dutch top flight side FC Twente on a season-long loan, according to reports.").To);

    [Fact]
    public void A_club_making_progress_in_its_quest_for_him_is_the_buyer() =>
        AssertBuys("Konyaspor", "Konyaspor have made significant progress in their quest to recruit Middlesbrough forward Tomas Varga.");

    // "Saint-Etienne rising star", "Porto's in-form striker": a word of praise between the club and what he is keeps the
    // club his.
    [Theory]
    [InlineData("Leeds United are to return to France in a further transfer chase for Saint-Etienne rising star Tomas Varga.")]
    [InlineData("Leeds United are keen on Saint-Etienne in-form striker Tomas Varga.")]
    public void A_club_before_praise_and_his_position_sells_him(string text) =>
        AssertSells("Saint-Etienne", text);

    [Fact]
    public void The_club_he_has_moved_to_is_the_buyer() =>
        Assert.Equal(("Aston Villa", "Fiorentina"), Sides("Aston Villa midfielder Tomas Varga has moved to Fiorentina on a season-long loan with an option to buy, the club confirmed on Wednesday."));

    // "Fulham have joined Stoke City in the race to sign him": the club joined is a rival suitor, behind the one joining.
    [Fact]
    public void The_club_joined_in_the_race_is_a_rival_behind_the_one_joining()
    {
        var (joined, _) = RoleOf("Stoke City", "Fulham have reportedly joined Stoke City in the race to sign Club Brugge centre-back Tomas Varga.");
        var (joining, _) = RoleOf("Fulham", "Fulham have reportedly joined Stoke City in the race to sign Club Brugge centre-back Tomas Varga.");

        Assert.True(joining > joined, $"Fulham {joining}, Stoke City {joined}");
    }

    // "aston villa agree leon varga deal" over "Varga will now head to the Midlands": "Leon" before the surname the text
    // uses is his first name, not Club Leon; "Wolves" named on its own elsewhere stays the club.
    [Fact]
    public void A_club_s_short_name_before_his_surname_is_his_first_name() =>
        Assert.Null(Sides("Varga will now head to the Midlands to undergo a medical and discuss personal terms after a deal was agreed between Villa and the German club. " +
                          "The 23-year-old appeals to Villa boss Dean Smith due to his pace and ability to play on either flank.", "aston villa agree leon varga deal").From);

    [Fact]
    public void A_club_named_on_its_own_elsewhere_is_no_first_name() =>
        Assert.Equal("Wolverhampton Wanderers", Sides("Manchester United are in talks with Wolves over Tomas Varga. Varga has a release clause at Wolves.",
                                                      "manchester united talks wolves varga").From);

    // "has signed a pre-contract with the Perth club after leaving rivals Inverness": a pre-contract is signed while his
    // club still holds him, so "after leaving" makes him no free agent and Inverness stays the seller.
    [Fact]
    public void A_pre_contract_signed_after_leaving_keeps_the_club_he_leaves() =>
        Assert.Equal("Inverness Caledonian Thistle", Sides("Tomas Varga has confirmed he will be playing for St Johnstone next season. " +
            "The 25-year-old French striker has signed a pre-contract with the Perth club after leaving Premier League rivals Inverness.", "St Johnstone lure Varga from Inverness").From);

    // "the Fatih Karagümrük S.K striker": the club's legal suffix between its name and his position keeps the club his.
    [Theory]
    [InlineData("However, the Fatih Karagümrük S.K striker Tomas Varga has decided to stay in Istanbul.", "Fatih Karagumruk")]
    [InlineData("Hull City are keen on the Ajax FC winger Tomas Varga.", "Ajax")]
    public void A_club_s_legal_suffix_before_his_position_keeps_the_club_his(string text, string club) =>
        AssertSells(club, text);

    // "plans to stay with Botafogo instead of moving", "after spending nearly a decade at the Etihad": the club he stays
    // with, or has spent years at, is his.
    [Theory]
    [InlineData("Brazilian striker Tomas Varga plans to stay with Botafogo instead of moving to Nottingham Forest.", "Botafogo")]
    [InlineData("After spending nearly a decade at Manchester City, the Belgian midfielder's current deal is set to expire.", "Manchester City")]
    public void The_club_he_stays_with_or_spent_a_decade_at_is_his(string text, string club) =>
        AssertSells(club, text);

    [Fact]
    public void The_club_he_has_rejoined_is_the_buyer() =>
        Assert.Equal(("Manchester City", "Bolton Wanderers"), Sides("Manchester City goalkeeper Tomas Varga has rejoined League One side Bolton Wanderers on a season-long loan."));

    // "according to reports from the Birmingham Mail": a club's name inside a known outlet's is the newspaper, not the club.
    [Fact]
    public void A_club_s_name_inside_an_outlet_s_is_no_club() =>
        Assert.Equal(("Porto", "Wolverhampton Wanderers"), Sides("Wolves are working on a deal to bring in FC Porto right back Tomas Varga according to reports from the Birmingham Mail. " +
                                                              "Wolves want to sign Varga this week.", "Wolves close to securing replacement for Doherty"));

    // "the Capital One Cup first round defeat to Port Vale", "a 2-0 win over Lens": the opponent in a match is no side.
    [Theory]
    [InlineData("He was partnered by Sam Vokes in the Capital One Cup first round defeat to Port Vale.", "Port Vale")]
    [InlineData("Tomas Varga scored twice in the win over Lens on Saturday.", "Lens")]
    public void The_opponent_in_a_result_is_no_side(string text, string club) =>
        Assert.Equal((0.0, 0.0), RoleOf(club, text));

    // "the English team are said to be among the clubs interested in signing Bruninho": a suitor, however the report hedges.
    [Fact]
    public void A_club_said_to_be_among_those_interested_is_a_buyer() =>
        Assert.Equal(("Athletico Paranaense", "Wolverhampton Wanderers"), Sides("Wolves are said to be among the clubs interested in signing Athletico Paranaense winger Tomas Varga."));

    // "Manchester United have rejected claims they have made a bid for Berbatov": the bid it denies is its own.
    [Fact]
    public void A_club_rejecting_claims_of_its_own_bid_is_the_suitor() =>
        Assert.Equal(("Tottenham Hotspur", "Manchester United"), Sides("Manchester United have rejected claims they have made a bid for Tottenham striker Tomas Varga."));

    // "As for Norwich City, their relegation…": a topic the story turns to is no buyer.
    [Fact]
    public void A_club_the_story_turns_to_with_as_for_is_no_buyer() =>
        Assert.Equal((0.0, 0.0), RoleOf("Norwich City", "As for Norwich City, their relegation back to the Championship has been confirmed."));

    // "Wolves are anticipating an approach from one of the teams", "would attempt to recoup £40m for him": his club.
    [Theory]
    [InlineData("Wolves are anticipating an approach from one of the Saudi teams for goalkeeper Tomas Varga.")]
    [InlineData("Wolves would attempt to recoup as much as £40m for goalkeeper Tomas Varga.")]
    public void A_club_awaiting_offers_or_recouping_its_money_sells(string text) =>
        AssertSells("Wolverhampton Wanderers", text);

    // "has spent this season on loan at Middlesbrough from Valencia": where he spent a loan is no buyer now.
    [Fact]
    public void The_club_he_spent_a_loan_at_is_no_buyer() =>
        Assert.Equal(("Valencia", "Galatasaray"), Sides("Galatasaray have held talks with Tomas Varga. " +
                                                       "Varga has spent this season on loan at Middlesbrough from Valencia but could not help them avoid relegation."));

    // "their cup tie with VfL Osnabruck": a fixture's "with" names the opponent, not the other side of a deal.
    [Fact]
    public void The_opponent_in_a_fixture_is_no_buyer() =>
        Assert.Equal(("Werder Bremen", "Norwich City"), Sides("Norwich City have agreed a deal for Werder Bremen's Tomas Varga. " +
                                                             "Varga won't be part of Bremen's squad for their cup tie with VfL Osnabruck, after missing training."));

    [Fact]
    public void A_club_that_failed_with_a_bid_is_the_suitor() =>
        Assert.Equal(("Marseille", "Crystal Palace"), Sides("Crystal Palace appear to have failed with an audacious €38m (£31.6m) bid to sign Tomas Varga from Marseille. " +
                                                            "Varga has been linked with a switch to Tottenham this summer, and would rather wait for them.",
                                                            "Varga to Crystal Palace: striker set to reject Palace"));

    [Fact]
    public void Leaving_his_club_for_the_move_still_to_come_keeps_that_club_his() =>
        Assert.Equal(("PSV Eindhoven", "Stoke City"), Sides("Tomas Varga will join Stoke in the next few days after leaving PSV. " +
                                                            "He is due in Stoke to complete his switch after the two clubs agreed a fee.",
                                                            "Stoke agree deal for Tomas Varga"));

    [Fact]
    public void The_club_he_is_happy_to_play_for_is_his() =>
        Assert.Equal(("Sevilla", "AC Milan"), Sides("AC Milan were interested in signing Tomas Varga last summer, his agent said. " +
                                                    "\"Tomas Varga is happy to play for Sevilla in a great league like La Liga.\""));

    [Fact]
    public void A_club_that_agrees_a_players_deal_in_a_slug_headline_buys() =>
        Assert.Equal(("Hoffenheim", "Leeds United"), Sides("Tomas Varga will fly to England to undergo a medical once the finer details are sorted. " +
                                                           "Varga is set to travel to Villa Park on Friday with his new side, to take on Aston Villa.",
                                                           "leeds agree tomas varga deal hoffenheim striker to become club record signing"));

    // "Tigers' manager Phil Brown has long been an admirer", "Sevilla's sporting director": a club's official speaks for
    // it, which says nothing of which side it is on.
    [Fact]
    public void A_clubs_official_named_by_its_possessive_says_no_side() =>
        Assert.Equal(("Celtic", "Hull City"), Sides("Hull City's manager Phil Brown has long been an admirer of Tomas Varga. " +
                                                    "Varga has scored 12 goals for Celtic this season.",
                                                    "Hull City want Tomas Varga"));

    [Fact]
    public void The_club_he_returned_to_is_his() =>
        Assert.Equal(("Wolverhampton Wanderers", "Villarreal"), Sides("Tomas Varga was on loan at FC Cincinnati and returned to Wolves at the end of the year. " +
                                                                       "A number of clubs were interested, but he is now set to join Villarreal on loan.",
                                                                       "wolves defender set for loan move"));

    // "set to join Qatar outfit Al Rayyan": a country's name before "outfit" describes the club as "Qatari" would, while
    // "from Scotland's Celtic" stays a country's possessive.
    [Theory]
    [InlineData("Leeds United striker Tomas Varga is now set to join Qatar outfit Al Rayyan, according to a report.", "Leeds United", "Al-Rayyan")]
    [InlineData("Nashville SC have agreed to sign Tomas Varga on a season-long loan from Scotland's Celtic.", "Celtic", "Nashville SC")]
    public void A_country_named_before_a_club_word_describes_the_club(string text, string from, string to) =>
        Assert.Equal((from, to), Sides(text));

    // "has been linked with Egyptian powerhouses Al Ahly": the plural club word describes the club all the same.
    [Fact]
    public void A_club_described_as_powerhouses_is_the_one_he_is_linked_with() =>
        AssertBuys("Al Ahly", "The deadly goal-poacher has been linked with Egyptian powerhouses Al Ahly and a club in Saudi Arabia.");

    [Fact]
    public void The_club_a_players_rumours_are_named_by_is_the_buyer() =>
        Assert.Equal(("Everton", "Liverpool"), Sides("Reports in Brazil claimed that the Brazilian's agent had met with Jurgen Klopp at the Reds manager's house. " +
                                                     "However, the Liverpool Echo reported that the suggestion of a sale to their biggest rivals had been laughed off by Everton officials. " +
                                                     "Tomas Varga himself made an effort to dismiss the speculation by posting pictures of him celebrating in an Everton shirt.",
                                                     "tomas varga responds liverpool rumours and everton fans will love it"));

    [Fact]
    public void A_club_he_had_initially_been_expected_to_join_is_no_buyer_now() =>
        Assert.Equal(("Leicester City", "Chelsea"), Sides("Chelsea have made a formal offer for Leicester City midfielder Tomas Varga, according to reports. " +
                                                          "Varga had initially been expected to join Brighton & Hove Albion, who made an offer for him last week.",
                                                          "Chelsea have made a formal offer for Leicester City midfielder Tomas Varga"));

    [Fact]
    public void The_club_he_signs_for_instead_beats_the_clubs_that_chased_him() =>
        Assert.Equal((null, "Alanyaspor"), Sides("Middlesbrough, Swansea City and West Bromwich Albion were all chasing Tomas Varga this summer, " +
                                                 "but reports in Turkey state he is set to sign for Super Lig side Alanyaspor instead. " +
                                                 "Middlesbrough have been long-term admirers of Varga. He left Bristol City at the end of his contract.",
                                                 "middlesbrough swansea and west brom to miss out as striker set for move to turkey"));

    [Fact]
    public void A_club_dismissing_claims_another_club_bid_is_no_suitor() =>
        Assert.Equal(("Bayern Munich", "Inter Milan"), Sides("Bayern Munich CEO Karl-Heinz Rummenigge has dismissed claims Inter Milan made a bid for midfielder " +
                                                             "Tomas Varga this summer. Varga was strongly linked with a move away from the Allianz Arena, with Inter " +
                                                             "Milan rumoured to be a potential suitor.", "bayern ceo claims no offers were lodged for star midfielder"));

    // "with Hearts willing to let him leave as a free agent": the club that will let him go is the one he leaves; one that
    // let him go already is not.
    [Fact]
    public void A_club_willing_to_let_him_leave_as_a_free_agent_is_the_club_he_leaves() =>
        Assert.Equal(("Hearts", "Derry City"), Sides("Derry City are favourites to secure the signature of Hearts striker, Tomas Varga. " +
                                                     "With Sligo out of the picture, it has opened the door for a move to Derry City with Hearts willing to let him leave as a free agent.",
                                                     "hearts forward tomas varga closing in on derry city move"));

    [Fact]
    public void A_club_that_let_him_leave_on_a_free_already_is_no_longer_his() =>
        Assert.Null(Sides("Hull City are interested in signing Tomas Varga, with the right-back available on a free transfer. " +
                          "He was most recently with Galatasaray but he came to an agreement that let him leave the Turkish giants on a free.",
                          "Hull City interested in free agent Varga").From);

    // "is set to return to Peruvian club Universidad San Martin": a move back to a former club is a move all the same.
    [Theory]
    [InlineData("Colombian forward Tomas Varga is set to return to Peruvian club Universidad San Martin. Varga's time in Dallas ends after two appearances.")]
    [InlineData("Colombian forward Tomas Varga is set to rejoin Universidad San Martin. Varga's time in Dallas ends after two appearances.")]
    public void A_player_going_back_to_a_former_club_moves_there(string text) =>
        Assert.Equal("Universidad San Martin", Sides(text, "Colombian Forward Tomas Varga Returning to Peru").To);

    // "Forest paid Benfica £13.2m for the midfielder in June 2018": a purchase dated by its month and year is his past.
    [Fact]
    public void A_purchase_dated_by_month_and_year_is_the_club_he_leaves_now() =>
        Assert.Equal(("Nottingham Forest", "Almeria"), Sides("Tomas Varga has joined Spanish second tier side Almeria on a season-long loan. " +
                                                             "Forest paid Benfica £13.2m for the midfielder in June 2018, but he has struggled to make an impact.",
                                                             "Varga joins Almeria on loan"));

    // "following his move to Ballymena United last September": a move dated by its month is as old as one dated "last summer".
    [Fact]
    public void A_move_last_month_by_name_is_the_club_he_leaves_now() =>
        Assert.Equal(("Everton", "Glentoran"), Sides("Glentoran have signed Tomas Varga for an undisclosed fee. " +
                                                     "The striker scored 21 goals following his move to Everton last September.",
                                                     "varga seals glentoran move"));

    [Theory]
    [InlineData("Sky Sports reports that Manchester United will have a buy-back option on Tomas Varga.")]
    [InlineData("Manchester United have inserted a buyback clause into the deal for Tomas Varga.")]
    public void The_club_keeping_a_buy_back_option_sells(string text) => AssertSells("Manchester United", text);

    [Fact]
    public void A_club_before_his_midfield_star_title_is_his_club() =>
        Assert.Equal(("Brann", "Celtic"), Sides("Celtic have been linked with a swoop for Brann midfield star Tomas Varga.", "Celtic linked with Varga"));

    [Fact]
    public void A_club_that_must_offload_a_player_first_still_buys() =>
        Assert.Equal("Newcastle United", Sides("Newcastle must offload a player before they can sign Tomas Varga from Brighton.", "Newcastle want Varga").To);

    [Fact]
    public void A_move_dated_by_a_month_ahead_is_no_past_move() =>
        Assert.Equal("Celtic", Sides("Celtic are set to sign Aberdeen winger Tomas Varga in January 2026.", "Celtic set to sign Varga").To);

    [Fact]
    public void A_return_to_the_starting_line_up_is_no_move() =>
        Assert.Empty(ReportAnalyzer.Default.Analyze(new Report("Varga fit again", null, null, null,
            "Rangers defender Tomas Varga is set to return to the starting line-up against Celtic on Saturday after a hamstring injury.")).Moves);

    [Fact]
    public void A_club_primed_to_offload_a_defender_sells() =>
        AssertSells("Tottenham Hotspur", "Tottenham are primed to offload an unwanted defender to Augsburg.");

    // Rival suitors "fighting it out for the signature" of a player want him.
    [Theory]
    [InlineData("Dundee United are fighting it out with Hibernian for the signature of Ayr United's Tomas Varga.")]
    [InlineData("Dundee United are locked in a battle for Ayr United's Tomas Varga.")]
    [InlineData("Dundee United are vying for the signature of Ayr United's Tomas Varga.")]
    public void Clubs_fighting_for_his_signature_buy(string text) => AssertBuys("Dundee United", text);

    // "some European experience with UCD": a club of his past is no side of the deal.
    [Fact]
    public void A_club_he_gained_experience_with_is_no_side() =>
        Assert.Equal("Sligo Rovers", Sides("St Patrick's Athletic have signed Tomas Varga. The centre-half joins the Saints having spent the past two seasons at Sligo Rovers. "
            + "He has ten years in the Premier Division under his belt, as well as some European experience with UCD.", "Varga joins St Pat's").From);

    // "Nottingham Forest was presumed to be in pole position, but ...": a lead once presumed is no suitor's now.
    [Theory]
    [InlineData("Nottingham Forest was presumed to be in pole position, but the defender chose Hull.", false)]
    [InlineData("Nottingham Forest are in pole position to sign the defender.", true)]
    public void A_lead_once_presumed_is_no_buyers(string text, bool buys) => AssertBuysOrNot("Nottingham Forest", text, buys);

    // "a further €2 million due to Juventus if the loan becomes permanent": the club the money is owed to lets him go.
    [Fact]
    public void The_club_a_sum_is_due_to_is_the_seller() =>
        AssertSells("Juventus", "Fiorentina pay a loan fee now, with a further €2 million due to Juventus if the transfer becomes permanent.");

    // "first with Darmstadt before moving to Schalke": a step of his career, not the move the report is about.
    [Fact]
    public void A_step_of_his_career_before_the_next_is_no_move_now() =>
        Assert.Equal(("Schalke 04", "DC United"), Sides("DC United have agreed terms with Schalke for Tomas Varga, a midfielder from Iceland, for 500,000 euros. "
            + "Varga has played with NEC and FC Zurich before three years in Germany, first with Darmstadt before moving to Schalke."));

    // "It was the English club Brighton that made the bid": a cleft sentence singles out the bidder; "told Everton that he
    // wants to leave" still leaves what follows "that" to another.
    [Theory]
    [InlineData("Brighton & Hove Albion", "It was the English club Brighton and Hove Albion that made the bid.", true)]
    [InlineData("Everton", "Varga told Everton that he had made a bid for a house.", false)]
    public void A_club_singled_out_by_it_was_does_what_follows(string club, string text, bool buys) => AssertBuysOrNot(club, text, buys);

    // "Cliftonville have confirmed the capture of midfielder Tomas Varga": the club's own word for a signing.
    [Fact]
    public void The_club_that_confirms_a_capture_buys() =>
        AssertBuys("Cliftonville", "Cliftonville have confirmed the capture of midfielder Tomas Varga from Crusaders.");

    // "the Partenopei offered €50 million" bids; "offered him a new contract" is his own club's renewal; "has offered fans a
    // boost" is no deal; "among the Nantes players offered around Europe" names his club.
    [Theory]
    [InlineData("Napoli", "This time, Napoli offered €50 million, but the sporting director dismissed it immediately.", true)]
    [InlineData("Celtic", "Celtic offered him a new contract last month.", false)]
    [InlineData("Nantes", "Varga is among the Nantes players who have been offered around Europe this summer.", false)]
    public void A_club_that_offered_a_sum_bids(string club, string text, bool buys) => AssertBuysOrNot(club, text, buys);

    [Fact]
    public void A_club_that_offered_its_fans_a_boost_is_no_side()
    {
        var (buyer, seller) = RoleOf("Celtic", "A Celtic hero has offered fans a vital transfer boost.");
        Assert.Equal((0, 0), (buyer, seller));
    }

    // "…, with the Tottenham Hotspur misfit looking likely to head to Goodison Park": a later clause calling the story's
    // player by his club and what he is names him as well as his name would.
    [Fact]
    public void A_player_called_by_his_club_and_what_he_is_in_a_later_clause_is_the_storys() =>
        Assert.Equal("Tottenham Hotspur", Sides("Everton now look like landing Tomas Varga in a shock late twist. The Athletic are reporting that Frank Lampard is wasting "
            + "no time in securing a new midfielder, with the Tottenham Hotspur misfit looking likely to now head to Goodison Park, rather than Valencia.",
            "Everton report: Tomas Varga in late u-turn to join Toffees").From);

    // "began his career with Liverpool's reserves ... before starting his first-team career with Hibernian": two steps of a career joined
    // by "but" or "before" are no pair of sides dealing with each other, so neither buys him now.
    [Fact]
    public void Clubs_of_two_career_steps_are_no_pair_of_sides() =>
        Assert.Equal(("Schalke 04", "DC United"), Sides("DC United have agreed terms with Schalke for Tomas Varga, a 31-year-old midfielder, for 500,000 euros. "
            + "Varga began his career with Liverpool's reserves as a teenager but never played before starting his first-team career with Hibernian in 2011.",
            "dc united tomas varga schalke liverpool"));

    // "Reading FC, Cardiff and Swansea City set to miss out on transfer target": a club losing the race is no buyer.
    [Fact]
    public void A_club_set_to_miss_out_on_its_target_is_no_buyer()
    {
        var (buyer, _) = RoleOf("Swansea City", "Reading FC, Cardiff and Swansea City set to miss out on transfer target");
        Assert.Equal(0, buyer);
    }

    // "Both the Rams and the Canaries have had bids rejected": clubs listed with their articles share the role as well.
    [Fact]
    public void Clubs_listed_with_their_articles_share_a_role() =>
        Assert.Equal(("Wigan Athletic", "Derby County"), Sides("Wigan Athletic are bracing for a fight to hold on to Tomas Varga, with Derby County and Norwich City interested. "
            + "Both the Rams and the Canaries are understood to have had bids of £4million rejected for the player.", "Wigan fighting to hold on to Varga"));

    // "no contact from Fulham", "We've heard nothing from Fulham": the club that would make contact is the suitor, even
    // when it has not.
    [Theory]
    [InlineData("Reading manager Brian McDermott said that there has been no contact from Fulham about midfielder Tomas Varga.")]
    [InlineData("We have heard nothing from Fulham.")]
    public void The_club_contact_would_come_from_is_the_suitor(string text) => AssertBuys("Fulham", text);

    [Fact]
    public void A_club_whose_top_scorer_he_is_sells() =>
        AssertSells("Ipswich Town", "The 31-year-old striker is Ipswich's top scorer with seven goals from 29 appearances.");

    // "a direct replacement for Stewart Downing, who joined Liverpool this month": a past move told of a man named only
    // as context is his, not this player's.
    [Fact]
    public void The_past_move_of_a_man_he_replaces_is_no_side_of_his() =>
        Assert.Equal(("Wigan Athletic", "Aston Villa"), Sides(
            "The fee was not disclosed. \"We have agreed terms with Wigan for winger Tomas Varga,\" Villa said on their website. " +
            "The 25-year-old Varga is a direct replacement for Stewart Downing who joined Liverpool this month in a deal worth 20 million pounds.",
            "aston villa agree deal for varga"));

    // "previously tried to bring the winger to Derby County": a club that only tried to sign him never had him.
    [Fact]
    public void A_club_that_once_tried_to_sign_him_is_not_his_club() =>
        Assert.Equal(("West Bromwich Albion", "Stoke City"), Sides(
            "Tomas Varga is on the verge of signing for Stoke City after a medical. The 29-year-old has spent the last three seasons in the " +
            "Premier League with West Brom. Stoke manager Gary Rowett has long been an admirer of Varga and previously tried to take the winger to Derby County. " +
            "The player made a total of 112 appearances for West Brom since joining in 2015.",
            "varga stoke city medical"));

    // "Super Eagles midfielder": Nigeria's side, not Crystal Palace ("the Eagles"); "Tianjin TEDA" as the club writes it.
    [Fact]
    public void A_national_side_called_super_is_no_club_and_his_club_in_china_sells() =>
        Assert.Equal(("Tianjin Jinmen Tiger", "Middlesbrough"), Sides(
            "Super Eagles midfielder Tomas Varga has undergone a medical at Championship side Middlesbrough ahead of a short-term move. " +
            "After two years in China with Tianjin TEDA, Varga is now on the verge of joining Middlesbrough.",
            "super eagles captain varga undergoes medical at middlesbrough"));

    // "winger asks Wigan Athletic for transfer": the club he asks to let him go is his.
    [Fact]
    public void The_club_a_player_asks_for_a_transfer_sells() =>
        AssertSells("Wigan Athletic", "Hull City in battle to land Tomas Varga as the winger asks Wigan Athletic for a transfer.");

    // "has attracted attention from Liverpool": the club whose attention he draws wants him.
    [Fact]
    public void The_club_whose_attention_he_draws_buys() =>
        AssertBuys("Liverpool", "The winger has attracted attention from Liverpool after a fine season.");

    // "to trigger Varga's release clause at Villarreal": the club whose clause is paid sells.
    [Fact]
    public void The_club_whose_release_clause_is_paid_sells() =>
        AssertSells("Villarreal", "West Ham are ready to pay €40 million to trigger Tomas Varga's release clause at Villarreal this summer.");

    // "to be unveiled as a Barcelona player": the club that presents him signs him.
    [Fact]
    public void The_club_he_is_unveiled_as_a_player_of_buys() =>
        AssertBuys("Barcelona", "Tomas Varga is expected to be unveiled as a Barcelona player any day now.");

    // "Claims about Preston receiving a bid for Riis": the club a bid is made to sells.
    [Fact]
    public void The_club_receiving_a_bid_sells() =>
        AssertSells("Preston North End", "Claims about Preston North End receiving a bid of £5m for Tomas Varga are wide of the mark.");
}
