using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using RumourBot.Benchmarks.Load;
using RumourBot.Digests;
using RumourBot.Digests.Sections;
using RumourBot.Following;
using RumourBot.Polls;
using RumourBot.Replies;
using RumourBot.Rumours;

namespace RumourBot.Benchmarks;

/// <summary>
/// <see cref="DigestBenchmarks"/> on PostgreSQL: the same 100,000 reports and 1,000 polls in a throwaway database on the
/// server RUMOURBOT_BENCH_POSTGRES names. Target: under 50 ms for a daily digest.
/// </summary>
[MemoryDiagnoser]
public class PostgresDigestBenchmarks
{
    private const int Reports = 100_000;
    private const int Polls = 1_000;
    private const ulong Guild = 1310000000000000100;
    private PostgresBenchDatabase _database = null!;
    private DigestComposer _composer = null!;
    private DateTimeOffset _now;
    private TimeZoneInfo _london = null!;

    [GlobalSetup]
    public void Setup()
    {
        _database = new PostgresBenchDatabase();
        PostgresSyntheticReports.Fill(_database.Source, Reports);
        _now = SyntheticReports.LastReportAt(Reports).AddMinutes(1);
        var time = new FakeTimeProvider(_now);
        var polls = new PollBook(new PostgresPollStore(_database.Source), time);
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
        _composer = new DigestComposer(sections, new PostgresRumourStore(_database.Source, time), new PostgresFollowStore(_database.Source),
            Options.Create(new DigestOptions()), time);
    }

    [GlobalCleanup]
    public void Cleanup() => _database.Dispose();

    /// <summary>What a daily schedule composes: the last 24 hours (1,440 reports).</summary>
    [Benchmark]
    public IReadOnlyList<Reply> DailyDigest() => Compose(TimeSpan.FromDays(1));

    /// <summary>An hourly schedule: the last 60 reports.</summary>
    [Benchmark]
    public IReadOnlyList<Reply> HourlyDigest() => Compose(TimeSpan.FromHours(1));

    private IReadOnlyList<Reply> Compose(TimeSpan period) =>
        DigestPages.Layout(_composer.Compose(new DigestWindow(Guild, _now - period, _now, _london)), _now);
}
