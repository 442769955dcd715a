using FakeDiscord.Model;
using RumourBot.Discord.Tests.Support;

namespace RumourBot.Discord.Tests.Bot;

/// <summary>One member's flood of interactions is refused at once, politely, and nobody else is held up.</summary>
public class InteractionBurstOnDiscordTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Commands_past_the_burst_are_refused_ephemerally_and_another_member_is_answered()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.Server.WaitForRequestAsync(r => r.Method == "PUT" && r.Path.Contains("/commands", StringComparison.Ordinal), Patience);

        var flood = new List<FakeDiscord.Interactions.InteractionResult>();
        for (var i = 0; i < 14; i++) flood.Add(await bot.Server.SendInteractionAsync(new { name = "help", type = 1 }, SampleIds.Bob, SampleIds.Guild, SampleIds.GeneralChannel));
        var other = await bot.Server.SendInteractionAsync(new { name = "help", type = 1 }, SampleIds.Alice, SampleIds.Guild, SampleIds.GeneralChannel);

        var answers = new List<System.Text.Json.JsonElement>();
        foreach (var interaction in flood) answers.Add((await interaction.WaitForResponseAsync(Patience)).Data!.Value);
        var otherAnswer = (await other.WaitForResponseAsync(Patience)).Data!.Value;
        var refused = answers.Where(a => a.GetProperty("embeds")[0].GetProperty("description").GetString()!.Contains("please slow down", StringComparison.Ordinal)).ToList();

        Assert.InRange(refused.Count, 4, 14 - 10 + 3); // 10 a window; a slow machine may see the window start again
        Assert.All(refused, a => Assert.Equal(64, a.GetProperty("flags").GetInt32()));
        Assert.Contains("That is more than 10 commands in 10 seconds; please slow down and try again in", refused[0].GetProperty("embeds")[0].GetProperty("description").GetString());
        Assert.DoesNotContain("slow down", otherAnswer.GetProperty("embeds")[0].GetProperty("description").GetString(), StringComparison.Ordinal);
    }
}
