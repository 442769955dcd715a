using FakeDiscord.Model;
using Microsoft.Extensions.DependencyInjection;
using RumourBot.Discord.Tests.Support;
using RumourBot.Polls;

namespace RumourBot.Discord.Tests.Bot;

/// <summary>Votes cast while the bot is away are recounted from the poll message's reactions when it comes back.</summary>
public class PollRecountOnDiscordTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private static async Task<(BotHarness Bot, Poll Poll)> OpenPollAsync()
    {
        var bot = await BotHarness.StartAsync();
        await bot.Server.WaitForRequestAsync(r => r.Method == "PUT" && r.Path.Contains("/commands", StringComparison.Ordinal), Patience);
        var data = new
        {
            name = "poll",
            type = 1,
            options = new[] { new { name = "create", type = 1, options = new[] { new { name = "question", type = 3, value = "Will Trent stay?" } } } },
        };
        await (await bot.Server.SendInteractionAsync(data, SampleIds.Alice, SampleIds.Guild, SampleIds.PollsChannel)).WaitForResponseAsync(Patience);
        Poll? poll = null;
        await Eventually.TrueAsync(() => (poll = Polls(bot).Find(SampleIds.Guild, 1)) is { MessageId: not null }
            && bot.Server.GetMessage(poll.ChannelId!.Value, poll.MessageId!.Value)!.Reactions.Count == 2);
        return (bot, poll!);
    }

    private static PollBook Polls(BotHarness bot) => bot.Host.Services.GetRequiredService<PollBook>();

    [Fact]
    public async Task Two_hundred_and_fifty_votes_cast_while_the_bot_was_away_are_read_back_page_by_page()
    {
        var (bot, poll) = await OpenPollAsync();
        await using var _ = bot;
        var (channel, message) = (poll.ChannelId!.Value, poll.MessageId!.Value);
        await bot.Server.AddReactionAsync(channel, message, "❌", SampleIds.Bob);
        await Eventually.TrueAsync(() => Polls(bot).Tally(poll).TotalVotes == 1);

        await bot.RestartAsync(whileAway: async () =>
        {
            for (ulong voter = 0; voter < 250; voter++) await bot.Server.AddReactionAsync(channel, message, "✅", 900_000_000_000_000_000 + voter);
            await bot.Server.RemoveReactionAsync(channel, message, "❌", SampleIds.Bob);
        });

        await Eventually.TrueAsync(() => Polls(bot).Tally(poll).TotalVotes == 250);
        Assert.Equal([250, 0], Polls(bot).Tally(poll).Counts.Select(c => c.Votes));
        var pages = bot.Server.Requests.Where(r => r.Method == "GET" && r.Path.Contains($"/messages/{message}/reactions/%E2%9C%85", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, pages.Count); // 100 + 100 + 51 (the bot's own ✅ is on the message too)
        Assert.All(pages, page => Assert.Equal(200, page.Status));
        // The summary is logged once every poll is done, a moment after the votes it counts are in.
        await Eventually.TrueAsync(() => bot.LogText.Contains("Recounted 1 open polls from their reactions: 250 votes added, 1 removed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_member_on_two_answers_after_time_away_keeps_the_newer_one_and_the_other_reaction_goes()
    {
        var (bot, poll) = await OpenPollAsync();
        await using var _ = bot;
        var (channel, message) = (poll.ChannelId!.Value, poll.MessageId!.Value);
        await bot.Server.AddReactionAsync(channel, message, "✅", SampleIds.Bob);
        await Eventually.TrueAsync(() => Polls(bot).Tally(poll).TotalVotes == 1);

        await bot.RestartAsync(whileAway: () => bot.Server.AddReactionAsync(channel, message, "❌", SampleIds.Bob));

        await Eventually.TrueAsync(() => Polls(bot).Tally(poll).Counts[1].Votes == 1);
        Assert.Equal(1, Polls(bot).Tally(poll).TotalVotes);
        await Eventually.TrueAsync(() => !bot.Server.GetMessage(channel, message)!.Reactions.Single(r => r.Emoji == "✅").UserIds.Contains(SampleIds.Bob));
    }

    [Fact]
    public async Task A_poll_message_deleted_while_the_bot_was_away_cancels_the_poll()
    {
        var (bot, poll) = await OpenPollAsync();
        await using var _ = bot;

        await bot.RestartAsync(whileAway: () => bot.Server.DeleteMessageAsync(poll.ChannelId!.Value, poll.MessageId!.Value));

        await Eventually.TrueAsync(() => Polls(bot).Find(SampleIds.Guild, poll.Id)!.State == PollState.Cancelled);
    }
}
