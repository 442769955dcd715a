using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using RumourBot.Commands;
using RumourBot.Exports;
using RumourBot.Polls;
using RumourBot.Replies;
using RumourBot.Reports;
using RumourBot.Rumours;
using RumourBot.Tests.Support;

namespace RumourBot.Tests.Exports;

/// <summary>/export what:… over a real LiteDB file: the server's own data as CSV, for moderators only.</summary>
public class ExportCommandsTests
{
    private const ulong ViewChannel = 1UL << 10;

    private static async Task<Reply> ExportAsync(TestBot bot, string what, ulong permissions = Permissions.ManageGuild, ulong guildId = 1)
    {
        var catalog = new CommandCatalog([new ExportCommands(new ServerExport(bot.Polls, bot.SettlementStore), bot.Time)]);
        var (request, error) = new SlashCommandParser(catalog).Parse($"/export what:{what}", guildId, 8, "mod");
        Assert.NotNull(request);
        return await new CommandRouter(catalog, NullLogger<CommandRouter>.Instance).DispatchAsync(request with { MemberPermissions = permissions }, CancellationToken.None);
    }

    private static string[] Lines(Reply reply) =>
        Encoding.UTF8.GetString(reply.File!.Content).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

    private static Poll Poll(TestBot bot, string question, ulong guild = 1, string? rumourId = null) => bot.Polls.Create(new Poll
    {
        GuildId = guild, Question = question, Options = [.. PollDraft.YesNo], RumourId = rumourId, CreatorName = "ann",
        CreatedAt = bot.Time.GetUtcNow(), ClosesAt = bot.Time.GetUtcNow().AddDays(1), State = PollState.Open,
    });

    [Fact]
    public async Task Polls_come_as_a_csv_row_per_answer_with_awkward_text_quoted_and_formulas_defused()
    {
        using var bot = new TestBot();
        var poll = Poll(bot, "Will he sign, \"really\"?");
        bot.Polls.AddVote(poll, 100, "ann", "✅");
        bot.Polls.AddVote(poll, 101, "ben", "✅");
        bot.Polls.AddVote(poll, 102, "cat", "❌");
        Poll(bot, "=HYPERLINK(\"http://evil\")");
        Poll(bot, "Another server's poll", guild: 2);

        var reply = await ExportAsync(bot, "polls");

        Assert.True(reply.Ephemeral);
        Assert.Equal("text/csv", reply.File!.ContentType);
        Assert.Equal($"polls-{bot.Time.GetUtcNow().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.csv", reply.File.FileName);
        var lines = Lines(reply);
        Assert.Equal("PollId,Question,State,CreatedAt,ClosesAt,ClosedAt,Creator,RumourId,MultipleChoice,HideResults,Emoji,Answer,Votes", lines[0]);
        Assert.Equal(5, lines.Length); // the header, two answers of each of this server's two polls
        Assert.StartsWith("1,\"Will he sign, \"\"really\"\"?\",open,", lines[1]);
        Assert.EndsWith(",✅,Yes,2", lines[1]);
        Assert.EndsWith(",❌,No,1", lines[2]);
        Assert.StartsWith("2,\"'=HYPERLINK(", lines[3]);
        Assert.DoesNotContain(lines, l => l.Contains("Another server", StringComparison.Ordinal));
        Assert.Contains("4 rows", reply.Description);
    }

    [Fact]
    public async Task The_file_name_has_the_gregorian_date_whatever_the_culture()
    {
        using var bot = new TestBot();
        var culture = CultureInfo.CurrentCulture;
        Reply reply;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("th-TH"); // the Thai Buddhist calendar: 2026 is 2569
            reply = await ExportAsync(bot, "polls");
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }

        var expected = bot.Time.GetUtcNow().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.Equal($"polls-{expected}.csv", reply.File!.FileName);
        Assert.Contains($"polls-{expected}.csv", reply.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Settlements_and_predictions_come_from_what_moderators_settled_here()
    {
        using var bot = new TestBot();
        var published = bot.Time.GetUtcNow();
        var rumour = new Rumour
        {
            Id = "player one→fulham", Player = "Player One", PlayerKey = "player one", FromClub = "Brentford", ToClub = "Fulham",
            FirstSeen = published, LastSeen = published,
            Stories = [new RumourStory { Published = published, Title = "t", Status = MoveStatus.Talks, Summary = "s", ReportIds = ["r1"] }],
        };
        bot.Database.Rumours().Insert(rumour);
        var poll = Poll(bot, "Will he stay?", rumourId: rumour.Id);
        bot.Polls.AddVote(poll, 100, "ann", "✅");
        bot.Polls.AddVote(poll, 101, "ben", "❌");
        Assert.Equal(ReplyTone.Success, (await bot.RunAsync($"/settle rumour:{rumour.Id} outcome:stayed note:Signed a new deal", permissions: Permissions.ManageGuild)).Tone);

        var settlements = Lines(await ExportAsync(bot, "settlements"));
        var predictions = Lines(await ExportAsync(bot, "predictions"));

        Assert.Equal(2, settlements.Length);
        Assert.StartsWith("player one→fulham,Player One,Brentford,Fulham,stayed,,Signed a new deal,", settlements[1]);
        Assert.Equal(3, predictions.Length);
        Assert.Equal("PollId,Question,RumourId,VoterId,Voter,Answers,CameTrue,Right,Brier", predictions[0]);
        Assert.Equal("1,Will he stay?,player one→fulham,100,ann,Yes,Yes,true,0", predictions[1]);
        Assert.Equal("1,Will he stay?,player one→fulham,101,ben,No,Yes,false,2", predictions[2]);
    }

    [Fact]
    public async Task A_server_with_nothing_yet_gets_the_columns_only()
    {
        using var bot = new TestBot();

        var reply = await ExportAsync(bot, "settlements");

        Assert.Equal(["RumourId,Player,FromClub,RumourClub,Outcome,JoinedClub,Note,SettledAt,SettledBy,CorrectedAt,CorrectedBy"], Lines(reply));
    }

    [Fact]
    public async Task Members_without_manage_server_are_refused_by_the_bot()
    {
        using var bot = new TestBot();
        Poll(bot, "Will he stay?");

        var reply = await ExportAsync(bot, "polls", permissions: ViewChannel);

        Assert.Equal(ReplyTone.Error, reply.Tone);
        Assert.Null(reply.File);
    }
}
