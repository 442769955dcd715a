using RumourBot.Reports;
using RumourBot.Tests.Support;

namespace RumourBot.Tests.Reports;

public class ReportFileReaderTests
{
    [Fact]
    public void Reads_headers_then_the_text()
    {
        var report = ReportFileReader.Parse("Title: Gordon bid\nOutlet: The Far Post\nUrl: https://x.example/a\nPublished: 2025-01-20\n\nNewcastle have rejected a bid.\n\nMore text.");

        Assert.Equal("Gordon bid", report.Title);
        Assert.Equal("The Far Post", report.Outlet);
        Assert.Equal("https://x.example/a", report.Url);
        Assert.Equal(new DateTimeOffset(2025, 1, 20, 0, 0, 0, TimeSpan.Zero), report.Published);
        Assert.Equal("Newcastle have rejected a bid.\n\nMore text.", report.Text);
    }

    [Fact]
    public void A_file_without_headers_is_all_text_and_takes_its_date_stamp()
    {
        var report = ReportFileReader.Parse(" date 2025-01-02 (Photos by A/Getty Images)\n\nAre Real Madrid confident? They are.");

        Assert.Null(report.Outlet);
        Assert.Equal(new DateTimeOffset(2025, 1, 2, 0, 0, 0, TimeSpan.Zero), report.Published);
        Assert.Equal("Are Real Madrid confident?", report.Title);
        Assert.StartsWith("date 2025-01-02", report.Text);
    }

    [Fact]
    public void A_colon_in_the_first_line_of_text_is_not_a_header()
    {
        var report = ReportFileReader.Parse("Breaking: Chelsea agree fee.\n\nMore.");

        Assert.StartsWith("Breaking: Chelsea agree fee.", report.Text);
    }

    [Fact]
    public void A_missing_file_is_a_clear_error() =>
        Assert.Contains("No such file", Assert.Throws<ReportFileException>(() => ReportFileReader.Read("/no/such/report.txt")).Message);

    [Fact]
    public void A_binary_file_is_refused()
    {
        using var folder = new TempFolder();
        File.WriteAllBytes(folder.File("image.txt"), [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]);

        Assert.Contains("not a text file", Assert.Throws<ReportFileException>(() => ReportFileReader.Read(folder.File("image.txt"))).Message);
    }
}
