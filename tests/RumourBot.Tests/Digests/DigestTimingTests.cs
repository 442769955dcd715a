using RumourBot.Digests;

namespace RumourBot.Tests.Digests;

public class DigestTimingTests
{
    private static readonly DateTimeOffset Now = new(2027, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    [Theory]
    [InlineData("0 9 * *", "has 4 fields")]
    [InlineData("0 0 9 * * *", "seconds are not supported")]
    [InlineData("61 9 * * *", "is not a cron expression I can read")]
    [InlineData("0 9 * * funday", "is not a cron expression I can read")]
    [InlineData("daily", "has 1 field;")]
    [InlineData("0 0 30 2 *", "never comes round")]
    [InlineData("*/5 * * * *", "would post every 5 minutes")]
    [InlineData("0,30 9 * * *", "would post every 30 minutes")]
    public void Refuses_what_it_cannot_use_saying_what_is_wrong_with_an_example(string cron, string problem)
    {
        var (timing, error) = DigestTiming.Parse(cron, "Europe/London", Hour, Now);

        Assert.Null(timing);
        Assert.Contains(problem, error);
        if (!error!.Contains("time zone", StringComparison.Ordinal)) Assert.Contains("0 9 * * * is 09:00 every day", error);
    }

    [Fact]
    public void Refuses_an_unknown_time_zone_naming_real_ones()
    {
        var (timing, error) = DigestTiming.Parse("0 9 * * *", "Europe/Atlantis", Hour, Now);

        Assert.Null(timing);
        Assert.Equal("\"Europe/Atlantis\" is not a time zone I know. Use an IANA name such as Europe/London, Europe/Madrid or America/New_York.", error);
    }

    [Fact]
    public void Reads_five_fields_in_the_given_zone_and_finds_the_latest_slot_for_a_catch_up()
    {
        var (timing, error) = DigestTiming.Parse("  30 18   * * 5 ", "America/New_York", Hour, Now);

        Assert.Null(error);
        Assert.Equal("30 18 * * 5", timing!.Text);
        // Friday 5 March 2027, 18:30 EST = 23:30 UTC; the latest before Monday 22 March (after the US change on the 14th) is 19 March, 18:30 EDT.
        Assert.Equal(new DateTimeOffset(2027, 3, 5, 23, 30, 0, TimeSpan.Zero), timing.NextAfter(Now));
        Assert.Equal(new DateTimeOffset(2027, 3, 19, 22, 30, 0, TimeSpan.Zero), timing.LatestAtOrBefore(new DateTimeOffset(2027, 3, 22, 0, 0, 0, TimeSpan.Zero)));
    }
}
