using FakeDiscord.Model;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RumourBot.Discord.Rest;
using RumourBot.Discord.Tests.Support;
using RumourBot.OnDiscord;
using RumourBot.Polls;

namespace RumourBot.Discord.Tests.Bot;

/// <summary>The whole bot staying inside Discord's invalid-request limit when a channel refuses it.</summary>
public class InvalidRequestsOnDiscordTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    [SkippableFact]
    public async Task Members_moving_votes_where_the_bot_lacks_Manage_Messages_cause_one_403_not_a_storm()
    {
        var record = Path.Combine(Path.GetTempPath(), $"rumourbot-requests-{Guid.NewGuid():N}.jsonl");
        var noManageMessages = new MissingManageMessages(SampleIds.PollsChannel);
        await using (var bot = await BotHarness.StartAsync(recordFile: record,
            services: s =>
            {
                s.AddHttpClient(DiscordOptions.RestHttpClientName).AddHttpMessageHandler(() => noManageMessages);
                s.AddLogging(logging => logging.AddFilter(typeof(PollReactions).FullName, LogLevel.Debug)); // the bot says (at Debug) what it withheld
            }))
        {
            await bot.Server.WaitForRequestAsync(r => r.Method == "PUT" && r.Path.Contains("/commands", StringComparison.Ordinal), Patience);
            var create = new
            {
                name = "poll",
                type = 1,
                options = new[] { new { name = "create", type = 1, options = new[]
                {
                    new { name = "question", type = 3, value = "Where does Trent go?" },
                    new { name = "options", type = 3, value = "Real Madrid | Liverpool | Chelsea | Elsewhere" },
                } } },
            };
            await (await bot.Server.SendInteractionAsync(create, SampleIds.Alice, SampleIds.Guild, SampleIds.PollsChannel)).WaitForResponseAsync(Patience);
            var polls = bot.Host.Services.GetRequiredService<PollBook>();
            await Eventually.TrueAsync(() => polls.Find(SampleIds.Guild, 1) is { MessageId: not null });
            var poll = polls.Find(SampleIds.Guild, 1)!;
            var (channel, message) = (poll.ChannelId!.Value, poll.MessageId!.Value);
            await Eventually.TrueAsync(() => bot.Server.GetMessage(channel, message)!.Reactions.Count == 4);

            // Three members change their minds three times each: nine moved votes, each of which would remove a reaction.
            string[] answers = ["1️⃣", "2️⃣", "3️⃣", "4️⃣"];
            ulong[] members = [SampleIds.Alice, SampleIds.Bob, SampleIds.Carol];
            foreach (var member in members) await bot.Server.AddReactionAsync(channel, message, answers[0], member);
            await Eventually.TrueAsync(() => polls.Tally(poll).TotalVotes == 3);
            for (var move = 1; move < answers.Length; move++)
            {
                foreach (var member in members) await bot.Server.AddReactionAsync(channel, message, answers[move], member);
                var expected = move;
                await Eventually.TrueAsync(() => polls.Tally(poll).Counts[expected].Votes == 3);
            }

            // Every move was handled: the first removal met 403 50013, the other eight were never sent.
            await Eventually.TrueAsync(() => bot.LogText.Split("Not removing a moved vote's earlier reaction").Length - 1 == 8);
            Assert.Equal(1, noManageMessages.Refused);
            var rest = bot.Host.Services.GetRequiredService<DiscordRestClient>();
            Assert.Equal(1, rest.InvalidRequests.Count);
            Assert.Equal([0, 0, 0, 3], polls.Tally(poll).Counts.Select(c => c.Votes)); // the votes moved all the same
        }
        await ConformanceCheck.AssertNoViolationsAsync(record);
    }

    [Fact]
    public async Task A_closed_poll_leaves_nothing_behind_in_the_message_updater()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.Server.WaitForRequestAsync(r => r.Method == "PUT" && r.Path.Contains("/commands", StringComparison.Ordinal), Patience);
        var create = new { name = "poll", type = 1, options = new[] { new { name = "create", type = 1, options = new[] { new { name = "question", type = 3, value = "Will Trent stay?" } } } } };
        await (await bot.Server.SendInteractionAsync(create, SampleIds.Alice, SampleIds.Guild, SampleIds.PollsChannel)).WaitForResponseAsync(Patience);
        var polls = bot.Host.Services.GetRequiredService<PollBook>();
        var updater = bot.Host.Services.GetRequiredService<PollMessages>();
        await Eventually.TrueAsync(() => polls.Find(SampleIds.Guild, 1) is { MessageId: not null });
        var poll = polls.Find(SampleIds.Guild, 1)!;
        var (channel, message) = (poll.ChannelId!.Value, poll.MessageId!.Value);
        await Eventually.TrueAsync(() => bot.Server.GetMessage(channel, message)!.Reactions.Count == 2);

        await bot.Server.AddReactionAsync(channel, message, "✅", SampleIds.Bob);
        await bot.Server.WaitForRequestAsync(r => r.Method == "PATCH" && r.Path.EndsWith($"/messages/{message}", StringComparison.Ordinal), Patience); // a live edit
        Assert.True(updater.TrackedPollCount >= 1);
        var close = new { name = "poll", type = 1, options = new[] { new { name = "close", type = 1, options = new[] { new { name = "id", type = 4, value = 1 } } } } };
        await (await bot.Server.SendInteractionAsync(close, SampleIds.Alice, SampleIds.Guild, SampleIds.PollsChannel)).WaitForResponseAsync(Patience);

        await bot.Server.WaitForRequestAsync(r => r.Method == "POST" && r.Path.EndsWith($"/channels/{channel}/messages", StringComparison.Ordinal), Patience); // the result
        await Eventually.TrueAsync(() => updater.TrackedPollCount == 0);
    }
}
