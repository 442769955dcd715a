using RumourBot.Reports;

namespace RumourBot.Tests.Reports;

/// <summary>
/// Status, third round: written forms of real reports the detector misread, one sentence of each kind (invented
/// wording, the same form).
/// </summary>
public class StatusWrittenFormsTests
{
    // A plan written as an infinitive or a clause of time is not the deed.
    [Theory]
    [InlineData("There is still time for Everton to complete their signing of the defender.")]
    [InlineData("Lazio will pay around €40 million to complete the transfer.")]
    [InlineData("When he signs for Burnley he will become their fourth signing of the summer.")]
    [InlineData("Porto are preparing to put together a proposal of 20 million euros.")]
    [InlineData("Hearts are determined to table a formal offer to the Belgian side.")]
    [InlineData("Koeman: Contract extension on the cards for Varga")]
    [InlineData("A new deal is in the offing for the defender.")]
    [InlineData("Palace are likely to return with an improved bid for the midfielder soon.")]
    [InlineData("His contract ends in 2026, so there could still be the possibility of new negotiations taking place next summer.")]
    [InlineData("Girona see the prospect of a deal being agreed in the summer.")]
    public void A_plan_is_not_yet_the_deed(string sentence) =>
        Assert.True(StatusDetector.DetectOne(sentence) <= MoveStatus.Interest, StatusDetector.DetectOne(sentence).ToWireName());

    // "When" before a deed in the past tense dates it; before one to come it waits for it (above).
    [Theory]
    [InlineData("Cincinnati added another option to its midfield when it announced the signing of the Irish midfielder.", MoveStatus.Done)]
    [InlineData("The fans were delighted when Burnley completed the signing of the striker.", MoveStatus.Done)]
    [InlineData("The fans will be delighted when Burnley complete the signing of the striker.", MoveStatus.Unknown)]
    [InlineData("The fans would be delighted when Burnley could not complete the signing of the striker.", MoveStatus.Unknown)]
    public void A_deed_dated_by_when_is_done(string sentence, MoveStatus expected) =>
        Assert.Equal(expected, StatusDetector.DetectOne(sentence));

    [Fact]
    public void A_club_delighted_to_confirm_a_signing_has_done_it() =>
        Assert.Equal(MoveStatus.Done, StatusDetector.DetectOne("\"The club is delighted to confirm the signing of the Brazilian winger!\""));

    [Fact]
    public void A_conditional_with_a_curly_apostrophe_is_still_a_condition() =>
        Assert.NotEqual(MoveStatus.Agreed, StatusDetector.DetectOne("“He stays with us, even if we’ve reached an agreement for his exit,” the coach said."));

    [Theory]
    [InlineData("Ajax agrees €9m fee for Genk winger", MoveStatus.Agreed)]
    [InlineData("Fenerbahce agree deal with Slavia Prague for the striker.", MoveStatus.Agreed)]
    [InlineData("Real Betis and Sevilla reach agreement for the defender's transfer.", MoveStatus.Agreed)]
    [InlineData("The forward has agreed a contract worth €5m per season with Roma.", MoveStatus.Agreed)]
    [InlineData("With the midfielder there is an agreement, and the offer was sent to Stoke yesterday.", MoveStatus.Agreed)]
    [InlineData("An agreement between Genoa and the winger has already been reached.", MoveStatus.Agreed)]
    [InlineData("The 24-year-old passed his medical on Monday.", MoveStatus.Agreed)]
    [InlineData("The striker has completed a medical ahead of the move.", MoveStatus.Agreed)]
    [InlineData("Valencia have sanctioned a loan move to Getafe for the full-back.", MoveStatus.Agreed)]
    [InlineData("Boca seem to have closed the negotiation with Sampdoria.", MoveStatus.Agreed)]
    [InlineData("Heerenveen have agreed to buy the Feyenoord midfielder for €3m.", MoveStatus.Agreed)]
    [InlineData("The Belgian club have agreed to let their captain leave.", MoveStatus.Agreed)]
    [InlineData("Trabzonspor will be free to sign him after they agreed to pay €6 million to Slavia.", MoveStatus.Agreed)]
    [InlineData("Fans flocked to the airport to welcome Tomas Varga to Turkey, who is joining on a contract from Monaco.", MoveStatus.Agreed)]
    [InlineData("Bild have reported that Tomas Varga will return to Dortmund from Bayern in a £19m deal.", MoveStatus.Agreed)]
    [InlineData("The winger will rejoin his boyhood club once the window opens.", MoveStatus.Agreed)]
    [InlineData("The striker is set to sign for Banfield next week.", MoveStatus.Agreed)]
    [InlineData("Manchester United goalkeeper Tomas Varga has agreed a loan move to Turkish side Trabzonspor.", MoveStatus.Agreed)]
    [InlineData("Fleetwood Town secure deal for Shrewsbury Town man Tomas Varga", MoveStatus.Agreed)]
    [InlineData("Fleetwood hope to secure a deal for Tomas Varga.", MoveStatus.Unknown)]
    [InlineData("He underwent surgery and is all set to return to action during pre-season.", MoveStatus.Unknown)]
    [InlineData("Tomas Varga admits he had to leave Rangers for the sake of his career after agreeing a four-year deal with Aberdeen.", MoveStatus.Agreed)]
    [InlineData("tomas varga opens rangers exit penning aberdeen deal", MoveStatus.Done)]
    [InlineData("Atlanta United forward Tomas Varga is heading to Argentine side Banfield, according to a Monday report.", MoveStatus.Agreed)]
    [InlineData("The defender is set to join training with the first team on Monday.", MoveStatus.Unknown)]
    public void Agreements_in_their_written_forms(string sentence, MoveStatus expected) =>
        Assert.Equal(expected, StatusDetector.DetectOne(sentence));

    [Theory]
    [InlineData("Moroccan star Hakim Amrabat moves to Real Betis on loan")]
    [InlineData("Zaragoza are happy after acquiring the winger on loan from Braga.")]
    [InlineData("Al-Ittihad hailed the capture of the Algerian forward.")]
    [InlineData("Two-year loan announced on Friday evening.")]
    [InlineData("The club finally landed their man, announcing the two-year loan move late on Friday.")]
    [InlineData("Another day and another centre-back for Burton, as the defender signs from Swindon Town.")]
    [InlineData("The new-look Chicago Fire added a new face to its roster on Saturday.")]
    [InlineData("Leeds have secured the signature of the Porto striker.")]
    [InlineData("Leeds confirm signing of Porto striker")]
    [InlineData("Tomas Varga seals Leeds move")]
    [InlineData("The striker was presented to the media on Tuesday.")]
    [InlineData("The striker moved to Leeds for £10m on Friday.")]
    [InlineData("The striker has been snapped up by Leeds.")]
    [InlineData("The striker has been signed by Leeds from Porto.")]
    [InlineData("The striker was announced as a Leeds player.")]
    [InlineData("And the Foxes then loaned the 21-year-old forward to their Belgian sister club OH Leuven.")]
    public void Completed_moves_in_their_written_forms(string text) =>
        Assert.Equal(MoveStatus.Done, text.EndsWith('.') ? StatusDetector.DetectOne(text) : StatusDetector.DetectHeadline(text));

    // Near misses of the forms above: a wish to add, a manager's words.
    [Theory]
    [InlineData("The coach added that he wants to bring a new face to the squad.")]
    [InlineData("Burton hope the defender signs from Swindon Town before the window shuts.")]
    [InlineData("The striker will be presented to the media on Tuesday.")]
    [InlineData("Leeds could confirm the signing of the striker next week.")]
    [InlineData("The forward would then be loaned to their Belgian sister club.")]
    public void Words_near_a_completed_move_are_no_deed(string sentence) =>
        Assert.NotEqual(MoveStatus.Done, StatusDetector.DetectOne(sentence));

    [Fact]
    public void A_manager_confirming_a_move_is_close_has_not_completed_it() =>
        Assert.NotEqual(MoveStatus.Done, StatusDetector.DetectOne("Boss Gary Rowett confirmed the move for Hughes was 'very close'."));

    [Fact]
    public void A_headline_confirming_a_player_will_join_is_no_done_deal() =>
        Assert.NotEqual(MoveStatus.Done, StatusDetector.DetectHeadline("Porto confirm Diaz to join Liverpool in January"));

    [Theory]
    [InlineData("Watford pull plug on Dawson switch to Leeds after failed medical")]
    [InlineData("Wigan have pulled the plug on the keeper's transfer to Bolton.")]
    [InlineData("Tomas Varga left fuming as Man Utd suddenly block transfer to Turkey")]
    [InlineData("United blocked his move to Galatasaray at the last minute.")]
    [InlineData("hull fail to land midfielder yannis salibur")]
    public void Pulling_the_plug_collapses_the_move(string text) =>
        Assert.Equal(MoveStatus.Collapsed, text.EndsWith('.') ? StatusDetector.DetectOne(text) : StatusDetector.DetectHeadline(text));

    // Blocks that stop nothing: a sprint's start, the obstacles to a move still talked of.
    [Theory]
    [InlineData("Leicester City burst out of the blocks on transfer deadline day with an early raid for the striker.")]
    [InlineData("These are the figures blocking a Juventus move for the Barcelona man.")]
    public void Blocks_that_stop_nothing_collapse_nothing(string sentence) =>
        Assert.NotEqual(MoveStatus.Collapsed, StatusDetector.DetectOne(sentence));

    [Theory]
    [InlineData("His agent has rejected the rumours and insisted he is staying at Everton.")]
    [InlineData("The club's director has stated that he has not received an offer for the midfielder.")]
    [InlineData("Sporting have received no official offer for the winger.")]
    [InlineData("The chief executive has branded reports of a £5m offer for the striker as 'complete fiction'.")]
    [InlineData("villa ceo claims reported 5m bid for young striker is complete fiction")]
    [InlineData("But Celtic are claiming there is no agreement with the Saints.")]
    [InlineData("A spokesman said: \"The story is absolute nonsense.")]
    public void Denials_in_their_written_forms(string sentence) =>
        Assert.Equal(MoveStatus.Denied, StatusDetector.DetectOne(sentence));

    [Theory]
    [InlineData("Burnley fail with new offer for Hibernian midfielder", MoveStatus.Rejected)]
    [InlineData("Wolves have seen a £12 million bid rejected for the Hibs midfielder.", MoveStatus.Rejected)]
    [InlineData("Flamengo refuses West Ham's million dollar loan proposal for Gabigol", MoveStatus.Rejected)]
    [InlineData("The striker saw Flamengo refuse an offer from the English club on loan.", MoveStatus.Rejected)]
    [InlineData("Rummenigge has reiterated the club's stance that they will not do business until the summer.", MoveStatus.Rejected)]
    [InlineData("The club said a sale in January is out of the question.", MoveStatus.Rejected)]
    [InlineData("Rotherham United say 'no' as third bid for midfielder goes past £1 million", MoveStatus.Rejected)]
    [InlineData("The Millers said \u201Cno\u201D to a second offer from the Championship side.", MoveStatus.Rejected)]
    public void A_failed_offer_is_rejected(string text, MoveStatus expected) =>
        Assert.Equal(expected, text.EndsWith('.') ? StatusDetector.DetectOne(text) : StatusDetector.DetectHeadline(text));

    [Theory]
    [InlineData("United had made an approach for him last season but had it rebuffed by his club.")]
    [InlineData("Napoli rejected to pay his release clause and the move collapsed a few weeks ago.")]
    public void An_old_rejection_is_background(string sentence) =>
        Assert.NotEqual(MoveStatus.Rejected, StatusDetector.DetectOne(sentence));

    [Theory]
    [InlineData("Sevilla midfielder could be tempted by Qatar after receiving €30m per year offer")]
    [InlineData("The Ghana midfielder has reportedly been offered a contract worth $100 million to play in Saudi Arabia.")]
    public void An_offer_he_has_received_is_a_bid(string text) =>
        Assert.Equal(MoveStatus.Bid, text.EndsWith('.') ? StatusDetector.DetectOne(text) : StatusDetector.DetectHeadline(text));

    [Theory]
    [InlineData("Benfica are now moving forward with an approach for the midfielder, according to the journalist.")]
    [InlineData("The Lisbon club have pressed ahead with their approach for Tomas Varga.")]
    public void An_approach_a_club_moves_forward_with_is_talks(string sentence) =>
        Assert.Equal(MoveStatus.Talks, StatusDetector.DetectOne(sentence));

    [Fact]
    public void Talks_that_are_expected_are_talks() =>
        Assert.Equal(MoveStatus.Talks, StatusDetector.DetectOne("The defender is expected to hold final talks before joining Besiktas on loan."));

    [Theory]
    [InlineData("The England international is available on a temporary contract this summer after he held discussions with coach Arsene Wenger.")]
    [InlineData("He has had discussions with his manager about his future.")]
    public void Discussions_with_his_own_coach_are_no_transfer_talks(string sentence) =>
        Assert.NotEqual(MoveStatus.Talks, StatusDetector.DetectOne(sentence));

    [Fact]
    public void A_statement_confirming_that_terms_are_agreed_confirms_an_agreement() =>
        Assert.Equal(MoveStatus.Agreed, StatusDetector.DetectOne(
            "A statement on the club website confirms the deal: “Chelsea and Bolton can confirm that terms have been agreed between the clubs for the transfer of Tomas Varga.”"));

    [Fact]
    public void A_player_who_checks_in_ahead_of_sealing_his_move_has_agreed_it() =>
        Assert.Equal(MoveStatus.Agreed, StatusDetector.DetectOne("Tomas Varga has checked into a five-star Glasgow hotel ahead of sealing a permanent move to Celtic."));

    [Theory]
    [InlineData("The Foxes have agreed to meet Juventus' €30 million asking price for the midfielder.")]
    [InlineData("Rangers have agreed to match Aberdeen's valuation of the defender.")]
    public void A_buyer_that_agrees_to_meet_the_asking_price_has_agreed_the_fee(string sentence) =>
        Assert.Equal(MoveStatus.Agreed, StatusDetector.DetectOne(sentence));

    [Fact]
    public void A_club_joining_the_race_has_agreed_nothing() =>
        Assert.NotEqual(MoveStatus.Agreed, StatusDetector.DetectOne("Liverpool are joining the race for the Celtic winger."));

    [Fact]
    public void Interests_weighed_in_any_negotiations_are_no_talks() =>
        Assert.NotEqual(MoveStatus.Talks, StatusDetector.DetectOne("He added that the player's interests must be considered in any negotiations."));

    [Theory]
    [InlineData("Kane signs new Tottenham Hotspur contract until 2030", MoveStatus.ContractRenewal)]
    [InlineData("The midfielder has committed to fresh terms with Real, despite no announcement.", MoveStatus.ContractRenewal)]
    [InlineData("Swindon defender Tomas Varga has accepted a new one-year contract to remain at the County Ground.", MoveStatus.ContractRenewal)]
    [InlineData("Right-back Tomas Varga has put pen to paper on a contract that will keep him at Telford until the end of the season.", MoveStatus.ContractRenewal)]
    [InlineData("The teenager capped a fine start to the season by signing his first professional contract at the Valley.", MoveStatus.ContractRenewal)]
    [InlineData("Orlando City have signed midfielder Tomas Varga to a new contract through 2026 with an option for 2027.", MoveStatus.ContractRenewal)]
    [InlineData("The Seattle Sounders have signed midfielder Tomas Varga to a new contract that keeps their captain tied to the club through the 2027 season.", MoveStatus.ContractRenewal)]
    [InlineData("Report: Tomas Varga agrees to one-year deal to remain with Sounders", MoveStatus.ContractRenewal)]
    [InlineData("sounders lock up varga through 2027", MoveStatus.ContractRenewal)]
    // A translation of the Portuguese "renovar": "renovate their link" is renewing the contract.
    [InlineData("The team is confident that it will renovate their link with their main player until tomorrow.", MoveStatus.ContractRenewal)]
    [InlineData("Corinthians and Tomas Varga agree contract renovation until 2027", MoveStatus.ContractRenewal)]
    public void Renewals_in_their_written_forms(string text, MoveStatus expected) =>
        Assert.Equal(expected, text.EndsWith('.') ? StatusDetector.DetectOne(text) : StatusDetector.DetectHeadline(text));

    // "has rejoined Bolton on a season-long loan" is a move made; "has rejoined the race" is not.
    [Theory]
    [InlineData("Manchester City goalkeeper Tomas Varga has rejoined League One side Bolton Wanderers on a season-long loan.", MoveStatus.Done)]
    [InlineData("Leeds have rejoined the race for the striker.", MoveStatus.Unknown)]
    public void A_return_made_is_done_a_race_rejoined_is_not(string text, MoveStatus expected) =>
        Assert.Equal(expected, StatusDetector.DetectOne(text));

    // "has left League One side Southend to join Western Sydney Wanderers": the club left, for the one he joins, is a move
    // made; leaving "to join the race" is not one.
    [Theory]
    [InlineData("Irish striker Tomas Varga has left League Two side Grimsby to join A-League outfit Perth Glory.", MoveStatus.Done)]
    [InlineData("TOMAS VARGA HAS dropped down a division to join Scottish Championship side Ayr United on a season-long loan.", MoveStatus.Done)]
    [InlineData("The winger has ended his three-year stay with Bristol City to join Hull City.", MoveStatus.Done)]
    [InlineData("Tomas Varga has officially parted ways with Pachuca to join Monterrey.", MoveStatus.Done)]
    [InlineData("Tomas Varga has quit Hearts to join Hibernian on a two-year deal.", MoveStatus.Done)]
    public void A_club_left_to_join_another_is_a_move_made(string text, MoveStatus expected) =>
        Assert.Equal(expected, StatusDetector.DetectOne(text));

    [Fact]
    public void A_club_left_to_join_a_race_is_no_move_made() =>
        Assert.NotEqual(MoveStatus.Done, StatusDetector.DetectOne("Leeds have left Derby County to join the race for the striker."));

    [Fact]
    public void A_new_deal_offered_is_not_yet_a_renewal() =>
        Assert.NotEqual(MoveStatus.ContractRenewal, StatusDetector.DetectOne("The winger has been offered a new deal at Elland Road which would make him the best-paid player."));

    [Fact]
    public void Signing_this_contract_in_a_renewal_quote_is_not_a_move() =>
        Assert.NotEqual(MoveStatus.Done, StatusDetector.DetectOne("“It’s hard to say how happy I am to have signed this contract."));

    [Fact]
    public void A_negation_reaches_past_a_figure() =>
        Assert.NotEqual(MoveStatus.Bid, StatusDetector.DetectOne("Porto will not even enter into talks unless a €90m offer is tabled for their captain."));

    [Theory]
    [InlineData("The 23-year-old will arrive in Lyon this week to undergo a medical.")]
    [InlineData("The deal is subject to a medical, which is scheduled for Thursday.")]
    [InlineData("The midfielder will join Bologna on July 1 when his contract with Genk expires.")]
    public void A_medical_or_a_start_date_ahead_is_an_agreement(string sentence) =>
        Assert.Equal(MoveStatus.Agreed, StatusDetector.DetectOne(sentence));

    [Fact]
    public void A_medical_that_depends_on_a_condition_is_no_agreement() =>
        Assert.NotEqual(MoveStatus.Agreed, StatusDetector.DetectOne("He would be cleared to play if he passes a medical this week."));

    [Fact]
    public void Talks_a_player_will_hold_with_his_club_are_not_yet_talks() =>
        Assert.NotEqual(MoveStatus.Talks, StatusDetector.DetectOne("I will also be in talks with the club at the end of the season."));

    [Theory]
    [InlineData("On August 2, when he turns 17, the winger will sign his first contract as a professional player for Santos.")]
    [InlineData("The captain is set to sign a new deal at Villa Park.")]
    public void A_renewal_on_its_way_is_a_renewal(string sentence) =>
        Assert.Equal(MoveStatus.ContractRenewal, StatusDetector.DetectOne(sentence));

    [Fact]
    public void A_renewal_the_club_only_hopes_for_is_none() =>
        Assert.NotEqual(MoveStatus.ContractRenewal, StatusDetector.DetectOne("Rennes are hoping to tie the winger down to a new contract."));

    [Fact]
    public void Another_clubs_bid_outweighs_the_contract_that_sets_his_price()
    {
        var analysis = ReportAnalyzer.Default.Analyze(ReportFileReader.FromText(
            "Stoke City have made a bid for Burnley forward Tom Hadley. "
            + "Tom Hadley has signed a new contract with Burnley that runs until 2027, so the price would need to suit both sides.",
            DateTimeOffset.UnixEpoch));

        Assert.Equal(MoveStatus.Bid, analysis.Moves[0].Status);
    }

    [Fact]
    public void An_asking_price_repeated_as_the_offer_it_takes_is_the_fee_of_a_move_still_at_interest()
    {
        var move = ReportAnalyzer.Default.Analyze(new Report("Liverpool told Benfica want a huge fee for Rui Tavares", null, null, null,
            "Liverpool have been told that Benfica will be demanding €90 million for striker Rui Tavares. "
            + "The Portuguese club will not even enter into talks unless a €90m offer is tabled for their striker.")).MainMove;

        Assert.NotNull(move);
        Assert.True(move.Status < MoveStatus.Talks, move.Status.ToWireName());
        Assert.Equal((90m, "EUR"), (move.Fee?.AmountMillions, move.Fee?.Currency));
    }

    [Theory]
    [InlineData("For now it is observation rather than negotiation.")]
    [InlineData("The club have made their interest known and want to start talks in the spring.")]
    [InlineData("Celtic opened talks over an extension months ago, but the two sides are yet to agree.")]
    public void Talks_that_are_wished_for_or_long_past_are_not_the_news(string sentence) =>
        Assert.NotEqual(MoveStatus.Talks, StatusDetector.DetectOne(sentence));

    [Theory]
    [InlineData("Sky Sports report that the club has enquired about the 23-year-old, who has previously had loan spells at Malaga and Vitesse.", MoveStatus.Talks)]
    [InlineData("Norwich have had a succession of bids - the highest £6million - rejected for a player for whom Latics paid only £1million 12 months ago.", MoveStatus.Rejected)]
    public void A_step_beside_a_past_clause_of_its_own_is_news(string sentence, MoveStatus expected) =>
        Assert.Equal(expected, StatusDetector.DetectOne(sentence));

    [Fact]
    public void An_offer_rebuffed_in_the_past_is_background() =>
        Assert.NotEqual(MoveStatus.Rejected, StatusDetector.DetectOne("They were rebuffed in the past when their offers fell short."));

    [Fact]
    public void Getting_a_deal_done_is_a_hope() =>
        Assert.NotEqual(MoveStatus.Agreed, StatusDetector.DetectOne("Villa believe the club's debts give them a chance of getting a deal done early in the window."));

    [Theory]
    [InlineData("Rangers are ready to offer in the region of £5million for the Greek striker.")]
    [InlineData("Al-Ahli have identified the Arsenal captain as a priority for the summer.")]
    [InlineData("Al-Nassr are willing to offer him a three-year contract worth around €150m.")]
    public void Readiness_to_offer_is_interest(string sentence) =>
        Assert.Equal(MoveStatus.Interest, StatusDetector.DetectOne(sentence));

    [Theory]
    [InlineData("Valencia have joined the race for the Brazilian midfielder.")]
    [InlineData("Napoli have joined Roma in pondering a bid for the Ajax midfielder.")]
    public void A_club_joining_a_race_has_signed_nobody(string sentence) =>
        Assert.NotEqual(MoveStatus.Done, StatusDetector.DetectOne(sentence));

    [Fact]
    public void A_player_who_has_joined_a_club_in_a_deal_has_signed() =>
        Assert.Equal(MoveStatus.Done, StatusDetector.DetectOne("The midfielder has joined Real Betis in a €20m deal."));

    [Theory]
    [InlineData("In the press conference where the club announced him as their latest signing, he was emotional.", MoveStatus.Done)]
    [InlineData("Lyon have loaned forward Tomas Varga to Belgian side Zulte Waregem until June 2027, the club have announced.", MoveStatus.Done)]
    [InlineData("The Eagles paid a $4 million transfer fee to Necaxa.", MoveStatus.Done)]
    [InlineData("Atlas will sign the Argentine central midfielder from Velez, according to a report.", MoveStatus.Agreed)]
    [InlineData("Chelsea have agreed to send the Brazilian defender to Santos on loan.", MoveStatus.Agreed)]
    [InlineData("Sevilla have extended the contract of defender Lucas Ocampos by another season.", MoveStatus.ContractRenewal)]
    [InlineData("Everton's pursuit of the Honduran winger is over, according to a report.", MoveStatus.Collapsed)]
    [InlineData("The club said these claims are completely false.", MoveStatus.Denied)]
    [InlineData("But those claims have been rubbished and Hull City are not in negotiations to sign the defender.", MoveStatus.Denied)]
    [InlineData("Hull City are not in talks with Lyon over Tomas Varga despite claims they have entered negotiations.", MoveStatus.Denied)]
    [InlineData("Roberto Martinez says Lyon have had no bids for Tomas Varga despite reports of new Hull City interest.", MoveStatus.Denied)]
    [InlineData("Their spokesman stressed that Lyon received no offer for their esteemed midfielder.", MoveStatus.Denied)]
    [InlineData("In fact, both clubs have ‘contacted the player’s representatives’, but, as things stand, Lyon ‘have not received an offer for the midfielder’.", MoveStatus.Talks)]
    [InlineData("Hull City have already contacted the representatives of the winger.", MoveStatus.Talks)]
    [InlineData("The president insisted no club has contacted Lyon about the winger.", MoveStatus.Denied)]
    [InlineData("While many reports have claimed Varga could move to Hull City, the journalist has rubbished them all.", MoveStatus.Denied)]
    [InlineData("The Lyon manager has hit out at “annoying” transfer speculation surrounding striker Tomas Varga.", MoveStatus.Denied)]
    [InlineData("\"He’s got nothing agreed with anybody\" – Journalist drops claim on 24-year-old linked with Hull City", MoveStatus.Denied)]
    [InlineData("The agent has shunned exit rumours and hinted at a new contract.", MoveStatus.Denied)]
    [InlineData("\"I have read about it, but have never had contact with them.\"", MoveStatus.Denied)]
    [InlineData("His agent said the winger has no intention of leaving Porto.", MoveStatus.Denied)]
    [InlineData("Phil Hay: Leeds United not after Tomas Varga", MoveStatus.Denied)]
    [InlineData("The Tomas Varga to Blackburn Rovers move looks like it's off after the player reportedly turned down a deal from Bolton's rivals.", MoveStatus.Collapsed)]
    [InlineData("sunderland confirm tomas varga will not be re joining the club in january", MoveStatus.Collapsed)]
    [InlineData("A deal is in place for the striker to join Roma in the summer.", MoveStatus.Agreed)]
    [InlineData("Varga won’t be joining Everton after all, the striker’s agent has confirmed.", MoveStatus.Collapsed)]
    [InlineData("The journalist says Leeds are not after the striker.", MoveStatus.Denied)]
    public void Written_forms_of_the_third_round(string sentence, MoveStatus expected) =>
        Assert.Equal(expected, StatusDetector.DetectOne(sentence));

    [Theory]
    [InlineData("There is a chance that clubs will sign up for you.")]
    [InlineData("Revealing a verbal pact, and confirming the deal for the defender 'could really happen in June'.")]
    [InlineData("The Rams have lodged an 'enquiry' for the striker.")]
    [InlineData("Blackburn are looking to recall the winger and sanction a permanent move elsewhere.")]
    [InlineData("With a long-term deal in place, Wolves would ideally like to keep the 30-year-old as their number one.")]
    public void Near_misses_of_the_third_round_read_no_further(string sentence) =>
        Assert.True(StatusDetector.DetectOne(sentence) is not (MoveStatus.Agreed or MoveStatus.Done or MoveStatus.Bid), StatusDetector.DetectOne(sentence).ToWireName());

    [Fact]
    public void A_club_saying_he_is_going_nowhere_when_asked_about_a_bid_rejects_it() =>
        Assert.Equal(MoveStatus.Rejected, StatusDetector.DetectOne("Asked about the bid, the manager said: \"He's not going anywhere.\""));

    [Fact]
    public void A_previous_offer_rejected_from_another_club_is_background() =>
        Assert.NotEqual(MoveStatus.Rejected, StatusDetector.DetectOne("Mainz are also in the running, having had a previous lower offer rejected."));

    [Fact]
    public void A_headline_confirming_a_transfer_the_text_calls_a_deal_reached_is_agreed()
    {
        var move = ReportAnalyzer.Default.Analyze(new Report("Flamengo confirms transfer of Lucas Moura to Benfica in record deal", null, null, null,
            "Brazilian club Flamengo confirmed on Friday that it had reached a deal to send 18-year-old forward Lucas Moura to Benfica for a record fee.")).MainMove;

        Assert.Equal(MoveStatus.Agreed, move?.Status);
    }

    [Theory]
    [InlineData("The Spaniard underwent his medical in Turin on Tuesday after landing in Italy on Monday.")]
    [InlineData("Villa signed a six-year contract last August, but it now looks likely he will leave.")]
    [InlineData("In recent years, the club has signed the likes of Eriksen and Vertonghen from Ajax.")]
    public void Old_or_unrelated_signings_are_not_this_moves_completion(string sentence) =>
        Assert.NotEqual(MoveStatus.Done, StatusDetector.DetectOne(sentence));

    [Theory]
    [InlineData("The winger insists he couldn't turn down the chance to sign a two-year deal at Hearts.", MoveStatus.Rejected)]
    [InlineData("He had been offered a contract extension to continue at Old Trafford but opted to leave.", MoveStatus.ContractRenewal)]
    [InlineData("Derby are committed to continuing to strengthen the squad in advance of the new season.", MoveStatus.ContractRenewal)]
    public void Forms_that_only_look_like_a_status(string sentence, MoveStatus notThis) =>
        Assert.NotEqual(notThis, StatusDetector.DetectOne(sentence));

    [Theory]
    [InlineData("They say the Ibrox club are determined to firm up their interest with a formal offer to the Dutch side.", false)]
    [InlineData("Chelsea want to sign the striker and have made a formal offer to Lille.", true)]
    [InlineData("Everton, who were keen to sign him last year, have made a formal offer.", true)]
    public void A_wish_governs_the_offer_in_its_own_clause(string sentence, bool isBid) =>
        Assert.Equal(isBid, StatusDetector.DetectOne(sentence) == MoveStatus.Bid);

    // Fourth round (Blind7's misses): invented sentences of the same kinds.

    // A page address's headline drops the "to" after a noun of pursuit: still a plan, no signing.
    [Theory]
    [InlineData("dutch side join race sign ghanaian winger")]
    [InlineData("lyon talks capture swiss defender")]
    public void A_headline_verb_after_a_noun_of_pursuit_is_no_signing(string headline) =>
        Assert.NotEqual(MoveStatus.Done, StatusDetector.DetectHeadline(headline));

    [Fact]
    public void A_headline_club_selling_a_player_tells_a_done_deal() =>
        Assert.Equal(MoveStatus.Done, StatusDetector.DetectHeadline("Portland Timbers sells winger Diego Rojas to Monterrey"));

    [Fact]
    public void A_headline_bid_confirmed_without_its_auxiliary_is_a_bid() =>
        Assert.Equal(MoveStatus.Bid, StatusDetector.DetectHeadline("Everton bid confirmed for £18m Ajax striker"));

    // His club's offer to keep him, turned down, is no bid for the move turned down.
    [Fact]
    public void Turning_down_his_clubs_offer_to_extend_is_no_rejection_of_the_move() =>
        Assert.NotEqual(MoveStatus.Rejected, StatusDetector.DetectOne("The winger has refused a fresh offer from Lyon to extend his deal until 2027."));

    // A collapse only threatened has not happened.
    [Theory]
    [InlineData("The switch now risks being abandoned over the striker's wage demands.")]
    [InlineData("The transfer risks collapsing because of the failed medical.")]
    public void A_threatened_collapse_is_no_collapse(string sentence) =>
        Assert.NotEqual(MoveStatus.Collapsed, StatusDetector.DetectOne(sentence));

    // A withdrawal told as a decision is the withdrawal made.
    [Theory]
    [InlineData("He has few options left after the Hornets' decision to back out of the deal.")]
    [InlineData("Sevilla opted to pull out of the race for the defender.")]
    public void A_decision_to_withdraw_is_a_collapse(string sentence) =>
        Assert.Equal(MoveStatus.Collapsed, StatusDetector.DetectOne(sentence));

    // Being interested in an agreement is no agreement.
    [Fact]
    public void Interest_in_striking_an_agreement_is_no_agreement() =>
        Assert.NotEqual(MoveStatus.Agreed, StatusDetector.DetectOne("Hibs are understood to be interested in reaching a pre-contract agreement with the full-back."));

    // With no club to move to, an agreement told beside a new contract is the renewal's.
    [Fact]
    public void An_agreement_beside_a_new_contract_with_no_buyer_is_the_renewal()
    {
        var move = ReportAnalyzer.Default.Analyze(new Report("Bukayo Saka verbally agrees new four-year contract", null, null, null,
            "Arsenal winger Bukayo Saka has verbally agreed a new four-year contract with the club. News of the verbal agreement came from the club's own sources on Monday.")).MainMove;

        Assert.Equal(MoveStatus.ContractRenewal, move?.Status);
    }

    // A success told ("were able to secure"), a past deed dated this month, an agreement with its kind named: each is what it says.
    [Theory]
    [InlineData("Reports suggest Aberdeen were able to secure the signing of the Norwegian midfielder on a free.", MoveStatus.Done)]
    [InlineData("Kovac joined the Hatters as their second signing this month, arriving from Slovan.", MoveStatus.Done)]
    [InlineData("Dinamo Zagreb reached a formal agreement with the Croatian winger on a three-year deal.", MoveStatus.Agreed)]
    public void Deeds_told_in_the_past_with_their_success_or_date(string sentence, MoveStatus expected) =>
        Assert.Equal(expected, StatusDetector.DetectOne(sentence));

    // A sum written in words takes a word or two more between the verb and the offer; "newly signed" is a signing done.
    [Theory]
    [InlineData("Rochdale have made a $4 million offer to Lugano for the striker.", MoveStatus.Bid)]
    [InlineData("Lazio made a 12 million euro bid for the Dutch midfielder on Monday.", MoveStatus.Bid)]
    [InlineData("Newly signed Portland defender Anton Bakker has arrived in Oregon.", MoveStatus.Done)]
    public void A_sum_in_words_and_a_newly_signed_player_are_read(string sentence, MoveStatus expected) =>
        Assert.Equal(expected, StatusDetector.DetectOne(sentence));

    // A club's success on the pitch is no signing; a signing dated "in summer 2015" is as old as one "in 2015".
    [Theory]
    [InlineData("The winger's availability has alerted Stockport, who want a good start after securing promotion in successive seasons.")]
    [InlineData("Burnley are planning for the Championship after securing survival on the final day.")]
    [InlineData("However, the midfielder, who signed a three-year deal at the club in summer 2015, opted to stay.")]
    public void A_success_on_the_pitch_or_a_signing_long_ago_is_not_the_news(string sentence) =>
        Assert.NotEqual(MoveStatus.Done, StatusDetector.DetectOne(sentence));

    // A club that withdraws its interest or its bid, or from the race, has ended its pursuit.
    [Theory]
    [InlineData("Hearts withdraw interest in Maccabi Haifa attacking midfielder")]
    [InlineData("But the club have withdrawn their interest after deciding they do not need another midfielder.")]
    [InlineData("Porto withdrew their £4m bid on Friday.")]
    [InlineData("Lyon have withdrawn from the race for the striker.")]
    public void A_withdrawn_interest_or_bid_is_a_collapse(string sentence) =>
        Assert.Equal(MoveStatus.Collapsed, StatusDetector.DetectOne(sentence));

    // Talks in other words: contact kept with his camp, conversations held.
    [Theory]
    [InlineData("Both clubs have been in touch with the midfielder's entourage.")]
    [InlineData("Boca are in touch with the striker's agent.")]
    [InlineData("Conversations have taken place between the two clubs.")]
    public void Contact_and_conversations_are_talks(string sentence) =>
        Assert.Equal(MoveStatus.Talks, StatusDetector.DetectOne(sentence));

    [Theory]
    [InlineData("He has agreed to a two-year deal with the Brazilian club.")]
    [InlineData("The winger agreed to a contract until 2027.")]
    [InlineData("Roma are finalising the deal for the striker.")]
    [InlineData("Tottenham Hotspur have agreed upon a £5 million ($6.6 million) transfer fee to sell the defender.")]
    [InlineData("roma finalizing agreement for the striker")]
    public void Agreeing_to_a_deal_and_finalising_one_are_agreements(string sentence) =>
        Assert.Equal(MoveStatus.Agreed, StatusDetector.DetectOne(sentence));

    // Real text writes its negations with a curly apostrophe as often as with a straight one.
    [Theory]
    [InlineData("We didn’t negotiate with him.", MoveStatus.Talks)]
    [InlineData("Chelsea haven’t agreed a fee with Inter.", MoveStatus.Agreed)]
    [InlineData("Arsenal won’t make an offer for the winger.", MoveStatus.Bid)]
    public void A_negation_with_a_curly_apostrophe_undoes_the_cue(string sentence, MoveStatus undone) =>
        Assert.NotEqual(undone, StatusDetector.DetectOne(sentence));

    // A club confirming its interest in a signing, or a player free to sign with anyone, has signed nothing.
    [Theory]
    [InlineData("Palmeiras have confirmed their interest in signing the Paris Saint-Germain striker.", MoveStatus.Interest)]
    [InlineData("The forward is now free to sign a pre-contract with any club as a free agent.", MoveStatus.Unknown)]
    public void An_interest_or_a_freedom_is_no_deed(string sentence, MoveStatus expected) =>
        Assert.Equal(expected, StatusDetector.DetectOne(sentence));

    // A club's site tells a signing done in many words besides "signed" and "completed".
    [Theory]
    [InlineData("Tomas Varga becomes Hull City's fourth summer signing.")]
    [InlineData("Hull City have brought in Tomas Varga from Lyon.")]
    [InlineData("Hull City have added Tomas Varga to their squad.")]
    [InlineData("Hull City have captured Tomas Varga.")]
    [InlineData("The deal was made official on Monday.")]
    [InlineData("Hull City have tied up the signing of Tomas Varga.")]
    [InlineData("Tomas Varga has made the switch to Hull City.")]
    [InlineData("Hull City have recruited Tomas Varga.")]
    [InlineData("Tomas Varga inks deal with Hull City.")]
    [InlineData("Hull City have acquired Tomas Varga.")]
    [InlineData("Hull City have strengthened their defence with the addition of Tomas Varga.")]
    [InlineData("Tomas Varga is officially a Hull City player.")]
    [InlineData("Hull City have finalised the arrival of Tomas Varga.")]
    [InlineData("Tomas Varga has been presented as a Hull City player.")]
    public void A_signing_told_in_a_clubs_own_words_is_done(string sentence) =>
        Assert.Equal(MoveStatus.Done, StatusDetector.DetectOne(sentence));

    // The same words for a plan, an attention caught, or a signing still to come are not done.
    [Theory]
    [InlineData("Hull City could strengthen their defence with the addition of Tomas Varga.")]
    [InlineData("His good performances appear to have captured the attention of Juventus.")]
    [InlineData("The 22-year-old will arrive in Marseille this week to undergo a medical and becomes Marseille's first signing of the window.")]
    public void The_same_words_for_a_plan_or_an_attention_caught_are_not_done(string sentence) =>
        Assert.NotEqual(MoveStatus.Done, StatusDetector.DetectOne(sentence));

    // A pursuit ended, a medical failed, a target missed: the move is off; the same words still ahead, or told of a
    // takeover of the club, are not.
    [Theory]
    [InlineData("Hull City have ended their pursuit of Tomas Varga.", MoveStatus.Collapsed)]
    [InlineData("middlesbrough transfer now looks off club changing mind", MoveStatus.Collapsed)]
    [InlineData("The deal seems to be off after Hull City changed their minds.", MoveStatus.Collapsed)]
    [InlineData("Tomas Varga failed his medical at Hull City.", MoveStatus.Collapsed)]
    [InlineData("Hull City have missed out on Tomas Varga.", MoveStatus.Collapsed)]
    [InlineData("Hull City will not be continuing their pursuit of Tomas Varga.", MoveStatus.Collapsed)]
    [InlineData("Hull City are no longer pursuing a move for Tomas Varga.", MoveStatus.Collapsed)]
    [InlineData("Hull City will no longer pursue a deal to sign Tomas Varga.", MoveStatus.Collapsed)]
    [InlineData("Hull City walk away from deal for Tomas Varga despite extensive talks.", MoveStatus.Collapsed)]
    [InlineData("Hull City are now considering walking away from the deal they agreed for Tomas Varga.", MoveStatus.Interest)]
    [InlineData("Hull City will continue their pursuit of Tomas Varga.", MoveStatus.Unknown)]
    [InlineData("Say the club's takeover falls through, they might need to sell Tomas Varga.", MoveStatus.Unknown)]
    [InlineData("Buyers are queuing up to take control after the proposed takeover of the club collapsed.", MoveStatus.Unknown)]
    [InlineData("Lyon have no plans to sell Tomas Varga despite the bid.", MoveStatus.Rejected)]
    [InlineData("Lyon have slapped a not-for-sale sign on the striker after the bid.", MoveStatus.Rejected)]
    [InlineData("Lyon have no plans to sell Tomas Varga.", MoveStatus.Interest)]
    [InlineData("He could fail his medical.", MoveStatus.Unknown)]
    [InlineData("Hull City could miss out on Tomas Varga.", MoveStatus.Unknown)]
    public void A_move_ended_or_refused_in_other_words(string sentence, MoveStatus expected) =>
        Assert.Equal(expected, StatusDetector.DetectOne(sentence));

    // An availability asked about, a permission to speak, a bid a club "has had" in, tabs kept on a player.
    [Theory]
    [InlineData("Hull City have asked about Tomas Varga's availability.", MoveStatus.Talks)]
    [InlineData("Tomas Varga has been given permission to speak to Hull City.", MoveStatus.Talks)]
    [InlineData("Tomas Varga has been given the green light by Lyon to hold talks with Hull City.", MoveStatus.Talks)]
    [InlineData("The Hull City boss has given the green light for the club to make a move for Tomas Varga.", MoveStatus.Interest)]
    [InlineData("Lyon have given the green light for Tomas Varga to join Hull City.", MoveStatus.Agreed)]
    [InlineData("Hull City have had a £5m bid for Tomas Varga.", MoveStatus.Bid)]
    [InlineData("The newspaper explains that ‘there is a bid’ from Hull City for the 26-year-old.", MoveStatus.Bid)]
    [InlineData("There is no bid from Hull City for the 26-year-old yet.", MoveStatus.Unknown)]
    [InlineData("Lyon are still waiting to receive an offer for Tomas Varga that they deem to be acceptable.", MoveStatus.Unknown)]
    [InlineData("Hull City could miss out on Tomas Varga after refusing to raise their initial bid for the Lyon talisman.", MoveStatus.Bid)]
    [InlineData("Leeds United submit bid for international midfielder after Bundesliga offer turned down", MoveStatus.Bid)]
    [InlineData("Hull City to make fresh £8m bid for Tomas Varga after opening bid was rejected", MoveStatus.Rejected)]
    [InlineData("Rangers will not make an increased bid for Tomas Varga after Bursaspor rejected their £400,000 offer.", MoveStatus.Rejected)]
    [InlineData("Lyon are interested in Tomas Varga, though Fluminense turned down a €7 million bid from a Ukrainian side for him last year.", MoveStatus.Interest)]
    [InlineData("Hull City are keeping tabs on Tomas Varga.", MoveStatus.Interest)]
    [InlineData("Hull City have been alerted to Tomas Varga's situation.", MoveStatus.Interest)]
    [InlineData("Hull City have asked to be kept informed about Tomas Varga.", MoveStatus.Interest)]
    public void Steps_of_a_pursuit_in_other_words(string sentence, MoveStatus expected) =>
        Assert.Equal(expected, StatusDetector.DetectOne(sentence));

    // A renewal in other words: an option to extend taken up, a further season signed on for, a player rewarded.
    [Theory]
    [InlineData("Lyon have taken up the option to extend Tomas Varga's contract.", MoveStatus.ContractRenewal)]
    [InlineData("Tomas Varga has signed on for another season.", MoveStatus.ContractRenewal)]
    [InlineData("Lyon have rewarded Tomas Varga with a new contract.", MoveStatus.ContractRenewal)]
    [InlineData("He opted not to take up the option to extend his deal at Portsmouth.", MoveStatus.Unknown)]
    public void A_renewal_in_other_words(string sentence, MoveStatus expected) =>
        Assert.Equal(expected, StatusDetector.DetectOne(sentence));

    // A deal said to be done or rubber-stamped is done; a "done deal", a race won or an unveiling ahead is agreed.
    [Theory]
    [InlineData("The deal is done.", MoveStatus.Done)]
    [InlineData("Tomas Varga's move has been rubber-stamped.", MoveStatus.Done)]
    [InlineData("The transfer has been ratified.", MoveStatus.Done)]
    [InlineData("Lyon have sold Tomas Varga to Hull City.", MoveStatus.Done)]
    [InlineData("Tomas Varga is a done deal.", MoveStatus.Agreed)]
    [InlineData("Hull City have won the race to sign Tomas Varga.", MoveStatus.Agreed)]
    [InlineData("Tomas Varga is due to be unveiled on Friday.", MoveStatus.Agreed)]
    [InlineData("The move is far from a done deal.", MoveStatus.Unknown)]
    [InlineData("The club have sold 10,000 season tickets.", MoveStatus.Unknown)]
    [InlineData("The Bees have shelled out around $37 million to grab star striker Tomas Varga from Club Brugge.", MoveStatus.Done)]
    [InlineData("Chelsea are ready to shell out £40m to sign Tomas Varga.", MoveStatus.Unknown)]
    [InlineData("Wolves have confirmed Tomas Varga will spend the 2023-24 season on loan with Championship side Stoke City.", MoveStatus.Done)]
    [InlineData("The Valencians have since confirmed that he will head out on loan to Turkey.", MoveStatus.Done)]
    [InlineData("Tomas Varga has been loaned out by Lyon a week after joining them.", MoveStatus.Done)]
    [InlineData("On Friday it was confirmed that Tomas Varga had left Lyon to join Al-Nassr.", MoveStatus.Done)]
    [InlineData("Tomas Varga had left Lyon to join Al-Nassr before the war.", MoveStatus.Unknown)]
    [InlineData("Lyon have just agreed Varga's transfer to Zenit.", MoveStatus.Agreed)]
    [InlineData("Lyon have agreed the sale to Zenit of a second striker.", MoveStatus.Agreed)]
    public void A_deal_said_done_or_nearly_so(string sentence, MoveStatus expected) =>
        Assert.Equal(expected, StatusDetector.DetectOne(sentence));

    // Speculation quashed, an interest disowned, a move ruled out: a denial. Not a player's stance on another club or
    // on new terms, nor a seller's unwillingness to hear offers, nor an injury.
    [Theory]
    [InlineData("The club have moved to quash speculation about Tomas Varga.", MoveStatus.Denied)]
    [InlineData("Hull City are not interested in Tomas Varga, said the manager.", MoveStatus.Denied)]
    [InlineData("Hull City have ruled out a move for Tomas Varga.", MoveStatus.Denied)]
    [InlineData("Hull City have no interest in signing Tomas Varga.", MoveStatus.Denied)]
    [InlineData("Report: PSV have no concrete interest in Manchester City's Tomas Varga", MoveStatus.Denied)]
    [InlineData("PSV have real interest in Tomas Varga.", MoveStatus.Interest)]
    [InlineData("Lyon are not interested in selling Tomas Varga.", MoveStatus.Unknown)]
    [InlineData("Lyon boss Mark Robins says Tomas Varga is ‘going nowhere’ next month.", MoveStatus.Denied)]
    [InlineData("But the manager was quick to shut down the potential move.", MoveStatus.Denied)]
    [InlineData("Lyon have no interest in considering any offers for Tomas Varga.", MoveStatus.Unknown)]
    [InlineData("It's said he has no interest in penning new terms.", MoveStatus.Unknown)]
    [InlineData("He has been ruled out for six weeks with injury.", MoveStatus.Unknown)]
    public void A_denial_in_other_words(string sentence, MoveStatus expected) =>
        Assert.Equal(expected, StatusDetector.DetectOne(sentence));

    // A loan sent or gone out on, a player who has linked up with his club, a shirt handed over, a debut made: done.
    [Theory]
    [InlineData("Lyon have loaned Tomas Varga out to Hull City.", MoveStatus.Done)]
    [InlineData("Lyon have sent Tomas Varga on loan to Hull City.", MoveStatus.Done)]
    [InlineData("Tomas Varga has gone out on loan to Hull City.", MoveStatus.Done)]
    [InlineData("Tomas Varga has linked up with Hull City.", MoveStatus.Done)]
    [InlineData("Tomas Varga has been handed the number 9 shirt at Hull City.", MoveStatus.Done)]
    [InlineData("Tomas Varga made his debut for Hull City on Saturday after his move from Lyon.", MoveStatus.Done)]
    [InlineData("Tomas Varga has been linked with Hull City.", MoveStatus.Interest)]
    [InlineData("Lyon could send Tomas Varga on loan to Hull City.", MoveStatus.Unknown)]
    public void A_move_shown_done_by_what_followed_it(string sentence, MoveStatus expected) =>
        Assert.Equal(expected, StatusDetector.DetectOne(sentence));

    // A player wanted, a club in pole position, leading the race or favourites, a seller braced for bids: interest.
    [Theory]
    [InlineData("Tomas Varga is wanted by Hull City.")]
    [InlineData("Hull City are in pole position to sign Tomas Varga.")]
    [InlineData("Hull City are leading the race for Tomas Varga.")]
    [InlineData("Hull City are favourites to sign Tomas Varga.")]
    [InlineData("Lyon are braced for bids for Tomas Varga.")]
    public void A_pursuit_told_as_a_race_is_interest(string sentence) =>
        Assert.Equal(MoveStatus.Interest, StatusDetector.DetectOne(sentence));

    // Being open to talks is a willingness, not talks; lining up a move is an interest.
    [Theory]
    [InlineData("I’ve got another year left on my contract but I’m definitely open to talks.")]
    [InlineData("The club are open to negotiations over a sale.")]
    [InlineData("Wrexham are lining up a move for a Wales international, according to reports.")]
    public void Openness_to_talks_and_a_move_lined_up_are_interest(string sentence) =>
        Assert.Equal(MoveStatus.Interest, StatusDetector.DetectOne(sentence));

    // A player a club has tied or locked down to a pre-contract has agreed to come when he is free to.
    [Theory]
    [InlineData("Now they have successfully tied the defender to a pre-contract agreement.")]
    [InlineData("Leeds United have locked down a teenage defender on a pre-contractual agreement, according to journalist Alan Nixon.")]
    public void Tying_a_player_to_a_pre_contract_is_an_agreement(string sentence) =>
        Assert.Equal(MoveStatus.Agreed, StatusDetector.DetectOne(sentence));

    // Forms of real reports: a hyphenated signing, a denial of a link or of any offer, a bid short of the valuation,
    // a deal that fell apart or is dead, talks concluded, a deal the clubs finalised (the signing still to come).
    [Theory]
    [InlineData("The defender has put pen-to-paper on a three-year deal with Bradford.", MoveStatus.Done)]
    [InlineData("Agent plays down Varga Milan link", MoveStatus.Denied)]
    [InlineData("\"I know nothing of AC Milan's interest,\" the agent said.", MoveStatus.Denied)]
    [InlineData("The sporting director insisted there are no proposals on the table for the player.", MoveStatus.Denied)]
    [InlineData("Their opening offer for the goalkeeper has fallen short of his transfer valuation.", MoveStatus.Rejected)]
    [InlineData("Granada have no intention of negotiating over Villarreal's offer for the goalkeeper.", MoveStatus.Rejected)]
    [InlineData("QPR said things had fallen apart and he would remain with Tottenham.", MoveStatus.Collapsed)]
    [InlineData("A deal was close and now it is dead.", MoveStatus.Collapsed)]
    [InlineData("Tomas Varga's move from Tottenham to QPR off for now", MoveStatus.Collapsed)]
    [InlineData("The loan deal discussions were concluded with Real Madrid long before the tournament.", MoveStatus.Agreed)]
    [InlineData("Real Madrid and Getafe finalised the loan deal for the striker in early December.", MoveStatus.Agreed)]
    [InlineData("Getafe have finalised the loan deal for the striker.", MoveStatus.Done)]
    public void Real_reports_other_wordings(string sentence, MoveStatus expected) =>
        Assert.Equal(expected, StatusDetector.DetectOne(sentence));

    // Stock phrasings of club sites and papers: a player committed or tied to his club, an extension or a fresh deal
    // signed; clubs haggling or in dialogue; a player in a city to finalise his move, due to sign, a move that is a
    // formality or all but done; a transfer that went through, a player officially presented, a move made official.
    [Theory]
    [InlineData("The defender has committed to the club until 2026.", MoveStatus.ContractRenewal)]
    [InlineData("Leeds have tied the winger to a new four-year contract.", MoveStatus.ContractRenewal)]
    [InlineData("The midfielder has put pen to paper on an extension.", MoveStatus.ContractRenewal)]
    [InlineData("The winger has signed an extension that keeps him at the club until 2028.", MoveStatus.ContractRenewal)]
    [InlineData("The forward has agreed to stay at the club for another two years.", MoveStatus.ContractRenewal)]
    [InlineData("The captain has signed a fresh deal.", MoveStatus.ContractRenewal)]
    [InlineData("The youngster has signed his first professional deal with the club.", MoveStatus.ContractRenewal)]
    [InlineData("The clubs are haggling over the fee.", MoveStatus.Talks)]
    [InlineData("The clubs are in dialogue over a permanent move.", MoveStatus.Talks)]
    [InlineData("The player is in London to finalise his move.", MoveStatus.Agreed)]
    [InlineData("He is due to sign a four-year contract on Monday.", MoveStatus.Agreed)]
    [InlineData("The move is now just a formality.", MoveStatus.Agreed)]
    [InlineData("The deal is all but done.", MoveStatus.Agreed)]
    [InlineData("The transfer went through on Friday.", MoveStatus.Done)]
    [InlineData("He was officially presented to the media on Wednesday.", MoveStatus.Done)]
    [InlineData("He made the move official on Monday.", MoveStatus.Done)]
    [InlineData("He joined on a three-year deal.", MoveStatus.Done)]
    [InlineData("The bid was deemed insufficient.", MoveStatus.Rejected)]
    [InlineData("The offer fell well short of their valuation.", MoveStatus.Rejected)]
    [InlineData("Leeds are in the hunt for the striker.", MoveStatus.Interest)]
    [InlineData("Leeds have joined the race for the striker.", MoveStatus.Interest)]
    [InlineData("Leeds are circling.", MoveStatus.Interest)]
    [InlineData("Leeds have ended talks.", MoveStatus.Collapsed)]
    [InlineData("Talks were broken off last night.", MoveStatus.Collapsed)]
    [InlineData("Talks with the winger's representatives were terminated on Friday.", MoveStatus.Collapsed)]
    [InlineData("The player has turned his back on a move to Leeds.", MoveStatus.Rejected)]
    [InlineData("The winger was paraded in front of the fans.", MoveStatus.Done)]
    [InlineData("However, they have reached a dead-end in the negotiations, a report claims.", MoveStatus.Collapsed)]
    [InlineData("Talks for the striker hit a dead end on Friday.", MoveStatus.Collapsed)]
    [InlineData("Celtic are now working on a deal to sign the winger in January.", MoveStatus.Talks)]
    [InlineData("Leeds are working towards an agreement with Porto for the striker.", MoveStatus.Talks)]
    [InlineData("The two clubs are still some way apart in their valuations.", MoveStatus.Talks)]
    [InlineData("Leeds and Porto are currently €10m apart in valuation.", MoveStatus.Talks)]
    [InlineData("The striker signed on the dotted line on Friday.", MoveStatus.Done)]
    [InlineData("Porto have said no to a £10m bid.", MoveStatus.Rejected)]
    [InlineData("Leeds have given up their pursuit of the striker, put off by the asking price.", MoveStatus.Collapsed)]
    [InlineData("Leeds drop Varga interest", MoveStatus.Collapsed)]
    [InlineData("Leeds have cooled their interest in the midfielder.", MoveStatus.Collapsed)]
    [InlineData("They opted against a formal offer and switched their focus elsewhere.", MoveStatus.Collapsed)]
    [InlineData("His agent called on Sunday and the pact was completed on Wednesday night.", MoveStatus.Done)]
    [InlineData("Leeds have reached out to Porto about the striker.", MoveStatus.Talks)]
    [InlineData("Leeds have reached out to his agent.", MoveStatus.Talks)]
    [InlineData("The striker has distanced himself from a move to Leeds.", MoveStatus.Denied)]
    [InlineData("Hull Live have confirmed that there isn't any interest in bringing him to the side.", MoveStatus.Denied)]
    [InlineData("Evatt says Wanderers have not yet had any tangible interest in the striker from the Championship.", MoveStatus.Denied)]
    [InlineData("The midfielder admitted that he laughed as he read the nonsense about West Ham's reported interest.", MoveStatus.Denied)]
    [InlineData("Hull confirmed that they have been unable to complete the signing of the Guingamp midfielder.", MoveStatus.Collapsed)]
    [InlineData("World football's governing body ended the Tigers' hopes of landing the player.", MoveStatus.Collapsed)]
    public void Stock_phrasings_of_renewals_agreements_and_deeds(string sentence, MoveStatus expected) =>
        Assert.Equal(expected, StatusDetector.DetectOne(sentence));

    // Their near misses: a career told in passing, a deal that never went through, a presentation still expected, a
    // wish to tie him down, a deal that was all but agreed back then, a signing elsewhere after an extension refused.
    [Theory]
    [InlineData("Richards joined Bayern from FC Dallas but has made just ten senior appearances.", MoveStatus.Done)]
    [InlineData("The deal never went through.", MoveStatus.Done)]
    [InlineData("He is expected to arrive in Istanbul and be officially presented on Monday.", MoveStatus.Done)]
    [InlineData("Leeds want to tie the winger to a new contract.", MoveStatus.ContractRenewal)]
    [InlineData("He came close to joining in January, but a deal to move to Romania was all but agreed before it fell apart.", MoveStatus.Agreed)]
    [InlineData("He has signed for Leeds after rejecting an extension.", MoveStatus.ContractRenewal)]
    [InlineData("Watford's move for the striker has hit a potential stumbling block.", MoveStatus.Talks)]
    [InlineData("The striker was considered insufficiently fit for the squad.", MoveStatus.Rejected)]
    [InlineData("The club ended talks with the defender over a new contract.", MoveStatus.Collapsed)]
    [InlineData("The winger has found a dead end of the pitch to run into all season.", MoveStatus.Collapsed)]
    [InlineData("The winger is working on his fitness before the new season.", MoveStatus.Talks)]
    [InlineData("The deal fell apart at the last minute.", MoveStatus.Talks)]
    [InlineData("Apart from the striker, Leeds have few options up front.", MoveStatus.Talks)]
    [InlineData("The striker will sign on the dotted line next week.", MoveStatus.Done)]
    [InlineData("He has had a little injury and we have had games called off by Covid, too.", MoveStatus.Collapsed)]
    [InlineData("The club has reached out to fans after the defeat.", MoveStatus.Talks)]
    [InlineData("Everton ultimately failed to land a striker on deadline day, but offered €3m for the forward.", MoveStatus.Collapsed)]
    [InlineData("There is no interest from the club in selling the striker this summer.", MoveStatus.Denied)]
    public void Near_misses_of_the_stock_phrasings(string sentence, MoveStatus notThis) =>
        Assert.NotEqual(notThis, StatusDetector.DetectOne(sentence));
}
