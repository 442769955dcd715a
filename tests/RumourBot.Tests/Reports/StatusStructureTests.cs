using RumourBot.Reports;

namespace RumourBot.Tests.Reports;

/// <summary>
/// Status, fourth round: how far a move has got read from the form of the sentence (what is done, what is still
/// ahead, whose plan it is), one invented sentence for each kind of form a real report was misread on.
/// </summary>
public class StatusStructureTests
{
    private static MoveStatus Of(string sentence) => StatusDetector.DetectOne(sentence);

    private static Move MainMoveOf(string title, string text) =>
        ReportAnalyzer.Default.Analyze(new Report(title, null, null, null, text)).MainMove
        ?? throw new Xunit.Sdk.XunitException("no move found in: " + text);

    // A move to a club with no word of how far it has got is a link, the first step, and marked unsure.
    [Fact]
    public void A_move_told_with_no_step_is_an_unsure_link()
    {
        var move = MainMoveOf("irish striker tomas varga to sign for vancouver whitecaps",
            "There are rumours circulating that Irish striker Tomas Varga could be joining the Vancouver Whitecaps. Varga is 24.");
        Assert.Equal("Vancouver Whitecaps", move.ToClubs.FirstOrDefault());
        Assert.Equal(MoveStatus.Interest, move.Status);
        Assert.True(move.Confidence.Status < MoveConfidence.Sure, $"status confidence {move.Confidence.Status}");
    }

    // A new contract signed is a renewal, however the sentence is built around it.
    [Theory]
    [InlineData("After signing the new contract, the winger said he was proud to stay.")]
    [InlineData("\"Signing a new deal was an easy decision for me,\" he said.")]
    public void Signing_a_new_contract_is_a_renewal_not_a_move(string sentence) =>
        Assert.Equal(MoveStatus.ContractRenewal, Of(sentence));

    // The bare verb "extend" is an infinitive carried over from a wish unless a club is its subject or it is scheduled.
    [Theory]
    [InlineData("He has spoken of his wish to stay at the Camp Nou for years to come, and extend his deal beyond 2026.", false)]
    [InlineData("Leeds extend his contract until 2027", true)]
    [InlineData("The defender will extend his contract next week.", true)]
    public void A_bare_extend_is_a_renewal_only_with_a_club_or_a_date_behind_it(string sentence, bool renewal) =>
        Assert.Equal(renewal, Of(sentence) == MoveStatus.ContractRenewal);

    // The deed told in passing: a relative clause in the present, the club's count of signings.
    [Theory]
    [InlineData("Besiktas continued their spending with the winger, who joins the champions from Lazio.")]
    [InlineData("He becomes the club's fourth signing of the summer.")]
    [InlineData("The midfielder has become Leeds United's third signing of the window.")]
    [InlineData("Varga has now become Rovers' first summer signing.")]
    public void A_move_told_in_passing_is_done(string sentence) =>
        Assert.Equal(MoveStatus.Done, Of(sentence));

    // The deal agreed with only its last step ahead.
    [Theory]
    [InlineData("The owners reached a preliminary agreement late on Friday.")]
    [InlineData("The agreement is a fact and the official signing is still awaiting the medical examination.")]
    [InlineData("The loan move to Lille is pending official confirmation.")]
    [InlineData("According to the director, the contract will be signed in the middle of the week.")]
    [InlineData("The transfer is expected to be finalised in the next couple of weeks.")]
    public void A_deal_with_its_last_step_ahead_is_agreed(string sentence)
    {
        Assert.Equal(MoveStatus.Agreed, Of(sentence));
    }

    [Fact]
    public void A_proposal_made_official_is_no_agreement() =>
        Assert.NotEqual(MoveStatus.Agreed, Of("The trend is that a final proposal will be made official in the coming days."));

    [Fact]
    public void An_offer_in_euros_written_as_a_code_is_a_bid() =>
        Assert.Equal(MoveStatus.Bid, Of("The Reds advanced with an offer of around EUR 9 million for the winger."));

    // Close to a deal: the clubs are talking.
    [Theory]
    [InlineData("Olympiacos nears agreement for the right-back")]
    [InlineData("The forward is on the cusp of joining the Saudi league.")]
    [InlineData("Ajax are close to securing a summer transfer for the midfielder.")]
    public void Close_to_a_deal_is_talks(string sentence) =>
        Assert.Equal(MoveStatus.Talks, Of(sentence));

    [Fact]
    public void A_player_with_no_intention_of_moving_denies_the_story() =>
        Assert.Equal(MoveStatus.Denied, Of("The striker has no intention of moving to a club outside Spain, his agent said."));

    // A headline announces in the present tense; when the text says the last step is still ahead, the deal is agreed.
    [Fact]
    public void A_headline_signing_whose_contract_is_still_to_be_signed_is_agreed() =>
        Assert.Equal(MoveStatus.Agreed, MainMoveOf("Tomas Varga joins Marseille",
            "Tomas Varga has chosen Marseille over offers from England. According to the director, the contract will be signed in the middle of the week.").Status);

    [Fact]
    public void A_headline_signing_that_the_text_tells_as_done_stays_done() =>
        Assert.Equal(MoveStatus.Done, MainMoveOf("Wolves complete Tomas Varga signing",
            "Tomas Varga joins from Benfica and signs a five-year deal at Molineux. \"We thought we had a deal agreed weeks ago,\" the director said.").Status);

    // The clubs' deed in the past or perfect tense, however it is worded.
    [Theory]
    [InlineData("The transfer is now complete.")]
    [InlineData("The striker has been unveiled by Lyon.")]
    [InlineData("He penned a four-year deal on Friday.")]
    [InlineData("The midfielder sealed his move to Lyon on Friday.")]
    [InlineData("Lyon have snapped up the striker for £20m.")]
    [InlineData("Lyon have landed the striker for £20m.")]
    [InlineData("Lyon have secured the signing of the striker.")]
    [InlineData("Lyon have wrapped up a deal for the striker.")]
    public void A_deed_done_by_the_clubs_is_done(string sentence) =>
        Assert.Equal(MoveStatus.Done, Of(sentence));

    [Theory]
    [InlineData("The squad has landed in Istanbul for their training camp.")]
    [InlineData("A radio station had reported that he had penned a deal with Barcelona.")]
    public void Forms_that_only_look_like_a_deed(string sentence) =>
        Assert.NotEqual(MoveStatus.Done, Of(sentence));

    // An accepted offer, a medical, a paid release clause: the clubs have agreed.
    [Theory]
    [InlineData("Brighton have accepted Chelsea's £50m offer for the midfielder.")]
    [InlineData("The midfielder flew to London for his medical.")]
    [InlineData("Chelsea have triggered the £50m release clause.")]
    public void The_clubs_agreeing_in_other_words_is_agreed(string sentence) =>
        Assert.Equal(MoveStatus.Agreed, Of(sentence));

    [Theory]
    [InlineData("Brighton accept Chelsea offer for Tomas Varga")]
    [InlineData("Tomas Varga set for Chelsea medical")]
    [InlineData("Tomas Varga: Chelsea move agreed")]
    public void A_headline_of_an_agreement_is_agreed(string headline) =>
        Assert.Equal(MoveStatus.Agreed, StatusDetector.DetectHeadline(headline));

    [Theory]
    [InlineData("He missed the game for medical reasons.")]
    [InlineData("Chelsea would have to pay the release clause.")]
    public void A_medical_or_a_clause_that_is_no_deal(string sentence) =>
        Assert.NotEqual(MoveStatus.Agreed, Of(sentence));

    // The announcement, the paperwork or the last details still ahead.
    [Theory]
    [InlineData("Once the paperwork is completed, the move will be announced.")]
    [InlineData("The deal is expected to be announced in the coming days.")]
    [InlineData("The club are expected to announce the signing on Friday.")]
    [InlineData("The Gunners are yet to formally announce the deal.")]
    [InlineData("The two clubs are working on the final details.")]
    [InlineData("Chelsea are on the brink of signing the midfielder.")]
    [InlineData("The midfielder has been given permission to travel to London to finalise his move.")]
    [InlineData("Chelsea are set to complete the signing of the midfielder.")]
    public void The_last_step_ahead_is_agreed(string sentence)
    {
        Assert.Equal(MoveStatus.Agreed, Of(sentence));
        Assert.True(StatusDetector.IsStillAhead(sentence));
    }

    [Theory]
    [InlineData("Chelsea close in on Tomas Varga")]
    [InlineData("A deal is now imminent.")]
    [InlineData("The move is in its final stages.")]
    public void A_deal_near_is_talks(string sentence) =>
        Assert.Equal(MoveStatus.Talks, Of(sentence));

    [Fact]
    public void An_imminent_move_that_could_happen_is_no_talks() =>
        Assert.Equal(MoveStatus.Unknown, Of("He has admitted that an imminent move could be on the cards."));

    [Theory]
    [InlineData("Brighton have tied the midfielder down to a new long-term contract.")]
    [InlineData("The club have handed the midfielder a new five-year deal.")]
    [InlineData("Cole Palmer commits future to Chelsea until 2033")]
    public void A_new_contract_in_other_words_is_a_renewal(string sentence) =>
        Assert.Equal(MoveStatus.ContractRenewal, Of(sentence));

    [Fact]
    public void No_contact_at_all_denies_the_story() =>
        Assert.Equal(MoveStatus.Denied, Of("His agent insisted there has been no contact with Chelsea."));

    [Theory]
    [InlineData("Chelsea are plotting a move for the midfielder.")]
    [InlineData("Chelsea are preparing a £40m bid for the midfielder.")]
    public void A_move_plotted_or_a_bid_prepared_is_interest(string sentence) =>
        Assert.Equal(MoveStatus.Interest, Of(sentence));

    [Fact]
    public void A_buyer_who_failed_to_get_a_deal_done_has_seen_the_move_collapse() =>
        Assert.Equal(MoveStatus.Collapsed, Of("Bristol could have done with him, but the manager admits he failed to get a deal done for Tomas Varga."));

    // Speaking to a player's people about a transfer, or pitching the club's project to them, is talking.
    [Theory]
    [InlineData("Tomas Varga is one of the wingers whose representatives Leeds United have spoken to about a possible transfer move this summer.")]
    [InlineData("Leeds United representatives have presented their project to the Feyenoord winger.")]
    public void Speaking_to_his_people_about_a_move_is_talks(string sentence) =>
        Assert.Equal(MoveStatus.Talks, Of(sentence));

    // The seller answering a move with a wish for more money has turned the offer down.
    [Theory]
    [InlineData("Wycombe have made a move for the highly-rated midfielder but Crewe want more for him.")]
    [InlineData("Porto want a lot more money for Tomas Varga.")]
    public void A_seller_who_wants_more_for_him_has_rejected_the_offer(string sentence) =>
        Assert.Equal(MoveStatus.Rejected, Of(sentence));

    [Fact]
    public void Rejecting_a_bid_told_as_a_participle_is_a_rejection() =>
        Assert.Equal(MoveStatus.Rejected, Of("Brighton are holding out for £60m after rejecting Chelsea's bid."));

    // "loan" before a word of the deal is a noun: the headline names a deal, it announces no signing.
    [Theory]
    [InlineData("Chelsea loan deal for Tomas Varga")]
    [InlineData("Tomas Varga loan move to Valencia")]
    [InlineData("Chelsea loan for Tomas Varga")]
    public void A_loan_named_in_a_headline_is_no_signing(string headline) =>
        Assert.NotEqual(MoveStatus.Done, StatusDetector.DetectHeadline(headline));

    [Fact]
    public void A_move_off_is_collapsed() =>
        Assert.Equal(MoveStatus.Collapsed, StatusDetector.DetectHeadline("Tomas Varga move off"));

    [Theory]
    [InlineData("Official: Tomas Varga joins Chelsea")]
    [InlineData("Tomas Varga pens Chelsea deal")]
    [InlineData("PSG loan Argentina midfielder Tomas Varga to Juventus")]
    [InlineData("real madrid loan varga valencia")]
    public void A_headline_announcing_the_signing_is_done(string headline) =>
        Assert.Equal(MoveStatus.Done, StatusDetector.DetectHeadline(headline));

    [Fact]
    public void A_renewal_whose_announcement_is_ahead_stays_a_renewal() =>
        Assert.Equal(MoveStatus.ContractRenewal, MainMoveOf("Tomas Varga stays at Chelsea",
            "Tomas Varga has penned a new deal at Chelsea until 2030. The club have been keen to reward him with a deal which will be announced in the coming days.").Status);

    // The past perfect tells of an earlier agreement, unless someone reports it as the news.
    [Theory]
    [InlineData("The striker had agreed terms to join Sevilla during the summer, only for a ban to stop the move.", false)]
    [InlineData("Santos confirmed on Friday that it had reached a deal to send the forward to Madrid.", true)]
    [InlineData("Chelsea have agreed a fee with Brighton for the midfielder.", true)]
    public void An_agreement_in_the_past_perfect_is_news_only_when_reported(string sentence, bool agreed) =>
        Assert.Equal(agreed, Of(sentence) == MoveStatus.Agreed);

    // A headline's "signs" over a text that tells of a new deal at his club: the signing is the renewal.
    [Fact]
    public void A_headline_signing_that_the_text_tells_as_a_new_deal_is_a_renewal()
    {
        var move = MainMoveOf("Tomas Varga signs five-year Chelsea contract",
            "Chelsea have announced that Tomas Varga has signed a new five-year deal with the club. The defender saw a move to Real Madrid fall through in the summer.");
        Assert.Equal(MoveStatus.ContractRenewal, move.Status);
        Assert.Empty(move.ToClubs);
    }

    // A headline's verb under a wish or a rumour's label is no signing.
    [Theory]
    [InlineData("Rumour: Villa looking to sign Premier League defender in the summer")]
    [InlineData("Everton hoping to land Tomas Varga before the deadline")]
    [InlineData("Chelsea on the brink of announcing Tomas Varga swap deal")]
    public void A_headline_signing_wished_or_rumoured_is_not_done(string headline) =>
        Assert.NotEqual(MoveStatus.Done, StatusDetector.DetectHeadline(headline));

    // A deed the clubs are on the edge of is still ahead.
    [Fact]
    public void A_deed_on_the_edge_of_happening_is_not_done() =>
        Assert.NotEqual(MoveStatus.Done, Of("Chelsea are reported to be on the edge of announcing their first summer transfer."));

    // A bid the club is thinking about is interest, as one it is "ready to" make.
    [Theory]
    [InlineData("Porto are interested in the midfielder and are considering making a purchase proposal.")]
    [InlineData("Leeds are thinking of launching a fresh bid for the winger.")]
    public void A_bid_under_consideration_is_no_bid(string sentence) =>
        Assert.NotEqual(MoveStatus.Bid, Of(sentence));

    // An offer the club is only confident of making work is a hope, as one it is "ready to" make.
    [Fact]
    public void An_offer_the_club_is_confident_of_is_no_bid() =>
        Assert.NotEqual(MoveStatus.Bid, Of("The manager is confident of persuading the striker to join with the offer of £150,000-a-week wages."));

    // The agreement told with the fee's words between ("a club-record £11.5million deal") or the player agreeing to leave.
    [Theory]
    [InlineData("Norwich have agreed a club record £11.5million deal for the Brazilian midfielder.")]
    [InlineData("The midfielder has agreed to leave Santos to pen a five-year deal in Norfolk.")]
    public void An_agreement_with_words_between_is_agreed(string sentence) =>
        Assert.Equal(MoveStatus.Agreed, Of(sentence));

    // "agrees to extend his deal": the words between are a renewal's infinitive, no agreed deal for a move.
    [Fact]
    public void Agreeing_to_extend_a_deal_is_a_renewal() =>
        Assert.Equal(MoveStatus.ContractRenewal, MainMoveOf("Tomas Varga agrees to extend Napoli deal to 2027",
            "Tomas Varga has agreed to extend his Napoli contract. Chelsea held talks with him in January.").Status);

    // "before backing out": the collapse that ends a past tale is no plan.
    [Fact]
    public void A_collapse_after_before_ends_the_tale() =>
        Assert.Equal(MoveStatus.Collapsed, Of("Monaco held talks with the player and even agreed a contract in principle before backing out of the negotiations."));

    // Another club's move that collapsed is the story's past; the deal the buyer agreed is the news.
    [Fact]
    public void A_collapse_of_another_clubs_move_leaves_this_move_agreed() =>
        Assert.Equal(MoveStatus.Agreed, MainMoveOf("Tomas Varga to join Ajax",
            "Ajax and Sunderland have agreed a deal for their forward, Tomas Varga. Varga was set to join Lens but Lens pulled out of the move. Ajax will pay Sunderland a fee of €12m.").Status);

    [Fact]
    public void A_collapse_of_the_buyers_own_move_stays_collapsed() =>
        Assert.Equal(MoveStatus.Collapsed, MainMoveOf("Tomas Varga move to Ajax off",
            "Ajax and Sunderland had agreed a deal for their forward, Tomas Varga. But Ajax pulled out of the move on Monday.").Status);

    // A swap: the sentence opens on him ("The 27-year-old has moved…") and names the other player only beside him.
    [Fact]
    public void A_swap_told_from_his_side_is_his_move() =>
        Assert.Equal(MoveStatus.Done, MainMoveOf("Tomas Varga jumped at chance to join Sheffield Wednesday",
            "Midfielder Tomas Varga said he jumped at the chance to join Sheffield Wednesday. The 27-year-old has moved to Hillsborough on a season-long loan deal, with striker Sam Winnall moving in the opposite direction. The swap deal was finalised just before the deadline.").Status);

    // A headline's "joins" over a text that tells the signing as still to come, in the infinitive or the future.
    [Theory]
    [InlineData("Tomas Varga may now sign with the club. There will be plenty of time for the Galaxy to complete their signing of the defender.")]
    [InlineData("Tomas Varga is out of contract. He will complete his move to the Galaxy on Monday.")]
    public void A_headline_signing_the_text_tells_as_still_to_come_is_agreed(string text) =>
        Assert.Equal(MoveStatus.Agreed, MainMoveOf("Tomas Varga joins LA Galaxy", text).Status);

    // A deal that nearly collapsed, or was revived after it broke down, lives on.
    [Theory]
    [InlineData("The deal nearly collapsed over add-ons but was rescued on Friday.")]
    [InlineData("The move almost fell through at the last minute.")]
    [InlineData("The deal is in danger of collapsing.")]
    [InlineData("Negotiations broke down last week, but have now resumed.")]
    public void A_deal_that_nearly_collapsed_is_not_collapsed(string sentence) =>
        Assert.NotEqual(MoveStatus.Collapsed, Of(sentence));

    [Fact]
    public void A_club_giving_up_on_him_is_collapsed() =>
        Assert.Equal(MoveStatus.Collapsed, Of("Arsenal have given up on signing the striker."));

    // A question asks about a move; it tells only that the move is talked of.
    [Theory]
    [InlineData("Is the deal done?")]
    [InlineData("Has the deal collapsed?")]
    [InlineData("\"Will we make an offer for him?\"")]
    public void A_question_tells_no_more_than_interest(string sentence) =>
        Assert.True(Of(sentence) <= MoveStatus.Interest, sentence);

    // The deed hangs on a condition told after it.
    [Fact]
    public void A_deed_under_a_condition_after_it_is_not_agreed() =>
        Assert.NotEqual(MoveStatus.Agreed, Of("He will undergo a medical if the clubs agree a fee."));

    // Turning down a new contract at his club is neither a renewal nor a bid rejected.
    [Theory]
    [InlineData("The winger has rejected a new contract at Leeds.")]
    [InlineData("He turned down a new deal at Leeds in the spring.")]
    [InlineData("He has rejected Leeds' renewal offer.")]
    public void A_new_contract_turned_down_is_no_renewal_and_no_rejected_bid(string sentence) =>
        Assert.Equal(MoveStatus.Unknown, Of(sentence));

    // A club that "refused to comment" answers the press, not an offer; one "refusing to sell" takes a stance.
    [Theory]
    [InlineData("Barcelona refused to comment on the reports.", MoveStatus.Unknown)]
    [InlineData("Ajax are refusing to sell the midfielder.", MoveStatus.Interest)]
    [InlineData("Ajax are refusing to sell the midfielder after the bid arrived.", MoveStatus.Rejected)]
    public void Refusing_is_a_rejection_only_of_an_offer(string sentence, MoveStatus status) =>
        Assert.Equal(status, Of(sentence));

    // The deed in the simple past with a time of this week's news is done; with a year, or with no club, it is not.
    [Theory]
    [InlineData("He signed for Barcelona on Tuesday.", MoveStatus.Done)]
    [InlineData("The winger joined Barcelona on a five-year deal last week.", MoveStatus.Done)]
    [InlineData("He was unveiled at the Camp Nou on Tuesday.", MoveStatus.Done)]
    [InlineData("The player swapped Ajax for Barcelona on Tuesday.", MoveStatus.Done)]
    [InlineData("The Spain international left Camp Nou for Signal Iduna Park on Friday.", MoveStatus.Done)]
    [InlineData("He left the ground for the airport on Friday.", MoveStatus.Unknown)]
    [InlineData("He joined his new teammates in training on Tuesday.", MoveStatus.Unknown)]
    [InlineData("The midfielder joined Barcelona in 2019.", MoveStatus.Unknown)]
    public void A_deed_in_the_simple_past_is_done_when_it_is_this_weeks_news(string sentence, MoveStatus status) =>
        Assert.Equal(status, Of(sentence));

    // An option or extension in his contract taken up is a renewal.
    [Theory]
    [InlineData("He has triggered a one-year extension in his contract.")]
    [InlineData("Leeds have triggered the option to extend his contract by a year.")]
    public void An_extension_triggered_is_a_renewal(string sentence) =>
        Assert.Equal(MoveStatus.ContractRenewal, Of(sentence));

    // Whose deed: in a sentence naming another player who is news, his move is told in the clause that names him.
    [Theory]
    [InlineData("Arsenal have signed Declan Rice from West Ham and now want Tomas Varga from Ajax. Ajax value the winger at £40m.", MoveStatus.Interest)]
    [InlineData("Roma were close to a deal for Tomas Varga but have now agreed a fee with Lyon for Marc Dubois instead.", MoveStatus.Talks)]
    [InlineData("Roma have completed the signing of Tomas Varga from Ajax, while Marco Bianchi is expected to follow next week.", MoveStatus.Done)]
    [InlineData("Roma have agreed personal terms with Tomas Varga. Roma have already added Marco Bianchi to their ranks and are now looking to reinforce their attack by signing Varga.", MoveStatus.Agreed)]
    public void Another_players_deed_in_the_sentence_is_not_his(string text, MoveStatus status) =>
        Assert.Equal(status, MainMoveOf("Roma and Arsenal in the market: Tomas Varga", text).Status);

    // "swaps Ajax for Roma": a signing told as a swap of clubs.
    [Fact]
    public void Swapping_one_club_for_another_is_done()
    {
        Assert.Equal(MoveStatus.Done, StatusDetector.DetectHeadline("Tomas Varga swaps Ajax for Roma"));
        Assert.Equal(MoveStatus.Done, MainMoveOf("Tomas Varga on the move", "Tomas Varga has swapped Ajax for Roma in a £20m deal.").Status);
    }

    // A headline's signing of an extension or new deal is a renewal; an opinion on a signing is none.
    [Theory]
    [InlineData("Tomas Varga pens Roma extension", MoveStatus.ContractRenewal)]
    [InlineData("Tomas Varga signs contract extension at Roma", MoveStatus.ContractRenewal)]
    [InlineData("Why Roma should sign Tomas Varga", MoveStatus.Unknown)]
    [InlineData("How Roma can land Tomas Varga this summer", MoveStatus.Unknown)]
    public void A_headline_signing_by_its_object_and_mood(string headline, MoveStatus status) =>
        Assert.Equal(status, StatusDetector.DetectHeadline(headline));

    // He travels for the move: the clubs have agreed.
    [Theory]
    [InlineData("The winger has arrived in Genoa ahead of his loan move.")]
    [InlineData("The striker flew to Rome to complete his move on Monday.")]
    [InlineData("The goalkeeper is due in London next week to finalise a move to Fulham.")]
    public void Travelling_for_the_move_is_agreed(string sentence) =>
        Assert.Equal(MoveStatus.Agreed, Of(sentence));

    // An offer made to the player himself, or a sum offered: a bid, as "has been offered a contract" is.
    [Theory]
    [InlineData("Celtic have offered Tomas Varga a pre-contract as they look to win the race.", MoveStatus.Bid)]
    [InlineData("Football Insider confirm that Celtic have now formally put an offer to Varga.", MoveStatus.Bid)]
    [InlineData("Napoli have offered €30m for the striker.", MoveStatus.Bid)]
    [InlineData("Wigan have offered Tomas Varga a new contract.", MoveStatus.Unknown)]
    [InlineData("Wigan have offered Tomas Varga a contract extension.", MoveStatus.ContractRenewal)]
    public void An_offer_made_to_the_player_is_a_bid(string sentence, MoveStatus status) =>
        Assert.Equal(status, Of(sentence));

    [Fact]
    public void Being_due_somewhere_for_anything_else_is_no_move() =>
        Assert.Equal(MoveStatus.Unknown, Of("The defender is due in court next week to answer the charges."));

    // A bid that a club "had accepted" is agreed, as one "rejected" is a rejection.
    [Fact]
    public void A_bid_had_accepted_is_agreed() =>
        Assert.Equal(MoveStatus.Agreed, Of("Roma have had a £30m bid accepted."));

    // "back in 2019" is background; "back in Turkey" is a place, and the sentence is news. A year opens a sentence of the
    // past only as its own clause ("In 2021, ..."), not as a season's name ("In 2025-26 Roma want a new striker").
    [Theory]
    [InlineData("He signed for Roma back in 2019.", true)]
    [InlineData("In 2025-26 Roma want to sign a new striker.", false)]
    [InlineData("He joined Roma back in the summer.", true)]
    [InlineData("After a super start back in Turkey, the forward looks set to make his loan move permanent.", false)]
    public void Back_in_is_background_only_with_a_time(string sentence, bool background) =>
        Assert.Equal(background, StatusDetector.IsBackground(sentence));

    // "Since transferring from Arsenal to Brentford on a free transfer", "Signed by Celtic for just £2.5m ... in the summer
    // of 2021" (a price's decimal point is no sentence's end), "initially joined Burnley on a loan deal", "In 2021, the
    // West Midlands outfit opted to pay €8m to sign Sa": the move that brought him to his club is its past.
    [Theory]
    [InlineData("Since transferring from Ajax to Roma on a free transfer, Varga has shown flashes of brilliance.")]
    [InlineData("Since moving to Roma, Varga has scored twelve goals.")]
    [InlineData("Signed by Roma for just £2.5m from Ajax in the summer of 2021, Varga has been one of their best players.")]
    [InlineData("The Hungary international initially joined Roma on a loan deal until the end of the 2022/23 season, scoring twice.")]
    [InlineData("In 2021, the West Midlands outfit opted to pay €8m to sign Varga from Olympiacos.")]
    [InlineData("In January 2019, Varga joined Dundee on loan and scored five goals.")]
    [InlineData("Varga left Morton in 2018 to join Partick Thistle before spells with Dumbarton.")] // and the one that took him away
    [InlineData("Varga has been at odds with the manager since he failed to earn his move to Manchester United in February 2016.")] // and one that failed
    public void The_move_that_brought_him_to_his_club_is_background(string sentence) =>
        Assert.True(StatusDetector.IsBackground(sentence));

    // "only joined the Cobblers in January, signing from Rotherham": a move of his told by its month alone is his past;
    // a move that "has joined" then is news, and a loan joined in a month is where he plays now.
    [Theory]
    [InlineData("Varga only joined the Cobblers in January, signing from Rotherham United.", true)]
    [InlineData("Varga arrived at Hull in August and has started every game.", true)]
    [InlineData("Varga has joined Hull in January on a three-year deal.", false)]
    [InlineData("Varga joined Northampton on loan in March.", false)]
    public void A_move_dated_by_its_month_alone_is_background_unless_it_is_news_or_a_loan(string sentence, bool background) =>
        Assert.Equal(background, StatusDetector.IsBackground(sentence));

    // "failed with a £9 million bid prior to Euro 2008": a year of the past, told by what came after it.
    [Fact]
    public void Prior_to_a_past_tournament_is_background() =>
        Assert.True(StatusDetector.IsBackground("Newcastle United failed with a £9 million bid for the midfielder prior to Euro 2008."));

    // "At one stage he was linked with a £45m move to Manchester United": a time the story has left behind.
    [Fact]
    public void At_one_stage_is_background() =>
        Assert.True(StatusDetector.IsBackground("At one stage Tomas Varga was playing so well he was linked with an incredible £45m move to Manchester United."));
    // "unlikely that he will sign a new deal": the doubt governs the deed it stands before, a scheduled one too.
    [Theory]
    [InlineData("The striker has a year left on his contract, and it looks unlikely that he will sign a new deal.")]
    [InlineData("It is unlikely the club will complete the signing this week.")]
    public void A_deed_called_unlikely_is_not_told(string sentence) =>
        Assert.True(Of(sentence) is not (MoveStatus.ContractRenewal or MoveStatus.Done or MoveStatus.Agreed), sentence);

    // "should they make him an offer": a bid in a conditional inversion is one that may come, like "if they make".
    [Fact]
    public void A_bid_after_should_is_a_condition_not_a_bid() =>
        Assert.NotEqual(MoveStatus.Bid, Of("The veteran would be keen to join Rovers should they make him an offer."));

    // "have lodged their interest": the club's interest registered, no bid lodged.
    [Theory]
    [InlineData("The director said the club have lodged their interest with the player's agent.", false)]
    [InlineData("The director said the club have lodged a bid with the player's agent.", true)]
    public void Interest_lodged_is_no_bid(string sentence, bool bid) =>
        Assert.Equal(bid, Of(sentence) == MoveStatus.Bid);
    // An agreement or a trip to sign him dated back in its own clause is the story's past, not this move's news.
    [Theory]
    [InlineData("The president flew to Porto to sign the forward back in the summer of 2019 and still rates him highly.", false)]
    [InlineData("The two clubs agreed a fee for the winger last summer, but the move never happened.", false)]
    [InlineData("The president flew to Porto to sign the forward this morning.", true)]
    public void An_agreement_dated_in_its_clause_is_background(string sentence, bool agreed) =>
        Assert.Equal(agreed, Of(sentence) == MoveStatus.Agreed);
    // A deed after a temporal "since" starts a span of time: the story's past ("a target since his team-mate completed
    // his move"); "Since" opening the sentence is as often "because" and keeps its deed.
    [Theory]
    [InlineData("The winger has been a target for Rovers since his team-mate completed his move to Lyon.", false)]
    [InlineData("Since the clubs have agreed a fee, the striker will fly in on Monday.", true)]
    public void A_deed_after_since_is_background(string sentence, bool told) =>
        Assert.Equal(told, Of(sentence) is MoveStatus.Done or MoveStatus.Agreed);
    // The wire services' order, the day before the verb: "the striker Thursday signed for Rovers".
    [Theory]
    [InlineData("French striker Jean Dupont on Thursday signed for Rovers from City in a three-year deal.")]
    [InlineData("Veteran defender Marc Olsen Tuesday joined Rovers from City.")]
    public void A_signing_with_the_day_before_the_verb_is_done(string sentence) =>
        Assert.Equal(MoveStatus.Done, Of(sentence));

    // "confident that he will sign": a future one side expects, not an agreement; "he will sign on Monday" is one.
    [Theory]
    [InlineData("Rovers are close to a deal, with the club confident that the Brazilian playmaker will sign after the tournament.", false)]
    [InlineData("City are hopeful the winger will join them before the window shuts.", false)]
    [InlineData("The winger will join Rovers on Monday.", true)]
    public void A_signing_someone_expects_is_not_agreed(string sentence, bool agreed) =>
        Assert.Equal(agreed, Of(sentence) == MoveStatus.Agreed);

    // A collapse in the past perfect is the state before the news, unless it is what someone reports.
    [Theory]
    [InlineData("Most fans had given up on the possibility of the winger returning to the club.", false)]
    [InlineData("City had pulled out of the race for the striker before the new owners arrived.", false)]
    [InlineData("Sources said Rovers had pulled out of the deal over his wages.", true)]
    public void A_collapse_in_the_past_perfect_is_the_storys_past(string sentence, bool collapsed) =>
        Assert.Equal(collapsed, Of(sentence) == MoveStatus.Collapsed);

    // "no offer to which the board said yes": a denial narrowed by a relative clause denies only that kind of offer.
    [Theory]
    [InlineData("There has been no offer for the winger to which the board have said yes.", false)]
    [InlineData("There have been no bids that came close to our valuation.", false)]
    [InlineData("There has been no offer that I know of.", true)]
    [InlineData("There has been no contact with the club.", true)]
    public void A_denial_narrowed_by_a_relative_clause_denies_only_that_kind(string sentence, bool denied) =>
        Assert.Equal(denied, Of(sentence) == MoveStatus.Denied);

    // A sentence opening on a condition tells what would follow it: the move is talked of, no more. A condition on
    // the reports being true still reports the deed.
    [Theory]
    [InlineData("However, if the club give their permission we can open negotiations with them.", MoveStatus.Interest)]
    [InlineData("Unless a buyer comes in, the striker will sign a new deal.", MoveStatus.Interest)]
    [InlineData("If reports in Spain are true, Rovers have agreed a fee for the winger.", MoveStatus.Agreed)]
    public void A_sentence_opening_on_a_condition_tells_what_would_follow(string sentence, MoveStatus status) =>
        Assert.Equal(status, Of(sentence));

    // "earlier this month" dates a deed in its clause to before the news, as "a few weeks ago" does.
    [Theory]
    [InlineData("The winger turned down the chance to join Rovers earlier this month.", false)]
    [InlineData("The winger turned down the chance to join Rovers, and City made a bid earlier this summer.", true)]
    public void A_rejection_dated_earlier_this_month_is_the_storys_past(string sentence, bool rejected) =>
        Assert.Equal(rejected, Of(sentence) == MoveStatus.Rejected);

    [Theory]
    [InlineData("Tomas Varga has reportedly knocked back interest from Saudi Arabia in favour of a move to Crystal Palace.")]
    [InlineData("Tomas Varga to reject Saudi Arabia move to join Crystal Palace")]
    public void Turning_down_another_suitor_for_the_move_he_prefers_is_no_rejection_of_it(string sentence) =>
        Assert.Equal(MoveStatus.Interest, Of(sentence));

    [Fact]
    public void Talks_that_will_continue_are_talks() =>
        Assert.Equal(MoveStatus.Talks, Of("Everton are looking for around £12m to let Varga depart, and the clubs will continue with talks this week."));

    [Fact]
    public void An_agreement_dated_earlier_in_the_window_is_the_storys_past() =>
        Assert.NotEqual(MoveStatus.Agreed, Of("City agreed a £16 million deal with Wolves earlier in the window but Varga turned them down to fight for his place."));

    // A pre-contract the club foresees for later is a step after this move, which is done; one he has signed makes
    // the move agreed, not done.
    [Fact]
    public void A_pre_contract_foreseen_for_later_leaves_the_loan_done() =>
        Assert.Equal(MoveStatus.Done, MainMoveOf("Rovers announce the signing of Tomas Varga",
            "Rovers announced the signing of defender Tomas Varga on loan from Porto. "
            + "The club already foresees, in six months, the signing of a pre-contract for Varga to stay for good.").Status);
}
