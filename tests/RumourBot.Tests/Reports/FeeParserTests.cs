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
    [InlineData("The club-record £1.2bn takeover fee.", 1200, "GBP", null, "£1.2bn")]
    public void Parses_a_transfer_fee_written_many_ways(string sentence, double amount, string currency, string? qualifier, string text)
    {
        var fee = FeeParser.ParseFee(sentence);

        Assert.NotNull(fee);
        Assert.Equal((decimal)amount, fee.AmountMillions);
        Assert.Equal(currency, fee.Currency);
        Assert.Equal(qualifier, fee.Qualifier);
        Assert.Equal(text, fee.Text);
    }

    [Fact]
    public void A_free_transfer_is_a_fee_of_nothing()
    {
        var fee = FeeParser.ParseFee("He will join Real Madrid on a free transfer when his contract ends.");

        Assert.NotNull(fee);
        Assert.Equal(0m, fee.AmountMillions);
        Assert.Equal("free", fee.Qualifier);
    }

    [Fact]
    public void A_free_transfer_that_is_only_a_threat_is_not_a_fee() =>
        Assert.Null(FeeParser.ParseFee("Liverpool risk losing him on a free transfer next summer."));

    [Theory]
    [InlineData("He earns £300,000-a-week at Anfield.", MoneyKind.Wage)]
    [InlineData("His wages of £250,000 a week are a problem.", MoneyKind.Wage)]
    [InlineData("The club reported record revenue of £600m last year.", MoneyKind.Revenue)]
    [InlineData("His release clause is set at €1bn.", MoneyKind.ReleaseClause)]
    [InlineData("The club were fined £10m by UEFA.", MoneyKind.Fine)]
    [InlineData("Bayern will pay €65 million plus €10m in add-ons.", MoneyKind.AddOns)]
    public void Money_that_is_not_a_transfer_fee_is_told_apart(string sentence, MoneyKind kind)
    {
        var mentions = FeeParser.FindAll(sentence);

        Assert.Equal(kind, mentions[^1].Kind);
        if (kind != MoneyKind.AddOns) Assert.Null(FeeParser.ParseFee(sentence));
    }

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
}
