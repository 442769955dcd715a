using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using RumourBot.Commands;
using RumourBot.Digests;
using RumourBot.Digests.Sections;
using RumourBot.Following;
using RumourBot.Polls;
using RumourBot.Reports;
using RumourBot.Replies;

namespace RumourBot.Tests.Support;

/// <summary>
/// <see cref="TestBot"/> with the digest feature: its commands in the router, a recording poster, and schedulers
/// built on demand (a new one after <see cref="Reopen"/> is a restart over the same database file).
/// </summary>
public sealed class DigestBot : IDisposable
{
    public const ulong Guild = 1;

    private readonly TestBot _bot = new();
    private readonly List<IFeedBackfillSource> _backfills = [];

    public DigestBot(DateTimeOffset? start = null, DigestOptions? options = null)
    {
        if (start is { } at) _bot.Time.SetUtcNow(at);
        Options = Microsoft.Extensions.Options.Options.Create(options ?? new DigestOptions());
        Poster = new RecordingDigestPoster(_bot.Time);
        Open();
    }

    public Microsoft.Extensions.Time.Testing.FakeTimeProvider Time => _bot.Time;
    public IOptions<DigestOptions> Options { get; }
    public RecordingDigestPoster Poster { get; }
    public RumourBot.Storage.RumourDatabase Database => _bot.Database;
    public RumourBot.Rumours.IRumourStore Rumours => _bot.Rumours;
    public PollBook Polls => _bot.Polls;
    public DigestBook Book { get; private set; } = null!;
    public DigestComposer Composer { get; private set; } = null!;
    public DigestPublisher Publisher { get; private set; } = null!;
    private CommandRouter Router { get; set; } = null!;
    private SlashCommandParser Parser { get; set; } = null!;

    /// <summary>A scheduler over this bot's database; tests call <see cref="DigestScheduler.PostDueAsync"/> or start it.</summary>
    public DigestScheduler NewScheduler() => new(Book, Publisher, Time, NullLogger<DigestScheduler>.Instance);

    public void AddBackfillSource(IFeedBackfillSource source)
    {
        _backfills.Add(source);
        Open();
    }

    /// <summary>Closes the database and opens it again, as a restart would.</summary>
    public void Reopen()
    {
        _bot.Reopen();
        Open();
    }

    /// <summary>Imports a bundled report as if it had just been published and fetched.</summary>
    public ImportResult Import(string seedFile, DateTimeOffset? published = null) =>
        _bot.Importer.Import(ReportFileReader.Read(RepositoryPaths.Seed(seedFile)) with { Published = published ?? Time.GetUtcNow() }, "test");

    /// <summary>Imports a bundled report as a feed's backfill: listed by the feed when it was added.</summary>
    public ImportResult ImportBackfill(string seedFile) =>
        _bot.Importer.Import(ReportFileReader.Read(RepositoryPaths.Seed(seedFile)) with { Published = Time.GetUtcNow() }, "test",
            feed: new FeedOrigin("https://touchline.example/rss", "The Touchline Wire", Backfill: true));

    public ImportResult ImportText(string text, DateTimeOffset? published = null) =>
        _bot.Importer.Import(new Report("", null, null, published ?? Time.GetUtcNow(), text), "test");

    /// <summary>Runs a command of the rest of the bot (/poll, /settle, ...) as the console's all-powerful user.</summary>
    public Task<Reply> RunOtherCommandAsync(string line) => _bot.RunAsync(line);

    /// <summary>Runs a command line as a member; <paramref name="permissions"/> null is the console's all-powerful user.</summary>
    public async Task<Reply> RunAsync(string line, ulong? permissions = null)
    {
        var (request, error) = Parser.Parse(line, Guild, 7, "mod");
        return request is null ? Reply.Error(error!) : await Router.DispatchAsync(request with { MemberPermissions = permissions }, CancellationToken.None);
    }

    private void Open()
    {
        Book = new DigestBook(new LiteDbDigestScheduleStore(_bot.Database));
        IDigestSection[] sections =
        [
            new HottestRumoursSection(), new NewRumoursSection(), new StatusChangesSection(),
            new SettledTransfersSection(_bot.Settlements),
            new OpenPollsSection(_bot.Polls), new FeedBackfillsSection(_backfills),
        ];
        Composer = new DigestComposer(sections, _bot.Rumours, new LiteDbFollowStore(_bot.Database), Options, Time);
        Publisher = new DigestPublisher(Book, Composer, Poster, Time, NullLogger<DigestPublisher>.Instance);
        var catalog = new CommandCatalog([new DigestCommands(Book, Composer, Publisher, Options, Time)]);
        Router = new CommandRouter(catalog, NullLogger<CommandRouter>.Instance);
        Parser = new SlashCommandParser(catalog);
    }

    public void Dispose() => _bot.Dispose();
}
