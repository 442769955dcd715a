using FakeDiscord.Model;
using RumourBot.Discord.Tests.Support;

namespace RumourBot.Discord.Tests.Bot;

/// <summary>Text from a report reaches Discord's embeds with no clickable link and no command mention in it.</summary>
public class HostileTextOnDiscordTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_submitted_report_with_a_bare_link_and_a_command_mention_shows_neither_as_markup()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.Server.WaitForRequestAsync(r => r.Method == "PUT" && r.Path.Contains("/commands", StringComparison.Ordinal), Patience);
        const string text = "Arsenal have made a £40m bid for Brentford striker Igor Thiago, see https://free-kits.example/claim and run </settle:1234567890> now.";
        var data = new { name = "rumours", type = 1, options = new[] { new { name = "submit", type = 1, options = new[] { new { name = "text", type = 3, value = text } } } } };

        var interaction = await bot.Server.SendInteractionAsync(data, SampleIds.Bob, SampleIds.Guild, SampleIds.RumoursChannel);
        var answer = (await interaction.WaitForResponseAsync(Patience)).Data!.Value;

        var description = answer.GetProperty("embeds")[0].GetProperty("description").GetString()!;
        Assert.Contains("free-kits.example", description); // the summary carries the sentence…
        Assert.DoesNotContain("https://", description, StringComparison.Ordinal); // …but no link Discord would make clickable
        Assert.DoesNotContain("</settle:", description, StringComparison.Ordinal);
        Assert.Contains("https:\u200B//free-kits.example", description, StringComparison.Ordinal);
    }
}
