using FakeDiscord.Model;
using Microsoft.Extensions.DependencyInjection;
using RumourBot.Commands;
using RumourBot.Discord.Tests.Support;
using RumourBot.Exports;

namespace RumourBot.Discord.Tests.Bot;

/// <summary>
/// Commands that work synchronously (CSV, charts) run off the gateway's receive loop: they are deferred in time, the
/// shard's other guilds are still heard meanwhile, and a private command's deferral is private.
/// </summary>
public class SlowCommandsOnDiscordTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task A_command_that_blocks_is_deferred_in_time_while_another_guild_is_still_answered()
    {
        var gate = new ManualResetEventSlim();
        try
        {
            await using var bot = await BotHarness.StartAsync(deferAfter: TimeSpan.FromMilliseconds(100),
                services: s => s.AddSingleton<ICommandModule>(new BlockingModule(gate)),
                discord: o => o.Guilds = FakeGuild.CreateMany(2));
            await ReadyAsync(bot);
            var other = bot.Server.Options.Guilds[1];

            var blocking = await bot.Server.SendInteractionAsync(new { name = "crunch", type = 1 }, SampleIds.Bob, SampleIds.Guild, SampleIds.RumoursChannel);
            var deferred = await blocking.WaitForResponseAsync(Patience); // never comes while the command holds the receive loop
            var help = await bot.Server.SendInteractionAsync(new { name = "help", type = 1 }, SampleIds.Bob, other.Id, other.Channels[0].Id);
            var answered = await help.WaitForResponseAsync(Patience);

            Assert.Equal(5, deferred.Type);
            Assert.False(deferred.Data is { ValueKind: System.Text.Json.JsonValueKind.Object } data && data.TryGetProperty("flags", out _), "a public command was deferred privately");
            Assert.Equal(4, answered.Type);
            gate.Set();
            var edit = await bot.Server.WaitForRequestAsync(r => r.Method == "PATCH" && r.Path.EndsWith("/messages/@original", StringComparison.Ordinal), Patience);
            Assert.Equal("Crunched", edit.Body!.Value.GetProperty("embeds")[0].GetProperty("title").GetString());
        }
        finally
        {
            gate.Set(); // the command never outlives the test
        }
    }

    [Fact]
    public async Task A_private_command_that_is_slow_is_deferred_privately()
    {
        var gate = new ManualResetEventSlim();
        try
        {
            await using var bot = await BotHarness.StartAsync(deferAfter: TimeSpan.FromMilliseconds(100),
                services: s => s.AddSingleton<ICommandModule>(new BlockingModule(gate)));
            await ReadyAsync(bot);

            var interaction = await bot.Server.SendInteractionAsync(new { name = "crunch-private", type = 1 }, SampleIds.Bob, SampleIds.Guild, SampleIds.RumoursChannel);
            var deferred = await interaction.WaitForResponseAsync(Patience);
            gate.Set();
            var edit = await bot.Server.WaitForRequestAsync(r => r.Method == "PATCH" && r.Path.EndsWith("/messages/@original", StringComparison.Ordinal), Patience);

            Assert.Equal(5, deferred.Type);
            Assert.Equal(64, deferred.Data!.Value.GetProperty("flags").GetInt32());
            Assert.Equal("Crunched privately", edit.Body!.Value.GetProperty("embeds")[0].GetProperty("title").GetString());
        }
        finally
        {
            gate.Set();
        }
    }

    [Fact]
    public async Task A_slow_public_command_that_ends_in_an_error_tells_only_the_member_who_asked()
    {
        var gate = new ManualResetEventSlim();
        try
        {
            await using var bot = await BotHarness.StartAsync(deferAfter: TimeSpan.FromMilliseconds(100),
                services: s => s.AddSingleton<ICommandModule>(new BlockingModule(gate)));
            await ReadyAsync(bot);

            var interaction = await bot.Server.SendInteractionAsync(new { name = "crunch-fails", type = 1 }, SampleIds.Bob, SampleIds.Guild, SampleIds.RumoursChannel);
            var deferred = await interaction.WaitForResponseAsync(Patience);
            gate.Set();
            var followUp = await bot.Server.WaitForRequestAsync(r => r.Method == "POST" && r.Path.Contains("/webhooks/", StringComparison.Ordinal), Patience);

            Assert.Equal(5, deferred.Type);
            Assert.Equal(64, followUp.Body!.Value.GetProperty("flags").GetInt32());
            Assert.Equal("That didn't work", followUp.Body!.Value.GetProperty("embeds")[0].GetProperty("title").GetString());
            Assert.DoesNotContain(bot.Server.GetMessages(SampleIds.RumoursChannel), m => (m.Flags & 64) == 0 && m.Json.ToString().Contains("didn't work", StringComparison.Ordinal));
            Assert.DoesNotContain(bot.Server.GetMessages(SampleIds.RumoursChannel), m => (m.Flags & 128) != 0); // no loading message left behind
        }
        finally
        {
            gate.Set();
        }
    }

    [Fact]
    public void Export_is_a_private_command()
    {
        var commands = new ExportCommands(null!, TimeProvider.System).Commands.ToList();

        Assert.All(commands, c => Assert.True(c.Private, $"{c.Path} would be deferred publicly"));
    }

    private static async Task ReadyAsync(BotHarness bot) =>
        await bot.Server.WaitForRequestAsync(r => r.Method == "PUT" && r.Path.Contains("/commands", StringComparison.Ordinal), Patience);

    /// <summary>Commands that hold their thread (as CSV and chart drawing do) until the test lets them finish.</summary>
    private sealed class BlockingModule(ManualResetEventSlim gate) : ICommandModule
    {
        public IEnumerable<CommandDefinition> Commands =>
        [
            new("crunch", null, "Works synchronously", [], (_, _) => Crunch("Crunched", ephemeral: false)),
            new("crunch-fails", null, "Works synchronously, then finds the input was wrong", [], (_, _) => Fail()),
            new("crunch-private", null, "Works synchronously, for your eyes only", [], (_, _) => Crunch("Crunched privately", ephemeral: true)) { Private = true },
        ];

        private ValueTask<Replies.Reply> Crunch(string title, bool ephemeral)
        {
            gate.Wait(TimeSpan.FromSeconds(30));
            return ValueTask.FromResult(new Replies.Reply(title, "Done", Ephemeral: ephemeral));
        }

        private ValueTask<Replies.Reply> Fail()
        {
            gate.Wait(TimeSpan.FromSeconds(30));
            return ValueTask.FromResult(Replies.Reply.Error("No such rumour."));
        }
    }
}
