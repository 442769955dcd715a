using FakeDiscord.Model;
using Microsoft.Extensions.DependencyInjection;
using RumourBot.Charts;
using RumourBot.Commands;
using RumourBot.Discord.Tests.Support;
using RumourBot.Replies;

namespace RumourBot.Discord.Tests.Bot;

/// <summary>
/// Pictures in every kind of answer: /rumours about answers at once with the player's timeline chart; a slow answer
/// is deferred, then edited in with its picture, and its follow-up carries one too.
/// </summary>
public class TimelineChartOnDiscordTests
{
    private static readonly TimeSpan Patience = Eventually.Patience;

    [Fact]
    public async Task The_timeline_answer_carries_the_players_chart()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.Server.WaitForRequestAsync(r => r.Method == "PUT" && r.Path.Contains("/commands", StringComparison.Ordinal), Patience);
        var about = new { name = "rumours", type = 1, options = new[] { new { name = "about", type = 1, options = new[] { new { name = "player", type = 3, value = (object)"Trent" } } } } };

        var interaction = await bot.Server.SendInteractionAsync(about, SampleIds.Bob, SampleIds.Guild, SampleIds.RumoursChannel);
        await interaction.WaitForResponseAsync(Patience);

        var callback = await bot.Server.WaitForRequestAsync(r => r.Path.Contains("/callback", StringComparison.Ordinal), Patience);
        Assert.Equal("timeline-trent-alexander-arnold.png", Assert.Single(callback.Files).FileName);
        var answer = interaction.OriginalResponse!;
        Assert.Equal(1, answer.Json.GetProperty("attachments").GetArrayLength());
        Assert.StartsWith($"http://127.0.0.1:{bot.Server.Port}/attachments/", answer.Embeds[0].GetProperty("image").GetProperty("url").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_deferred_answer_is_edited_in_with_its_picture_and_its_follow_up_carries_one()
    {
        await using var bot = await BotHarness.StartAsync(deferAfter: TimeSpan.FromMilliseconds(100), services: s => s.AddSingleton<ICommandModule, SlowChartModule>());
        await bot.Server.WaitForRequestAsync(r => r.Method == "PUT" && r.Path.Contains("/commands", StringComparison.Ordinal), Patience);

        var interaction = await bot.Server.SendInteractionAsync(new { name = "slowchart", type = 1 }, SampleIds.Bob, SampleIds.Guild, SampleIds.RumoursChannel);

        var edit = await bot.Server.WaitForRequestAsync(r => r.Method == "PATCH" && r.Path.EndsWith("/messages/@original", StringComparison.Ordinal), Patience);
        Assert.Equal("first.png", Assert.Single(edit.Files).FileName);
        var followUp = await bot.Server.WaitForRequestAsync(r => r.Method == "POST" && r.Path.Contains("/webhooks/", StringComparison.Ordinal), Patience);
        Assert.Equal("second.png", Assert.Single(followUp.Files).FileName);
        Assert.Equal("attachment://second.png", followUp.Body!.Value.GetProperty("embeds")[0].GetProperty("image").GetProperty("url").GetString());
        await Eventually.TrueAsync(() => interaction.OriginalResponse is { } answer && answer.Json.GetProperty("attachments").GetArrayLength() == 1
            && interaction.FollowUps.Count == 1);
    }

    public sealed class SlowChartModule : ICommandModule
    {
        private static ReplyImage Picture(string name)
        {
            var chart = CalibrationChart.Render(new CalibrationChartData(1, 1, CalibrationChartData.Band([(0.8, true)])), name);
            return new ReplyImage(chart.FileName, chart.Png, chart.Description);
        }

        public IEnumerable<CommandDefinition> Commands =>
        [
            new("slowchart", null, "Takes its time, then shows pictures", [], async (_, cancellationToken) =>
            {
                await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken);
                return new Reply("Finally", "Worth the wait")
                {
                    Image = Picture("first.png"),
                    FollowUps = [new Reply("And another") { Image = Picture("second.png") }],
                };
            }),
        ];
    }
}
