using RumourBot.Reports;

namespace RumourBot.Tests.Reports;

public class FeeParserTests
{
    [Theory]
    [InlineData("Arsenal have bid £20m for the winger.", 20, "GBP", null, "£20m")]
    [InlineData("The fee is £20 million.", 20, "GBP", null, "£20 million")]
    [InlineData("Real would be willing to pay just over £20 million for the England international.", 20, "GBP", "just over", "just over £20 million")]
    [InlineData("Bayern want €100m-plus for the forward.", 100, "EUR", "plus", "€100m-plus")]
    [InlineData("Newcastle want in the region of £45m plus add-ons.", 45, "GBP", "in the region of, plus add-ons", "in the region of £45m plus add-ons")]
    [InlineData("Inter Miami paid $30 million for him.", 30, "USD", null, "$30 million")]
    [InlineData("A fee of around €42.5m was agreed.", 42.5, "EUR", "around", "around €42.5m")]
    [InlineData("They value him at £40-50m.", 45, "GBP", "range", "£40-50m")]
    [InlineData("A deal worth up to £60m is close.", 60, "GBP", "up to", "up to £60m")]
    [InlineData("Chelsea offered twenty million pounds.", 20, "GBP", null, "twenty million pounds")]
    [InlineData("The club-record £0.12bn fee.", 120, "GBP", null, "£0.12bn")]
    [InlineData("Fenerbahce agreed the transfer for €13-million.", 13, "EUR", null, "€13-million")]
    // A space after the symbol, and thousands grouped by dots with the dollar written "u$s", as South American reports do.
    [InlineData("Wolves have now offered close to £ 18m for the winger.", 18, "GBP", "close to", "close to £ 18m")]
    [InlineData("Velez accepted the proposal of u$s 3.500.000 for the defender.", 3.5, "USD", null, "u$s 3.500.000")]
    // The sum written as one hyphenated word, the currency singular as an adjective is.
    [InlineData("Lyon rejected a 35-million-euro bid for the striker.", 35, "EUR", null, "35-million-euro")]
    [InlineData("Leeds have had a 20-million-pound offer turned down.", 20, "GBP", null, "20-million-pound")]
    public void Parses_a_transfer_fee_written_many_ways(string sentence, double amount, string currency, string? qualifier, string text)
    {
        var fee = FeeParser.ParseFee(sentence);

        Assert.NotNull(fee);
        Assert.Equal((decimal)amount, fee.AmountMillions);
        Assert.Equal(currency, fee.Currency);
        Assert.Equal(qualifier, fee.Qualifier);
        Assert.Equal(text, fee.Text);
    }

    [Theory]
    [InlineData("He will join Real Madrid on a free transfer when his contract ends.")]
    [InlineData("The midfielder today signed a three year deal after the player became available under freedom of contract.")]
    public void A_free_transfer_is_a_fee_of_nothing(string sentence)
    {
        var fee = FeeParser.ParseFee(sentence);

        Assert.NotNull(fee);
        Assert.Equal(0m, fee.AmountMillions);
        Assert.Equal("free", fee.Qualifier);
    }

    [Theory]
    [InlineData("Liverpool risk losing him on a free transfer next summer.")]
    [InlineData("Hull are open to cashing in on him, with the player set to become a free agent at the end of the season.")]
    [InlineData("The defender will become a free agent next summer.")]
    [InlineData("Celtic and Lyon are ready to go head-to-head for the forward, rather than waiting until the summer to sign him on a free transfer.")]
    public void A_free_transfer_that_is_only_a_threat_is_not_a_fee(string sentence) =>
        Assert.True(FeeParser.FreeOnlyAsPossibility(sentence) || FeeParser.ParseFee(sentence) is null, sentence);

    [Theory]
    [InlineData("He earns £300,000-a-week at Anfield.", MoneyKind.Wage)]
    [InlineData("His wages of £250,000 a week are a problem.", MoneyKind.Wage)]
    [InlineData("Otherwise $335,000 of his salary would have counted against the salary cap.", MoneyKind.Wage)]
    [InlineData("The club reported record revenue of £600m last year.", MoneyKind.Revenue)]
    [InlineData("Bayern Munich are said to have put €100m aside to bring a new striker to the Allianz Arena.", MoneyKind.Revenue)]
    [InlineData("The new owners have handed the manager a £50m war chest for the summer.", MoneyKind.Revenue)]
    [InlineData("Milan will save almost €10million gross thanks to the departure of the veteran goalkeeper.", MoneyKind.Revenue)]
    [InlineData("His release clause is set at €1bn.", MoneyKind.ReleaseClause)]
    [InlineData("The club were fined £10m by UEFA.", MoneyKind.Fine)]
    // The sum's own noun after it, a tax case around it, his years at the club after it.
    [InlineData("The board want the manager to make a £12m summer profit on sales.", MoneyKind.Revenue)]
    [InlineData("The striker was accused of failing to pay his taxes, amounting to a figure of €9.2m.", MoneyKind.Fine)]
    [InlineData("The forward was handed an offer from Qatar of 150 million euros over two years.", MoneyKind.ContractValue)]
    // A loan fee and an obligation told a little further from their cue words.
    [InlineData("Roma will pay €4m for a season-long loan deal.", MoneyKind.LoanFee)]
    [InlineData("Roma have agreed an obligation to buy the Dutchman for €30m.", MoneyKind.Obligation)]
    [InlineData("Per the Athletic, the obligation is set at €6m.", MoneyKind.Obligation)]
    [InlineData("Leicester will then sign Akgun on a compulsory purchase option for €9m.", MoneyKind.Obligation)]
    [InlineData("Bayern will pay €65 million plus €10m in add-ons.", MoneyKind.AddOns)]
    [InlineData("The club is offering half of his contract, and he's getting 3.875m euros there.", MoneyKind.Wage)]
    [InlineData("Saudi Arabian club Al-Hilal is believed to have made a per season offer of around USD 25.2 million to Tomas Varga.", MoneyKind.Wage)]
    [InlineData("The deal was worth around 34 million Danish krone which equates to £3.47m.", MoneyKind.Conversion)]
    [InlineData("Valencia insist that Tottenham must meet a £26m buy-out-clause.", MoneyKind.ReleaseClause)]
    [InlineData("The clubs agreed terms, but without the €2m fee requested by his agent.", MoneyKind.Wage)]
    [InlineData("We are talking about a $2.5 million deal for one year with the striker.", MoneyKind.ContractValue)]
    // The same quantity changed keeps its kind: a wage bill cut, a debt brought down.
    [InlineData("It is thought the club had a wage bill of around £4.5m this term, and will be reducing it to just over £2m.", MoneyKind.Wage)]
    [InlineData("The club's debt stands at £50m and they hope to bring it down to £30m.", MoneyKind.Revenue)]
    // The price of keeping a loanee, told after the sum by its condition.
    [InlineData("The reported fee is thought to be around the £1.7m mark should Hull decide to sign the attacker for good.", MoneyKind.BuyOption)]
    [InlineData("Roma could pay €8m if they make the move permanent next summer.", MoneyKind.BuyOption)]
    // League money named by its noun, and a sum no player has ever cost.
    [InlineData("Clubs look to flex their muscle in the wake of a new £8bn television rights deal.", MoneyKind.Revenue)]
    [InlineData("The American group completed a £1.2bn purchase of the club last year.", MoneyKind.Revenue)]
    // What the player asks for himself is his pay: no player is paid a fee.
    [InlineData("The Brazilian meanwhile, wants €5m in addition to bonuses.", MoneyKind.Wage)]
    [InlineData("The 25-year-old is demanding around €3m.", MoneyKind.Wage)]
    public void Money_that_is_not_a_transfer_fee_is_told_apart(string sentence, MoneyKind kind)
    {
        var mentions = FeeParser.FindAll(sentence);

        Assert.Equal(kind, mentions[^1].Kind);
        if (kind != MoneyKind.AddOns) Assert.Null(FeeParser.ParseFee(sentence));
    }

    // A cue word inside another word is none: "learned" holds "earn", "surplus" holds "plus".
    [Theory]
    [InlineData("The Edinburgh News has learned that Hearts will pay £70,000 to the League One club.")]
    [InlineData("Hearts, with a squad surplus, pay £700,000 for the defender.")]
    public void A_cue_word_inside_another_word_does_not_change_the_kind(string sentence) =>
        Assert.Equal(MoneyKind.TransferFee, FeeParser.FindAll(sentence)[^1].Kind);

    // What a club saves is the sum right after "save": the fee told further on is still a fee.
    [Fact]
    public void A_fee_after_a_saving_stays_a_fee() =>
        Assert.Equal(MoneyKind.TransferFee, FeeParser.FindAll("The Gunners managed to save £10m, paying a £40m fee rather than his £50m release clause.")[1].Kind);

    // A free move denied is none: "is under contract with Sevilla and is not a free agent".
    [Theory]
    [InlineData("The midfielder is under contract with Sevilla and is not a free agent.")]
    [InlineData("He is no longer a free agent after signing for Boca.")]
    [InlineData("The striker isn’t a free agent, whatever his agent says.")]
    public void A_free_move_denied_is_no_fee(string sentence) =>
        Assert.DoesNotContain(FeeParser.FindAll(sentence), m => m.Amount.Qualifier == "free");

    [Fact]
    public void A_free_agent_is_a_free_move() =>
        Assert.Contains(FeeParser.FindAll("Celtic have signed him as a free agent."), m => m.Amount.Qualifier == "free");

    [Fact]
    public void The_base_fee_stays_a_fee_beside_its_add_ons()
    {
        var fee = FeeParser.ParseFee("Bayern will pay €65 million plus €10m in add-ons.");

        Assert.Equal(65m, fee!.AmountMillions);
        Assert.Equal("EUR", fee.Currency);
    }

    [Theory]
    [InlineData("No figures were discussed during the meeting.")]
    [InlineData("He scored 20 goals in 2024.")]
    [InlineData("Tickets cost £5 each.")]
    public void Text_without_a_fee_has_none(string sentence) => Assert.Null(FeeParser.ParseFee(sentence));

    // Figures as reports write them

    [Theory]
    [InlineData("Benfica confirm a 126 million euro offer for the forward.", 126, "EUR")]
    [InlineData("They rebuffed an offer of upwards of half a million pounds for the midfielder.", 0.5, "GBP")]
    [InlineData("Haifa are prepared to offer around a half million Euros for the defender.", 0.5, "EUR")]
    [InlineData("The fee is one and a half million pounds.", 1.5, "GBP")]
    [InlineData("They bid two and a half million euros for the striker.", 2.5, "EUR")]
    [InlineData("Galatasaray paid Monaco 650,000 euros for the loan.", 0.65, "EUR")]
    [InlineData("The clubs agreed a deal for €75/80m total package.", 77.5, "EUR")]
    public void Reads_sums_written_with_the_currency_after_or_as_a_slash_range(string sentence, double amount, string currency)
    {
        var money = FeeParser.FindAll(sentence).First(m => m.Amount.Currency is not null);

        Assert.Equal((decimal)amount, money.Amount.AmountMillions);
        Assert.Equal(currency, money.Amount.Currency);
    }

    [Theory]
    [InlineData("Lyon rejected a 35-million-euro (£29 million, $39 million) bid from Arsenal.")]
    [InlineData("Lyon rejected a €35m (£29m, $39m) bid from Arsenal.")]
    public void Every_sum_in_the_brackets_after_a_figure_is_its_conversion(string sentence)
    {
        var mentions = FeeParser.FindAll(sentence);

        Assert.Equal((35m, "EUR"), (mentions[0].Amount.AmountMillions, mentions[0].Amount.Currency));
        Assert.Equal([MoneyKind.Conversion, MoneyKind.Conversion], mentions.Skip(1).Select(m => m.Kind));
    }

    [Theory]
    [InlineData("Town will pay a fee of €1.35 million - £1.2 million - for the centre-half.", 1.35, "EUR")]
    [InlineData("Town will pay a fee of £5m-£6m for the centre-half.", 5.5, "GBP")]
    public void A_dash_between_two_currencies_is_a_conversion_and_between_one_a_range(string sentence, double amount, string currency)
    {
        var mentions = FeeParser.FindAll(sentence);

        Assert.Equal(((decimal)amount, currency), (mentions[0].Amount.AmountMillions, mentions[0].Amount.Currency));
        Assert.Equal(currency == "EUR" ? 2 : 1, mentions.Count);
        Assert.All(mentions.Skip(1), m => Assert.Equal(MoneyKind.Conversion, m.Kind));
    }

    [Fact]
    public void A_slash_between_two_currencies_is_a_conversion_not_a_range()
    {
        var mentions = FeeParser.FindAll("City paid £40m/€46m for the winger.");

        Assert.Equal(40m, mentions[0].Amount.AmountMillions);
        Assert.Equal(MoneyKind.Conversion, mentions[1].Kind);
    }

    [Fact]
    public void Brazilian_reais_are_not_dollars() =>
        Assert.Equal("BRL", FeeParser.FindAll("A proposal of 35 million euros, about R$188 million, is being prepared.")[^1].Amount.Currency);

    [Fact]
    public void A_sum_without_a_currency_takes_the_currency_of_the_sum_before_it()
    {
        var mentions = FeeParser.FindAll("The transfer could cost up to 43.7 million pounds, consisting of an initial 26.2 million fee plus 17.5 million in potential add-ons.");

        var fee = Assert.Single(mentions, m => m.IsFee);
        Assert.Equal((26.2m, "GBP"), (fee.Amount.AmountMillions, fee.Amount.Currency));
        Assert.Contains(mentions, m => m.Kind == MoneyKind.AddOns && m.Amount.AmountMillions == 17.5m);
    }

    [Fact]
    public void Numbers_that_are_not_money_take_no_currency() =>
        Assert.DoesNotContain(FeeParser.FindAll("The £5m winger has 2 million followers and a 1.5m fee was never paid."), m => m.Amount.AmountMillions == 2m);

    [Theory]
    [InlineData("Porto say he leaves only if a club triggers his €70 million exit clause.", MoneyKind.ReleaseClause)]
    [InlineData("He has a €60m penalty clause in his contract.", MoneyKind.ReleaseClause)]
    [InlineData("That is just €7 million above Al Ittihad's latest offer.", MoneyKind.Gap)]
    [InlineData("A variable amount of €8,000,000 may be added.", MoneyKind.AddOns)]
    [InlineData("Benfica want the full €120m release clause for the teenager.", MoneyKind.Valuation)]
    [InlineData("Both players are rated at €25-30m.", MoneyKind.Valuation)]
    [InlineData("An additional €25m will be paid next year for the obligation to buy.", MoneyKind.Obligation)]
    [InlineData("Fenerbahce told them they'll only consider a transfer for an offer of €35-40m.", MoneyKind.Valuation)]
    [InlineData("He is thought to be valued in the region of €15m by his present club.", MoneyKind.Valuation)]
    [InlineData("Speculation suggests that they value the midfielder closer to the €9m mark.", MoneyKind.Valuation)]
    [InlineData("He can be signed with a reduced hit of $200,000 on the salary budget.", MoneyKind.Wage)]
    [InlineData("Bonuses for Colon totaling $2 million depend on his success.", MoneyKind.AddOns)]
    [InlineData("The loan will also entail an option to buy for an amount of €6m.", MoneyKind.BuyOption)]
    [InlineData("Milan value at at least 30 million euros the midfielder.", MoneyKind.Valuation)]
    [InlineData("Galatasaray paid Monaco 650,000 euros as loan fee.", MoneyKind.LoanFee)]
    [InlineData("The offer had a $3.8-million option to buy clause.", MoneyKind.BuyOption)]
    [InlineData("He joins on loan with an option to buy at the end of next season for €9 million.", MoneyKind.BuyOption)]
    [InlineData("Schalke secured an option to make the deal permanent for a fee of around 15 million euros.", MoneyKind.BuyOption)]
    [InlineData("Wolves said he was leaving with a view to a permanent move next summer, for a fee thought to be around £4m.", MoneyKind.BuyOption)]
    [InlineData("The Genoa president asks for 18 million euros and will not budge.", MoneyKind.Valuation)]
    [InlineData("However, the London club wants to receive more than 20 million euros for the American.", MoneyKind.Valuation)]
    [InlineData("Defensor are said to be owed 20% of the transfer fee (€10m) from his move to Spain.", MoneyKind.FeeShare)]
    [InlineData("His signing bonus will be €6m, paid over the length of the deal.", MoneyKind.Wage)]
    [InlineData("Agents will take €10m in total commissions from the move.", MoneyKind.Wage)]
    [InlineData("The whole operation will cost Juventus €70m including salary, signing-on bonus and commissions.", MoneyKind.Wage)]
    [InlineData("The club also sent $400,000 in allocation money to Portland, which will go towards his salary.", MoneyKind.Wage)]
    [InlineData("Porto have asked for around €30m for the winger.", MoneyKind.Valuation)]
    public void Clauses_gaps_variables_and_demanded_clauses_are_not_fees(string sentence, MoneyKind kind) =>
        Assert.Equal(kind, FeeParser.FindAll(sentence)[0].Kind);

    // A loan fee named between the view to a permanent move and the sum: the sum is no price of the later move.
    [Fact]
    public void A_sum_after_a_loan_fee_named_past_the_view_to_a_permanent_move_is_no_option() =>
        Assert.Equal(MoneyKind.TransferFee, FeeParser.FindAll("He joins on loan with a view to a permanent move, and the loan fee agreed between the two clubs is £1m.")[0].Kind);

    [Fact]
    public void A_free_transfer_a_club_does_not_want_to_lose_him_on_is_not_a_fee() =>
        Assert.Null(FeeParser.ParseFee("Hull are ready to sell the winger now so they do not lose him on a free transfer in 2027."));

    [Fact]
    public void A_free_transfer_he_would_only_be_open_to_is_not_a_fee() =>
        Assert.Null(FeeParser.ParseFee("Fer, who will be open to a free transfer next summer, had been keen to make the move."));

    [Fact]
    public void A_ceiling_that_takes_the_total_value_to_a_sum_is_add_ons()
    {
        var mentions = FeeParser.FindAll("Fenerbahce will pay 22.5 million euros for the winger, with payments that could take the total value of the transfer to 25 million euros.");

        Assert.Equal(22.5m, Assert.Single(mentions, m => m.IsFee).Amount.AmountMillions);
        Assert.Equal(MoneyKind.AddOns, mentions[^1].Kind);
    }

    [Theory]
    [InlineData("Ajax agreed to sell the winger for an initial €40 million (S$60.4 million) in the close season.")]
    [InlineData("He left Porto in a deal worth €60 million (US$65.1 million, RM303 million).")]
    public void A_dollar_named_by_its_country_in_brackets_is_a_conversion(string sentence)
    {
        var mentions = FeeParser.FindAll(sentence);

        Assert.Equal(MoneyKind.TransferFee, mentions[0].Kind);
        Assert.Equal(MoneyKind.Conversion, mentions[1].Kind);
    }

    [Fact]
    public void A_sum_again_in_brackets_after_which_is_around_is_a_conversion() =>
        Assert.Equal(MoneyKind.Conversion, FeeParser.FindAll("Flamengo will pay €7.5m (which is around R$34.2m) for 80% of his rights.")[1].Kind);

    [Fact]
    public void The_same_sum_again_in_words_in_brackets_is_what_the_figure_is() =>
        Assert.All(FeeParser.FindAll("A variable amount of €8,000,000 (eight million euros) may be added."), m => Assert.Equal(MoneyKind.AddOns, m.Kind));

    [Theory]
    [InlineData("City are preparing a proposal of 35 million euros, about R$188 million in current quote.")]
    [InlineData("Palmeiras will receive 70 million euros, around Rs. $370 million.")]
    public void A_sum_again_after_a_comma_in_reais_is_a_conversion(string sentence)
    {
        var mentions = FeeParser.FindAll(sentence);

        Assert.Equal("BRL", mentions[1].Amount.Currency);
        Assert.Equal(MoneyKind.Conversion, mentions[1].Kind);
    }

    [Fact]
    public void Leaving_when_his_contract_expires_is_a_free_move()
    {
        var fee = FeeParser.ParseFee("Alaba, who has confirmed he will leave Bayern Munich this summer when his contract expires, has drawn suitors.");

        Assert.NotNull(fee);
        Assert.Equal((0m, "free"), (fee.AmountMillions, fee.Qualifier));
    }

    [Theory]
    [InlineData("His contract runs until 2027 and Bayern expect to keep him.")]
    [InlineData("Liverpool could see him leave for nothing when his contract expires next summer.")]
    public void A_contract_that_runs_on_or_only_might_run_out_is_no_free_move(string sentence) =>
        Assert.Null(FeeParser.ParseFee(sentence));

    [Fact]
    public void A_sum_without_a_currency_added_on_top_is_add_ons()
    {
        var mentions = FeeParser.FindAll("Benfica will receive 42 million euros for the defender, a value that can grow with another 5 million dependent on objectives.");

        Assert.Equal(42m, Assert.Single(mentions, m => m.IsFee).Amount.AmountMillions);
        Assert.Contains(mentions, m => m.Kind == MoneyKind.AddOns && m.Amount.AmountMillions == 5m);
    }

    [Theory]
    [InlineData("Joao Silveira has joined Juventus on loan for €5m.", MoneyKind.LoanFee)]
    [InlineData("Brighton value midfielder Joao Silveira at £50m.", MoneyKind.Valuation)]
    [InlineData("Arsenal value the midfielder at £50m and have offered nothing yet.", MoneyKind.Valuation)]
    [InlineData("Arsenal have signed him from Porto, paying €5m in agent fees.", MoneyKind.Wage)]
    [InlineData("He will receive a €10m signing-on bonus.", MoneyKind.Wage)]
    [InlineData("The club paid a commission of £2m to his representatives.", MoneyKind.Wage)]
    [InlineData("Brugge will pay another €5m in performance-based add-ons.", MoneyKind.AddOns)]
    [InlineData("Brugge will pay another €5m in performance related add-ons.", MoneyKind.AddOns)]
    [InlineData("The deal fell apart once the €2m yearly wages he asked for were leaked.", MoneyKind.Wage)]
    [InlineData("His €400,000 monthly salary is out of the club's reach.", MoneyKind.Wage)]
    [InlineData("The midfielder has his economic rights assessed in the amount of 19 million euros.", MoneyKind.Valuation)]
    [InlineData("Lazio can sign the youngster outright for €8m next summer.", MoneyKind.BuyOption)]
    [InlineData("Sevilla will have the right to sign him permanently for €6m.", MoneyKind.BuyOption)]
    [InlineData("Lazio signed the youngster outright for €8m in the end.", MoneyKind.TransferFee)]
    [InlineData("Bayern retain a buy-back option set at €20m.", MoneyKind.BuyOption)]
    [InlineData("The offer was an initial year-long loan for a fee of £750,000.", MoneyKind.LoanFee)]
    [InlineData("They are far apart and it could take an offer in excess of €30m to convince Reims.", MoneyKind.Valuation)]
    public void Reads_what_a_figure_is_from_the_words_around_it(string sentence, MoneyKind kind) =>
        Assert.Equal(kind, FeeParser.FindAll(sentence)[0].Kind);
}
