using RumourBot.Following;
using RumourBot.Reports.Clubs;

namespace RumourBot.Tests.Following;

public class ClubSuggestionsTests
{
    private readonly ClubSuggestions _suggestions = new(ClubGazetteer.Default);

    [Theory]
    [InlineData("gunners", "Arsenal")]
    [InlineData("the Gunners", "Arsenal")]
    [InlineData("Los Blancos", "Real Madrid")]
    [InlineData("arsen", "Arsenal")]
    public void Names_and_nicknames_suggest_the_club_under_its_real_name(string typed, string club) =>
        Assert.Equal(club, _suggestions.Suggest(typed)[0].Value);

    [Fact]
    public void A_nickname_match_shows_the_nickname_beside_the_name() =>
        Assert.Equal("Arsenal (Gunners)", _suggestions.Suggest("gunn")[0].Name);

    [Fact]
    public void At_most_25_suggestions_each_club_once()
    {
        var all = _suggestions.Suggest("");

        Assert.Equal(25, all.Count);
        Assert.Equal(all.Count, all.Select(s => s.Value).Distinct().Count());
    }

    [Fact]
    public void Nothing_matches_nonsense() => Assert.Empty(_suggestions.Suggest("zzqx"));
}
