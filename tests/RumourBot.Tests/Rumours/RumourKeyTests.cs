using RumourBot.Reports;
using RumourBot.Rumours;

namespace RumourBot.Tests.Rumours;

public class RumourKeyTests
{
    [Fact]
    public void Accents_and_case_do_not_split_a_rumour() =>
        Assert.Equal(
            RumourKey.For(new Move("Rafael Leão", "AC Milan", ["Bayern Munich"], null, MoveStatus.Bid)).Single().Key,
            RumourKey.For(new Move("rafael  leao", null, ["Bayern Munich"], null, MoveStatus.Done)).Single().Key);

    [Fact]
    public void Two_interested_clubs_make_two_rumours() =>
        Assert.Equal(2, RumourKey.For(new Move("A Player", "Inter Milan", ["Chelsea", "Manchester City"], null, MoveStatus.Interest)).Count());

    [Fact]
    public void A_renewal_is_a_rumour_of_staying() =>
        Assert.Equal(("alessandro bastoni|stays:inter milan", null),
            RumourKey.For(new Move("Alessandro Bastoni", "Inter Milan", [], null, MoveStatus.ContractRenewal)).Single());
}
