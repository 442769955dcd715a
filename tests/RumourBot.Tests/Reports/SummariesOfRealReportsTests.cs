using RumourBot.Reports;
using RumourBot.Reports.Text;
using RumourBot.Tests.Support;

namespace RumourBot.Tests.Reports;

/// <summary>
/// Issue 10's summary rule on real published text (RealReports/Dev): whole sentences of the article, never half a
/// sentence and never half a quotation, within the length unless one whole sentence or quotation is longer.
/// </summary>
public class SummariesOfRealReportsTests
{
    private static readonly string Dev = Path.Combine(RepositoryPaths.Root, "tests", "RumourBot.Tests", "Reports", "RealReports", "Dev");

    public static TheoryData<string> DevReports() => [.. Directory.GetFiles(Dev, "*.txt").Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(DevReports))]
    public void A_real_reports_summary_is_whole_sentences_and_whole_quotations(string file)
    {
        var report = ReportFileReader.Read(Path.Combine(Dev, file));

        var summary = ReportAnalyzer.Default.Analyze(report).Summary;

        // The article as the analyser reads it: entities decoded, mis-decoded signs repaired, credits taken out.
        var text = Squash(ArticleCleaner.Clean(report.Text));
        Assert.False(string.IsNullOrWhiteSpace(summary), "a report with a body has a summary");
        var sentences = SentenceSplitter.Split(summary);
        // Case aside: a tabloid's lede in capitals ("NICK POWELL has signed") is read, and summarised, as names are written.
        Assert.All(sentences, s => Assert.Contains(Squash(s.Text), text, StringComparison.OrdinalIgnoreCase));
        var depth = 0;
        var closedBeforeTheEnd = false;
        for (var i = 0; i < sentences.Count; i++)
        {
            closedBeforeTheEnd |= i > 0 && depth == 0;
            (depth, var closesUnopened) = QuotationMarks.Walk(sentences[i].Text, depth);
            Assert.False(closesUnopened, "the tail of a quotation: " + summary);
        }
        Assert.True(depth == 0, "a quotation left open: " + summary);
        // Over the length only when nothing shorter is whole: one sentence, or one quotation running over several.
        Assert.True(sentences.Count == 1 || !closedBeforeTheEnd || summary.Length <= Summarizer.MaxLength, $"{summary.Length} characters in {sentences.Count} sentences");
        Assert.Equal(sentences.Count, sentences.Select(s => s.Text).Distinct().Count());
    }

    private static string Squash(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
}
