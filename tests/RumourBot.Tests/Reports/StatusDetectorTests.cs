using RumourBot.Reports;

namespace RumourBot.Tests.Reports;

public class StatusDetectorTests
{
    [Theory]
    [InlineData("Arsenal are keen on the winger and have him on their list.", MoveStatus.Interest)]
    [InlineData("Chelsea have opened talks with Brighton.", MoveStatus.Talks)]
    [InlineData("Spurs have submitted a bid of €45m.", MoveStatus.Bid)]
    [InlineData("Newcastle have rejected a £45m bid from Arsenal.", MoveStatus.Rejected)]
    [InlineData("Liverpool emphatically dismissed the idea.", MoveStatus.Rejected)]
    [InlineData("His agent said there is no truth in the reports.", MoveStatus.Denied)]
    [InlineData("Bastoni has signed a new contract with Inter until 2030.", MoveStatus.ContractRenewal)]
    [InlineData("Chelsea have agreed a fee of around £35m with Brighton.", MoveStatus.Agreed)]
    [InlineData("Here we go! Medical booked for Tuesday.", MoveStatus.Agreed)]
    [InlineData("Leão has completed his move to Bayern Munich.", MoveStatus.Done)]
    [InlineData("Charlotte have given Atlanta permission to hold official talks for the winger.", MoveStatus.Talks)]
    [InlineData("Lens have given him permission to undergo a medical.", MoveStatus.Agreed)]
    [InlineData("Finally, after long weeks of twists and turns, the defender became a River player.", MoveStatus.Done)]
    [InlineData("Diego Simeone has now moved to land the striker and bolster his attacking options.", MoveStatus.Unknown)]
    [InlineData("The weather in Madrid was lovely.", MoveStatus.Unknown)]
    [InlineData("However, the club have moved to pour cold water on the latest transfer gossip linking their striker with Arsenal.", MoveStatus.Denied)]
    [InlineData("The midfielder is under contract until 2027 and batted off the Celtic speculation.", MoveStatus.Denied)]
    [InlineData("The assistant coach used his official social media account to rubbish the reports.", MoveStatus.Denied)]
    [InlineData("bvb shuts down varga exit rumours", MoveStatus.Denied)]
    [InlineData("The manager laughed off talk that his captain will be sold to Spain this summer.", MoveStatus.Denied)]
    [InlineData("The chairman said there have been no proposals from either club for the winger.", MoveStatus.Denied)]
    [InlineData("The sporting director revealed that the club are not currently negotiating with Leeds over the full-back.", MoveStatus.Denied)]
    [InlineData("\"Up to now we have not negotiated with anyone for him,\" the president said.", MoveStatus.Denied)]
    [InlineData("Roma have made initial contact for the Galatasaray winger.", MoveStatus.Talks)]
    [InlineData("The Whitecaps look to be on the verge of a big signing: the Colombian striker.", MoveStatus.Talks)]
    [InlineData("Chelsea have now moved to hijack City's attempt to sign the defender.", MoveStatus.Unknown)]
    [InlineData("PSV have confirmed the midfielder will join on loan from Chelsea after the two sides reached an agreement.", MoveStatus.Done)]
    // The sale told as the means of what the club has done: "have cut their losses on him by selling him to".
    [InlineData("West Ham have cut their losses on defender Tomas Varga by selling him to Chinese club Dalian Yifang.", MoveStatus.Done)]
    // A renewal made on the way out: "first renewed his contract with the Blaugrana before making the move to Galicia".
    [InlineData("Celta Vigo have completed the signing of Tomas Varga on a season-long loan from Barcelona, although the midfielder first renewed his contract with the Blaugrana before making the move to Galicia.", MoveStatus.Done)]
    [InlineData("The manager said the idea that the club could be touting him for sale is absolute rubbish.", MoveStatus.Denied)]
    [InlineData("Claims that the striker will leave Porto and return to Benfica this month are wrong, according to the club.", MoveStatus.Denied)]
    [InlineData("Ajax have distanced themselves from suggestions that a return for the winger is close.", MoveStatus.Denied)]
    [InlineData("The club's only regret is an injury denying their captain a move to Spain last summer.", MoveStatus.Unknown)]
    // "I have had no contact from them": no approach made; "declined his proposed move": the club said no; "remain apart in
    // their valuations": still talking ("declined to comment" is neither).
    [InlineData("I have had no contact from Manchester United during the window, he told the paper.", MoveStatus.Denied)]
    [InlineData("Sunderland have declined Tomas Varga's proposed move to Bordeaux.", MoveStatus.Rejected)]
    [InlineData("The clubs remain apart in their valuations of the winger.", MoveStatus.Talks)]
    [InlineData("The club declined to comment on the proposed move.", MoveStatus.Unknown)]
    // Clubs that "have shaken hands on a deal", a player "flown to Madrid to finalise his move": agreed; one who "has left
    // Everton by mutual consent" is gone.
    [InlineData("The two clubs have shaken hands on a deal for the winger.", MoveStatus.Agreed)]
    [InlineData("Tomas Varga has flown to Madrid to finalise his move.", MoveStatus.Agreed)]
    [InlineData("Tomas Varga has flown in to finalise his move.", MoveStatus.Agreed)]
    [InlineData("The forward has left Everton by mutual consent.", MoveStatus.Done)]
    [InlineData("Burnley yesterday halted a £2m move for the Danish defender.", MoveStatus.Collapsed)]
    // A move that "has failed to materialise", a club that "failed in a bid to sign" him: the pursuit is over.
    [InlineData("However, an ambitious attempt to lure Varga north of the border has failed to materialise, the paper understands.", MoveStatus.Collapsed)]
    [InlineData("Hamilton Accies have failed in an audacious bid to sign former Celtic striker Tomas Varga.", MoveStatus.Collapsed)]
    [InlineData("league one side fail in audacious bid to sign ex celtic striker", MoveStatus.Collapsed)]
    // A club backing away, moving on from its pursuit, unsuccessful in a bid, whose deal was pulled or who changed its mind.
    [InlineData("Manchester City are backing away from the race to sign Tomas Varga, a source has told ESPN.", MoveStatus.Collapsed)]
    [InlineData("The Portland Timbers are reportedly prepared to move on from their pursuit of Tigres forward Tomas Varga.", MoveStatus.Collapsed)]
    [InlineData("St Mirren manager Oran Kearney has revealed he's been unsuccessful in a bid to bring in Blackpool full-back Tomas Varga.", MoveStatus.Collapsed)]
    [InlineData("A deal to bring the defender to Paisley was pulled at the last minute.", MoveStatus.Collapsed)]
    [InlineData("West Ham failed in their pursuit of a Porto star.", MoveStatus.Collapsed)]
    [InlineData("Bolton have changed their minds about the deal for the striker.", MoveStatus.Collapsed)]
    [InlineData("But the manager decided against the move after watching him in a friendly.", MoveStatus.Collapsed)]
    [InlineData("After hearing the asking price, Hearts turned their attention to other targets.", MoveStatus.Collapsed)]
    [InlineData("Lyon chiefs have held several conversations with the forward's representatives.", MoveStatus.Talks)]
    [InlineData("Nice are thought to have sounded out Fulham about the striker's availability.", MoveStatus.Talks)]
    [InlineData("According to reports, offers are on the table for the veteran to return to the league.", MoveStatus.Bid)]
    [InlineData("The reporter said the forward was weighing a free agent offer from Orlando City.", MoveStatus.Bid)]
    [InlineData("The goalkeeper was out of contract with Porto, but announced his new deal on Thursday.", MoveStatus.ContractRenewal)]
    [InlineData("Lazio have already had a meeting with Monaco representatives over a potential deal.", MoveStatus.Talks)]
    [InlineData("Their directors are in Porto to close an agreement with the club and the player's agent.", MoveStatus.Talks)]
    [InlineData("Sevilla are pushing hard for this deal to become a reality.", MoveStatus.Talks)]
    [InlineData("Rovers have beaten the deadline to sign striker Tomas Varga from Dundee for an undisclosed fee.", MoveStatus.Done)]
    // A sale or a departure the selling club confirms is as done as a signing the buyer confirms.
    [InlineData("Tottenham have confirmed the sale of Tomas Varga to Ajax in a deal worth £28m.", MoveStatus.Done)]
    [InlineData("Porto announced the departure of the winger to Lyon on Friday.", MoveStatus.Done)]
    // A loan already running that is made longer.
    [InlineData("Rotherham United defender Tomas Varga has extended his loan at Altrincham until the end of the season.", MoveStatus.Done)]
    // A deal signed, told by how long it runs.
    [InlineData("The St Mirren winger signed a deal until 2027 with the Scottish champions on Friday.", MoveStatus.Done)]
    // What he says "after joining" a club on a loan or a deal is said once the move is made.
    [InlineData("Tomas Varga reckons Belgian football is the perfect place to get his career back on track after joining KV Oostende on a season-long loan.", MoveStatus.Done)]
    // A signing told as what the club did ("went shopping again, signing him on a loan deal"), and an MLS trade made.
    [InlineData("Napoli went shopping again in Manchester, signing Tomas Varga on a loan deal from United on Monday.", MoveStatus.Done)]
    [InlineData("The Seattle Sounders have traded Tomas Varga to the Chicago Fire for an undisclosed amount of allocation money.", MoveStatus.Done)]
    [InlineData("Napoli are interested in signing Tomas Varga on a loan deal from United.", MoveStatus.Interest)]
    // A past-tense verb after "and" is a deed of its own, though an infinitive comes before it.
    [InlineData("Lazio moved quickly to beat Roma to the punch and completed the signing of the winger on Friday.", MoveStatus.Done)]
    // Rivals a club "has beaten off" to sign him are behind it: he has signed (beating rivals "to sign" him is a deal agreed).
    [InlineData("Shamrock Rovers have beaten off competition from St Patrick's Athletic to sign defender Tomas Varga from UCD.", MoveStatus.Done)]
    [InlineData("West Ham have reportedly agreed to meet the €50m release clause of the Uruguayan striker.", MoveStatus.Agreed)]
    [InlineData("Leeds are keen on the forward, but he already has an agreement with a Ligue 1 club.", MoveStatus.Agreed)]
    [InlineData("Roma are unable to reach an agreement for the transfer of the winger from Chelsea.", MoveStatus.Talks)]
    [InlineData("Lyon have asked Manchester City if they can take the defender on loan.", MoveStatus.Talks)]
    [InlineData("Money talks though, and with £17m potentially on the table, it could be enough to prise him away.", MoveStatus.Unknown)]
    [InlineData("He has three years left on his contract, so Burnley have a strong hand in negotiations.", MoveStatus.Unknown)]
    [InlineData("Orlando drops deal for the Celtic defender.", MoveStatus.Collapsed)]
    [InlineData("Rovers see the winger's capture blocked by the league.", MoveStatus.Collapsed)]
    [InlineData("Club made official proposal for the Forest midfielder, but rivals do not want him.", MoveStatus.Bid)]
    [InlineData("Reports of an improved bid for the Fulham midfielder are completely false.", MoveStatus.Denied)]
    [InlineData("The journalist squashes reports City are set to land the Spurs striker.", MoveStatus.Denied)]
    [InlineData("The Union say there's not a piece of truth in the rumours.", MoveStatus.Denied)]
    [InlineData("The manager said he is not aware of any interest in the midfielder.", MoveStatus.Denied)]
    [InlineData("PSV claim to be unaware of Swansea's reported interest in the full-back.", MoveStatus.Denied)]
    [InlineData("hull city on alert as the striker rejects cambridge united stay", MoveStatus.Unknown)]
    // What the club announced is a medical, the signing still to come; announcing the signing itself is done.
    [InlineData("Tomas Varga is on the verge of signing for Stoke City after the club announced on Friday evening that the player had undergone a medical.", MoveStatus.Agreed)]
    [InlineData("Tomas Varga has joined Stoke City, the club announced on Friday evening.", MoveStatus.Done)]
    // "has undergone medicals": the plural, as some outlets write it, is the medical all the same.
    [InlineData("Tomas Varga has undergone medicals at Championship side Middlesbrough ahead of a short-term move.", MoveStatus.Agreed)]
    [InlineData("Tomas Varga has joined Stoke City, the club announced on Friday, after he passed a medical in the morning.", MoveStatus.Done)]
    public void Reads_the_status_of_a_sentence(string sentence, MoveStatus expected) =>
        Assert.Equal(expected, StatusDetector.DetectOne(sentence));

    [Fact]
    public void The_strongest_signal_wins_across_sentences() =>
        Assert.Equal(MoveStatus.Agreed, StatusDetector.Detect([
            "Their first bid was rejected in June.",
            "A second offer has now been accepted, and the clubs have agreed a fee of £50m.",
        ]));

    // A bid spoken of under a condition, or as the price a seller holds out for, is not yet made.
    [Theory]
    [InlineData("Wolves are keeping tabs on the winger with a view to making a bid in the summer.")]
    [InlineData("It would take an \"astronomical\" bid of €40m for Leeds United to sign the 21-year-old before the window closes.")]
    [InlineData("Burnley are holding out for an offer of around £12 million for the defender.")]
    public void A_bid_under_a_condition_or_held_out_for_is_not_made(string sentence) =>
        Assert.NotEqual(MoveStatus.Bid, StatusDetector.DetectOne(sentence));

    [Theory]
    [InlineData("No agreement has been reached yet.")]
    [InlineData("The clubs are yet to agree a fee.")]
    [InlineData("He signed a new contract last summer.")]
    public void Negated_or_old_news_does_not_count_as_progress(string sentence) =>
        Assert.True(StatusDetector.DetectOne(sentence) < MoveStatus.ContractRenewal);

    // "expected to finalise the paperwork and announce the transfer": the second verb shares the first one's "to", a plan.
    [Theory]
    [InlineData("AC Milan are expected to finalise the paperwork and announce the transfer next week.")]
    [InlineData("Milan are due in Lisbon to sign the papers and complete the transfer.")]
    public void A_deed_joined_to_an_infinitive_is_a_plan(string sentence) =>
        Assert.NotEqual(MoveStatus.Done, StatusDetector.DetectOne(sentence));

    // Near misses of this session's cues: the words they read, said of something else or undone by what follows.
    [Theory]
    [InlineData("Everton have confirmed the sale of the club to the Friedkin Group.", MoveStatus.Done)]
    [InlineData("Porto have confirmed the departure of head coach Sergio Conceicao.", MoveStatus.Done)]
    [InlineData("The Sounders have traded places with Chicago to move up the draft order.", MoveStatus.Done)]
    [InlineData("Celtic have extended their loan offer for the winger.", MoveStatus.Done)]
    [InlineData("Tomas Varga, who left Everton by mutual consent, is wanted by Rangers.", MoveStatus.Done)]
    [InlineData("Tomas Varga has made ten appearances this season after joining Lens on a permanent deal in the summer, and Everton want him.", MoveStatus.Done)]
    [InlineData("Tomas Varga, who has struggled after joining Lens on a four-year deal, is wanted by Everton.", MoveStatus.Done)]
    [InlineData("Lens changed their minds and accepted the offer from Everton.", MoveStatus.Collapsed)]
    [InlineData("Lens have backed away from their £30m valuation and accepted Everton's bid.", MoveStatus.Collapsed)]
    [InlineData("The deal was pulled off on deadline day.", MoveStatus.Collapsed)]
    [InlineData("Lens declined comment on the proposed move.", MoveStatus.Rejected)]
    [InlineData("His form has declined since his move to Spain.", MoveStatus.Rejected)]
    [InlineData("Lens had no offers for the striker until Everton came in with £10m.", MoveStatus.Denied)]
    public void A_cue_said_of_something_else_is_not_read(string sentence, MoveStatus not) =>
        Assert.NotEqual(not, StatusDetector.DetectOne(sentence));

    // "opted to reject the bid and pull out of talks": a choice made is a deed for the verb after "and" too.
    [Fact]
    public void A_withdrawal_chosen_after_and_is_made() =>
        Assert.Equal(MoveStatus.Collapsed, StatusDetector.DetectOne("Lens opted to reject the bid and pull out of talks."));
}
