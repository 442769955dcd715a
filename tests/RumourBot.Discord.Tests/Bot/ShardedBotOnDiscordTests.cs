using FakeDiscord.Gateway;
using FakeDiscord.Model;
using RumourBot.Discord.Tests.Support;

namespace RumourBot.Discord.Tests.Bot;

/// <summary>The bot in a thousand guilds on FakeDiscord with two shards advised: one session per shard, each guild on its own.</summary>
public class ShardedBotOnDiscordTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [SkippableFact]
    public async Task With_two_shards_advised_each_session_gets_its_guilds_and_a_command_in_any_guild_is_answered()
    {
        var record = Path.Combine(Path.GetTempPath(), $"rumourbot-requests-{Guid.NewGuid():N}.jsonl");
        await using var bot = await BotHarness.StartAsync(recordFile: record, discord: o =>
        {
            o.Guilds = FakeGuild.CreateMany(1000);
            o.RecommendedShards = 2;
        });
        // The second shard identifies 5 s after the first (max_concurrency 1).
        await bot.Server.WaitForGatewayEventAsync(GatewayLifecycle.Ready, 2, Patience);
        var onShardZero = bot.Server.Options.Guilds.First(g => (g.Id >> 22) % 2 == 0);
        var onShardOne = bot.Server.Options.Guilds.First(g => (g.Id >> 22) % 2 == 1);

        var help = await bot.Server.SendInteractionAsync(new { name = "help", type = 1 }, SampleIds.Bob, onShardOne.Id, onShardOne.Channels[0].Id);

        Assert.Equal(4, (await help.WaitForResponseAsync(Patience)).Type);
        var shards = new[] { bot.Server.SessionFor(onShardZero.Id)!, bot.Server.SessionFor(onShardOne.Id)! };
        Assert.Equal([2, 2], shards.Select(s => s.Shard![1]));
        Assert.Equal([0, 1], shards.Select(s => s.Shard![0]));
        Assert.Equal(1000, shards.Sum(s => s.Dispatches.Count(d => d.EventName == "GUILD_CREATE")));
        Assert.Contains(shards[1].Dispatches, d => d.EventName == "INTERACTION_CREATE");
        Assert.DoesNotContain(shards[0].Dispatches, d => d.EventName == "INTERACTION_CREATE");
        Assert.Equal(0, bot.Exit.Code);
        await bot.DisposeAsync();
        await ConformanceCheck.AssertNoViolationsAsync(record);
    }
}
