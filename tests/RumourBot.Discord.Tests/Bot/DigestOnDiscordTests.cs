using System.Text.Json;
using FakeDiscord.Model;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using RumourBot.Digests;
using RumourBot.Discord.Tests.Support;
using RumourBot.Reports;
using RumourBot.Rumours;

namespace RumourBot.Discord.Tests.Bot;

/// <summary>Digests on FakeDiscord over real sockets: scheduled with the slash command, posted to the channel by REST.</summary>
public class DigestOnDiscordTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    private static object Command(string subcommand, params object[] options) =>
        new { name = "digest", type = 1, options = new[] { new { name = subcommand, type = 1, options } } };

    private static object Schedule(ulong channel, string cron) => Command("schedule",
        new { name = "channel", type = 7, value = channel.ToString(System.Globalization.CultureInfo.InvariantCulture) },
        new { name = "cron", type = 3, value = cron });

    private static async Task<JsonElement> AnswerAsync(BotHarness bot, object data, ulong user = SampleIds.Alice,
        ulong guild = SampleIds.Guild, ulong channel = SampleIds.GeneralChannel)
    {
        var interaction = await bot.Server.SendInteractionAsync(data, user, guild, channel);
        var callback = await interaction.WaitForResponseAsync(Patience);
        return callback.Data!.Value;
    }

    // Not among the bundled seeds, which the bot imported at start (as old news).
    private const string ThiagoBid = "Arsenal have made a £40m bid for Brentford striker Igor Thiago, according to Fabrizio Romano. " +
        "The Gunners want a deal done before the window shuts, and Brentford are considering the offer. Thiago, 24, scored 20 goals last season.";
    private const string ThiagoFee = "Arsenal have agreed a fee of £45m with Brentford for striker Igor Thiago, The Athletic reports. " +
        "Thiago will travel for a medical on Monday after Brentford accepted the improved offer.";

    private static void Import(BotHarness bot, string text)
    {
        var importer = bot.Host.Services.GetRequiredService<ReportImporter>();
        var result = importer.Import(new Report("", null, null, DateTimeOffset.UtcNow, text), "test");
        Assert.Equal(ImportOutcome.Stored, result.Outcome);
    }

    // A second server the bot is in, where Alice is the owner.
    private const ulong OtherGuild = 1310000000000000900;
    private const ulong OtherGeneral = 1310000000000000901;
    private const ulong OtherRumours = 1310000000000000902;

    private static FakeGuild Other() => new(OtherGuild, "Kop Talk")
    {
        OwnerId = SampleIds.Alice,
        Channels = [new FakeChannel(OtherGeneral, "general"), new FakeChannel(OtherRumours, "rumours") { Position = 1 }],
        Roles = [new FakeRole(OtherGuild, "@everyone", FakeGuild.EveryonePermissions)],
        Members = [new FakeMember(new FakeUser(SampleIds.Alice, "alice") { GlobalName = "Alice" })],
    };

    private static async Task<BotHarness> StartAsync(string? record = null, FakeTimeProvider? schedulerClock = null, Action<IServiceCollection>? more = null,
        bool twoServers = false)
    {
        var bot = await BotHarness.StartAsync(recordFile: record, discord: twoServers ? o => o.Guilds = [FakeGuild.CreateSample(), Other()] : null, services: services =>
        {
            // Only the scheduler runs on the fake clock: the gateway and REST clients keep real time for the sockets.
            if (schedulerClock is not null)
            {
                services.AddSingleton(provider => new DigestScheduler(provider.GetRequiredService<DigestBook>(), provider.GetRequiredService<DigestPublisher>(),
                    schedulerClock, provider.GetRequiredService<ILogger<DigestScheduler>>()));
            }
            more?.Invoke(services);
        });
        await bot.Server.WaitForRequestAsync(r => r.Method == "PUT" && r.Path.Contains("/commands", StringComparison.Ordinal), Patience);
        return bot;
    }

    [SkippableFact]
    public async Task Scheduled_with_the_slash_command_the_digest_of_new_reports_reaches_the_channel_and_every_request_conforms()
    {
        var record = Path.Combine(Path.GetTempPath(), $"rumourbot-digest-requests-{Guid.NewGuid():N}.jsonl");
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using (var bot = await StartAsync(record, clock))
        {
            var registered = bot.Server.GetGuildCommands(SampleIds.Guild).Single(c => c.Name == "digest").Json;
            var channelOption = registered.GetProperty("options").EnumerateArray().First(o => o.GetProperty("name").GetString() == "schedule")
                .GetProperty("options").EnumerateArray().First();
            Assert.Equal(7, channelOption.GetProperty("type").GetInt32());
            Assert.Equal("32", registered.GetProperty("default_member_permissions").GetString());

            var scheduled = await AnswerAsync(bot, Schedule(SampleIds.RumoursChannel, "0 9 * * *"));
            Assert.Contains("Digests go to \\#rumours at \"0 9 \\* \\* \\*\" (Europe/London time)", scheduled.GetProperty("embeds")[0].GetProperty("description").GetString());
            Import(bot, ThiagoBid);
            Import(bot, ThiagoFee);
            var digests = bot.Host.Services.GetRequiredService<DigestBook>();
            var slot = digests.Find(SampleIds.Guild)!.NextSlot!.Value;
            var coveredBefore = digests.Find(SampleIds.Guild)!.CoveredUntil;

            clock.SetUtcNow(slot); // 09:00 in London comes round

            var post = await bot.Server.WaitForRequestAsync(r => r.Method == "POST" && r.Path.EndsWith($"/channels/{SampleIds.RumoursChannel}/messages", StringComparison.Ordinal), Patience);
            Assert.Equal(200, post.Status);
            var body = post.Body!.Value;
            Assert.Equal(0, body.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
            Assert.True(body.GetProperty("enforce_nonce").GetBoolean());
            Assert.Equal($"{DigestNonce.ForSlot(new(SampleIds.RumoursChannel, "rumours"), slot)}-0", body.GetProperty("nonce").GetString());
            var shown = bot.Server.GetMessages(SampleIds.RumoursChannel).Single();
            var embed = shown.Embeds[0];
            Assert.Equal(DigestPages.Title, embed.GetProperty("title").GetString());
            Assert.Contains("Igor Thiago: Brentford → Arsenal · 2 reports", embed.GetProperty("fields")[0].GetProperty("value").GetString());

            // The post is recorded when it arrives; the publisher marks the period covered once Discord has answered.
            await Eventually.TrueAsync(() => digests.Find(SampleIds.Guild)!.CoveredUntil > coveredBefore);

            // Members without Manage Server get the digest as their answer; nothing is posted to the channel.
            var member = await AnswerAsync(bot, Command("now"), SampleIds.Bob);
            Assert.Contains("Quiet one", member.GetProperty("embeds")[0].GetProperty("description").GetString());
            var off = await AnswerAsync(bot, Command("off"), SampleIds.Bob);
            Assert.Contains("needs the Manage Server permission", off.GetProperty("embeds")[0].GetProperty("description").GetString());
            Assert.Single(bot.Server.GetMessages(SampleIds.RumoursChannel));
        }

        await ConformanceCheck.AssertNoViolationsAsync(record);
    }

    [Fact]
    public async Task Two_servers_with_the_same_slot_both_get_their_digest()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var bot = await StartAsync(schedulerClock: clock, twoServers: true);
        await AnswerAsync(bot, Schedule(SampleIds.RumoursChannel, "0 9 * * *"));
        await AnswerAsync(bot, Schedule(OtherRumours, "0 9 * * *"), guild: OtherGuild, channel: OtherGeneral);
        Import(bot, ThiagoBid);
        var book = bot.Host.Services.GetRequiredService<DigestBook>();
        var slot = book.Find(SampleIds.Guild)!.NextSlot!.Value;
        Assert.Equal(slot, book.Find(OtherGuild)!.NextSlot);

        clock.SetUtcNow(slot);

        // Discord matches a nonce per sender: with one nonce for the slot, the second server was handed the first's message.
        bool Posted(ulong channel) => bot.Server.Requests.Any(r => r.Method == "POST" && r.Path.EndsWith($"/channels/{channel}/messages", StringComparison.Ordinal) && r.Status == 200);
        await Eventually.TrueAsync(() => Posted(SampleIds.RumoursChannel) && Posted(OtherRumours));
        var here = Assert.Single(bot.Server.GetMessages(SampleIds.RumoursChannel));
        var there = Assert.Single(bot.Server.GetMessages(OtherRumours));
        Assert.NotEqual(here.Id, there.Id);
        Assert.Equal(DigestPages.Title, there.Embeds[0].GetProperty("title").GetString());
        Assert.Contains("Igor Thiago", there.Embeds[0].GetRawText());
    }

    [Fact]
    public async Task A_deleted_channel_turns_the_schedule_off_and_digest_now_says_so_with_the_digest_as_its_answer()
    {
        await using var bot = await StartAsync();
        await AnswerAsync(bot, Schedule(SampleIds.PollsChannel, "0 18 * * 5"));
        Import(bot, ThiagoBid);
        await bot.Server.DeleteChannelAsync(SampleIds.PollsChannel);

        var answer = await AnswerAsync(bot, Command("now"));

        var description = answer.GetProperty("embeds")[0].GetProperty("description").GetString()!;
        Assert.StartsWith("Scheduled digests are off: \\#polls was deleted (", description);
        Assert.Contains("Igor Thiago", answer.GetProperty("embeds")[0].GetRawText());
        var schedule = bot.Host.Services.GetRequiredService<DigestBook>().Find(SampleIds.Guild)!;
        Assert.False(schedule.Enabled);
        Assert.Contains(bot.Server.Requests, r => r.Method == "POST" && r.Path.EndsWith($"/channels/{SampleIds.PollsChannel}/messages", StringComparison.Ordinal) && r.Status == 404);
        Assert.Contains("Digest schedule of guild", bot.LogText);

        var rescheduled = await AnswerAsync(bot, Schedule(SampleIds.RumoursChannel, "0 18 * * 5"));
        Assert.Contains("The earlier schedule had stopped: \\#polls was deleted", rescheduled.GetProperty("embeds")[0].GetProperty("description").GetString());
    }

    [Fact]
    public async Task Losing_permission_in_the_channel_turns_the_schedule_off()
    {
        await using var bot = await StartAsync();
        await AnswerAsync(bot, Schedule(SampleIds.RumoursChannel, "0 9 * * *"));
        bot.Server.DenyBotPermissions(SampleIds.RumoursChannel, ChannelPermissions.SendMessages);

        var answer = await AnswerAsync(bot, Command("now"));

        Assert.Contains("the bot may no longer post in \\#rumours (Missing Permissions)", answer.GetProperty("embeds")[0].GetProperty("description").GetString());
        Assert.False(bot.Host.Services.GetRequiredService<DigestBook>().Find(SampleIds.Guild)!.Enabled);
    }

    [Fact]
    public async Task A_digest_too_big_for_one_message_answers_in_follow_ups_that_each_fit()
    {
        await using var bot = await StartAsync(more: services => services.Configure<DigestOptions>(o => o.MaxItemsPerSection = 50));
        var changes = bot.Host.Services.GetRequiredService<RumourBot.Storage.RumourDatabase>().Collection<RumourChange>(LiteDbRumourStore.ChangesCollection);
        var now = DateTimeOffset.UtcNow;
        for (var i = 0; i < 50; i++)
        {
            changes.Insert(new RumourChange
            {
                RumourId = $"player {i}→club", ReportId = $"report-{i}", Player = $"Player_{i} *the* striker of the academy's second team, on loan all season", FromClub = "Borussia Dortmund", ToClub = "Napoli",
                At = now, Published = now, StatusAfter = MoveStatus.Talks,
                Fee = new Fee(30, "GBP", null, "a fee in the region of £30m plus add-ons, rising with appearances"),
            });
        }

        var interaction = await bot.Server.SendInteractionAsync(Command("now"), SampleIds.Bob, SampleIds.Guild, SampleIds.GeneralChannel);
        await interaction.WaitForResponseAsync(Patience);
        List<string> NewRumourLines() => interaction.FollowUps.ToList().Prepend(interaction.OriginalResponse!)
            .SelectMany(m => m.Embeds.EnumerateArray()).Where(e => e.TryGetProperty("fields", out _))
            .SelectMany(e => e.GetProperty("fields").EnumerateArray()).Where(f => f.GetProperty("name").GetString()!.Contains("New rumours", StringComparison.Ordinal))
            .SelectMany(f => f.GetProperty("value").GetString()!.Split('\n')).ToList();

        // Waits for the follow-ups to have carried all fifty lines, rather than for a guessed time.
        var lines = await Eventually.TrueAsync(NewRumourLines, seen => seen.Count >= 50);
        Assert.True(interaction.FollowUps.Count > 0, interaction.OriginalResponse?.Json.GetRawText() + "\n" + bot.LogText);
        Assert.Equal(50, lines.Count);
        Assert.DoesNotContain(bot.Server.Requests, r => r.Status >= 400);
    }
}
