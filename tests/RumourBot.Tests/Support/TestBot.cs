using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using RumourBot.Commands;
using RumourBot.Feeds;
using RumourBot.Fetching;
using RumourBot.Following;
using RumourBot.Hosting;
using RumourBot.Ingestion;
using RumourBot.Polls;
using RumourBot.Reports;
using RumourBot.Reports.Clubs;
using RumourBot.Rumours;
using RumourBot.Settling;
using RumourBot.Storage;

namespace RumourBot.Tests.Support;

/// <summary>
/// The bot's real parts over a real LiteDB file in a temp folder, with a fake clock. Fetching goes through the
/// production registration and its public-only address guard, unless a test passes another
/// <see cref="AddressPolicy"/> (the feed tests allow exactly their local server's endpoint).
/// </summary>
public sealed class TestBot : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly ServiceProvider _services;

    public TestBot(string? seedsFolder = null, AddressPolicy? addresses = null, FeedOptions? feeds = null, LimitOptions? limits = null)
    {
        Limits = Microsoft.Extensions.Options.Options.Create(limits ?? new LimitOptions());
        Options = Microsoft.Extensions.Options.Options.Create(new StorageOptions { DataFolder = _folder.Path, SeedsFolder = seedsFolder ?? RepositoryPaths.Seeds });
        FeedOptions = Microsoft.Extensions.Options.Options.Create(feeds ?? new FeedOptions());
        Time = new FakeTimeProvider(new DateTimeOffset(2025, 10, 1, 12, 0, 0, TimeSpan.Zero));
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(Time);
        services.AddSafeFetching();
        services.AddSingleton(Limits);
        if (addresses is not null) services.Replace(ServiceDescriptor.Singleton(addresses));
        _services = services.BuildServiceProvider();
        Fetcher = _services.GetRequiredService<SafeHttpFetcher>();
        Open();
    }

    public IOptions<StorageOptions> Options { get; }
    public IOptions<LimitOptions> Limits { get; }
    public FakeTimeProvider Time { get; }
    public RumourDatabase Database { get; private set; } = null!;
    public IRumourStore Rumours { get; private set; } = null!;
    public ReportImporter Importer { get; private set; } = null!;
    public RumourBook Book { get; private set; } = null!;
    public CommandRouter Router { get; private set; } = null!;
    public SlashCommandParser Parser { get; private set; } = null!;
    public PollBook Polls { get; private set; } = null!;
    public IOptions<FeedOptions> FeedOptions { get; }
    public SafeHttpFetcher Fetcher { get; }
    public ArticleReader Articles { get; private set; } = null!;
    public FeedBook Feeds { get; private set; } = null!;
    public FeedIngester FeedIngester { get; private set; } = null!;

    public FeedPoller FeedPoller => new(Feeds, FeedIngester, FeedOptions, Time, NullLogger<FeedPoller>.Instance);
    public SettlementBook Settlements { get; private set; } = null!;
    public ISettlementStore SettlementStore { get; private set; } = null!;
    public SubmitGate Submits { get; private set; } = null!;
    public Leaderboards Leaderboards { get; private set; } = null!;
    public ClubFollows Follows { get; private set; } = null!;

    public SeedImporter Seeds => new(Rumours, Importer, Options, Time, NullLogger<SeedImporter>.Instance);

    /// <summary>Closes the database and opens it again, as a restart would.</summary>
    public void Reopen()
    {
        Database.Dispose();
        Open();
    }

    public async Task<Replies.Reply> RunAsync(string line, ulong userId = 1, ulong? permissions = null, ulong guildId = 1, IReadOnlyList<ulong>? roles = null)
    {
        var (request, error) = Parser.Parse(line, guildId, userId, $"user{userId}");
        return request is null
            ? Replies.Reply.Error(error!)
            : await Router.DispatchAsync(request with { MemberPermissions = permissions, MemberRoles = roles }, CancellationToken.None);
    }

    private void Open()
    {
        Database = new RumourDatabase(Options);
        Rumours = new LiteDbRumourStore(Database);
        var playerNames = new PlayerNameIndex(Rumours.PlayersSeen);
        Importer = new ReportImporter(Rumours, playerNames, ReportAnalyzer.Default, Time);
        Book = new RumourBook(Rumours, playerNames, ClubGazetteer.Default);
        Polls = new PollBook(new LiteDbPollStore(Database), Time);
        Articles = new ArticleReader(Fetcher);
        Feeds = new FeedBook(new LiteDbFeedStore(Database), FeedOptions, Time);
        FeedIngester = new FeedIngester(Feeds, Fetcher, Articles, Importer, FeedOptions, Time, NullLogger<FeedIngester>.Instance);
        var clubs = new ClubMatch(ClubGazetteer.Default);
        SettlementStore = new LiteDbSettlementStore(Database);
        Settlements = new SettlementBook(SettlementStore, Polls, new PollBallots(Polls), new PollAnswerDeriver(clubs), Time, NullLogger<SettlementBook>.Instance);
        Leaderboards = new Leaderboards(Rumours, SettlementStore, Settlements, clubs);
        Follows = new ClubFollows(new LiteDbFollowStore(Database), ClubGazetteer.Default, Time);
        Submits = new SubmitGate(Rumours, Limits, Time);
        var picker = new RumourPicker(Rumours, Book, ClubGazetteer.Default);
        var catalog = new CommandCatalog([
            new RumourCommands(Book, Importer, Articles, Settlements, Submits, Follows, Time),
            new SubmitAccessCommands(Submits),
            new FollowCommands(Follows, new ClubSuggestions(ClubGazetteer.Default)),
            new PollCommands(Polls, Book, Time, Limits),
            new SettleCommands(Settlements, picker, new SettlementDraft(clubs), Polls, Time),
            new LeaderboardCommands(Leaderboards),
            new FeedCommands(Feeds, FeedIngester, FeedOptions, Time),
        ]);
        Router = new CommandRouter(catalog, NullLogger<CommandRouter>.Instance);
        Parser = new SlashCommandParser(catalog);
    }

    public void Dispose()
    {
        _services.Dispose();
        Database.Dispose();
        _folder.Dispose();
    }
}
