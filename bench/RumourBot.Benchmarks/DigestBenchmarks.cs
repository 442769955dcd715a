using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using RumourBot.Benchmarks.Load;
using RumourBot.Digests;
using RumourBot.Digests.Sections;
using RumourBot.Following;
using RumourBot.Polls;
using RumourBot.Replies;
using RumourBot.Storage;

namespace RumourBot.Benchmarks;

/// <summary>
/// Composing one server's digest (sections and pages) over a database of 100,000 stored reports (one a minute, so a
/// day holds 1,440 of them on some 1,400 rumours) and 1,000 polls of that server (100 open, ten votes each).
/// Target: under 50 ms for a daily digest.
/// </summary>
[MemoryDiagnoser]
public class DigestBenchmarks
{
    private const int Reports = 100_000;
    private const int Polls = 1_000;
    private const ulong Guild = 1310000000000000100;
    private string _folder = "";
    private RumourDatabase _database = null!;
    private DigestComposer _composer = null!;
    private DateTimeOffset _now;
    private TimeZoneInfo _london = null!;

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "rumourbot-digest-bench", Guid.NewGuid().ToString("N"));
        _database = new RumourDatabase(Path.Combine(_folder, "rumourbot.db"));
        var rumours = SyntheticReports.Fill(_database, Reports);
        _now = SyntheticReports.LastReportAt(Reports).AddMinutes(1);
        var time = new FakeTimeProvider(_now);
        var polls = new PollBook(new LiteDbPollStore(_database), time);
        for (var i = 0; i < Polls; i++)
        {
            var open = i % 10 == 0;
            var poll = polls.Create(new Poll
            {
                GuildId = Guild,
                Question = $"Will player {i} move this summer?",
                Options = [.. PollDraft.YesNo],
                HideResults = i % 20 == 0,
                CreatedAt = _now.AddDays(-2),
                ClosesAt = open ? _now.AddHours(1 + i % 48) : _now.AddDays(-1),
                State = open ? PollState.Open : PollState.Closed,
            });
            for (var voter = 0; voter < 10; voter++) polls.AddVote(poll, (ulong)voter + 1, $"fan{voter}", voter % 3 == 0 ? "❌" : "✅");
        }
        _london = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        IDigestSection[] sections =
        [
            new HottestRumoursSection(), new NewRumoursSection(), new StatusChangesSection(), new OpenPollsSection(polls), new FeedBackfillsSection([]),
        ];
        _composer = new DigestComposer(sections, rumours, new LiteDbFollowStore(_database), Options.Create(new DigestOptions()), time);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _database.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>What a daily schedule composes: the last 24 hours (1,440 reports).</summary>
    [Benchmark]
    public IReadOnlyList<Reply> DailyDigest() => Compose(TimeSpan.FromDays(1));

    /// <summary>An hourly schedule: the last 60 reports.</summary>
    [Benchmark]
    public IReadOnlyList<Reply> HourlyDigest() => Compose(TimeSpan.FromHours(1));

    private IReadOnlyList<Reply> Compose(TimeSpan period) =>
        DigestPages.Layout(_composer.Compose(new DigestWindow(Guild, _now - period, _now, _london)), _now);
}
