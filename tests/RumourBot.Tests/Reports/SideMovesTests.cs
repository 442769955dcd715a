using RumourBot.Reports;
using RumourBot.Reports.Clubs;
using RumourBot.Reports.People;
using RumourBot.Reports.Text;

namespace RumourBot.Tests.Reports;

/// <summary>
/// Every move a report yields is published as a rumour of its own, so a move beside the main one needs a person the
/// story shows to be a player who moves: not a manager near the transfer talk, a city, a country or a pronoun. The
/// texts are written for the tests in the style of real reporting.
/// </summary>
public class SideMovesTests
{
    private const string Headline = "Porto agree deal for Lens striker Tomas Varga";

    private static List<string> Movers(string text) =>
        ReportAnalyzer.Default.Analyze(new Report(Headline, null, null, null, text)).Moves.Select(m => m.Player).ToList();

    private static List<string> People(string text) =>
        PersonFinder.Find(SentenceSplitter.Split(text), new Dictionary<int, HashSet<int>>(), ClubGazetteer.Default.PlaceWords,
            isClubName: name => ClubGazetteer.Default.Find(name) is not null).Select(p => p.FullName).ToList();

    [Fact]
    public void A_manager_the_story_never_describes_as_a_player_gets_no_move() =>
        Assert.Equal(["Tomas Varga"], Movers(
            "Porto have agreed a €12m fee with Lens for striker Tomas Varga, according to Record. Lens rejected an opening bid from Porto last week, " +
            "but the clubs reached an agreement on Monday as Sergio Lage looks to strengthen his attack before the window shuts. Varga is expected " +
            "to fly to Porto for a medical, with Sergio Lage keen to complete the signing in time for the weekend."));

    [Fact]
    public void A_city_he_lands_in_gets_no_move_and_a_midfielder_signed_beside_him_keeps_his() =>
        Assert.Equal(["Tomas Varga", "Leo Santos"], Movers(
            "Porto have agreed a €12m fee with Lens for striker Tomas Varga, according to Record. Varga landed in Istanbul on Monday after Lens " +
            "agreed to sell, and the deal for Varga will be signed in Istanbul this week. Porto have also agreed a deal to sign midfielder Leo " +
            "Santos from Braga for €4m."));

    [Fact]
    public void Players_signed_in_one_list_each_keep_their_move() =>
        Assert.Equal(["Tomas Varga", "Dario Mendes", "Leo Martins", "Ruben Costa"], Movers(
            "Celtic have agreed a £10m fee with Lens for striker Tomas Varga, according to the Daily Record. The Hoops have signed Dario Mendes, " +
            "Leo Martins and Ruben Costa from Braga so far this summer."));

    [Fact]
    public void The_man_a_player_is_a_target_for_is_not_described_as_a_player() =>
        Assert.Equal(["Tomas Varga"], Movers(
            "Porto have agreed a €12m fee with Lens for striker Tomas Varga, according to Record. Lens had rejected a €10m bid from Porto for " +
            "Varga, a top target for Sergio Lage. Sergio Lage had agreed to wait for the deal."));

    [Fact]
    public void A_country_he_plays_for_is_no_person() =>
        Assert.DoesNotContain("Ghana", People(
            "Varga, who has 12 caps for Ghana, has agreed personal terms with Porto, and Ghana agreed to release him from their camp. Ghana play on Friday."));

    [Fact]
    public void A_pronoun_run_into_its_verb_is_no_person() =>
        Assert.DoesNotContain(People("Tomas Varga said: \u201CWe\u2019re delighted with the deal.\u201D His agent added: \u201CWe\u2019re sure of it.\u201D"),
            name => name.StartsWith("We", StringComparison.Ordinal));
}
