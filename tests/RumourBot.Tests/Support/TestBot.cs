using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using RumourBot.Commands;
using RumourBot.Polls;
using RumourBot.Reports;
using RumourBot.Reports.Clubs;
using RumourBot.Rumours;
using RumourBot.Settling;
using RumourBot.Storage;

namespace RumourBot.Tests.Support;

/// <summary>The bot's real parts over a real LiteDB file in a temp folder, with a fake clock.</summary>
public sealed class TestBot : IDisposable
{
    private readonly TempFolder _folder = new();

    public TestBot(string? seedsFolder = null)
    {
        Options = Microsoft.Extensions.Options.Options.Create(new StorageOptions { DataFolder = _folder.Path, SeedsFolder = seedsFolder ?? RepositoryPaths.Seeds });
        Time = new FakeTimeProvider(new DateTimeOffset(2025, 10, 1, 12, 0, 0, TimeSpan.Zero));
        Open();
    }

    public IOptions<StorageOptions> Options { get; }
    public FakeTimeProvider Time { get; }
    public RumourDatabase Database { get; private set; } = null!;
    public ReportImporter Importer { get; private set; } = null!;
    public RumourBook Book { get; private set; } = null!;
    public CommandRouter Router { get; private set; } = null!;
    public SlashCommandParser Parser { get; private set; } = null!;
    public PollBook Polls { get; private set; } = null!;
    public SettlementBook Settlements { get; private set; } = null!;
    public Leaderboards Leaderboards { get; private set; } = null!;

    public SeedImporter Seeds => new(Database, Importer, Options, Time, NullLogger<SeedImporter>.Instance);

    /// <summary>Closes the database and opens it again, as a restart would.</summary>
    public void Reopen()
    {
        Database.Dispose();
        Open();
    }

    public async Task<Replies.Reply> RunAsync(string line, ulong userId = 1, ulong? permissions = null, ulong guildId = 1)
    {
        var (request, error) = Parser.Parse(line, guildId, userId, $"user{userId}");
        return request is null
            ? Replies.Reply.Error(error!)
            : await Router.DispatchAsync(request with { MemberPermissions = permissions }, CancellationToken.None);
    }

    private void Open()
    {
        Database = new RumourDatabase(Options);
        Importer = new ReportImporter(Database, ReportAnalyzer.Default, Time);
        Book = new RumourBook(Database, ClubGazetteer.Default);
        Polls = new PollBook(Database, Time);
        var clubs = new ClubMatch(ClubGazetteer.Default);
        Settlements = new SettlementBook(Database, Polls, new PollBallots(Database), new PollAnswerDeriver(clubs), Time, NullLogger<SettlementBook>.Instance);
        Leaderboards = new Leaderboards(Database, Settlements, clubs);
        var picker = new RumourPicker(Database, Book, ClubGazetteer.Default);
        var catalog = new CommandCatalog([
            new RumourCommands(Book, Importer, Settlements, Time),
            new PollCommands(Polls, Book, Time),
            new SettleCommands(Settlements, picker, new SettlementDraft(clubs), Polls, Time),
            new LeaderboardCommands(Leaderboards),
        ]);
        Router = new CommandRouter(catalog, NullLogger<CommandRouter>.Instance);
        Parser = new SlashCommandParser(catalog);
    }

    public void Dispose()
    {
        Database.Dispose();
        _folder.Dispose();
    }
}
