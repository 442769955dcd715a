using FakeDiscord.Model;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using RumourBot.Discord.Tests.Support;
using RumourBot.Polls;
using RumourBot.Storage;

namespace RumourBot.Discord.Tests.Bot;

/// <summary>
/// More of a poll's life on FakeDiscord over real sockets: multiple choice, emojis that are no answer, the same event
/// twice, and closing at the deadline on a fake clock, also when the deadline passed while the bot was down.
/// </summary>
public class PollLifecycleOnDiscordTests
{
    private static readonly TimeSpan Patience = Eventually.Patience;

    // The polls run on a fake clock; the gateway and REST clients keep real time for the sockets.
    private static Task<BotHarness> StartAsync(FakeTimeProvider clock) => BotHarness.StartAsync(services: services =>
    {
        services.AddSingleton(provider => new PollBook(provider.GetRequiredService<IPollStore>(), clock));
        services.AddSingleton(provider => new PollCloser(provider.GetRequiredService<PollBook>(), clock, provider.GetRequiredService<ILogger<PollCloser>>()));
    });

    private static async Task<Poll> CreateAsync(BotHarness bot, bool multiple = false)
    {
        await bot.Server.WaitForRequestAsync(r => r.Method == "PUT" && r.Path.Contains("/commands", StringComparison.Ordinal), Patience);
        var options = new List<object> { new { name = "question", type = 3, value = (object)"Will Trent stay?" } };
        if (multiple) options.Add(new { name = "multiple", type = 5, value = (object)true });
        var data = new { name = "poll", type = 1, options = new[] { new { name = "create", type = 1, options = options.ToArray() } } };
        await (await bot.Server.SendInteractionAsync(data, SampleIds.Alice, SampleIds.Guild, SampleIds.PollsChannel)).WaitForResponseAsync(Patience);
        var polls = bot.Host.Services.GetRequiredService<PollBook>();
        Poll? poll = null;
        await Eventually.TrueAsync(() => (poll = polls.Find(SampleIds.Guild, 1)) is { MessageId: not null }
            && bot.Server.GetMessage(poll.ChannelId!.Value, poll.MessageId!.Value)!.Reactions.Count == 2);
        return poll!;
    }

    private static PollBook Polls(BotHarness bot) => bot.Host.Services.GetRequiredService<PollBook>();

    [Fact]
    public async Task In_a_multiple_choice_poll_both_reactions_count_and_neither_is_removed()
    {
        await using var bot = await StartAsync(new FakeTimeProvider(DateTimeOffset.UtcNow));
        var poll = await CreateAsync(bot, multiple: true);
        var (channel, message) = (poll.ChannelId!.Value, poll.MessageId!.Value);

        await bot.Server.AddReactionAsync(channel, message, "✅", SampleIds.Bob);
        await bot.Server.AddReactionAsync(channel, message, "❌", SampleIds.Bob);

        await Eventually.TrueAsync(() => Polls(bot).Tally(poll).TotalVotes == 2);
        Assert.Equal(1, Polls(bot).Tally(poll).Voters);
        Assert.DoesNotContain(bot.Server.Requests, r => r.Method == "DELETE" && r.Path.EndsWith($"/{SampleIds.Bob}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_emoji_that_is_no_answer_and_the_same_event_twice_change_nothing()
    {
        await using var bot = await StartAsync(new FakeTimeProvider(DateTimeOffset.UtcNow));
        var poll = await CreateAsync(bot);
        var (channel, message) = (poll.ChannelId!.Value, poll.MessageId!.Value);
        var ids = (channel_id: channel.ToString(), message_id: message.ToString(), guild_id: SampleIds.Guild.ToString());
        var vote = new
        {
            user_id = SampleIds.Carol.ToString(), ids.channel_id, ids.message_id, ids.guild_id, burst = false, type = 0,
            emoji = new { id = (string?)null, name = "✅" },
        };

        await bot.Server.AddReactionAsync(channel, message, "🍌", SampleIds.Bob);
        await bot.Server.DispatchAsync("MESSAGE_REACTION_ADD", vote);
        await bot.Server.DispatchAsync("MESSAGE_REACTION_ADD", vote); // delivered again, as a replay would

        // A later, different vote as a marker: votes are counted in order, so once it is in, the replay was handled.
        await bot.Server.AddReactionAsync(channel, message, "❌", SampleIds.Bob);
        await Eventually.TrueAsync(() => Polls(bot).Tally(poll).Counts[1].Votes == 1);
        Assert.Equal([1, 1], Polls(bot).Tally(poll).Counts.Select(c => c.Votes));
    }

    [Fact]
    public async Task At_its_deadline_the_poll_closes_by_itself_shows_the_final_result_and_says_how_it_ended()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var bot = await StartAsync(clock);
        var poll = await CreateAsync(bot);
        var (channel, message) = (poll.ChannelId!.Value, poll.MessageId!.Value);
        await bot.Server.AddReactionAsync(channel, message, "❌", SampleIds.Bob);
        await Eventually.TrueAsync(() => Polls(bot).Tally(poll).TotalVotes == 1);

        clock.Advance(TimeSpan.FromHours(24) + PollCloser.Interval);

        var result = await bot.Server.WaitForRequestAsync(r => r.Method == "POST" && r.Path.EndsWith($"/channels/{channel}/messages", StringComparison.Ordinal), Patience);
        Assert.Contains("closed: ❌ No with 100% of 1 voters", result.Body!.Value.GetProperty("embeds")[0].GetProperty("title").GetString());
        await Eventually.TrueAsync(() => bot.Server.GetMessage(channel, message)!.Embeds[0].GetProperty("title").GetString()!.Contains("is closed", StringComparison.Ordinal));
        Assert.Equal(PollState.Closed, Polls(bot).Find(SampleIds.Guild, poll.Id)!.State);
    }

    [Fact]
    public async Task A_deadline_that_passed_while_the_bot_was_down_closes_the_poll_at_start_up()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var bot = await StartAsync(clock);
        var poll = await CreateAsync(bot);
        var (channel, message) = (poll.ChannelId!.Value, poll.MessageId!.Value);

        await bot.RestartAsync(whileAway: () =>
        {
            clock.Advance(TimeSpan.FromDays(2));
            return Task.CompletedTask;
        });

        var result = await bot.Server.WaitForRequestAsync(r => r.Method == "POST" && r.Path.EndsWith($"/channels/{channel}/messages", StringComparison.Ordinal), Patience);
        Assert.Contains("closed with no votes", result.Body!.Value.GetProperty("embeds")[0].GetProperty("title").GetString());
        var closed = Polls(bot).Find(SampleIds.Guild, poll.Id)!;
        Assert.Equal(PollState.Closed, closed.State);
        Assert.Equal(poll.ClosesAt, closed.ClosedAt); // closed at its deadline, not when noticed
    }

    [Fact]
    public async Task A_vote_cast_while_the_bot_was_down_before_the_deadline_counts_in_the_final_result()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var bot = await StartAsync(clock);
        var poll = await CreateAsync(bot);
        var (channel, message) = (poll.ChannelId!.Value, poll.MessageId!.Value);

        await bot.RestartAsync(whileAway: async () =>
        {
            await bot.Server.AddReactionAsync(channel, message, "❌", SampleIds.Bob); // no session hears it
            clock.Advance(TimeSpan.FromDays(2)); // and the deadline passes before the bot is back
        });

        var result = await bot.Server.WaitForRequestAsync(r => r.Method == "POST" && r.Path.EndsWith($"/channels/{channel}/messages", StringComparison.Ordinal), Patience);
        Assert.Contains("closed: ❌ No with 100% of 1 voters", result.Body!.Value.GetProperty("embeds")[0].GetProperty("title").GetString());
        var closed = Polls(bot).Find(SampleIds.Guild, poll.Id)!;
        Assert.Equal(PollState.Closed, closed.State);
        Assert.Equal(poll.ClosesAt, closed.ClosedAt);
        Assert.Equal(1, Polls(bot).Tally(closed).Voters);
    }
}
