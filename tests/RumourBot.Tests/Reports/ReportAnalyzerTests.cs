using RumourBot.Reports;
using RumourBot.Reports.Sources;
using RumourBot.Tests.Support;

namespace RumourBot.Tests.Reports;

public class ReportAnalyzerTests
{
    private static ReportAnalysis AnalyzeSeed(string file) => ReportAnalyzer.Default.Analyze(ReportFileReader.Read(RepositoryPaths.Seed(file)));

    [Fact]
    public void The_founding_article_is_about_trent_leaving_liverpool_for_real_madrid()
    {
        var analysis = AnalyzeSeed("trent-real-madrid-approach.txt");

        var main = analysis.MainMove!;
        Assert.Equal("Trent Alexander-Arnold", main.Player);
        Assert.Equal("Liverpool", main.FromClub);
        Assert.Equal(["Real Madrid"], main.ToClubs);
        Assert.Equal(new Fee(20m, "GBP", "just over", "just over £20 million"), main.Fee);
        Assert.Equal(MoveStatus.Rejected, main.Status);
    }

    [Fact]
    public void The_founding_article_names_dalot_as_the_alternative()
    {
        var analysis = AnalyzeSeed("trent-real-madrid-approach.txt");

        var dalot = Assert.Single(analysis.Moves, m => m.Player == "Diogo Dalot");
        Assert.Equal("Manchester United", dalot.FromClub);
        Assert.Equal(["Real Madrid"], dalot.ToClubs);
        Assert.Equal(1, analysis.Moves.ToList().IndexOf(dalot));
    }

    [Fact]
    public void Managers_injured_players_and_photographers_are_not_moves()
    {
        var players = AnalyzeSeed("trent-real-madrid-approach.txt").Moves.Select(m => m.Player).ToList();

        Assert.Equal(["Trent Alexander-Arnold", "Diogo Dalot"], players);
        Assert.DoesNotContain(players, p => p.Contains("Ancelotti") || p.Contains("Carvajal") || p.Contains("Vazquez")
            || p.Contains("Finney") || p.Contains("Caparros") || p.Contains("Joyce"));
    }

    [Fact]
    public void The_founding_article_cites_the_times_and_paul_joyce()
    {
        var sources = AnalyzeSeed("trent-real-madrid-approach.txt").Sources;

        Assert.Contains(sources, s => s is { Name: "The Times", Kind: SourceKind.Outlet, Tier: not null });
        Assert.Contains(sources, s => s is { Name: "Paul Joyce", Kind: SourceKind.Journalist, Tier: not null });
    }

    [Fact]
    public void The_raw_article_without_headers_gives_the_same_main_move()
    {
        var raw = File.ReadAllText(RepositoryPaths.Seed("trent-real-madrid-approach.txt"));
        var body = raw[(raw.IndexOf("\n\n", StringComparison.Ordinal) + 2)..];

        var main = ReportAnalyzer.Default.Analyze(ReportFileReader.Parse(body)).MainMove!;

        Assert.Equal(("Trent Alexander-Arnold", "Liverpool", "Real Madrid"), (main.Player, main.FromClub, main.ToClubs[0]));
    }

    [Theory]
    [InlineData("01-gordon-arsenal-bid-rejected.txt", "Anthony Gordon", "Newcastle United", "Arsenal", MoveStatus.Rejected)]
    [InlineData("07-van-hecke-chelsea-fee-agreed.txt", "Jan Paul van Hecke", "Brighton & Hove Albion", "Chelsea", MoveStatus.Agreed)]
    [InlineData("08-leao-bayern-done.txt", "Rafael Leão", "AC Milan", "Bayern Munich", MoveStatus.Done)]
    [InlineData("09-akliouche-tottenham-bid.txt", "Maghnes Akliouche", "Monaco", "Tottenham Hotspur", MoveStatus.Bid)]
    [InlineData("10-adeyemi-napoli-fee-agreed.txt", "Karim Adeyemi", "Borussia Dortmund", "Napoli", MoveStatus.Agreed)]
    public void Sample_reports_give_their_main_move(string file, string player, string from, string to, MoveStatus status)
    {
        var main = AnalyzeSeed(file).MainMove!;

        Assert.Equal((player, from, to, status), (main.Player, main.FromClub, main.ToClubs.FirstOrDefault(), main.Status));
    }

    [Fact]
    public void A_contract_renewal_has_no_destination()
    {
        var main = AnalyzeSeed("05-bastoni-inter-new-contract.txt").MainMove!;

        Assert.Equal("Alessandro Bastoni", main.Player);
        Assert.Equal(MoveStatus.ContractRenewal, main.Status);
        Assert.Empty(main.ToClubs);
    }

    [Fact]
    public void Wages_are_never_taken_for_the_fee()
    {
        var main = AnalyzeSeed("07-van-hecke-chelsea-fee-agreed.txt").MainMove!;

        // "around £35m", "made up of £30m up front and a further £5m in add-ons": the fee is the guaranteed part
        // (RealReports/README.md: "£40m plus £5m add-ons" is 40), never the £120,000-a-week wage.
        Assert.Equal(30m, main.Fee!.AmountMillions);
    }

    [Theory]
    [InlineData("")]
    [InlineData("The weather was lovely in Devon this weekend and the beaches were full.")]
    [InlineData("\u0001\u0002 binary-ish \u0003")]
    public void Text_with_no_football_gives_no_moves_and_no_invented_fields(string text)
    {
        var analysis = ReportAnalyzer.Default.Analyze(new Report("", null, null, null, text));

        Assert.Empty(analysis.Moves);
    }

    [Fact]
    public void A_headline_that_trips_the_compiled_regex_engine_is_analysed_without_failing()
    {
        var analysis = ReportAnalyzer.Default.Analyze(new Report("Alba agent quashes League in their opening three games", null, null, null,
            "Barcelona defender Jordi Alba is wanted by Inter Miami, according to Sport."));

        Assert.Equal(("Jordi Alba", MoveStatus.Interest), (analysis.MainMove?.Player, analysis.MainMove?.Status));
    }

    [Fact]
    public void A_huge_text_is_analysed_without_failing()
    {
        var seed = File.ReadAllText(RepositoryPaths.Seed("trent-real-madrid-approach.txt"));
        var huge = string.Concat(Enumerable.Repeat(seed + "\n\n", 5_000_000 / seed.Length + 1));

        var analysis = ReportAnalyzer.Default.Analyze(new Report("", null, null, null, huge));

        Assert.Equal("Trent Alexander-Arnold", analysis.MainMove?.Player);
    }
}
