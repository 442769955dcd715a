using RumourBot.Reports;
using RumourBot.Tests.Support;

namespace RumourBot.Tests.Reports;

public class TextFingerprintTests
{
    private static int[] Of(string seed) => TextFingerprint.Compute(ReportFileReader.Read(RepositoryPaths.Seed(seed)).Text);

    [Fact]
    public void The_same_story_from_two_outlets_is_a_near_duplicate() =>
        Assert.True(TextFingerprint.AreNearDuplicates(Of("10-adeyemi-napoli-fee-agreed.txt"), Of("11-adeyemi-napoli-dortmund-accept.txt")));

    [Fact]
    public void Two_stories_about_the_same_move_are_not() =>
        Assert.False(TextFingerprint.AreNearDuplicates(Of("trent-real-madrid-approach.txt"), Of("06-trent-real-madrid-early-release.txt")));

    [Fact]
    public void Every_pair_of_different_samples_is_apart()
    {
        var files = Directory.GetFiles(RepositoryPaths.Seeds, "*.txt").Select(Path.GetFileName).Order().ToList();
        var twins = new HashSet<string> { "10-adeyemi-napoli-fee-agreed.txt", "11-adeyemi-napoli-dortmund-accept.txt" };
        foreach (var first in files)
        {
            foreach (var second in files.Where(f => string.CompareOrdinal(f, first) > 0))
            {
                var expected = twins.Contains(first!) && twins.Contains(second!);
                Assert.True(expected == TextFingerprint.AreNearDuplicates(Of(first!), Of(second!)), $"{first} ~ {second}");
            }
        }
    }

    [Fact]
    public void An_identical_text_is_fully_similar()
    {
        var fingerprint = Of("08-leao-bayern-done.txt");

        Assert.Equal(1.0, TextFingerprint.Similarity(fingerprint, Of("08-leao-bayern-done.txt")));
    }
}
