using FakeDiscord.Model;
using Microsoft.Extensions.DependencyInjection;
using RumourBot.Discord.Tests.Support;

namespace RumourBot.Discord.Tests.Bot;

/// <summary>
/// The REST requests the bot makes in an end-to-end session, checked against Discord's official OpenAPI spec with
/// the conformance checker that sits beside the repository (../shared/tools/discord_conformance.py).
/// </summary>
public class ConformanceTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    [SkippableFact]
    public async Task Recorded_requests_pass_the_discord_conformance_checker()
    {
        var record = Path.Combine(Path.GetTempPath(), $"rumourbot-requests-{Guid.NewGuid():N}.jsonl");
        await using (var bot = await BotHarness.StartAsync(recordFile: record))
        {
            await bot.Server.WaitForRequestAsync(r => r.Method == "PUT" && r.Path.Contains("/commands", StringComparison.Ordinal), Patience);
            foreach (var data in new object[]
            {
                new { name = "help", type = 1 },
                new { name = "rumours", type = 1, options = new[] { new { name = "latest", type = 1, options = new[] { new { name = "count", type = 4, value = (object)2 } } } } },
                new { name = "rumours", type = 1, options = new[] { new { name = "about", type = 1, options = new[] { new { name = "player", type = 3, value = (object)"Dalot" } } } } },
                new { name = "rumours", type = 1, options = new[] { new { name = "about", type = 1, options = new[] { new { name = "player", type = 3, value = (object)"Nobody" } } } } },
                new { name = "poll", type = 1, options = new[] { new { name = "create", type = 1, options = new[] { new { name = "question", type = 3, value = (object)"Will Trent stay?" } } } } },
            })
            {
                var interaction = await bot.Server.SendInteractionAsync(data, SampleIds.Bob, SampleIds.Guild, SampleIds.RumoursChannel);
                await interaction.WaitForResponseAsync(Patience);
            }
            // A member votes, then changes their mind: the bot removes the earlier reaction.
            var pollMessage = await bot.Server.WaitForRequestAsync(r => r.Method == "PUT" && r.Path.Contains("/reactions/%E2%9D%8C/@me", StringComparison.Ordinal), Patience);
            var ids = pollMessage.Path.Split('/');
            var (channel, message) = (ulong.Parse(ids[4], System.Globalization.CultureInfo.InvariantCulture), ulong.Parse(ids[6], System.Globalization.CultureInfo.InvariantCulture));
            await bot.Server.AddReactionAsync(channel, message, "✅", SampleIds.Bob);
            var polls = bot.Host.Services.GetRequiredService<RumourBot.Polls.PollBook>();
            await Eventually.TrueAsync(() => polls.Votes(1).Any(v => v.VoterId == SampleIds.Bob && v.Emoji == "✅")); // counted before the change of mind
            await bot.Server.AddReactionAsync(channel, message, "❌", SampleIds.Bob);
            await bot.Server.WaitForRequestAsync(r => r.Method == "DELETE", Patience);
            // A restart recounts the poll from its reactions; closing it edits the message and posts the result.
            await bot.RestartAsync(whileAway: () => bot.Server.AddReactionAsync(channel, message, "✅", SampleIds.Carol));
            await bot.Server.WaitForRequestAsync(r => r.Method == "GET" && r.Path.Contains("/reactions/", StringComparison.Ordinal), Patience);
            var close = new { name = "poll", type = 1, options = new[] { new { name = "close", type = 1, options = new[] { new { name = "id", type = 4, value = (object)1 } } } } };
            await (await bot.Server.SendInteractionAsync(close, SampleIds.Bob, SampleIds.Guild, SampleIds.RumoursChannel)).WaitForResponseAsync(Patience);
            await bot.Server.WaitForRequestAsync(r => r.Method == "POST" && r.Path.EndsWith($"/channels/{channel}/messages", StringComparison.Ordinal), Patience);

            // A moderator settles a rumour, picked through autocomplete: the choices and the public answer are checked too.
            var typed = new[] { new { name = "rumour", type = 3, value = (object)"dalot", focused = true } };
            var autocomplete = await bot.Server.SendInteractionAsync(new FakeDiscord.Interactions.InteractionRequest(
                new { name = "settle", type = 1, options = typed })
                { Type = 4, UserId = SampleIds.Alice, GuildId = SampleIds.Guild, ChannelId = SampleIds.RumoursChannel });
            await autocomplete.WaitForResponseAsync(Patience);
            var settle = new
            {
                name = "settle",
                type = 1,
                options = new[] { new { name = "rumour", type = 3, value = "diogo dalot→real madrid" }, new { name = "outcome", type = 3, value = "stayed" } },
            };
            var settled = await bot.Server.SendInteractionAsync(settle, SampleIds.Alice, SampleIds.Guild, SampleIds.RumoursChannel);
            Assert.Equal(4, (await settled.WaitForResponseAsync(Patience)).Type);
        }

        var lines = File.ReadAllLines(record);
        Assert.True(lines.Length >= 6, $"only {lines.Length} requests were recorded");
        await ConformanceCheck.AssertNoViolationsAsync(record);
    }
}
