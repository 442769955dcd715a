using RumourBot.Reports.Clubs;
using RumourBot.Reports.People;
using RumourBot.Reports.Text;

namespace RumourBot.Tests.Reports;

/// <summary>
/// Who each person of a story is: a manager, a club's official, or a player the text names only as context (the man
/// whose exit the story starts from, the one another is signed to replace), read from the words around each mention.
/// The sentences are written for the tests in the style of real reporting, with invented names.
/// </summary>
public class PersonRolesTests
{
    private static Person Find(string name, string text, Dictionary<int, HashSet<int>>? clubWords = null) =>
        People(text, clubWords).SingleOrDefault(p => p.FullName == name) ?? throw new Xunit.Sdk.XunitException($"{name} not found in: {text}");

    private static List<Person> People(string text, Dictionary<int, HashSet<int>>? clubWords = null) =>
        PersonFinder.Find(SentenceSplitter.Split(text), clubWords ?? [], ClubGazetteer.Default.PlaceWords,
            isClubName: name => ClubGazetteer.Default.Find(name) is not null).ToList();

    // A position's nickname before a player's name is not part of it.
    [Theory]
    [InlineData("Frontman Tom Hooper has joined the club.")]
    [InlineData("Skipper Tom Hooper has joined the club.")]
    public void A_positions_nickname_before_his_name_is_not_part_of_it(string text) =>
        Assert.Equal(["Tom Hooper"], People(text).Select(p => p.FullName));

    // A place after "New" and MLS's "Designated Player" are no one's name.
    [Theory]
    [InlineData("The 29-year-old midfielder joins the New York franchise from Club Leon.")]
    [InlineData("The club has made the Argentine midfielder its third Designated Player.")]
    [InlineData("The Player of the Year award went to the club's captain.")]
    public void A_place_after_new_and_a_designated_player_are_no_ones_name(string text) => Assert.Empty(People(text));

    // The window's last day is no one's name.
    [Fact]
    public void Deadline_day_is_no_ones_name() =>
        Assert.Equal(["Tomas Varga"], People("Tomas Varga turned his back on a £35million switch in a dramatic late twist on Deadline Day.").Select(p => p.FullName));

    [Fact]
    public void A_clubs_shareholder_is_an_official() =>
        Assert.Equal(PersonRole.Official, Find("Farid Mosha", "Everton majority shareholder Farid Mosha revealed the 23-year-old will now assess his options.").Role);

    [Fact]
    public void A_clubs_gm_is_an_official() =>
        Assert.Equal(PersonRole.Official, Find("Garth Lagerwey", "Seattle GM Garth Lagerwey visited Europe ahead of the Sounders' MLS Cup win.").Role);

    [Fact]
    public void A_training_grounds_street_is_no_one() =>
        Assert.Equal(["Tomas Varga"], People("The terms of the deal bringing Tomas Varga to the Saebener Strasse have been agreed.").Select(p => p.FullName));

    // A region's or a country's adjective is no one's name.
    [Theory]
    [InlineData("He has been the hottest property in West Asian football since the 2012 Olympics.")]
    [InlineData("The winger is the most expensive signing in South American football this year.")]
    [InlineData("He became the first Central Asian player to score in the competition.")]
    public void A_region_s_adjective_is_no_ones_name(string text) => Assert.Empty(People(text));

    // Players named as examples ("the likes of A, B and C") are the story's context.
    [Theory]
    [InlineData("Sergio Agudo")]
    [InlineData("Edin Dezko")]
    [InlineData("David Silvano")]
    public void Players_named_as_the_likes_of_are_context(string name) =>
        Assert.Equal(1, Find(name, "The goalkeeper becomes the latest City player to extend his stay, following the likes of Sergio Agudo, Edin Dezko and David Silvano.").ContextMentions);

    [Fact]
    public void A_player_named_after_the_likes_of_list_is_not_context() =>
        Assert.Equal(0, Find("Tomas Varga", "The club signed the likes of Sergio Agudo last year, and Tomas Varga is now close to joining them.").ContextMentions);

    [Theory]
    [InlineData("West Ham had a bid rejected last month as David Moyles continues his hunt for a new No.9.")]
    [InlineData("Talks have stalled while David Moyles continues his search for a new striker.")]
    [InlineData("David Moyles continues his hunt for a new centre-back.")]
    [InlineData("David Moyles praised his side's character after the win.")]
    [InlineData("David Moyles wants to strengthen his team's attack before the deadline.")]
    public void Who_hunts_for_a_new_striker_is_the_manager(string text) =>
        Assert.Equal(PersonRole.Manager, Find("David Moyles", text).Role);

    [Theory]
    [InlineData("Scouts were in attendance as Tomas Varga struck a late consolation in his side's defeat.")]
    [InlineData("Tomas Varga grabbed his 12th goal of the season on Saturday in his side’s defeat at Marseille.")]
    [InlineData("Tomas Varga continues his hunt for a new club.")]
    [InlineData("Hull City have accepted a bid for striker Tomas Varga. No decision has been made from Tomas Varga's side.")]
    public void A_player_in_his_side_s_defeat_or_hunting_for_a_club_is_a_player(string text) =>
        Assert.Equal(PersonRole.Player, Find("Tomas Varga", text).Role);

    [Theory]
    [InlineData("It looks like Tomas Varga will be following Vincent Kompany to Turf Moor.")]
    [InlineData("Tomas Varga has now followed Vincent Kompany to West Brom on a four-year contract.")]
    public void Who_a_player_follows_to_a_club_is_his_manager(string text) =>
        Assert.Equal(PersonRole.Manager, Find("Vincent Kompany", text).Role);

    [Fact]
    public void Who_a_team_plays_under_the_command_of_is_its_manager() =>
        Assert.Equal(PersonRole.Manager, Find("Dorival Junior", "Under the command of Dorival Junior, the team prepares to face Internacional on Wednesday.").Role);

    [Fact]
    public void Who_will_have_his_third_signing_is_the_manager_the_club_signs_for() =>
        Assert.Equal(PersonRole.Manager, Find("Miguel Herrera", "Miguel Herrera will have his third signing once Tigres complete the deal for a defender.").Role);

    [Fact]
    public void A_player_who_became_his_manager_s_first_signing_stays_a_player() =>
        Assert.Equal(PersonRole.Player, Find("Tomas Varga", "Tomas Varga became his first signing when Arsenal paid £40m to West Ham.").Role);

    [Fact]
    public void Who_negotiates_the_hiring_of_another_named_man_is_a_club_official()
    {
        var people = People("Anderson Barros has started talks with Tigres to negotiate the hiring of defender Carlos Varga.");

        Assert.Equal(PersonRole.Official, people.Single(p => p.FullName == "Anderson Barros").Role);
        Assert.Equal(PersonRole.Player, people.Single(p => p.FullName == "Carlos Varga").Role);
    }

    [Theory]
    [InlineData("After the departure of Jorge Santos, Club America have struggled to find a right winger.")]
    [InlineData("Tigres will have a third new face after the arrival of Jorge Santos from Atlas.")]
    [InlineData("Flush with cash following their huge sale of Jorge Santos, Everton are looking for a defensive midfielder.")]
    [InlineData("Everton have moved quickly to offset their Jorge Santos absence by agreeing a loan deal for a winger.")]
    [InlineData("Everton have agreed a loan deal for a Chelsea winger as a Jorge Santos replacement.")]
    [InlineData("Norwich City see the winger as a possible replacement for Jorge Santos.")]
    public void A_player_another_s_move_answers_for_is_named_as_context(string text) =>
        Assert.True(Find("Jorge Santos", text).ContextMentions > 0, "Jorge Santos was read as a mover in: " + text);

    // "Liverpool" is word 2, as the gazetteer marks it.
    [Theory]
    [InlineData("Jurgen Weber's Liverpool are interested in signing Tomas Varga.")]
    [InlineData("Jurgen Weber's Liverpool side have made an offer for Tomas Varga.")]
    public void A_man_whose_club_a_story_names_as_his_is_its_figurehead_not_its_mover(string text) =>
        Assert.True(Find("Jurgen Weber", text, new Dictionary<int, HashSet<int>> { [0] = [2] }).ContextMentions > 0, "Jurgen Weber was read as a mover in: " + text);

    [Fact]
    public void A_player_s_own_place_at_his_club_keeps_him_the_mover() =>
        Assert.Equal(0, Find("Tomas Varga", "Tomas Varga's Liverpool future is in doubt.", new Dictionary<int, HashSet<int>> { [0] = [2] }).ContextMentions);

    [Fact]
    public void A_full_name_a_scraped_page_ran_into_the_next_word_is_that_name()
    {
        var names = People("How goalkeeper Tomas Vargawhich became the third option at Flamengo could leave. Flamengo want a fee for the transfer of Tomas Varga.")
            .Select(p => p.FullName).ToList();

        Assert.Contains("Tomas Varga", names);
        Assert.DoesNotContain("Tomas Vargawhich", names);
    }

    [Fact]
    public void A_full_name_run_into_a_long_word_no_name_ends_in_is_freed_though_never_written_apart() =>
        Assert.Equal(["Denis Varga"], People("Club America asked about Denis Vargaduring the Leagues Cup, but the signing of Denis Vargaduring could not be completed.")
            .Select(p => p.FullName));

    [Fact]
    public void The_last_word_of_a_club_the_story_names_is_the_club_not_a_one_word_name()
    {
        // "Chicago Fire" is words 0-1 of the first sentence, as the gazetteer marks it.
        var names = People("Chicago Fire have signed Tomas Varga. Varga will take a roster spot for the Fire. The Fire see Varga as a starter.",
            new Dictionary<int, HashSet<int>> { [0] = [0, 1] }).Select(p => p.FullName).ToList();

        Assert.Equal(["Tomas Varga"], names);
    }

    // Who wants or bids for a player by his position is the buying side's man; a place in a team is no player.
    [Theory]
    [InlineData("Tom Hooper is preparing a bid for Norwegian U21 international midfielder Karl Varga.", PersonRole.Manager)]
    [InlineData("Tom Hooper eyeing Norwegian midfielder", PersonRole.Manager)]
    [InlineData("Tom Hooper wants two new strikers before the window shuts.", PersonRole.Manager)]
    [InlineData("Tom Hooper eyes striker role at his new club.", PersonRole.Player)]
    [InlineData("Tom Hooper wants a move to Leeds this summer.", PersonRole.Player)]
    public void Who_hunts_for_a_player_by_his_position_is_the_buyers_man(string text, PersonRole role) =>
        Assert.Equal(role, Find("Tom Hooper", text).Role);

    // A star the player is likened to is context, not a mover.
    [Theory]
    [InlineData("Kerim Varga has been dubbed the \u2018next Eden Hazard\u2019 in Sweden.", 1)]
    [InlineData("Swedish side look to keep the next Eden Hazard.", 1)]
    [InlineData("Chelsea want Eden Hazard next summer.", 0)]
    public void A_star_the_player_is_likened_to_is_context(string text, int contextMentions) =>
        Assert.Equal(contextMentions, Find("Eden Hazard", text).ContextMentions);
}
