using System.Text.Json;
using RumourBot.Reports;
using RumourBot.Tests.Support;

namespace RumourBot.Tests.Reports;

public class AnalyzeCommandLineTests
{
    [Fact]
    public void Json_output_is_exactly_one_object_in_the_documented_shape()
    {
        var output = new StringWriter();

        var exit = AnalyzeCommandLine.Run(RepositoryPaths.Seed("trent-real-madrid-approach.txt"), json: true, output, new StringWriter());

        Assert.Equal(0, exit);
        using var document = JsonDocument.Parse(output.ToString());
        var root = document.RootElement;
        Assert.Equal(["title", "summary", "sources", "moves"], root.EnumerateObject().Select(p => p.Name));
        var main = root.GetProperty("moves")[0];
        Assert.Equal("Trent Alexander-Arnold", main.GetProperty("player").GetString());
        Assert.Equal("Liverpool", main.GetProperty("from_club").GetString());
        Assert.Equal("Real Madrid", main.GetProperty("to_clubs")[0].GetString());
        Assert.Equal(20m, main.GetProperty("fee").GetProperty("amount_millions").GetDecimal());
        Assert.Equal("GBP", main.GetProperty("fee").GetProperty("currency").GetString());
        Assert.Equal("just over", main.GetProperty("fee").GetProperty("qualifier").GetString());
        Assert.Equal("just over £20 million", main.GetProperty("fee").GetProperty("text").GetString());
        Assert.Equal("rejected", main.GetProperty("status").GetString());
        Assert.Equal("transfer_fee", main.GetProperty("fee").GetProperty("kind").GetString());
        Assert.False(main.GetProperty("loan").GetBoolean());
        Assert.Equal(JsonValueKind.Null, main.GetProperty("release_clause").ValueKind);
        Assert.Contains(root.GetProperty("sources").EnumerateArray(), s => s.GetProperty("name").GetString() == "Paul Joyce"
            && s.GetProperty("kind").GetString() == "journalist");
    }

    [Fact]
    public void A_move_without_a_fee_says_null()
    {
        var output = new StringWriter();

        AnalyzeCommandLine.Run(RepositoryPaths.Seed("trent-real-madrid-approach.txt"), json: true, output, new StringWriter());

        using var document = JsonDocument.Parse(output.ToString());
        Assert.Equal(JsonValueKind.Null, document.RootElement.GetProperty("moves")[1].GetProperty("fee").ValueKind);
    }

    [Fact]
    public void An_empty_file_gives_an_empty_analysis_not_an_error()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("empty.txt"), "");
        var output = new StringWriter();

        var exit = AnalyzeCommandLine.Run(folder.File("empty.txt"), json: true, output, new StringWriter());

        Assert.Equal(0, exit);
        using var document = JsonDocument.Parse(output.ToString());
        Assert.Equal(0, document.RootElement.GetProperty("moves").GetArrayLength());
    }

    [Fact]
    public void A_missing_file_exits_2_with_one_line_on_stderr()
    {
        var output = new StringWriter();
        var errors = new StringWriter();

        var exit = AnalyzeCommandLine.Run("/no/such/file.txt", json: true, output, errors);

        Assert.Equal(2, exit);
        Assert.Equal("", output.ToString());
        Assert.Single(errors.ToString().TrimEnd().Split('\n'));
        Assert.Contains("/no/such/file.txt", errors.ToString());
    }

    [Fact]
    public void A_missing_extra_club_file_is_one_line_on_stderr_and_exit_status_2()
    {
        var errors = new StringWriter();

        var exit = AnalyzeCommandLine.Run(RepositoryPaths.Seed("trent-real-madrid-approach.txt"), json: true, new StringWriter(), errors, clubsFile: "/nonexistent/clubs.json");

        Assert.Equal(AnalyzeCommandLine.FileProblemExitCode, exit);
        Assert.StartsWith("error: Analysis:ClubsFile", errors.ToString());
        Assert.Single(errors.ToString().TrimEnd().Split('\n'));
    }

    [Fact]
    public void An_extra_club_file_is_used_by_the_command_line()
    {
        var folder = Directory.CreateTempSubdirectory("rumourbot-clubs-");
        try
        {
            var clubs = Path.Combine(folder.FullName, "clubs.json");
            File.WriteAllText(clubs, """{"clubs": [{"name": "Kettering Town", "country": "England", "aliases": ["Poppies"]}]}""");
            var report = Path.Combine(folder.FullName, "report.txt");
            File.WriteAllText(report, "Title: Poppies move\n\nKettering Town have made a bid for Brackley Town striker Lee Ndlovo, who wants to join Kettering Town.\n");
            var output = new StringWriter();

            var exit = AnalyzeCommandLine.Run(report, json: true, output, new StringWriter(), clubsFile: clubs);

            Assert.Equal(0, exit);
            using var document = JsonDocument.Parse(output.ToString());
            Assert.Equal("Kettering Town", document.RootElement.GetProperty("moves")[0].GetProperty("to_clubs")[0].GetString());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
