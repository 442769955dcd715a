using RumourBot.Reports.Clubs;
using RumourBot.Reports.Text;

namespace RumourBot.Tests.Reports;

public class ClubGazetteerTests
{
    private static readonly ClubGazetteer Clubs = ClubGazetteer.Default;

    private static List<string> ClubsNamedIn(string text) =>
        Clubs.FindMentions(SentenceSplitter.Split(text)).Select(m => m.Club!.Name).ToList();

    [Theory]
    [InlineData("Los Blancos are confident.", "Real Madrid")]
    [InlineData("The Gunners made an offer.", "Arsenal")]
    [InlineData("The Red Devils said no.", "Manchester United")]
    [InlineData("The Bianconeri are interested.", "Juventus")]
    [InlineData("The Magpies want more.", "Newcastle United")]
    [InlineData("Man Utd have agreed terms.", "Manchester United")]
    [InlineData("Spurs lead the race.", "Tottenham Hotspur")]
    [InlineData("Crusaders have signed the striker.", "Crusaders FC")]
    [InlineData("The Crues had a bid rejected in July.", "Crusaders FC")]
    [InlineData("He scored 65 goals for the Bannsiders.", "Coleraine")]
    public void Knows_clubs_by_nickname(string sentence, string club) => Assert.Equal([club], ClubsNamedIn(sentence));

    // "Melbourne Heart claim to have agreed terms": a club's name before it was renamed is still the club.
    // Honduras's and Costa Rica's clubs, by their full and short names (a loan from MLS to "Real C.D. España").
    [Theory]
    [InlineData("The forward will join Real Club Deportivo España in Honduras on loan.", "Real España")]
    [InlineData("Houston loan the forward to Real C.D. España.", "Real España")]
    [InlineData("He has agreed terms with Deportivo Saprissa.", "Saprissa")]
    public void Knows_central_american_clubs(string sentence, string club) => Assert.Contains(club, ClubsNamedIn(sentence));

    [Fact]
    public void Knows_a_club_by_its_former_name() => Assert.Equal(["Melbourne City"], ClubsNamedIn("Melbourne Heart claim to have agreed terms with the striker."));

    // "Al-Ahly" alone is Cairo's club; with its city it is the Saudi one, however the transliteration spells it.
    [Theory]
    [InlineData("Al-Ahly Jeddah, Saudi Arabia, wants to sign the striker.", "Al-Ahli")]
    [InlineData("Al-Ahly have won the Egyptian league again.", "Al Ahly")]
    public void Tells_the_saudi_al_ahli_from_cairo_s_al_ahly(string sentence, string club) => Assert.Equal([club], ClubsNamedIn(sentence));

    // The words of a club's formal name before the name the data knows are no forename of a player called so.
    [Theory]
    [InlineData("FC Cincinnati want the winger of Club Atlético Vélez Sarsfield.", "FC Cincinnati", "Velez Sarsfield")]
    [InlineData("He has been a regular for Sociedade Esportiva Palmeiras.", "Palmeiras")]
    public void Knows_a_club_by_its_formal_name(string sentence, params string[] clubs) => Assert.Equal(clubs, ClubsNamedIn(sentence));

    // A name whose own word is possessive ("Queen's Park") is matched with it; a possessive the name lacks still breaks it.
    [Theory]
    [InlineData("Aberdeen have signed the striker from Queen's Park.", "Aberdeen", "Queen's Park")]
    [InlineData("Aberdeen have signed the striker from Queen’s Park.", "Aberdeen", "Queen's Park")]
    [InlineData("Real's Madrid-born striker has joined Aberdeen.", "Aberdeen")]
    public void A_possessive_inside_a_clubs_name_is_part_of_it(string sentence, params string[] clubs) => Assert.Equal(clubs, ClubsNamedIn(sentence));

    [Theory]
    [InlineData("Scunthorpe United have scouted York City striker Tomas Varga.", "Scunthorpe United", "York City")]
    [InlineData("The Minstermen rejected an offer from Hyde United.", "York City", "Hyde United")]
    [InlineData("Colombian forward Tomas Varga is set to return to Universidad San Martin.", "Universidad San Martin")]
    [InlineData("New York City have signed Tomas Varga from Columbus Crew.", "New York City FC", "Columbus Crew")]
    public void Knows_clubs_real_reports_named_that_it_missed(string sentence, params string[] clubs) => Assert.Equal(clubs, ClubsNamedIn(sentence));

    [Theory]
    [InlineData("Ghana Premier League side King Faisal has added the midfielder to their roster.", "King Faisal")]
    [InlineData("Kumasi Asante Kotoko striker Tomas Varga has flown out of the country.", "Asante Kotoko")]
    [InlineData("The winger left Accra Hearts of Oak for Medeama.", "Hearts of Oak", "Medeama")]
    public void Knows_the_ghana_premier_league(string sentence, params string[] clubs) => Assert.Equal(clubs, ClubsNamedIn(sentence));

    [Theory]
    [InlineData("The defender has joined from PAS Giannina.", "PAS Giannina")]
    [InlineData("The striker left Skoda Xanthi for Panionios.", "Xanthi", "Panionios")]
    public void Knows_the_smaller_greek_clubs(string sentence, params string[] clubs) => Assert.Equal(clubs, ClubsNamedIn(sentence));

    // "Inter" alone is Inter Milan (or, in a Brazilian story, Internacional); Inter Miami is written in full, and its
    // short form is read as its own only after it.
    [Theory]
    [InlineData("Some confusion surrounds the arrival of the midfielder at Inter.", "Inter Milan")]
    [InlineData("Inter Miami have signed the striker. Inter paid a fee of $2m.", "Inter Miami", "Inter Miami")]
    public void Inter_alone_is_inter_milan_and_inter_miami_is_named_in_full(string text, params string[] clubs) =>
        Assert.Equal(clubs, ClubsNamedIn(text));

    // A Chinese club under the sponsor's name it played under: the sponsor's word before its short form does not hide it.
    [Theory]
    [InlineData("He has signed a one-year extension with Shanghai Greenland Shenhua.", "Shanghai Shenhua")]
    [InlineData("The striker left Beijing Sinobo Guoan last winter.", "Beijing Guoan")]
    [InlineData("Guangzhou Evergrande Taobao won the title.", "Guangzhou FC")]
    public void Knows_chinese_clubs_by_their_sponsors_names(string sentence, string club) => Assert.Equal([club], ClubsNamedIn(sentence));

    // "Atletico" alone is Atletico Madrid's short form; in a longer club name it is that club's.
    [Theory]
    [InlineData("Argentine side Atletico Talleres chased the winger for weeks.", "Talleres")]
    [InlineData("Club Atlético Talleres have made an offer.", "Talleres")]
    [InlineData("He ran out his contract with Racing Club de Strasbourg Alsace.", "Strasbourg")]
    public void A_club_whose_name_holds_another_s_short_form_is_itself(string sentence, string club) => Assert.Equal([club], ClubsNamedIn(sentence));

    [Fact]
    public void A_shared_nickname_is_settled_by_the_club_the_article_names()
    {
        Assert.Equal(["Liverpool", "Liverpool"], ClubsNamedIn("Liverpool are calm. The Merseysiders made clear he stays."));
        Assert.Equal(["Everton", "Everton"], ClubsNamedIn("Everton are calm. The Merseysiders made clear he stays."));
    }

    // "Atletico" alone is Atletico Madrid in the data; beside "Atletico Mineiro" it is Mineiro's short form, unless
    // Atletico Madrid is named in full too.
    [Theory]
    [InlineData("Tomas Varga has signed for Atletico Mineiro. Varga will join Ronaldinho as Atletico defend their title.", "Atletico Mineiro", "Atletico Mineiro")]
    [InlineData("Atletico Mineiro want Atletico Madrid's Tomas Varga. Atletico value him at 10 million euros.", "Atletico Mineiro", "Atletico Madrid", "Atletico Madrid")]
    public void A_one_word_name_beginning_a_named_clubs_full_name_is_its_short_form(string text, params string[] clubs) =>
        Assert.Equal(clubs, ClubsNamedIn(text));

    // "Rangers" alone is the Glasgow club in the data; beside "Queens Park Rangers" it is QPR's short form.
    [Theory]
    [InlineData("West Brom held talks with Queens Park Rangers over Tomas Varga. Rangers are holding out for £16m.", "West Bromwich Albion", "Queens Park Rangers", "Queens Park Rangers")]
    [InlineData("Celtic and Rangers both want Tomas Varga.", "Celtic", "Rangers")]
    public void A_one_word_name_ending_a_named_clubs_full_name_is_its_short_form(string text, params string[] clubs) =>
        Assert.Equal(clubs, ClubsNamedIn(text));

    [Fact]
    public void A_shared_nickname_with_no_context_is_not_guessed() => Assert.Empty(ClubsNamedIn("The Merseysiders made clear he stays."));

    [Fact]
    public void A_descriptor_points_at_the_club_of_that_country_named_before_it() =>
        Assert.Equal(["Liverpool", "Real Madrid", "Real Madrid"], ClubsNamedIn(
            "Liverpool rejected the approach from Real Madrid. The Spanish giants will try again."));

    [Fact]
    public void The_liga_club_and_the_spanish_champions_are_descriptors_too() =>
        Assert.Equal(["Real Madrid", "Real Madrid", "Real Madrid"], ClubsNamedIn(
            "Real Madrid want him. The Liga club are weighing up a bid. The Spanish champions need a right-back."));

    [Fact]
    public void A_national_team_is_not_a_club() => Assert.Empty(ClubsNamedIn("The England international has 30 caps for England."));

    [Fact]
    public void A_player_sharing_a_club_name_is_not_the_club() =>
        Assert.Equal(["Chelsea"], ClubsNamedIn("Chelsea sold Andrey Santos last year."));

    [Fact]
    public void Finds_a_club_by_name_or_unambiguous_alias()
    {
        Assert.Equal("Real Madrid", Clubs.Find("Los Blancos")?.Name);
        Assert.Equal("Arsenal", Clubs.Find("the Gunners")?.Name);
        Assert.Equal("Tottenham Hotspur", Clubs.Find("spurs")?.Name ?? Clubs.Find("Spurs")?.Name);
        Assert.Null(Clubs.Find("Merseysiders")); // two clubs answer to it
    }

    // "an exit from the Riverside", "his move to the Stadium of Light": a ground stands for its club, as Ibrox does for
    // Rangers (and is no player's name).
    [Theory]
    [InlineData("He will want to secure an exit from the Riverside this summer.", "Middlesbrough")]
    [InlineData("His move to the Stadium of Light fell through.", "Sunderland")]
    [InlineData("He is expected at the King Power on Monday.", "Leicester City")]
    [InlineData("He has been a regular at the London Stadium.", "West Ham United")]
    [InlineData("He will stay at Pittodrie.", "Aberdeen")]
    [InlineData("He trained at the Amex on Friday.", "Brighton & Hove Albion")]
    [InlineData("He could move to the Gtech in January.", "Brentford")]
    [InlineData("He scored twice at the Emirates Stadium.", "Arsenal")]
    public void A_ground_names_its_club(string text, string club) =>
        Assert.Equal([club], ClubsNamedIn(text));

    [Fact]
    public void Every_embedded_club_list_is_merged_with_its_extra_aliases()
    {
        var clubs = ClubGazetteer.Default;

        Assert.True(clubs.Clubs.Count >= 600, $"{clubs.Clubs.Count} clubs");
        Assert.True(clubs.Clubs.Select(c => c.Country).Distinct().Count() >= 30, $"{clubs.Clubs.Select(c => c.Country).Distinct().Count()} countries");
        Assert.Equal(clubs.Clubs.Count, clubs.Clubs.Select(c => c.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void An_extra_club_file_adds_clubs_and_aliases_without_code()
    {
        var file = Path.Combine(Path.GetTempPath(), $"clubs-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, """
            {"clubs": [{"name": "Kettering Town", "country": "England", "aliases": ["the Poppies"]}],
             "extra_aliases": [{"club": "Arsenal", "aliases": ["the Arsenal lot"]}]}
            """);
        try
        {
            var clubs = ClubGazetteer.FromEmbeddedAnd(file);

            Assert.Equal("Kettering Town", clubs.Find("the Poppies")?.Name);
            Assert.Contains("Arsenal lot", clubs.Find("Arsenal")!.Aliases);
            Assert.Null(ClubGazetteer.Default.Find("Kettering Town"));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void A_missing_extra_club_file_is_a_clear_error() =>
        Assert.Contains("Analysis:ClubsFile", Assert.Throws<InvalidDataException>(() => ClubGazetteer.FromEmbeddedAnd("/nonexistent/clubs.json")).Message);
}
