using System.Diagnostics;
using System.Text.Json;
using FakeDiscord.Interactions;
using FakeDiscord.Model;
using Microsoft.Extensions.DependencyInjection;
using RumourBot.Commands;
using RumourBot.Discord.Tests.Support;

namespace RumourBot.Discord.Tests.Bot;

/// <summary>The whole bot against FakeDiscord: commands registered, slash commands answered as embeds, in time.</summary>
public class DiscordBotTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    private static object Subcommand(string name, string sub, params (string Name, int Type, object Value)[] options) => new
    {
        name,
        type = 1,
        options = new[] { new { name = sub, type = 1, options = options.Select(o => new { name = o.Name, type = o.Type, value = o.Value }).ToArray() } },
    };

    private static async Task ReadyAsync(BotHarness bot) =>
        await bot.Server.WaitForRequestAsync(r => r.Method == "PUT" && r.Path.Contains("/commands", StringComparison.Ordinal), Patience);

    [Fact]
    public async Task The_slash_commands_are_registered_in_the_dev_guild_once_ready()
    {
        await using var bot = await BotHarness.StartAsync();

        await ReadyAsync(bot);

        var names = bot.Server.GetGuildCommands(SampleIds.Guild).Select(c => c.Name).ToList();
        Assert.Contains("rumours", names);
        Assert.Contains("help", names);
    }

    [Fact]
    public async Task An_event_the_bot_cannot_read_is_logged_and_the_bot_goes_on()
    {
        await using var bot = await BotHarness.StartAsync();
        await ReadyAsync(bot);

        await bot.Server.DispatchAsync("MESSAGE_REACTION_ADD", new { message_id = "not a snowflake", guild_id = SampleIds.Guild.ToString() }); // no user_id, no emoji
        var help = await bot.Server.SendInteractionAsync(new { name = "help", type = 1 }, SampleIds.Bob, SampleIds.Guild, SampleIds.GeneralChannel);

        Assert.Equal(4, (await help.WaitForResponseAsync(Patience)).Type);
        Assert.Contains("Could not handle a MESSAGE_REACTION_ADD event", bot.LogText);
        Assert.Equal(0, bot.Exit.Code);
    }

    [Fact]
    public async Task Rumours_latest_is_answered_at_once_with_an_embed_that_pings_nobody()
    {
        await using var bot = await BotHarness.StartAsync();
        await ReadyAsync(bot);

        var interaction = await bot.Server.SendInteractionAsync(Subcommand("rumours", "latest", ("count", 4, 3)), SampleIds.Bob, SampleIds.Guild, SampleIds.RumoursChannel);
        var callback = await interaction.WaitForResponseAsync(Patience);

        Assert.Equal(4, callback.Type);
        Assert.True(callback.Elapsed < TimeSpan.FromSeconds(3), $"answered after {callback.Elapsed}");
        var data = callback.Data!.Value;
        Assert.Equal(0, data.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
        var embed = data.GetProperty("embeds")[0];
        Assert.Equal("Latest rumours", embed.GetProperty("title").GetString());
        Assert.Equal(3, embed.GetProperty("fields").GetArrayLength());
    }

    [Fact]
    public async Task A_slow_command_is_deferred_then_its_answer_edited_in()
    {
        await using var bot = await BotHarness.StartAsync(deferAfter: TimeSpan.FromMilliseconds(100), services: s => s.AddSingleton<ICommandModule, BotHarness.SlowModule>());
        await ReadyAsync(bot);

        var interaction = await bot.Server.SendInteractionAsync(new { name = "slow", type = 1 }, SampleIds.Bob, SampleIds.Guild, SampleIds.RumoursChannel);
        var callback = await interaction.WaitForResponseAsync(Patience);
        var edit = await bot.Server.WaitForRequestAsync(r => r.Method == "PATCH" && r.Path.EndsWith("/messages/@original", StringComparison.Ordinal), Patience);

        Assert.Equal(5, callback.Type);
        Assert.True(callback.Elapsed < TimeSpan.FromSeconds(3));
        Assert.Equal(200, edit.Status);
        Assert.Equal("Finally", edit.Body!.Value.GetProperty("embeds")[0].GetProperty("title").GetString());
        Assert.Equal(0, edit.Body!.Value.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
    }

    [Fact]
    public async Task Autocomplete_offers_player_names()
    {
        await using var bot = await BotHarness.StartAsync();
        await ReadyAsync(bot);

        var data = new
        {
            name = "rumours",
            type = 1,
            options = new[] { new { name = "about", type = 1, options = new[] { new { name = "player", type = 3, value = "tre", focused = true } } } },
        };
        var interaction = await bot.Server.SendInteractionAsync(new InteractionRequest(data) { Type = 4, UserId = SampleIds.Bob, GuildId = SampleIds.Guild, ChannelId = SampleIds.RumoursChannel });
        var callback = await interaction.WaitForResponseAsync(Patience);

        Assert.Equal(8, callback.Type);
        var choices = callback.Data!.Value.GetProperty("choices").EnumerateArray().Select(c => c.GetProperty("name").GetString()).ToList();
        Assert.Contains("Trent Alexander-Arnold", choices);
    }

    [Fact]
    public async Task A_moderator_command_is_refused_for_a_member_without_the_permission()
    {
        await using var bot = await BotHarness.StartAsync(services: s => s.AddSingleton<ICommandModule, BotHarness.ModeratorModule>());
        await ReadyAsync(bot);

        var refused = await bot.Server.SendInteractionAsync(new InteractionRequest(new { name = "lockdown", type = 1 })
        { UserId = SampleIds.Bob, GuildId = SampleIds.Guild, ChannelId = SampleIds.RumoursChannel, MemberPermissions = "1024" });
        var allowed = await bot.Server.SendInteractionAsync(new InteractionRequest(new { name = "lockdown", type = 1 })
        { UserId = SampleIds.Alice, GuildId = SampleIds.Guild, ChannelId = SampleIds.RumoursChannel, MemberPermissions = "32" });

        var no = (await refused.WaitForResponseAsync(Patience)).Data!.Value;
        var yes = (await allowed.WaitForResponseAsync(Patience)).Data!.Value;
        Assert.Equal(64, no.GetProperty("flags").GetInt32());
        Assert.Contains("Manage Server", no.GetProperty("embeds")[0].GetProperty("description").GetString());
        Assert.Equal("Locked down", yes.GetProperty("embeds")[0].GetProperty("title").GetString());
        var registered = bot.Server.GetGuildCommands(SampleIds.Guild).Single(c => c.Name == "lockdown");
        Assert.Equal("32", registered.Json.GetProperty("default_member_permissions").GetString());
    }

    [Fact]
    public async Task A_report_that_says_everyone_and_names_a_role_pings_nobody()
    {
        await using var bot = await BotHarness.StartAsync();
        await ReadyAsync(bot);
        const string text = "@everyone <@&1310000000000000110> Chelsea have agreed a fee of around £35m with Brighton for Jan Paul van Hecke, Sky Sports News understands.";

        var interaction = await bot.Server.SendInteractionAsync(Subcommand("rumours", "submit", ("text", 3, text)), SampleIds.Bob, SampleIds.Guild, SampleIds.RumoursChannel);
        var data = (await interaction.WaitForResponseAsync(Patience)).Data!.Value;

        Assert.Equal(0, data.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
        var shown = data.GetProperty("embeds").GetRawText();
        Assert.DoesNotContain("@everyone", JsonSerializer.Deserialize<string>(JsonSerializer.Serialize(shown))!, StringComparison.Ordinal);
        Assert.DoesNotContain("<@&", shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_token_stops_the_bot_with_exit_status_1_and_never_logs_the_token()
    {
        const string token = "this-token-is-wrong";
        await using var bot = await BotHarness.StartAsync(token: token);
        var clock = Stopwatch.StartNew();

        while (bot.Exit.Code == 0 && clock.Elapsed < Patience) await Task.Delay(50);

        Assert.Equal(1, bot.Exit.Code);
        Assert.Contains("Discord rejected the bot token", bot.LogText);
        Assert.DoesNotContain(token, bot.LogText, StringComparison.Ordinal);
    }
}
