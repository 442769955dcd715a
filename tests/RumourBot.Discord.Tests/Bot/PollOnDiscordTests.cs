using FakeDiscord.Model;
using Microsoft.Extensions.DependencyInjection;
using RumourBot.Discord.Tests.Support;
using RumourBot.Polls;

namespace RumourBot.Discord.Tests.Bot;

/// <summary>A poll on FakeDiscord: its message gets the answer reactions, and members' reactions are votes.</summary>
public class PollOnDiscordTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    private static async Task<(BotHarness Bot, Poll Poll)> OpenPollAsync(string options = "", TimeSpan? editInterval = null, string? recordFile = null)
    {
        var bot = await BotHarness.StartAsync(pollEditInterval: editInterval, recordFile: recordFile);
        await bot.Server.WaitForRequestAsync(r => r.Method == "PUT" && r.Path.Contains("/commands", StringComparison.Ordinal), Patience);
        var extra = options.Length == 0 ? [] : new[] { new { name = "options", type = 3, value = (object)options } };
        var data = new
        {
            name = "poll",
            type = 1,
            options = new[] { new { name = "create", type = 1, options = extra.Prepend(new { name = "question", type = 3, value = (object)"Will Trent stay?" }).ToArray() } },
        };
        var interaction = await bot.Server.SendInteractionAsync(data, SampleIds.Alice, SampleIds.Guild, SampleIds.PollsChannel);
        await interaction.WaitForResponseAsync(Patience);
        var polls = bot.Host.Services.GetRequiredService<PollBook>();
        var deadline = DateTime.UtcNow + Patience;
        Poll? poll;
        while ((poll = polls.Find(SampleIds.Guild, 1)) is not { MessageId: not null } && DateTime.UtcNow < deadline) await Task.Delay(20);
        return (bot, poll ?? throw new TimeoutException("the poll never learnt its message"));
    }

    [Fact]
    public async Task The_poll_message_gets_its_answer_reactions_in_order()
    {
        var (bot, poll) = await OpenPollAsync("Stays | Real Madrid | Elsewhere");
        await using var _ = bot;

        await Eventually.TrueAsync(() => bot.Server.GetMessage(poll.ChannelId!.Value, poll.MessageId!.Value)!.Reactions.Count == 3);

        var reactions = bot.Server.GetMessage(poll.ChannelId!.Value, poll.MessageId!.Value)!.Reactions;
        Assert.Equal(["1️⃣", "2️⃣", "3️⃣"], reactions.Select(r => r.Emoji));
        Assert.All(reactions, r => Assert.True(r.Me));
    }

    [Fact]
    public async Task Reactions_are_votes_a_second_one_moves_the_vote_and_the_bots_own_do_not_count()
    {
        var (bot, poll) = await OpenPollAsync();
        await using var _ = bot;
        var polls = bot.Host.Services.GetRequiredService<PollBook>();
        var (channel, message) = (poll.ChannelId!.Value, poll.MessageId!.Value);
        await Eventually.TrueAsync(() => bot.Server.GetMessage(channel, message)!.Reactions.Count == 2);

        await bot.Server.AddReactionAsync(channel, message, "✅", SampleIds.Bob);
        await bot.Server.AddReactionAsync(channel, message, "✅", SampleIds.Carol);
        await Eventually.TrueAsync(() => polls.Tally(poll).TotalVotes == 2);
        await bot.Server.AddReactionAsync(channel, message, "❌", SampleIds.Bob);

        await Eventually.TrueAsync(() => polls.Tally(poll).Counts[1].Votes == 1);
        await bot.Server.WaitForRequestAsync(r => r.Method == "DELETE" && r.Path.EndsWith($"/reactions/%E2%9C%85/{SampleIds.Bob}", StringComparison.Ordinal), Patience);
        var tally = polls.Tally(poll);
        Assert.Equal([1, 1], tally.Counts.Select(c => c.Votes)); // Carol ✅, Bob ❌; the bot's ✅ and ❌ are not votes
        await Eventually.TrueAsync(() => !bot.Server.GetMessage(channel, message)!.Reactions.Single(r => r.Emoji == "✅").UserIds.Contains(SampleIds.Bob));
        Assert.Contains(bot.Server.Requests, r => r.Method == "DELETE" && r.Status == 204);
    }

    [Fact]
    public async Task A_burst_of_votes_makes_one_coalesced_edit_showing_the_tally()
    {
        // A long window, so the three votes land in one however slow the machine; the edit waits for the window.
        var (bot, poll) = await OpenPollAsync(editInterval: TimeSpan.FromSeconds(5));
        await using var _ = bot;
        var polls = bot.Host.Services.GetRequiredService<PollBook>();
        var (channel, message) = (poll.ChannelId!.Value, poll.MessageId!.Value);
        var editsBefore = bot.Server.Requests.Count(r => r.Method == "PATCH" && r.Path.EndsWith($"/messages/{message}", StringComparison.Ordinal));

        await bot.Server.AddReactionAsync(channel, message, "✅", SampleIds.Bob);
        await bot.Server.AddReactionAsync(channel, message, "✅", SampleIds.Carol);
        await bot.Server.AddReactionAsync(channel, message, "❌", SampleIds.Alice);
        await Eventually.TrueAsync(() => polls.Tally(poll).TotalVotes == 3);
        var edit = await bot.Server.WaitForRequestAsync(r => r.Method == "PATCH" && r.Path.EndsWith($"/messages/{message}", StringComparison.Ordinal), Patience);

        // The bound that matters: the first edit already carries all three votes, and none came before it.
        // A later edit needs a later vote and another whole window, so counting now cannot race.
        var edits = bot.Server.Requests.Count(r => r.Method == "PATCH" && r.Path.EndsWith($"/messages/{message}", StringComparison.Ordinal)) - editsBefore;
        Assert.Equal(1, edits);
        var shown = edit.Body!.Value.GetProperty("embeds")[0].GetProperty("description").GetString();
        Assert.Contains("67%", shown);
        Assert.Contains("(2)", shown);
        Assert.Equal(0, edit.Body!.Value.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
    }

    [Fact]
    public async Task A_thousand_votes_in_two_seconds_make_only_a_few_edits_and_the_last_shows_them_all()
    {
        var (bot, poll) = await OpenPollAsync(editInterval: TimeSpan.FromSeconds(1));
        await using var _ = bot;
        var polls = bot.Host.Services.GetRequiredService<PollBook>();
        var (channel, message) = (poll.ChannelId!.Value, poll.MessageId!.Value);
        bool IsEdit(FakeDiscord.Rest.RecordedRequest r) => r.Method == "PATCH" && r.Path.EndsWith($"/messages/{message}", StringComparison.Ordinal);
        var editsBefore = bot.Server.Requests.Count(IsEdit);

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var reactions = new List<Task>();
        for (var i = 0; i < 1000; i++)
        {
            reactions.Add(bot.Server.AddReactionAsync(channel, message, i % 4 == 0 ? "❌" : "✅", 700_000_000_000_000_000UL + (ulong)i));
            if (i % 100 == 99) await Task.Delay(TimeSpan.FromMilliseconds(200)); // ten waves over two seconds
        }
        await Task.WhenAll(reactions);
        var burst = clock.Elapsed; // about two seconds, more on a busy machine
        await Eventually.TrueAsync(() => polls.Tally(poll).TotalVotes == 1000);
        await Eventually.TrueAsync(
            () => bot.Server.GetMessage(channel, message)!.Embeds[0].GetProperty("description").GetString()!,
            shown => shown.Contains("(750)", StringComparison.Ordinal));

        // Counted once the edit showing every vote has landed: a vote-by-vote editor would be far past the bound by now.
        var edits = bot.Server.Requests.Count(IsEdit) - editsBefore;
        Assert.InRange(edits, 1, 2 + (int)Math.Ceiling(burst.TotalSeconds)); // at most one a second while it lasts, plus the last
        Assert.Contains("(250)", bot.Server.GetMessage(channel, message)!.Embeds[0].GetProperty("description").GetString());
        Assert.Equal(0, bot.Server.TooManyRequestsCount);
    }

    [Fact]
    public async Task Closing_shows_the_final_result_and_posts_how_it_ended()
    {
        var (bot, poll) = await OpenPollAsync();
        await using var _ = bot;
        var polls = bot.Host.Services.GetRequiredService<PollBook>();
        var (channel, message) = (poll.ChannelId!.Value, poll.MessageId!.Value);
        await bot.Server.AddReactionAsync(channel, message, "❌", SampleIds.Bob);
        await Eventually.TrueAsync(() => polls.Tally(poll).TotalVotes == 1);

        var close = new
        {
            name = "poll",
            type = 1,
            options = new[] { new { name = "close", type = 1, options = new[] { new { name = "id", type = 4, value = (object)poll.Id } } } },
        };
        await (await bot.Server.SendInteractionAsync(close, SampleIds.Alice, SampleIds.Guild, SampleIds.PollsChannel)).WaitForResponseAsync(Patience);

        var result = await bot.Server.WaitForRequestAsync(r => r.Method == "POST" && r.Path.EndsWith($"/channels/{channel}/messages", StringComparison.Ordinal), Patience);
        Assert.Contains("closed: ❌ No with 100% of 1 voters", result.Body!.Value.GetProperty("embeds")[0].GetProperty("title").GetString());
        await Eventually.TrueAsync(() => bot.Server.GetMessage(channel, message)!.Embeds[0].GetProperty("title").GetString()!.Contains("is closed", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task Cleared_reactions_take_their_votes_and_a_deleted_message_cancels_the_poll()
    {
        var record = Path.Combine(Path.GetTempPath(), $"rumourbot-requests-{Guid.NewGuid():N}.jsonl");
        var (bot, poll) = await OpenPollAsync(recordFile: record);
        await using var _ = bot;
        var polls = bot.Host.Services.GetRequiredService<PollBook>();
        var (channel, message) = (poll.ChannelId!.Value, poll.MessageId!.Value);
        await bot.Server.AddReactionAsync(channel, message, "✅", SampleIds.Bob);
        await bot.Server.AddReactionAsync(channel, message, "❌", SampleIds.Carol);
        await Eventually.TrueAsync(() => polls.Tally(poll).TotalVotes == 2);

        // What moderators do, and what Discord then sends (each inside the bot's intents).
        await bot.Server.ClearReactionsAsync(channel, message, "✅");
        await Eventually.TrueAsync(() => polls.Tally(poll).TotalVotes == 1);
        await bot.Server.ClearReactionsAsync(channel, message);
        await Eventually.TrueAsync(() => polls.Tally(poll).TotalVotes == 0);
        await bot.Server.DeleteMessageAsync(channel, message);

        await Eventually.TrueAsync(() => polls.Find(SampleIds.Guild, poll.Id)!.State == PollState.Cancelled);
        await bot.DisposeAsync();
        await ConformanceCheck.AssertNoViolationsAsync(record);
    }

    [Fact]
    public async Task Taking_a_reaction_back_takes_the_vote_back()
    {
        var (bot, poll) = await OpenPollAsync();
        await using var _ = bot;
        var polls = bot.Host.Services.GetRequiredService<PollBook>();
        var (channel, message) = (poll.ChannelId!.Value, poll.MessageId!.Value);
        await bot.Server.AddReactionAsync(channel, message, "✅", SampleIds.Bob);
        await Eventually.TrueAsync(() => polls.Tally(poll).TotalVotes == 1);

        await bot.Server.RemoveReactionAsync(channel, message, "✅", SampleIds.Bob);

        await Eventually.TrueAsync(() => polls.Tally(poll).TotalVotes == 0);
    }

    [SkippableFact]
    public async Task A_poll_whose_message_a_moderator_deletes_ends_at_once_and_its_results_say_so()
    {
        var record = Path.Combine(Path.GetTempPath(), $"rumourbot-requests-{Guid.NewGuid():N}.jsonl");
        var (bot, poll) = await OpenPollAsync(recordFile: record);
        await using var _ = bot;
        var polls = bot.Host.Services.GetRequiredService<PollBook>();
        var (channel, message) = (poll.ChannelId!.Value, poll.MessageId!.Value);
        await bot.Server.AddReactionAsync(channel, message, "✅", SampleIds.Bob);
        await Eventually.TrueAsync(() => polls.Tally(poll).TotalVotes == 1);

        await bot.Server.DeleteMessageAsync(channel, message);

        await Eventually.TrueAsync(() => polls.Find(SampleIds.Guild, poll.Id)!.State == PollState.Cancelled);
        var results = new
        {
            name = "poll",
            type = 1,
            options = new[] { new { name = "results", type = 1, options = new[] { new { name = "id", type = 4, value = (object)poll.Id } } } },
        };
        var answer = await (await bot.Server.SendInteractionAsync(results, SampleIds.Carol, SampleIds.Guild, SampleIds.PollsChannel)).WaitForResponseAsync(Patience);
        var embed = answer.Data!.Value.GetProperty("embeds")[0];
        Assert.Contains("its message was deleted", embed.GetProperty("footer").GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, bot.Server.IdentifyCount); // ended by MESSAGE_DELETE, not by a recount after a new READY
        Assert.Equal(0, bot.Server.ResumeCount);
        Assert.Empty(bot.Server.DroppedDispatches);
        Assert.Equal(1537, bot.Server.CurrentSession!.Intents); // GUILDS | GUILD_MESSAGES | GUILD_MESSAGE_REACTIONS, nothing privileged
        await bot.DisposeAsync();
        await ConformanceCheck.AssertNoViolationsAsync(record);
    }

    [SkippableFact]
    public async Task A_poll_whose_channel_a_moderator_deletes_ends_at_once()
    {
        var record = Path.Combine(Path.GetTempPath(), $"rumourbot-requests-{Guid.NewGuid():N}.jsonl");
        var (bot, poll) = await OpenPollAsync(recordFile: record);
        await using var _ = bot;
        var polls = bot.Host.Services.GetRequiredService<PollBook>();
        await bot.Server.AddReactionAsync(poll.ChannelId!.Value, poll.MessageId!.Value, "✅", SampleIds.Bob);
        await Eventually.TrueAsync(() => polls.Tally(poll).TotalVotes == 1);

        await bot.Server.DeleteChannelAsync(poll.ChannelId!.Value);

        await Eventually.TrueAsync(() => polls.Find(SampleIds.Guild, poll.Id)!.State == PollState.Cancelled);
        Assert.Empty(polls.OpenInGuild(SampleIds.Guild));
        Assert.Equal(1, bot.Server.IdentifyCount); // ended by CHANNEL_DELETE, not by a recount after a new READY
        await bot.DisposeAsync();
        await ConformanceCheck.AssertNoViolationsAsync(record);
    }
}
