using RumourBot.Reports;
using RumourBot.Reports.Clubs;
using RumourBot.Reports.People;
using RumourBot.Reports.Text;

namespace RumourBot.Tests.Reports;

/// <summary>
/// Issue 10, the people round: who the main move is about and which outlets and journalists a report cites, on kinds
/// of sentences seen in real reporting (each written for the test in that style, not copied from a report). Each rule
/// has a test that fails when the rule goes.
/// </summary>
public class PeopleAndSourcesRulesTests
{
    private static ReportAnalysis Analyse(string text, string title = "", string? outlet = null) =>
        ReportAnalyzer.Default.Analyze(new Report(title, outlet, null, null, text));

    private static string MainPlayer(string text, string title = "") =>
        Analyse(text, title).MainMove?.Player ?? throw new Xunit.Sdk.XunitException("no move found in: " + text);

    private static List<string> Sources(string text, string title = "", string? outlet = null) =>
        Analyse(text, title, outlet).Sources.Select(s => s.Name).Where(n => n != outlet).ToList();

    // Who the main player is

    // A three-word name opening with "El" looks like a paper's title ("El Diario de Sevilla"); after a position word it is a player's.
    [Fact]
    public void A_name_opening_with_an_article_after_a_position_word_is_a_player() =>
        Assert.Equal("El Hadji Varga", MainPlayer("Eintracht Frankfurt have tabled a first offer for Leeds United linked centre-back El Hadji Varga, it has been claimed in France.",
            "Eintracht Frankfurt go in with bid for Leeds United target"));

    // "Listing Varga as such permits…": a sentence opening on a verb's -ing form before a name does not make it his first name.
    [Fact]
    public void A_verb_opening_a_sentence_before_a_name_is_no_first_name() =>
        Assert.Equal("Varga", MainPlayer("The Polish midfielder has been in the United States since last week to complete his move. Listing Varga as a Designated Player permits DC United to exceed the salary cap. Varga has signed a deal until the end of 2024.",
            "DC United announce signing of Leeds United midfielder"));

    // A first name with the shape of such a verb stays a first name.
    [Fact]
    public void A_first_name_ending_in_ing_is_kept() =>
        Assert.Equal("Hirving Lozano", MainPlayer("Hirving Lozano has joined PSV from Pachuca on a six-year deal.", "PSV sign Pachuca winger"));

    // "Crewe Alex" is the club's short form (a gazetteer alias), not a player called Alex.
    [Fact]
    public void A_clubs_short_form_that_ends_in_a_forename_is_no_player() =>
        Assert.Equal("Tomas Varga", Analyse("Winger Tomas Varga is poised to become Crewe Alex’s second signing of the summer.", "Crewe Alex in swoop for star winger").MainMove?.Player);

    // "Tomas Varga's son Luca has signed": the son named by his first name carries the family's name and is the mover; his
    // father is the story's context, in a headline written as a lower-case slug too.
    [Theory]
    [InlineData("Sion great Tomas Varga's son Luca has signed a two-year contract extension with Wigan. Luca is a talented central defender, the club said.",
        "Tomas Varga's son signs new deal")]
    [InlineData("Sion great Tomas Varga's son Luca has signed a two-year contract extension with Wigan. Luca is a talented central defender, the club said.",
        "tomas varga son luca signs deal wigan")]
    public void A_son_named_by_his_first_name_carries_his_fathers_surname(string text, string title) =>
        Assert.Equal("Luca Varga", MainPlayer(text, title));

    // "sunderland sign senegals mangane loan": a slug's country possessive, its apostrophe dropped, is no first name; the
    // surname after it is the one the page's address gives him.
    [Fact]
    public void A_slugs_country_possessive_before_his_surname_is_no_first_name() =>
        Assert.Equal("Varga", MainPlayer("\"Tomas is a player who will add to the overall strength of our squad,\" the Sunderland manager said on the club's website. "
            + "The 29-year-old centre-back began his career in Senegal before spending time in Switzerland.", "sunderland sign senegals varga loan"));

    // "Arsenal have launched a bid to sign a transfer target for Mikel Arteta": the man a target is for is the manager.
    [Fact]
    public void The_man_a_target_is_for_is_no_player() =>
        Assert.Equal("Tomas Varga", MainPlayer("Arsenal have launched a £45m bid to sign a transfer target for Mikel Arteta, however, it may not be enough. "
            + "Arsenal have offered RB Leipzig £45m for striker Tomas Varga.", "arsenal make transfer offer for arteta update"));

    // "Pochettino is keen to open talks with the 20-year-old striker": who is keen to sign a player by his position is the
    // manager; the lede's only player is then the story's, though later sentences name others as context.
    [Fact]
    public void A_man_keen_to_open_talks_with_a_striker_is_his_manager_and_the_ledes_player_is_the_storys() =>
        Assert.Equal("Tomas Varga", MainPlayer("Tottenham Hotspur are ready to launch a bid to secure one of South America's most exciting talents in River "
            + "Plate forward Tomas Varga, according to reports from the Independent.\n\nMauricio Pochettino is keen to open talks with the 20-year-old striker, "
            + "who scored 10 goals in 14 league games.\n\nRiver's president is ready to let the striker leave for Europe as long as a bid in excess of £10 million "
            + "is received.\n\nSpurs are the lowest scorers in the top four and Pochettino is exploring options to alleviate the pressure on last season's "
            + "leading marksman Harry Kane following Vincent Janssen's shortcomings this season.", "rumours tottenham to launch bid for river plate striker varga"));

    // Words that only say where a report comes from are no source: a region, a people, a town before its paper's name.
    [Theory]
    [InlineData("According to multiple reports from South American media outlets, FC Cincinnati are targeting Tomas Varga.", new string[0])]
    [InlineData("According to Catalan outlet El Nacional, Manchester United have bid for Tomas Varga.", new[] { "El Nacional" })]
    [InlineData("Tomas Varga's agent had told Arnhem newspaper De Gelderlander that Swansea had made an offer.", new[] { "De Gelderlander" })]
    [InlineData("According to journalist Cahê Mota, from the GE website, Flamengo refused two offers for Tomas Varga.", new[] { "Cahê Mota", "GE" })]
    public void Words_that_only_say_where_a_report_comes_from_are_no_source(string text, string[] sources) =>
        Assert.Equal(sources, Sources(text));

    [Fact]
    public void A_title_case_preposition_after_a_name_is_no_part_of_it() =>
        Assert.Equal("Tomas Varga", MainPlayer(
            "Stuttgart Hold Firm on Tomas Varga Amidst Transfer Speculation\nThe Stuttgart chief executive has confirmed that Varga's potential transfer to Bayern Munich is closed.",
            "Stuttgart chief says Varga decision was no contest"));

    [Fact]
    public void A_title_case_subheading_s_capitalised_verbs_are_no_name() =>
        Assert.DoesNotContain("Stands Firm", Analyse(
            "Lens Stands Firm Amidst Transfer Speculation\nThe Lens chief executive has confirmed that the case of the striker's potential transfer to " +
            "Porto is closed, despite a substantial offer from Porto. Lens refused to negotiate on the transfer.",
            "Lens chief says the striker is staying").Moves.Select(m => m.Player));

    [Theory]
    [InlineData("Leeds United turned down the chance to sign Manchester United outcast Tomas van de Varga in January.", "Tomas van de Varga")]
    [InlineData("Ajax want to sign Rafael van der Varga from Hamburg.", "Rafael van der Varga")]
    public void Two_particles_in_a_row_stay_in_the_name(string text, string player) =>
        Assert.Equal(player, MainPlayer(text));

    [Theory]
    [InlineData("parma have signed varga from empoli")]
    [InlineData("parma move to sign varga")]
    public void One_word_after_the_verb_that_signs_him_in_a_lower_case_headline_is_the_player_the_text_never_names(string title) =>
        Assert.Equal("Varga", MainPlayer(
            "No official details on the length of the deal or the price. He told the club website: \"I am very happy to be here at Parma.\"",
            title));

    [Fact]
    public void A_title_case_headline_s_verdict_is_no_name() =>
        Assert.Equal("Tomas Varga", MainPlayer(
            "The Parma boss has categorically denied being interested in signing the veteran striker. \"Tomas Varga has made it clear that he wants to remain in Sweden.\"",
            "Varga Talks Denied"));

    [Fact]
    public void A_title_case_headline_s_name_stands_where_the_prose_writes_only_his_capitalised_surname() =>
        Assert.Equal("Tomas Varga", MainPlayer(
            "Parma confirmed the six-month loan of the 31-year-old centre-back to Empoli.\n- Varga has eight appearances this season.",
            "Parma Loan Tomas Varga to Empoli on Deadline Day"));

    [Fact]
    public void A_title_case_headline_s_verb_before_a_surname_is_no_first_name() =>
        Assert.DoesNotContain("Agree Varga", Analyse(
            "Parma have reached a deal with Empoli. Varga has eight appearances this season.",
            "Parma Agree Varga Fee With Empoli").Moves.Select(m => m.Player));

    [Fact]
    public void One_word_opening_a_lower_case_headline_before_his_deed_is_the_player_the_text_never_names() =>
        Assert.Equal("Varga", MainPlayer(
            "The England goalkeeper becomes the latest City player to extend his stay at the Etihad Stadium, following the likes of Sergio Agudo, " +
            "Edin Dezko and David Silvano. The 27-year-old told the club's official website: \"I'm really happy here.\"",
            "varga signs new city contract 848929"));

    [Fact]
    public void A_participle_opening_a_sentence_is_no_one_word_name() =>
        Assert.Equal("Tomas Varga", MainPlayer(
            "Finn Harps have just announced the signing of defender Tomas Varga.\nBorn in the Netherlands, he opted to represent Turkey at international level. " +
            "The 27 year old most recently played with Turkish side Kasimpasa and has also spent time at Beroe and Dordrecht.",
            "finn harps complete the signing of dutch born former turkish u21 defender"));

    [Fact]
    public void A_star_named_as_his_club_s_figurehead_is_not_the_story_s_player() =>
        Assert.Equal("Tomas Varga", MainPlayer(
            "Ronaldo's Al-Nassr have made an offer for Tomas Varga, according to The Sun. Manchester City are ready to let Varga go in January. " +
            "Ronaldo's Al-Nassr are also in talks with his agent."));

    [Theory]
    [InlineData("Keller: Varga will not be sold")]
    [InlineData("Keller: striker will not be sold to Barcelona")]
    [InlineData("Striker will not be sold to Barcelona - Keller")]
    public void A_headline_s_speaker_quoted_again_below_is_not_the_story_s_player(string headline) =>
        Assert.Equal("Tomas Varga", MainPlayer(
            "Borussia Dortmund will not sell striker Tomas Varga to Barcelona this summer. Barcelona asked about Varga last week but " +
            "Dortmund want to keep the striker. \"He is not for sale,\" Keller told Kicker.", headline));

    [Fact]
    public void A_buy_back_clause_is_transfer_talk_that_makes_its_player_the_story_s() =>
        Assert.Equal("Tomas Varga", MainPlayer(
            "Barcelona have no buy-back option on Borussia Dortmund striker Tomas Varga, according to the club's chief executive. " +
            "\"There is no option to repurchase,\" Keller was quoted as saying by Kicker.", "Barcelona have no Varga buy-back clause - Keller"));

    [Fact]
    public void A_comma_after_according_to_a_journalist_closes_the_citation_before_the_player() =>
        Assert.Equal("Tomas Varga", MainPlayer("At least according to one De Telegraaf journalist, Tomas Varga leaves for Tottenham Hotspur via the back door."));

    [Fact]
    public void A_journalist_named_in_an_aside_after_a_comma_is_still_the_journalist() =>
        Assert.Equal(["The Athletic", "David Ornstein"], Sources("Arsenal are in talks with Brighton over Tomas Varga, and The Athletic's journalist, David Ornstein, says a fee is close."));

    [Fact]
    public void A_player_named_only_in_a_lower_case_headline_from_the_page_address_is_the_story_s_player() =>
        Assert.Equal("Tomas Varga", MainPlayer(
            "Valencia have held talks with Tottenham Hotspur over bringing the winger back to Mestalla on loan for the rest of the season. " +
            "The Spaniard spent the second half of last season at the club and was a regular starter.", "tomas varga on loan at valencia again"));

    // "Official offer made for Irishman", "the race to sign the Swede": a man called by his nation is the player already
    // named, never a second one.
    [Theory]
    [InlineData("Blackburn Rovers want to sign Tomas Varga but face competition from overseas. Official offer made for Irishman. A team from abroad has put in an official offer for the Irishman.")]
    [InlineData("Leeds United want Tomas Varga. The young Swede is a real talent. Leeds have lodged a £11m bid for the Swede.")]
    public void A_man_called_by_his_nation_is_the_player_already_named(string text)
    {
        var move = ReportAnalyzer.Default.Analyze(new Report("competition for tomas varga", null, null, null, text)).MainMove;
        Assert.Equal(("Tomas Varga", MoveStatus.Bid), (move?.Player, move?.Status));
    }

    // "according to a report from Tipsbladet": an outlet named like a surname is no second player, whose sentence the
    // bid would then belong to.
    [Fact]
    public void A_bid_told_beside_an_outlet_s_name_is_the_player_s_bid() =>
        Assert.Equal(MoveStatus.Bid, ReportAnalyzer.Default.Analyze(new Report("door now wide open for leeds to sign tomas varga", null, null, null,
            "Leeds now have a great chance to sign Tomas Varga, with the Midtjylland director admitting that the player will likely leave, as quoted by Tipsbladet. " +
            "Midtjylland ace Varga is clearly a player who interests Leeds. " +
            "In fact, Leeds have already lodged a £11 million bid for the 22-year-old according to a report from Tipsbladet.")).MainMove?.Status);

    // A page whose headline is only a number: a player named once, given "permission to talk to" a club, is its player.
    [Fact]
    public void A_player_given_permission_to_talk_to_a_club_is_the_story_s_player() =>
        Assert.Equal("Tomas Varga", MainPlayer(
            "Lyon have given 18-year-old midfielder Tomas Varga permission to talk to Premier League side Norwich City. " +
            "The French club have accepted a reported £350,000 bid for the teenager, who is under contract until 2027.", "48853590"));

    // "absent from their training camp in Horst": a town named after a place's noun is no second player either.
    [Fact]
    public void A_bid_told_after_a_town_named_like_a_surname_is_the_player_s_bid() =>
        Assert.Equal(MoveStatus.Bid, ReportAnalyzer.Default.Analyze(new Report(
            "Lyon midfielder Tomas Varga was absent from their training camp in Horst as he nears a move to Burnley.", null, null, null,
            "Lyon midfielder Tomas Varga was absent from their training camp in Horst as he nears a move to Burnley.\n" +
            "That is according to Het Nieuwsblad, who say it ‘looks like’ Varga will be following Vincent Kompany to Turf Moor.\n" +
            "The newspaper explains that there is a bid from Burnley for the 26-year-old, and Lyon are negotiating with the Championship side.\n" +
            "How much Burnley are willing to pay remains to be seen.\n" +
            "His absence from the training camp in Horst suggests things are progressing.")).MainMove?.Status);

    [Fact]
    public void A_name_in_a_lower_case_headline_with_its_surname_s_letters_misordered_is_the_text_s_name() =>
        Assert.Equal("Tomas Kafferty", MainPlayer(
            "Hearts have rejected a second bid from Rangers for striker Tomas Kafferty. The deal would have seen Lee Wallace return to Hearts. " +
            "Rangers previously had a £200,000 bid for Kafferty rejected.", "hearts reject rangers cash and lee wallace bid for tomas kafftery"));

    [Fact]
    public void A_one_word_name_in_a_lower_case_headline_is_a_name_though_the_body_only_opens_sentences_with_it() =>
        Assert.Equal("Varga", MainPlayer(
            "The Croatian club said in a statement on Tuesday that the 28-year-old would cost a transfer fee of 2 million euros. " +
            "Varga must wait for his debut after the start of the season was put back.", "varga joins hajduk split four year deal"));

    [Fact]
    public void Two_words_of_a_lower_case_headline_the_body_never_uses_are_no_name_unless_they_stand_where_a_name_would() =>
        Assert.Null(Analyse("Tottenham Hotspur have seen a bid for the Fulham winger turned down.", "tottenham bid rejected in huge blow").MainMove?.Player);

    [Fact]
    public void A_knight_in_a_transfer_story_is_its_manager_not_its_mover() =>
        Assert.Equal("Tomas Varga", MainPlayer(
            "Walsh: We won't sell Varga\nSir Henry Walsh has slammed the idea that Tomas Varga could be offloaded while he remains Leeds United manager. " +
            "Walsh laughed off talk that his out-of-form forward will be sold to Spain this summer.", "Walsh: We won't sell Varga"));

    [Fact]
    public void A_name_with_its_umlaut_written_out_is_the_same_player_named_as_in_his_first_full_mention() =>
        Assert.Equal("Jonas Schönfeld", MainPlayer(
            "RB Leipzig have signed forward Jonas Schönfeld from Freiburg on a three-year deal. Schönfeld passed a medical on Thursday. Schoenfeld scored 14 goals last season.",
            "Leipzig sign top scorer Schoenfeld on three-year deal"));

    [Fact]
    public void A_nickname_in_quotation_marks_is_no_second_player() =>
        Assert.Equal("Karim Benhadi", MainPlayer(
            "Lyon have completed the loan signing of Karim Benhadi from Lille. After a long chase the Lyon hierarchy landed their man, with \u201CKiki\u201D having arrived in the city on Monday. \u201CKiki\u201D has been linked with a move to Juventus before."));

    [Fact]
    public void A_manager_owning_his_squad_in_a_clause_opened_by_with_is_no_player() =>
        Assert.Equal("Tomas Varga", MainPlayer(
            "Tottenham chairman Daniel Levy has been left frustrated after a deal to offload a player way down Marco Bellini's plans collapsed. " +
            "There will be more departures agreed before the season is out, with Marco Bellini keen to cut more players from his squad. " +
            "One man who certainly falls into the unwanted category already is Tomas Varga. Tomas Varga's loan move to Genoa collapsed last week.",
            "tottenham transfer collapses after weeks of talks star returns to training"));

    [Fact]
    public void A_city_a_club_plays_in_is_no_one_word_player() =>
        Assert.Equal("Tomas Varga", MainPlayer(
            "Seeking club management in Jeddah strengthening its ranks with many distinguished players for the new season. " +
            "Sources revealed that Jeddah is a few steps away from a deal, with Al-Ahli in negotiations with Lens over a loan for Tomas Varga.",
            "The Saudi family of Jeddah is a few steps away from settling a resounding offensive deal"));

    [Fact]
    public void A_one_word_player_called_like_a_city_no_club_of_the_story_plays_in_is_the_player() =>
        Assert.Equal("Lima", MainPlayer(
            "Wolves swooped for Lima earlier this month and agreed terms with Sport Recife. Lima, capped by Brazil at under-17 level, " +
            "will become the club's second signing of the window, following the £12.7m capture of winger Tomas Varga from Braga.",
            "brazilian teen set to seal wolves deal"));

    [Fact]
    public void A_player_called_like_a_city_after_of_or_from_is_still_the_player() =>
        Assert.Equal("Lima", MainPlayer(
            "Wolves have completed the signing of Lima from Sport Recife. Lima, capped by Brazil at under-17 level, signed a five-year contract.",
            "wolves complete signing of brazilian teen"));

    [Fact]
    public void A_city_the_story_sets_something_in_is_a_place_though_no_club_of_it_is_named() =>
        Assert.DoesNotContain("Lima", PersonFinder.Find(
                SentenceSplitter.Split("The striker flew home to Lima on Monday. Lima will see him again when he is back from Lima next week."),
                new Dictionary<int, HashSet<int>>(), ClubGazetteer.Default.PlaceWords,
                cityWords: ClubGazetteer.Default.CityWords, clubNamedIn: _ => false)
            .Select(p => p.FullName));

    [Fact]
    public void A_journalist_is_cited_by_his_name_without_the_word_journalist() =>
        Assert.Equal(["Marco Bellini"], Sources("Journalist Marco Bellini confirms that Al-Nassr are interested in signing Tomas Varga from Lens."));

    [Fact]
    public void Every_report_names_no_outlet_called_every() =>
        Assert.DoesNotContain("Every", Sources("Lens are in talks with Chelsea over Tomas Varga. Every report on this deal has said that there is a complicated release clause."));

    [Fact]
    public void The_Athletic_Club_is_the_club_not_the_outlet() =>
        Assert.Empty(Sources("The Athletic Club wishes to report that this week it rejected an offer from Manchester United for Tomas Varga."));

    [Fact]
    public void A_describing_compound_before_his_name_is_no_part_of_it() =>
        Assert.Equal("Tomas Varga", MainPlayer("Arsenal-bound Tomas Varga has passed his medical ahead of his move from Lens."));

    [Fact]
    public void Outlets_that_both_state_the_story_are_cited() =>
        Assert.Equal(["Ole", "Radio Kappa"], Sources(
            "Racing Club have joined Rosario Central in the race for Tomas Varga. Ole and Radio Kappa both state the Argentine club have denied making an offer."));

    [Fact]
    public void A_proposal_submitted_for_him_is_transfer_talk() =>
        Assert.Equal("Tomas Varga", MainPlayer("Lens have submitted a proposal for attacking midfielder Tomas Varga.", "Lens bid"));

    [Fact]
    public void A_club_name_written_twice_in_a_headline_is_no_one_word_player()
    {
        var moves = Analyse("Lens have made an offer for Tomas Varga, and Man UTD are watching.", "Lens FC Lens transfer bid confirmed as Man UTD watch").Moves;

        Assert.Equal(["Tomas Varga"], moves.Select(m => m.Player));
    }

    [Fact]
    public void A_player_talked_about_at_a_press_conference_is_still_the_player() =>
        Assert.Equal("Tomas Varga", MainPlayer(
            "Porto are ready to bid €30m for Lens winger Tomas Varga. Tomas Varga was the subject of a tense press conference at Lens, where Coach Pavel Horak admitted the winger wanted to leave.",
            "Porto ready to bid €30m for Lens wantaway Varga"));

    [Fact]
    public void A_team_taking_a_plural_verb_is_no_player() =>
        Assert.Equal("Pablo Ortega", MainPlayer(
            "Al-Shabab are looking to sign Atletico Madrid striker Pablo Ortega this summer. Al-Shabab are ready to offer a three-year deal."));

    [Fact]
    public void A_club_named_with_its_nickname_and_suffix_is_no_player() =>
        Assert.Equal("Marco Ferri", MainPlayer(
            "The Gunners Arsenal FC are reported to be on the edge of announcing a swap deal for a striker. According to the Daily Mail, The Gunners Arsenal FC\u2019s new manager wants a reunion with Marco Ferri, who is playing for Napoli. Arsenal will offer Luca Danti to Napoli for Marco Ferri.",
            "Arsenal to announce swap deal for striker"));

    [Fact]
    public void A_one_word_name_that_only_opens_sentences_is_a_player_once_it_is_possessive() =>
        Assert.Equal("Thiaguinho", MainPlayer(
            "Thiaguinho will not sign for Burnley, according to the newspaper Record.\n\nThey say the deal collapsed after the wages were leaked.\n\n"
            + "Thiaguinho\u2019s agents are now looking for other clubs.\n\nThiaguinho now joins Carlos Mendes in the list of players who got close to joining Burnley.",
            "salary leak ends move"));

    [Fact]
    public void A_one_word_name_glued_to_the_small_word_after_it_is_that_name() =>
        Assert.Equal("Tiquinho", MainPlayer(
            "Palmeiras agreed on Monday to sell the club\u2019s main jewel. This is the attacking midfielder Tiquinhoaged 17, who is about to go to Zenit, from Russia, "
            + "for close to 12 million euros. Zenit has preference in buying Tiquinho if Palmeiras receive another proposal.",
            "Palmeiras close to sale of academy jewel"));

    [Fact]
    public void Buying_a_player_is_transfer_talk() =>
        Assert.Equal("Tiquinho", MainPlayer(
            "Palmeiras agreed on Monday to sell the club\u2019s main jewel. Zenit have preference in buying Tiquinho if Palmeiras receive another proposal. Tiquinho is 17.",
            "Palmeiras close to sale of academy jewel"));

    // "Chelsea boss Varga speculation": a clipped headline casts him as a manager; the body's "Celtic striker Tomas
    // Varga" says what he is.
    [Fact]
    public void The_body_naming_his_position_overrules_a_headline_s_role() =>
        Assert.Equal("Tomas Varga", MainPlayer(
            "Chelsea manager Antonio Conte has rubbished claims that his side tried to sign Celtic striker Tomas Varga on transfer deadline day. " +
            "Conte clarified that his club were never in the hunt for the Frenchman.", "Chelsea boss Varga speculation"));

    // "Old Trafford" is a ground; "James Trafford" a goalkeeper.
    [Fact]
    public void A_surname_shared_with_a_ground_is_still_a_name() =>
        Assert.Equal("James Trafford", MainPlayer("Manchester City goalkeeper James Trafford has rejoined League One side Bolton Wanderers on a season-long loan."));

    // The regional papers that follow one club closely are outlets the list knows.
    [Theory]
    [InlineData("Blackburn Rovers have turned down a bid from Millwall for Tomas Varga, as per Lancs Live.", "Lancs Live")]
    [InlineData("Bristol City have rejected an offer for Tomas Varga, the Bristol Post reports.", "Bristol Post")]
    [InlineData("Celtic have agreed a fee for Tomas Varga, according to the Northern Echo.", "Northern Echo")]
    public void A_regional_paper_is_a_known_outlet(string text, string outlet) =>
        Assert.Contains(outlet, Sources(text));

    [Fact]
    public void A_free_agent_is_a_player_not_an_agent() =>
        Assert.Equal("Ryan Doyle", MainPlayer("Celtic have opened talks with free agent Ryan Doyle over a one-year deal at Parkhead."));

    [Fact]
    public void A_one_name_player_named_once_in_a_sentence_case_headline_is_found() =>
        Assert.Equal("Bertolli", MainPlayer(
            "Inter will pay €12m to Cagliari for the loan, with an obligation to buy the midfielder next summer.",
            "Exclusive: the transfer fee of Bertolli to Inter changes"));

    [Fact]
    public void A_player_offered_as_a_makeweight_serves_anothers_move() =>
        Assert.Equal("Luc Marnier", MainPlayer(
            "Paris Saint-Germain will not sign Eintracht Frankfurt forward Luc Marnier this summer. PSG and Frankfurt held talks over a deal that would involve Tomas Varga as the counterweight. Tomas Varga could join Frankfurt from PSG. Tomas Varga would move to Frankfurt on loan.",
            "PSG's top target to stay at his club"));

    // "Rafa Benitez has tabled a bid of €1.3million for the attacker": a man who bids is a club's man, not another player
    // whose sentence the figure would belong to.
    [Fact]
    public void A_man_who_tables_a_bid_is_a_clubs_man() =>
        Assert.Equal(1.3m, Analyse("Newcastle United have tabled a bid for Swedish international Tomas Varga. "
            + "Reports suggest that Rafa Benitez has tabled a bid of €1.3million for the attacker.", "Newcastle bid for Varga").MainMove?.Fee?.AmountMillions);

    // "for €5 million plus Mexican forward Juan Perez", "a €40 million offer along with Stephan El Sharaawy": a player
    // added to a sum is part of the bid, so the sentence's figure is the story's player's fee.
    [Theory]
    [InlineData("Tottenham have agreed in principle to sign the 23-year-old for €5 million plus Mexican forward Juan Perez.")]
    [InlineData("Tottenham have agreed in principle to sign the 23-year-old, presenting a €5 million offer along with Juan Perez.")]
    public void A_player_added_to_a_sum_is_part_of_the_bid(string sentence)
    {
        var move = Analyse("Tottenham Hotspur are closing in on Galatasaray midfielder Tomas Varga. " + sentence, "Spurs agree deal for Galatasaray star Varga").MainMove;
        Assert.Equal(("Tomas Varga", 5m, "EUR"), (move?.Player, move?.Fee?.AmountMillions, move?.Fee?.Currency));
    }

    [Fact]
    public void When_the_headline_names_no_player_the_sentence_telling_its_news_again_names_him() =>
        Assert.Equal("Stefan Brandt", MainPlayer(
            "United have been busy in the market this summer. United signed Paolo Rinaldi from Monaco for £30m last week. Bayern chairman Karl Wendt said Bayern rejected a very high offer from United for Stefan Brandt.",
            "Bayern rejected a very high offer from Manchester United"));

    [Fact]
    public void When_the_headline_names_no_player_the_lede_names_him() =>
        Assert.Equal("Luc Marnier", MainPlayer(
            "Paris Saint-Germain will not sign Eintracht Frankfurt forward Luc Marnier this summer. Talks between PSG and Frankfurt included Hugo Sarr, who could join Frankfurt from PSG. Frankfurt want Hugo Sarr.",
            "PSG's top target set to stay at his current club"));

    [Fact]
    public void The_player_whose_transfer_it_is_outranks_the_chairman_blamed_for_it() =>
        Assert.Equal("Pedro Alves", MainPlayer(
            "Fiorentina blame West Ham's Mark Dalton for the collapse of Pedro Alves's transfer. Fiorentina would have paid €10m to sign Alves. Alves had agreed terms with Fiorentina. The West Ham chief has taken him off the market, and Alves will stay at West Ham.",
            "West Ham's Mark Dalton blamed for transfer collapse"));

    [Fact]
    public void A_sentence_that_goes_on_about_the_player_just_named_is_his() =>
        Assert.Equal("Morgan Sarlat", MainPlayer(
            "Montpellier's French midfielder Morgan Sarlat will play for Marseille next season. The 22-year-old will arrive in Marseille this week to undergo a medical and becomes Marseille's first signing of the window. Marseille have also been linked with Dimitri Pavet, who wants a move away from West Ham.",
            "Marseille swoop for young French midfielder"));

    [Fact]
    public void A_nickname_in_quotation_marks_inside_a_full_name_is_one_player_named_without_it() =>
        Assert.Equal("Mateo Alvarez", MainPlayer(
            "Mateo 'Tano' Alvarez has completed his move from Racing Club to Club America. Alvarez scored ten goals last season. Welcome, Tano Alvarez!",
            "Club America sign Alvarez from Racing Club"));

    [Fact]
    public void A_letter_no_accent_makes_folds_like_its_plain_spelling() =>
        Assert.Equal("Mikkel Sorbye", MainPlayer(
            "Brentford are in talks with Midtjylland over signing winger Mikkel Sorbye. \"Brentford have opened talks to sign Mikkel Sørbye,\" the journalist wrote. Sørbye would cost around £8m."));

    [Fact]
    public void A_headline_all_in_lower_case_still_names_the_player_the_body_names() =>
        Assert.Equal("Henrik Dahl", MainPlayer(
            "Everton are in talks with the current club of a huge talent, according to reports. Arsenal striker Tom Baxter has emerged as a rumoured target for Everton, with the Gunners man unlikely to start at the Emirates. "
            + "Tom Baxter could be a shrewd signing by Everton. Romano said Everton are in talks with Lazio over signing midfielder Henrik Dahl.",
            "everton close in on signing henrik dahl"));

    [Fact]
    public void A_one_name_player_named_once_in_the_body_and_in_a_lower_case_headline_is_found() =>
        Assert.Equal("Marquinhos", MainPlayer(
            "The Brazil international becomes the club's second signing of the window. Marquinhos's switch ends a two-year spell with Porto, and Santos have paid a fee of €5m.",
            "santos complete marquinhos signing porto"));

    [Fact]
    public void The_player_he_replaces_is_context() =>
        Assert.Equal("Arda Kaya", MainPlayer(
            "Rangers have signed Turkey left-back Arda Kaya from Besiktas for a fee of about £5m. Kaya helped his side finish sixth last season. He replaces Tom Fraser, who was sold to Ajax for £19m last week."));

    [Fact]
    public void A_places_native_is_no_player() =>
        Assert.Equal("Sean O\u2019Dea", MainPlayer(
            "ON THE MOVE?: Sean O'Dea with his nephew. Crystal Palace have rejected a seven-figure bid from French side Troyes for Kerry native Sean O\u2019Dea.",
            "Crystal Palace reject seven-figure bid from French side for Kerry native Sean O\u2019Dea"));

    [Fact]
    public void A_name_written_with_a_curly_apostrophe_and_a_straight_one_is_one_player() =>
        Assert.Equal(["Sean O'Dea"], Analyse(
            "Crystal Palace have rejected a bid from Troyes for Sean O'Dea. Troyes will now turn to Lens striker Marc Dubois, and Troyes have opened talks with Lens over a loan for Marc Dubois. "
            + "Palace want to extend the contract of Sean O\u2019Dea. Troyes could return for Sean O'Dea in January.",
            "Palace reject Troyes bid for Sean O\u2019Dea").Moves.Select(m => m.Player.Replace('\u2019', '\'')).Where(p => p.EndsWith("Dea", StringComparison.Ordinal)));

    [Fact]
    public void A_player_who_helped_his_side_is_no_manager() =>
        Assert.Equal("Arda Kaya", MainPlayer(
            "Kaya, who was contracted to Besiktas until June, helped his side finish sixth. Rangers have signed left-back Arda Kaya from Besiktas for £5m.",
            "rangers sign arda kaya from besiktas"));

    [Theory]
    [InlineData("specialist")]
    [InlineData("expert")]
    public void A_transfer_specialist_tells_the_story_and_is_no_player(string title)
    {
        var analysis = Analyse($"Transfer {title} Carlo Bianchi seems to know that Anderlecht rejected a €20 million bid for Nathan de Cat the day before.");

        Assert.Equal("Nathan de Cat", analysis.MainMove?.Player);
        Assert.Contains(analysis.Sources, s => s.Name == "Carlo Bianchi");
    }

    [Fact]
    public void A_managers_surname_typed_with_two_letters_swapped_is_still_the_manager()
    {
        var analysis = Analyse(
            "Getafe will have to raise their offer if they want to sign Marco Delgado, Valencia manager Ruben Castellanso said on Friday. "
            + "Getafe had an offer of £12m for the striker rejected by Valencia and Castellanos said Getafe would have to come back with more. "
            + "\"We will wait and see,\" Castellanos said.");

        Assert.Equal("Marco Delgado", analysis.MainMove?.Player);
        Assert.Equal(MoveStatus.Rejected, analysis.MainMove?.Status);
    }

    [Fact]
    public void A_player_who_showed_his_attacking_flair_is_no_manager() =>
        Assert.Equal("Marco Delgado", MainPlayer(
            "Getafe have reached an agreement with Valencia to sign midfielder Marco Delgado on a four-year deal. Delgado showed his attacking flair on loan at Osasuna last season."));

    [Fact]
    public void A_clubs_short_name_the_article_writes_as_a_mans_surname_is_that_man() =>
        Assert.Equal("Carlos Villa", MainPlayer(
            "Sevilla forward Carlos Villa has no intention of moving to a club outside Spain, his agent said on Friday. Villa's agent told a radio station that Sevilla and Manchester City had not been in contact.",
            "Villa not interested in Man City"));

    [Fact]
    public void A_clubs_short_name_after_a_sentences_first_word_stays_the_club() =>
        Assert.Equal("Ipswich Town", Analyse(
            "Ipswich have had a bid rejected for Derby midfielder Lewis Hart. Discussing Ipswich\u2019s interest in Hart, the Derby manager said Ipswich had not offered again.").MainMove?.ToClubs.FirstOrDefault());

    [Fact]
    public void A_player_whose_club_the_gazetteer_knows_only_by_its_short_name_still_has_a_move() =>
        Assert.Equal("Free State Stars", Analyse(
            "Goalkeeper Samuel Owusu has denied reports that Free State have put him on the transfer list.",
            "Samuel Owusu denies being transfer listed").MainMove?.FromClub);

    [Fact]
    public void The_headline_repeated_at_the_top_of_the_text_names_no_player() =>
        Assert.Equal("Tomas Varga", MainPlayer(
            "Town Accept Fulham Bid for Varga? - Town News\n\nTown are reported to have accepted a bid of £600,000 from Fulham for striker Tomas Varga. Fulham were first linked with the 30-year-old striker a fortnight ago.",
            "Town Accept Fulham Bid for Varga?"));

    [Fact]
    public void A_word_capitalised_only_in_a_title_case_headline_and_its_copies_is_no_player() =>
        Assert.Equal("Tomas Varga", MainPlayer(
            "Lens Snubbed As Next Club By Forward, Holds Out For More - Sport Daily\n\nLens Snubbed As Next Club By Forward, Holds Out For More\n\n"
            + "Lens have been turned down by a forward they hoped to sign on loan. Lens had been trying to sign Porto's Tomas Varga. Varga has rejected the move.",
            "Lens Snubbed As Next Club By Forward, Holds Out For More"));

    [Fact]
    public void A_headline_telling_a_move_without_a_name_is_about_the_only_player_the_text_names() =>
        Assert.Equal("Tomas Varga", MainPlayer(
            "Many clubs will try to push spending into the future this season. It doesn't look like Tomas Varga will get a chance at Lens next season, and AC Milan are looking to take him back again. The report says that is going to be the opening offer.",
            "Talks held: Italian giants are ready to offer Lens a €3m loan fee with a buyout clause for ace"));

    [Fact]
    public void A_club_named_with_its_accents_where_the_club_list_has_none_is_the_club_not_a_player()
    {
        var move = Analyse("Santos have signed Rafael Moura from São Paulo on a free transfer. São Paulo confirmed that Rafael Moura had left. São Paulo thanked him.").MainMove;

        Assert.Equal(("Rafael Moura", "Sao Paulo"), (move?.Player, move?.FromClub));
    }

    [Fact]
    public void The_place_before_a_clubs_closing_word_is_no_surname() =>
        Assert.Equal("Tomas Varga", MainPlayer(
            "York City have agreed to sell Tomas Varga to Lens. York City accepted the offer on Monday, and York City say the fee is a club record. York City will use the money on their new stand."));

    [Fact]
    public void A_name_run_into_the_club_after_it_stops_before_the_club() =>
        Assert.Equal("Tomas Varga", MainPlayer(
            "Everton have agreed a fee for Norwich defender Tomas Varga. Varga is seen as ready for the Premier League, and Varga will have a medical on Monday.",
            "Everton close in on Varga Norwich accept club-record fee"));

    [Fact]
    public void A_surname_that_is_also_a_clubs_name_stays_his_where_no_name_ends_in_his_first_name() =>
        Assert.Equal("Jeremain Lens", MainPlayer(
            "Jeremain Lens has confirmed that he is in talks with Sunderland. Sunderland want to sign Jeremain Lens from Dynamo Kyiv this summer."));

    [Fact]
    public void A_clubs_one_word_name_written_twice_after_his_first_name_is_his_surname_not_his_club()
    {
        var move = Analyse(
            "Napoli are the latest club to show an interest in Sunderland wide man Jeremain Lens, say local reports. Jeremain Lens is on a season-long loan at Fenerbahce, where he is in form. Lens has scored six goals this season.",
            "Napoli Keen On Signing Jeremain Lens From Sunderland").MainMove;

        Assert.Equal("Jeremain Lens", move?.Player);
        Assert.NotEqual("Lens", move?.FromClub);
    }

    // Which sources it cites

    [Fact]
    public void A_hat_tip_cites_the_outlet_that_relayed_the_report() =>
        Assert.Contains("Football Espana", Sources(
            "Speaking about Tomas Varga to Radio Norte (h/t Football Espana), the Lens president said there will be talks with Porto about the midfielder."));

    [Fact]
    public void Per_reports_cites_no_one() =>
        Assert.Equal(["The Sun"], Sources("Per reports, Porto are eyeing Lens winger Tomas Varga. The Sun say a bid of €20m will follow."));

    [Fact]
    public void A_title_case_headline_names_no_outlet_the_directory_does_not_know() =>
        Assert.Equal(["Pavel Horak"], Sources(
            "The release clause in the contract of Lens winger Tomas Varga has expired, according to journalist Pavel Horak.",
            "Porto Dealt Transfer Setback As Journalist Makes Shock Claim About Target's £60M Release Clause"));

    [Fact]
    public void The_outlet_a_cited_reporter_is_of_is_cited_though_our_list_lacks_it() =>
        Assert.Equal(["Marco Bellini", "Radio Kappa"], Sources(
            "As reported by Marco Bellini of Radio Kappa, Napoli have agreed a fee with Lazio for Tomas Varga.", outlet: "Calcio Weekly"));

    [Fact]
    public void The_outlet_of_a_reporter_giving_his_opinion_is_not_cited() =>
        Assert.DoesNotContain("Radio Kappa", Sources(
            "Napoli have agreed a fee with Lazio for Tomas Varga. Marco Bellini of Radio Kappa feels the midfielder would suit Napoli's style.", outlet: "Calcio Weekly"));

    [Fact]
    public void Who_claims_what_a_named_club_has_done_is_a_reporter() =>
        Assert.Contains("Marc Dupuis", Sources(
            "Lyon have rejected an opening bid for striker Tomas Varga, according to a respected French journalist. Speaking last night, the well-connected Marc Dupuis explained the fee was too low. Dupuis claims that Lyon have told the bidders they want more."));

    [Fact]
    public void The_channel_a_reporter_speaks_on_is_cited() =>
        Assert.Contains("RTK", Sources(
            "Lyon have rejected an opening bid for striker Tomas Varga. Speaking on RTK last night, the journalist Marc Dupuis said the fee was too low.", outlet: "French Football Weekly"));

    [Fact]
    public void An_outlet_cited_again_by_its_initials_is_cited_once() =>
        Assert.Equal(["Mundo Deportivo"], Sources(
            "Valencia have rejected an offer from Sevilla for Tomas Varga, director Luis Ortega confirmed to Mundo Deportivo. Ortega also told MD that a second offer is expected.",
            outlet: "Iberian Football Weekly"));

    [Fact]
    public void A_reports_tag_closing_a_headline_makes_no_reporter_of_the_player_before_it()
    {
        var analysis = Analyse("Lyon have rejected a bid from Nantes for striker Tomas Varga, according to L'Equipe. Nantes wanted the 24-year-old to replace first-choice forward Hugo Marchal.",
            "lyon reject nantes bid for striker tomas varga reports");

        Assert.Equal("Tomas Varga", analysis.MainMove?.Player);
        Assert.DoesNotContain("Tomas Varga", analysis.Sources.Select(s => s.Name));
    }

    [Theory]
    [InlineData("Initial reports indicated interest from Olympiacos in Levadiakos defender Nikos Varvakis.")]
    [InlineData("Early reports suggested Panathinaikos had offered a lower fee for Nikos Varvakis.")]
    [InlineData("Fresh reports claim Olympiacos have returned with a second bid for Nikos Varvakis.")]
    public void An_adjective_before_reports_names_no_outlet(string text) =>
        Assert.Empty(Sources(text, outlet: "Greek Football Daily"));

    [Fact]
    public void A_headlines_reports_tag_after_a_dash_cites_nobody() =>
        Assert.Empty(Sources("Hibs have had a bid rejected for Aberdeen defender Ross Kerr.", "Hibs Attempt to Break Club Record for Centre-Back Signing \u2013 Reports", "Hibs Fan Site"));

    [Fact]
    public void An_everyday_word_mid_way_through_a_title_case_headline_is_no_outlet() =>
        Assert.Empty(Sources("Hibs have had a bid rejected for Aberdeen defender Ross Kerr.", "Hibs Ready to Smash Transfer Record for Aberdeen Defender Ross Kerr", "Hibs Fan Site"));

    [Fact]
    public void Where_an_outlet_is_based_describes_it() =>
        Assert.Contains("Power FM", Sources("\u201CI should ignore the reports and concentrate on my work,\u201D the goalkeeper told Kumasi-based Power FM.", outlet: "Ghana Sports Web"));

    [Theory]
    [InlineData("Kevin Mora signs for Olympiacos - AS USA", "AS USA")]
    [InlineData("Kevin Mora signs for Olympiacos | Marca", "Marca")]
    public void A_headlines_tag_naming_a_known_outlet_cites_it(string title, string source) =>
        Assert.Contains(source, Sources("Olympiacos have signed Kevin Mora on a free transfer.", title, "Football Aggregator"));

    [Fact]
    public void A_headlines_tag_that_is_no_known_outlet_cites_nothing() =>
        Assert.Empty(Sources("Olympiacos have signed Kevin Mora on a free transfer.", "Kevin Mora signs for Olympiacos - Transfer Centre", "Football Aggregator"));

    [Fact]
    public void A_one_word_outlet_cited_in_a_title_case_headline_still_counts() =>
        Assert.Contains("Record", Sources("Benfica have made an offer for Braga forward Rui Costa.", "Benfica Make Offer for Braga Forward Rui Costa, Record Reports", "Portuguese Football Site"));

    [Fact]
    public void A_name_with_a_media_word_in_it_is_an_outlet_not_a_person() =>
        Assert.Contains("Radio Onda Cero", Sources("\u201CThe renewal of Isco Alarcon is done,\u201D Florentino Perez told Radio Onda Cero."));

    [Fact]
    public void Wolverhampton_s_Express_and_Star_is_one_outlet_not_the_Express_and_the_Star() =>
        Assert.Equal(["Express & Star"], Sources("Wolves winger Tomas Varga, speaking to the Express and Star, said he needs games to get his sharpness back."));

    [Theory]
    [InlineData("SportMediaset are sensationally claiming that Milan have made an offer for Juventus defender Luca Bonetti.", "SportMediaset")]
    [InlineData("Turkish newspaper Aksam yesterday reported that Celtic have agreed a fee for Caleb Mensah.", "Aksam")]
    [InlineData("TRTSpor had reported earlier in the year that Arsenal were set to bid for Ferdi Kaya.", "TRTSpor")]
    [InlineData("TNT Sports confirms that the Utah-based club is interested in Corinthians midfielder Mateus Vidal.", "TNT Sports")]
    [InlineData("Brazilian media group Bandeirantes mentioned the switch could be worth 70 million euros for Palmeiras forward Enzo Ribeiro.", "Bandeirantes")]
    public void An_outlet_is_cited_by_the_cues_around_it(string text, string source) =>
        Assert.Contains(source, Sources(text));

    [Fact]
    public void Two_outlets_joined_by_and_share_one_cue()
    {
        var sources = Sources("Turkish outlets Haber Turk and Sporx are reporting that Celtic have agreed a fee for Trabzonspor forward Caleb Mensah.");

        Assert.Contains("Haber Turk", sources);
        Assert.Contains("Sporx", sources);
    }

    [Fact]
    public void A_website_named_after_the_outlet_is_cited_with_its_journalist() =>
        Assert.Contains("GE", Sources("According to journalist Caio Mota, from the GE website, Flamengo refused two offers for right-back Mateus Lima."));

    [Fact]
    public void Despite_reports_names_no_outlet() =>
        Assert.DoesNotContain("Despite", Sources("Despite reports stating that the midfielder wanted to stay, Barcelona have agreed to sell Arthur Melo to Juventus."));

    [Fact]
    public void The_player_whose_agent_is_cited_is_no_source_and_stays_the_player()
    {
        var analysis = Analyse("Barcelona have been leaking false information, according to Paulo Mendes's agent Rui Castro. Chelsea have made an offer for Paulo Mendes, but he will stay at Barcelona, Rui Castro said.");

        Assert.DoesNotContain(analysis.Sources, s => s.Name.Contains("Mendes", StringComparison.Ordinal));
        Assert.Equal("Paulo Mendes", analysis.MainMove?.Player);
    }

    [Fact]
    public void A_passive_told_cites_nobody() =>
        Assert.DoesNotContain("Paulo Mendes", Sources("Having met the Barcelona president, Rui Castro said he was told Paulo Mendes would remain at Barcelona."));

    [Fact]
    public void Reports_after_a_denial_is_a_noun_not_a_citing_verb() =>
        Assert.Empty(Sources("Benfica have denied that any talks over Joao Ferreira are under way with Atletico Madrid.", "Benfica deny Joao Ferreira-Atletico reports"));

    [Theory]
    [InlineData("\u201CIt is time I take a step back,\u201D Gary Cole told Chelsea TV. Galatasaray have agreed terms with Gary Cole.")]
    [InlineData("\u201CThey have bid, but it is not what we are looking for,\u201D Leeds United boss Neil Warnock told www.leedsunited.com about Norwich's offer for Robert Snell.")]
    [InlineData("\u201CBenfica SAD reports that it has reached an agreement with River Plate for the player Enzo Ferraz,\u201D reported the Portuguese club.")]
    public void The_clubs_own_channel_website_or_company_is_no_source(string text) =>
        Assert.Empty(Sources(text));

    [Theory]
    [InlineData("The EADT and Ipswich Star understands that Ipswich Town have agreed to sell Adam Webb to Bristol City.", "East Anglian Daily Times")]
    [InlineData("CARSON, Calif. (AP) \u2014 Sheffield United forward Billy Sharman has joined the LA Galaxy.", "Associated Press")]
    [InlineData("BBC Scotland has learned that Cardiff City are interested in Rangers striker Kenny Millar.", "BBC Sport")]
    [InlineData("Morton boss Dougie Imrie told the Tele: \u201CWe have agreed terms with Ross Ferrie on a deal until the end of the season.\u201D", "Greenock Telegraph")]
    public void The_publishers_own_name_in_another_form_is_not_counted(string text, string publisher) =>
        Assert.Empty(Sources(text, outlet: publisher));

    [Theory]
    [InlineData("Manchester United have agreed to sell Daley Bland to Ajax for £14m.\n\nAdditional reporting by the Press Association")]
    [InlineData("\u201CIt is difficult to leave after nine years,\u201D Otavio Silva told the Porto website after joining Al-Nassr. \u2014 AFP")]
    [InlineData("Wolves have pulled out of a deal for Southampton striker Chris Abbot.\nPhoto by Tom Harker/MI News/NurPhoto via Getty Images\nWolves had agreed a fee.")]
    [InlineData("Wolves have pulled out of a deal for Southampton striker Chris Abbot.\nChris Abbot in action. Tom Harker/SportPix via Getty Images")]
    public void A_credit_line_or_an_agency_after_a_dash_is_no_source(string text) =>
        Assert.Empty(Sources(text));

    [Fact]
    public void A_co_owner_who_speaks_of_a_target_is_not_the_player() =>
        Assert.Equal("Tomas Varga", MainPlayer("West Ham could sign a striker on loan this month, but co-owner Gavin Sallow won't reveal the identity of his target. " +
                                               "Sallow's admission suggests West Ham are targeting Corinthians striker Tomas Varga.",
                                               "West Ham co-owner: Club could sign 'overseas' striker on loan"));

    [Fact]
    public void A_tabloid_lede_in_capitals_names_its_player() =>
        Assert.Equal("Nick Powell", MainPlayer("NICK POWELL has signed for Stockport County - just weeks after being released by Stoke.",
                                               "Forgotten former Manchester United wonderkid joins League Two side Stockport"));

    [Theory]
    [InlineData("NICK POWELL has signed for Stockport.", "Nick Powell has signed for Stockport.")]
    [InlineData("DARA O'SHEA AND SMITH-ROWE are wanted.", "Dara O'Shea And Smith-Rowe are wanted.")]
    [InlineData("PSG have agreed a fee.", "PSG have agreed a fee.")]
    [InlineData("He joined from PSG AND PORTO last year.", "He joined from PSG AND PORTO last year.")]
    public void Only_a_paragraph_opening_on_words_in_capitals_is_written_as_names_are(string text, string cleaned) =>
        Assert.Equal(cleaned, ArticleCleaner.Clean(text));

    // A page scraped with the wrong encoding keeps its pound and euro signs and its quotation marks as two or three letters.
    [Theory]
    [InlineData("QPR have offered ÂŁ4.5m for the forward.", "QPR have offered £4.5m for the forward.")]
    [InlineData("A bid of Â£3m and one of â‚¬5m were made.", "A bid of £3m and one of €5m were made.")]
    [InlineData("Varga said: â€œI want to stay.â€\u009d", "Varga said: “I want to stay.”")]
    [InlineData("Âge is no barrier, â as a letter stays.", "Âge is no barrier, â as a letter stays.")]
    [InlineData("It looks like Tomas Vargaā€™s time at Sion is over.", "It looks like Tomas Varga’s time at Sion is over.")]
    [InlineData("Kārlis and Ādams stay.", "Kārlis and Ādams stay.")]
    public void Mis_decoded_signs_are_repaired(string text, string cleaned) =>
        Assert.Equal(cleaned, ArticleCleaner.Clean(text));

    // A wire's exchange-rate note is a rate, no sum of the story; a bracketed conversion of the story's sum stays.
    [Theory]
    [InlineData("The fee is about 8.5 million pounds ($13.17 million).\n($1 = 0.6455 British pounds) (Reporting by Jo Bloggs)", "The fee is about 8.5 million pounds ($13.17 million).")]
    [InlineData("Lens want 20 million euros ($21.6 million) for him. (1 euro = 1.08 dollars)", "Lens want 20 million euros ($21.6 million) for him.")]
    public void A_wires_exchange_rate_note_is_taken_out(string text, string cleaned) =>
        Assert.Equal(cleaned, ArticleCleaner.Clean(text));

    // A wire story kept with its printed line breaks: a line that goes on in lower case continues the sentence above it.
    [Theory]
    [InlineData("Northern Ireland striker Tomas Varga\nhas joined FC Sion from troubled Scottish\nside Rangers, the Swiss club said.",
        "Northern Ireland striker Tomas Varga has joined FC Sion from troubled Scottish side Rangers, the Swiss club said.")]
    [InlineData("Varga joins Sion\nThe Swiss club confirmed the deal.", "Varga joins Sion\nThe Swiss club confirmed the deal.")]
    [InlineData("The deal is done.\nhe said later.", "The deal is done.\nhe said later.")]
    [InlineData("Transfer news\n\nthe club confirmed the deal.", "Transfer news\n\nthe club confirmed the deal.")]
    public void A_line_that_goes_on_in_lower_case_continues_its_sentence(string text, string cleaned) =>
        Assert.Equal(cleaned, ArticleCleaner.Clean(text));

    [Fact]
    public void A_wire_story_with_its_printed_line_breaks_is_read_as_whole_sentences()
    {
        var move = ReportAnalyzer.Default.Analyze(new Report("soccer scotland varga", null, null, null,
            "June 30 Northern Ireland striker Tomas Varga\nhas joined FC Sion on a three-year deal from troubled Scottish\nside Rangers, the Swiss club said on Saturday.")).MainMove;
        Assert.NotNull(move);
        Assert.Equal("Tomas Varga", move.Player);
        Assert.Equal(MoveStatus.Done, move.Status);
        Assert.Equal(["Sion"], move.ToClubs);
    }

    // A page that dropped its apostrophes leaves "AC Milan s Manuel Locatelli"; a lone letter of a name is left alone.
    [Theory]
    [InlineData("AC Milan s Tomas Varga has completed a loan move to Sassuolo.", "AC Milan's Tomas Varga has completed a loan move to Sassuolo.")]
    [InlineData("He played for the u s national team.", "He played for the u s national team.")]
    public void A_lost_apostrophe_is_put_back(string text, string cleaned) =>
        Assert.Equal(cleaned, ArticleCleaner.Clean(text));

    [Fact]
    public void A_headline_that_lost_its_apostrophes_still_says_whose_player_he_is()
    {
        var move = Analyse("Sassuolo have made an offer for the midfielder. Varga scored a wondergoal against Juventus in October 2016. He is available.",
            "Arsenal s Tomas Varga wanted by Sassuolo").MainMove;
        Assert.Equal(("Arsenal", "Sassuolo"), (move?.FromClub, move?.ToClubs.FirstOrDefault()));
    }

    [Fact]
    public void An_outlets_reporter_named_after_its_possessive_is_cited()
    {
        Assert.Contains("John Percy", Sources("The Telegraph's John Percy adds that the midfielder is expected to complete a medical at Leicester City."));
        var sources = Sources("Turkish broadcaster TRT's Baris Yilmaz revealed that Fenerbahce received a firm answer from Napoli over Victor Osman.");
        Assert.Contains("Baris Yilmaz", sources);
        Assert.DoesNotContain("TRT", sources);
    }

    [Fact]
    public void A_one_word_outlet_inside_a_longer_name_is_not_cited() =>
        Assert.DoesNotContain("Sport", Sources("Arsenal had agreed terms with Alex Lacroix before the Court of Arbitration for Sport upheld a ban on incoming deals."));

    [Fact]
    public void A_known_outlet_that_begins_a_longer_cited_name_gives_way_to_it()
    {
        var sources = Sources("The transfer of Joao Pinheiro to Bayern Munich has fallen through, according to broadcasters Sky Sport and Sport1.");

        Assert.Contains("Sky Sport", sources);
        Assert.DoesNotContain("Sky Sports", sources);
    }

    [Fact]
    public void A_cue_ends_at_a_comma() =>
        Assert.DoesNotContain("Roberto Andrade", Sources("Despite reports, Roberto Andrade, Corinthians football director, has stated that he has not received an offer for Mateus Vidal."));

    [Fact]
    public void Informed_by_cites_an_outlet() =>
        Assert.Contains("Folha Paulista", Sources("Santos and the representatives of Neymar closed the renewal of his contract until 2027, as informed by Folha Paulista."));

    [Fact]
    public void A_name_reported_of_is_no_source() =>
        Assert.Empty(Sources("Moutinho is reported to be close to joining Wolves from Monaco."));

    [Fact]
    public void A_journalists_surname_is_the_journalist_already_listed() =>
        Assert.Equal(["Ibrahim Sannie Daara"], Sources("According to journalist Ibrahim Sannie Daara, Thomas Parkes has been offered a contract by Al-Ahli. Daara also claims that three Saudi clubs want Thomas Parkes."));

    [Fact]
    public void A_name_leaving_out_a_middle_name_is_the_same_player_named_as_the_headline_names_him()
    {
        var analysis = Analyse(
            "Turkish outlets Haber Turk and Sporx are reporting that Celtic have agreed a fee for Trabzonspor attacker Caleb Ansah Mensah. Caleb Mensah is expected to travel to Glasgow.",
            "Celtic agree fee for Trabzonspor forward Caleb Mensah");

        Assert.Equal("Caleb Mensah", analysis.MainMove?.Player);
        Assert.Single(analysis.Moves);
    }

    [Fact]
    public void A_director_of_football_is_an_official_and_the_outlet_he_spoke_to_is_cited() =>
        Assert.Contains("Lancenet", Sources("Director of football Luis Cesar Moura told Lancenet that Internacional had rejected an offer from Napoli for Leandro Damas."));

    [Theory]
    [InlineData("Il Matino via Napoli Magazine reports that Chelsea tried to persuade Napoli to sell Victor Osman.", "Il Matino")]
    [InlineData("Marcelo Lombardi told tuttomercato: \u201CNegotiations over the transfer of Mateo Musso to Milan have broken down.\u201D", "TuttoMercatoWeb")]
    [InlineData("According to The i Paper, Sunderland would be looking to sign a right winger on loan to replace Patrick Robson.", "The i Paper")]
    public void An_outlet_relayed_by_another_or_on_our_list_is_cited(string text, string source) =>
        Assert.Contains(source, Sources(text));

    [Fact]
    public void A_player_told_something_is_no_source() =>
        Assert.DoesNotContain("Bukayo Sako", Sources("Bukayo Sako is wanted by Real Madrid. Mikel Arteta told Bukayo Sako that Arsenal would not sell him to Real Madrid."));

    [Fact]
    public void A_name_once_named_as_an_outlet_stays_an_outlet() =>
        Assert.Contains("Haber Turk", Sources(
            "Turkish outlets Haber Turk and Sporx are reporting that Celtic have agreed a fee for Trabzonspor attacker Caleb Mensah. Haber Turk, one of the most popular Turkish news outlets, believes the fee is €8m."));

    [Fact]
    public void Spanish_media_before_a_players_name_makes_him_no_outlet() =>
        Assert.Equal("Isco", Analyse(
            "Real Madrid president Florentino Perez has announced the contract extension of Isco. According to Spanish media Isco will have a new release clause in his Real Madrid contract. Isco signed a new deal with Real Madrid.").MainMove?.Player);

    [Fact]
    public void A_name_hyphenated_to_a_club_is_the_player() =>
        Assert.Single(Analyse(
            "Benfica have denied that Joao Ferreira will join Atletico Madrid. The club said no negotiation with Atletico Madrid over Joao Ferreira is under way.",
            "Benfica deny Joao Ferreira-Atletico reports").Moves);

    [Fact]
    public void A_compound_ending_in_a_small_word_is_no_headline_player() =>
        Assert.Equal("Edouard Michel", MainPlayer(
            "Sunderland have entered negotiations with Paris Saint-Germain over a move for midfielder Edouard Michel, who is also linked with interest from Celtic.",
            "Sunderland in talks to land Celtic-linked midfielder"));

    [Fact]
    public void A_club_named_after_side_or_club_is_no_player() =>
        Assert.Equal("Gift Obi", MainPlayer(
            "Gent have completed the signing of striker Gift Obi from Norwegian side Stabekk. Stabekk has agreed a deal worth €3m with Gent. Gift Obi scored 16 goals for Stabekk.",
            "Gent sign Gift Obi from Stabekk"));

    [Theory]
    [InlineData("\u201CHe is very happy at Benfica,\u201D agent Jose Ibarra told Portuguese TV station Antena 1.", "Antena 1", "Portuguese TV")]
    [InlineData("According to TV 2\u2019s information, Stabekk has agreed a transfer of Gift Obi to Gent.", "TV 2", "TV")]
    [InlineData("Monaco have rejected an offer for Radamel Falco, L'Equipe and Canal+ report.", "Canal+", "Canal")]
    public void A_channel_is_named_whole_without_the_words_describing_it(string text, string source, string notSource)
    {
        var sources = Sources(text);

        Assert.Contains(source, sources);
        Assert.DoesNotContain(notSource, sources);
    }

    [Fact]
    public void A_place_after_in_is_no_outlet() =>
        Assert.Empty(Sources("A rival has emerged for Cho Min-jae with reports in South Korea claiming that Minnesota have launched a £4.2m offer."));

    [Fact]
    public void The_agency_in_the_publishers_name_is_the_publisher() =>
        Assert.Empty(Sources("BUENOS AIRES, July 1 (Reuters) - Chelsea have agreed to sign defender Aaron Ansel from Boca Juniors, a source told Reuters.", outlet: "Daily Mail (Reuters)"));

    [Fact]
    public void The_agency_in_the_publishers_name_is_the_publisher_under_its_initials_too() =>
        Assert.Empty(Sources("MILAN, Italy (AP) \u2014 Inter Milan forward Marco Ferri has signed a contract extension until 2027.", outlet: "WKRN (Associated Press)"));

    [Fact]
    public void A_caption_credit_with_a_slash_is_no_source() =>
        Assert.Empty(Sources("Inter Miami have signed Federico Redo from Argentinos Juniors.\nFederico Redo celebrates a goal. FEDERICO PARRA/AFP via Getty Images"));

    [Fact]
    public void A_reporter_closing_the_sentence_after_reports_or_before_even_reported_is_cited()
    {
        Assert.Contains("Alan Nixon", Sources("Accrington Stanley rejected a £1.2million offer from Peterborough United for Colby Bish last month, reports Alan Nixon."));
        Assert.Contains("Jose Dominguez", Sources("Jose Dominguez even reported that Rangers were one step away from signing Jose Cordero from Levski Sofia."));
    }

    [Fact]
    public void A_player_reporting_for_training_is_no_reporter() =>
        Assert.Empty(Sources("Millwall wanted Bartosz Bialek, and Bartosz Bialek reported for pre-season training at Ipswich Town on Monday."));

    [Fact]
    public void An_outlet_shaped_possessive_is_cited_with_its_reporter()
    {
        var sources = Sources("A fresh report from Rangers Review's Chris Jack has indicated that the deal for Jose Cordero has collapsed.");

        Assert.Contains("Rangers Review", sources);
        Assert.Contains("Chris Jack", sources);
    }

    [Fact]
    public void An_outlet_opening_the_sentence_with_the_before_claim_that_is_cited() =>
        Assert.Contains("Press Association", Sources("Aston Villa are keen on Chelsea winger Ryan Stirling. The Press Association claim that Stirling was told he is not in the manager's plans."));

    [Fact]
    public void A_journalists_name_glued_to_the_next_word_is_cut_where_the_words_meet()
    {
        var sources = Sources("According to the journalist Marcos Paulo SilvaAlvinegro Carioca has opened talks with midfielder Tiago Rocha. "
            + "\u201CThe salary is agreed, but there is a catch,\u201D informed Marcos Paulo Silva.");

        Assert.Contains("Marcos Paulo Silva", sources);
        Assert.DoesNotContain(sources, s => s.Contains("Alvinegro", StringComparison.Ordinal));
    }

    [Fact]
    public void A_run_together_brand_after_a_cue_is_cited_whole() =>
        Assert.Contains("CalcioMondo", Sources("According to CalcioMondo, Napoli have opened talks with Hearts over Lewis Dunn."));

    [Fact]
    public void A_title_of_three_words_opening_with_an_article_after_a_cue_is_an_outlet_not_a_player()
    {
        var analysis = Analyse("As reported by Il Tempo (via La Roma Siamo Noi), Roma are considering a move for Andrea Colpa in January.");

        Assert.Contains("La Roma Siamo Noi", analysis.Sources.Select(s => s.Name));
        Assert.Equal("Andrea Colpa", analysis.MainMove?.Player);
    }

    [Fact]
    public void An_exclamation_mark_closing_a_cited_brand_is_part_of_its_name() =>
        Assert.Contains("Placar!", Sources("Palmeiras want a release clause of 100 million euros for Enzo Ribas, according to the Placar!"));

    [Fact]
    public void An_outlet_written_with_a_space_in_its_figure_is_cited_only_after_a_cue()
    {
        Assert.Contains("90min", Sources("As per 90 min, Newcastle United and Fulham are also interested in Burnley defender Jack Tarrant."));
        Assert.DoesNotContain("90min", Sources("Burnley defender Jack Tarrant played 90 min against Fulham, and Newcastle United want him."));
    }

    [Fact]
    public void A_broadcasters_desk_named_with_the_countrys_english_name_is_that_desk() =>
        Assert.Contains("Sky Italia", Sources("Napoli forward Dries Martens is about to sign a new two-year contract with the club, in line with Sky Italy."));
    [Fact]
    public void A_journalist_named_by_his_surname_after_his_full_name_is_cited_once() =>
        Assert.Equal(["Fabrizio Romano"], Sources(
            "Transfer expert Fabrizio Romano has confirmed that Fulham are set to sign Swansea winger Liam Drake. According to Romano, the clubs are in advanced talks.",
            outlet: "Daily Football Post"));

    [Fact]
    public void A_clubs_unnamed_sources_are_no_outlet() =>
        Assert.DoesNotContain("Utd", Sources("Everton are close to a £20m deal for Burnley winger Tom Ryland, according to Utd sources.", outlet: "Football Weekly"));

    [Fact]
    public void A_name_a_football_position_describes_is_no_outlet() =>
        Assert.DoesNotContain("Marinho", Sources(
            "Leeds United are in talks with Santos. Title-winning midfielder Marinho revealed last night that he still hopes to join Leeds United.",
            outlet: "Football Weekly"));

    [Fact]
    public void The_author_of_an_embedded_post_is_cited()
    {
        var text = "Everton have agreed a £20m fee for Tom Ryland. Everton agree £20m deal for Tom Ryland, medical booked for Monday. #EFC \u2014 Anna Clarke (@annaclarke) May 3, 2024";
        Assert.Contains("Anna Clarke", Sources(text, outlet: "Football Weekly"));
    }

    [Fact]
    public void A_clubs_own_embedded_post_cites_no_outlet() =>
        Assert.Empty(Sources("Everton have signed Tom Ryland. Welcome to Goodison, Tom! \u2014 Everton Fans (@evertonfans) May 3, 2024", outlet: "Football Weekly"));

    // "— Olympiacos FC (@olympiacos_org)": a club's own post, signed with its name and the letters after it.
    [Fact]
    public void A_club_signing_its_post_with_fc_cites_no_outlet() =>
        Assert.Empty(Sources("Olympiacos have agreed a loan deal with Everton for Tom Ryland. Done deal! #olympiacos \u2014 Olympiacos FC (@olympiacos_org) January 6, 2018",
            outlet: "Football Weekly"));

    // A nationality before a medium describes it, whichever country: "Slovakian outlet Sport 24" cites Sport 24 alone.
    [Theory]
    [InlineData("Speaking to Slovakian outlet Sport 24, the striker's father said the clubs did not agree on the fee for Tomas Varga.", "Sport 24")]
    [InlineData("According to Croatian newspaper Sportske Novosti, Hajduk Split have agreed a fee for Tomas Varga.", "Sportske Novosti")]
    public void A_nationality_before_a_medium_is_no_source_of_its_own(string text, string source) =>
        Assert.Equal([source], Sources(text, "Hajduk Split agree fee for Tomas Varga"));

    // A known outlet cited by its social-media handle (its name run together) is that outlet under its own name.
    [Fact]
    public void An_outlet_cited_by_its_handle_is_the_outlet() =>
        Assert.Equal(["BBC Sport"], Sources("Hearts have made contact over the winger. @BBCSport understands a fee of £2m is being discussed.", outlet: "Football Weekly"));

    // The Sunday Mail is the Daily Record's Scottish Sunday paper, not the Mail on Sunday (the Daily Mail's).
    [Fact]
    public void The_scottish_sunday_mail_is_its_own_outlet() =>
        Assert.Equal(["Sunday Mail"], Sources("Tomas Varga has agreed to join Middlesbrough. He told the Sunday Mail: 'I am delighted to have my future sorted.'", outlet: "Football Weekly"));

    // A league and a site of market values are named beside the news; the outlet telling it is the source.
    [Theory]
    [InlineData("Turkish news agency Milliyet claims Super Lig outfit Trabzonspor are keen on Tomas Varga.")]
    [InlineData("Turkish news agency Milliyet claims Trabzonspor are keen on Tomas Varga, who is valued by the website transfermarkt.co.uk at €2m.")]
    public void A_league_or_a_site_of_market_values_is_no_source(string text) =>
        Assert.Equal(["Milliyet"], Sources(text, outlet: "Football Weekly"));

    [Theory]
    [InlineData("As per a report from Turkish media outlet, A Spor, Tomas Varga is unhappy at Everton and wants to leave.", "A Spor")]
    [InlineData("According to a recent report from GIVEMESPORT's Ben Jacobs, Ipswich are interested in Vasco forward Tomas Varga.", "GiveMeSport")]
    [InlineData("Wigan Athletic made an audacious offer to try and re-sign Tomas Varga late last month, as per a report by Wigan Today.", "Wigan Today")]
    [InlineData("Voetbalnieuws and Voetbalkrant in Belgium now claim that Sheffield United will sign Tomas Varga.", "Voetbalkrant")]
    [InlineData("LancsLive have offered an update and claim that PNE have made two bids for Tomas Varga.", "LancsLive")]
    [InlineData("In fact, Leeds have already lodged a £11 million bid for Tomas Varga according to a report from Tipsbladet.", "Tipsbladet")]
    public void An_outlet_named_the_way_it_writes_itself_is_cited(string text, string outlet) =>
        Assert.Contains(outlet, Sources(text, outlet: "Football Weekly"));

    [Fact]
    public void Via_before_the_means_of_a_move_cites_no_one() =>
        Assert.Empty(Sources("Tomas Varga joins Atlanta United as a Young Designated Player via a transfer from Argentine side Lanus.", outlet: "Football Weekly"));
}
