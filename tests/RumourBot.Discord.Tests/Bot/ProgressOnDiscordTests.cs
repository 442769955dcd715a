using FakeDiscord.Model;
using Microsoft.Extensions.DependencyInjection;
using RumourBot.Commands;
using RumourBot.Discord.Tests.Support;
using RumourBot.Replies;

namespace RumourBot.Discord.Tests.Bot;

/// <summary>A deferred answer shows the work's progress by edits, then the answer replaces it.</summary>
public class ProgressOnDiscordTests
{
    private static readonly TimeSpan Patience = Eventually.Patience;

    [Fact]
    public async Task A_deferred_answer_shows_progress_then_the_answer()
    {
        await using var bot = await BotHarness.StartAsync(deferAfter: TimeSpan.FromMilliseconds(100), services: s => s.AddSingleton<ICommandModule, ImportingModule>());
        await bot.Server.WaitForRequestAsync(r => r.Method == "PUT" && r.Path.Contains("/commands", StringComparison.Ordinal), Patience);

        var interaction = await bot.Server.SendInteractionAsync(new { name = "importing", type = 1 }, SampleIds.Bob, SampleIds.Guild, SampleIds.RumoursChannel);

        var shown = await bot.Server.WaitForRequestAsync(r => r.Method == "PATCH" && r.Path.EndsWith("/messages/@original", StringComparison.Ordinal)
            && r.Body!.Value.GetProperty("embeds")[0].TryGetProperty("description", out var text) && text.GetString()!.StartsWith("Imported", StringComparison.Ordinal), Patience);
        await Eventually.TrueAsync(() => interaction.OriginalResponse is { } answer
            && answer.Embeds[0].TryGetProperty("title", out var title) && title.GetString() == "Imported 3 articles");
        var edits = bot.Server.Requests.Where(r => r.Method == "PATCH" && r.Path.EndsWith("/messages/@original", StringComparison.Ordinal)).ToList();
        Assert.Equal("Imported 3 articles", edits[^1].Body!.Value.GetProperty("embeds")[0].GetProperty("title").GetString());
        var progressEdits = edits.Take(edits.Count - 1).ToList();
        Assert.Contains(shown, progressEdits);
        Assert.All(progressEdits, e => Assert.Equal(0, e.Body!.Value.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength()));
        // The spacing of edits (at most one per 2 s) is checked on a fake clock in InteractionProgressTests.
        Assert.InRange(progressEdits.Count, 1, 3);
    }

    public sealed class ImportingModule : ICommandModule
    {
        public IEnumerable<CommandDefinition> Commands =>
        [
            new("importing", null, "Imports slowly, saying how far it has got", [], async (invocation, cancellationToken) =>
            {
                await Task.Delay(TimeSpan.FromMilliseconds(300), cancellationToken); // deferred by now
                for (var n = 1; n <= 3; n++)
                {
                    invocation.Progress.Report($"Imported {n} of 3 articles…");
                    await Task.Delay(TimeSpan.FromMilliseconds(700), cancellationToken);
                }
                return new Reply("Imported 3 articles", "All done");
            }),
        ];
    }
}
