using FakeDiscord.Interactions;
using FakeDiscord.Model;
using Microsoft.Extensions.DependencyInjection;
using RumourBot.Discord.Tests.Support;
using RumourBot.OnDiscord;
using RumourBot.Polls;
using RumourBot.Settling;

namespace RumourBot.Discord.Tests.Bot;

/// <summary>/settle on FakeDiscord: for moderators only (Discord's default and our own check), answered in public.</summary>
public class SettleOnDiscordTests
{
    private const string TrentRumour = "trent alexander-arnold→real madrid";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    private static async Task<BotHarness> StartAsync()
    {
        var bot = await BotHarness.StartAsync();
        await bot.Server.WaitForRequestAsync(r => r.Method == "PUT" && r.Path.Contains("/commands", StringComparison.Ordinal), Patience);
        return bot;
    }

    private static object SettleTransfer(string rumour, string outcome) => new
    {
        name = "settle",
        type = 1,
        options = new[] { new { name = "rumour", type = 3, value = rumour }, new { name = "outcome", type = 3, value = outcome } },
    };

    [Fact]
    public async Task Settle_is_registered_for_managers_with_fixed_outcomes_and_rumour_autocomplete()
    {
        await using var bot = await StartAsync();

        var settle = bot.Server.GetGuildCommands(SampleIds.Guild).Single(c => c.Name == "settle").Json;

        Assert.Equal("32", settle.GetProperty("default_member_permissions").GetString());
        var options = settle.GetProperty("options").EnumerateArray().ToDictionary(o => o.GetProperty("name").GetString()!);
        Assert.Equal(["rumour", "outcome", "club", "note", "correct"], options.Keys);
        var confirm = bot.Server.GetGuildCommands(SampleIds.Guild).Single(c => c.Name == "settle-poll").Json;
        Assert.Equal("32", confirm.GetProperty("default_member_permissions").GetString());
        Assert.Equal(["completed", "collapsed", "stayed", "elsewhere"], options["outcome"].GetProperty("choices").EnumerateArray().Select(c => c.GetProperty("value").GetString()));
        Assert.True(options["rumour"].GetProperty("autocomplete").GetBoolean());
    }

    [Fact]
    public async Task Autocomplete_offers_rumours_whose_value_settles_exactly_that_rumour()
    {
        await using var bot = await StartAsync();
        var data = new
        {
            name = "settle",
            type = 1,
            options = new[] { new { name = "rumour", type = 3, value = "trent", focused = true } },
        };

        var interaction = await bot.Server.SendInteractionAsync(new InteractionRequest(data) { Type = 4, UserId = SampleIds.Alice, GuildId = SampleIds.Guild, ChannelId = SampleIds.RumoursChannel });
        var callback = await interaction.WaitForResponseAsync(Patience);

        Assert.Equal(8, callback.Type);
        var choice = Assert.Single(callback.Data!.Value.GetProperty("choices").EnumerateArray());
        Assert.Equal("Trent Alexander-Arnold: Liverpool → Real Madrid", choice.GetProperty("name").GetString());
        Assert.Equal(TrentRumour, choice.GetProperty("value").GetString());
    }

    [Fact]
    public async Task A_moderator_settles_in_public_closing_the_poll_and_a_member_is_refused_in_private()
    {
        await using var bot = await StartAsync();
        var polls = bot.Host.Services.GetRequiredService<PollBook>();
        var settlements = bot.Host.Services.GetRequiredService<SettlementBook>();
        var create = new
        {
            name = "poll",
            type = 1,
            options = new[]
            {
                new { name = "create", type = 1, options = new[] { new { name = "question", type = 3, value = "Will Trent stay?" }, new { name = "rumour", type = 3, value = "Trent" } } },
            },
        };
        await (await bot.Server.SendInteractionAsync(create, SampleIds.Alice, SampleIds.Guild, SampleIds.PollsChannel)).WaitForResponseAsync(Patience);
        Poll? poll = null;
        await Eventually.TrueAsync(() => (poll = polls.Find(SampleIds.Guild, 1)) is { MessageId: not null });
        await Eventually.TrueAsync(() => bot.Server.GetMessage(poll!.ChannelId!.Value, poll.MessageId!.Value)!.Reactions.Count == 2);
        await bot.Server.AddReactionAsync(poll!.ChannelId!.Value, poll.MessageId!.Value, "❌", SampleIds.Bob);
        await Eventually.TrueAsync(() => polls.Tally(poll).TotalVotes == 1);

        var refused = await bot.Server.SendInteractionAsync(SettleTransfer(TrentRumour, "completed"), SampleIds.Bob, SampleIds.Guild, SampleIds.RumoursChannel);
        var no = (await refused.WaitForResponseAsync(Patience)).Data!.Value;
        Assert.Equal(64, no.GetProperty("flags").GetInt32());
        Assert.Contains("Manage Server", no.GetProperty("embeds")[0].GetProperty("description").GetString());
        Assert.Null(settlements.Find(SampleIds.Guild, TrentRumour));

        var settled = await bot.Server.SendInteractionAsync(SettleTransfer(TrentRumour, "completed"), SampleIds.Alice, SampleIds.Guild, SampleIds.RumoursChannel);
        var callback = await settled.WaitForResponseAsync(Patience);

        Assert.Equal(4, callback.Type);
        var yes = callback.Data!.Value;
        Assert.False(yes.TryGetProperty("flags", out var flags) && (flags.GetInt32() & 64) != 0, "the settlement is posted for everyone");
        Assert.Equal(0, yes.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
        var embed = yes.GetProperty("embeds")[0];
        Assert.Equal("Settled: Trent Alexander-Arnold joined Real Madrid", embed.GetProperty("title").GetString());
        var field = embed.GetProperty("fields")[0];
        Assert.Equal("Poll \\#1: Will Trent stay?", field.GetProperty("name").GetString()); // "#" escaped, as all text is
        Assert.Contains("100% of 1 voter said “No”; he joined Real Madrid.", field.GetProperty("value").GetString());
        Assert.Contains("1 of 1 voter called it right.", field.GetProperty("value").GetString());
        Assert.NotNull(settled.OriginalResponse);
        Assert.Equal(PollState.Closed, polls.Find(SampleIds.Guild, 1)!.State);
        Assert.Equal(SampleIds.Alice, settlements.Find(SampleIds.Guild, TrentRumour)!.SettledById);
        // The poll's own message shows its final result, as at any close.
        await Eventually.TrueAsync(() => bot.Server.GetMessage(poll.ChannelId!.Value, poll.MessageId!.Value)!.Embeds[0].GetProperty("title").GetString()!.Contains("is closed", StringComparison.Ordinal));
        // No live tally edit is still pending or in flight: the close was the poll message's last word.
        await Eventually.TrueAsync(() => bot.Host.Services.GetRequiredService<PollMessages>().TrackedPollCount == 0);
        Assert.Contains("is closed", bot.Server.GetMessage(poll.ChannelId!.Value, poll.MessageId!.Value)!.Embeds[0].GetProperty("title").GetString());

        // Bob has one settled prediction: below the default minimum of 3, on the board with min:1.
        var board = new { name = "leaderboard", type = 1, options = new[] { new { name = "fans", type = 1, options = Array.Empty<object>() } } };
        var few = (await (await bot.Server.SendInteractionAsync(board, SampleIds.Carol, SampleIds.Guild, SampleIds.RumoursChannel)).WaitForResponseAsync(Patience)).Data!.Value;
        Assert.Contains("Nobody here has 3 settled predictions yet", few.GetProperty("embeds")[0].GetProperty("description").GetString());
        var boardMin1 = new { name = "leaderboard", type = 1, options = new[] { new { name = "fans", type = 1, options = new object[] { new { name = "min", type = 4, value = 1 } } } } };
        var one = (await (await bot.Server.SendInteractionAsync(boardMin1, SampleIds.Carol, SampleIds.Guild, SampleIds.RumoursChannel)).WaitForResponseAsync(Patience)).Data!.Value;
        Assert.Contains("1 of 1 right", one.GetProperty("embeds")[0].GetProperty("description").GetString());
    }
}
