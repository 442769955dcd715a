using RumourBot.Reports;
using RumourBot.Reports.Text;
using RumourBot.Tests.Support;

namespace RumourBot.Tests.Reports;

public class SummarizerTests
{
    public static TheoryData<string> SeedFiles() => [.. Directory.GetFiles(RepositoryPaths.Seeds, "*.txt").Select(f => Path.GetFileName(f)!)];

    [Theory]
    [MemberData(nameof(SeedFiles))]
    public void The_summary_is_two_or_three_of_the_articles_own_sentences_within_400_characters(string file)
    {
        var report = ReportFileReader.Read(RepositoryPaths.Seed(file));

        var summary = ReportAnalyzer.Default.Analyze(report).Summary;

        Assert.InRange(summary.Length, 1, Summarizer.MaxLength);
        var sentences = SentenceSplitter.Split(summary);
        Assert.InRange(sentences.Count, 2, 3);
        Assert.All(sentences, s => Assert.Contains(s.Text, report.Text));
    }

    [Fact]
    public void A_one_sentence_report_is_its_own_summary()
    {
        const string text = "Chelsea have agreed a fee of £35m with Brighton for Jan Paul van Hecke.";

        var summary = ReportAnalyzer.Default.Analyze(new Report("", null, null, null, text)).Summary;

        Assert.Equal(text, summary);
    }

    [Fact]
    public void A_single_overlong_sentence_is_cut_at_a_word_within_the_limit()
    {
        var text = "Chelsea want " + string.Join(" and ", Enumerable.Repeat("a very long list of things", 40)) + ".";

        var summary = ReportAnalyzer.Default.Analyze(new Report("", null, null, null, text)).Summary;

        Assert.True(summary.Length <= Summarizer.MaxLength);
        Assert.EndsWith("…", summary);
    }
}
