using RumourBot.Commands;
using RumourBot.Discord.Models;
using RumourBot.OnDiscord;
using RumourBot.Replies;
using RumourBot.Tests.Support;

namespace RumourBot.Tests.OnDiscord;

public class CommandRegistrationTests
{
    [Fact]
    public void Subcommands_become_options_of_one_command_with_their_own_options()
    {
        using var bot = new TestBot();
        var catalog = new CommandCatalog([new RumourBot.Rumours.RumourCommands(bot.Book, bot.Importer, bot.Articles, bot.Settlements, bot.Submits, bot.Follows, bot.Time)]);

        var commands = CommandRegistration.Build(catalog);

        var rumours = Assert.Single(commands, c => c.Name == "rumours");
        Assert.Equal(["latest", "about", "submit"], rumours.Options!.Select(o => o.Name));
        Assert.All(rumours.Options!, o => Assert.Equal(ApplicationCommandOption.SubCommand, o.Type));
        var about = rumours.Options!.Single(o => o.Name == "about");
        var player = Assert.Single(about.Options!);
        Assert.True(player.Required);
        Assert.True(player.Autocomplete);
        Assert.Contains(commands, c => c.Name == "help" && c.Options is null);
        Assert.All(commands, c => Assert.Matches("^[-_'\\p{L}\\p{N}]{1,32}$", c.Name));
        Assert.All(commands, c => Assert.InRange(c.Description.Length, 1, 100));
    }

    [Fact]
    public void A_moderator_command_carries_default_member_permissions()
    {
        var settle = new CommandDefinition("settle", null, "Record a transfer's outcome", [],
            (_, _) => ValueTask.FromResult(new Reply("ok"))) { RequiredPermissions = Permissions.ManageGuild };

        var command = Assert.Single(CommandRegistration.Build(new CommandCatalog([new Module(settle)])), c => c.Name == "settle");

        Assert.Equal("32", command.DefaultMemberPermissions);
    }

    [Fact]
    public void An_option_with_fixed_choices_registers_them_and_an_option_with_suggestions_autocompletes()
    {
        var settle = new CommandDefinition("settle", null, "Record how a move ended",
            [
                new CommandOption("rumour", "The rumour", Required: true) { Suggest = _ => [] },
                new CommandOption("outcome", "How it ended", Required: true) { Choices = ["completed", "stayed"] },
                new CommandOption("club", "Where he went") { Suggest = _ => [] },
            ],
            (_, _) => ValueTask.FromResult(new Reply("ok")));

        var command = Assert.Single(CommandRegistration.Build(new CommandCatalog([new Module(settle)])), c => c.Name == "settle");

        var options = command.Options!;
        Assert.Equal([true, null, true], options.Select(o => o.Autocomplete));
        Assert.Equal(["completed", "stayed"], options[1].Choices!.Select(c => c.Value));
        Assert.Equal(["completed", "stayed"], options[1].Choices!.Select(c => c.Name));
        Assert.Null(options[0].Choices);
        Assert.Equal("/settle rumour:<text> outcome:<completed|stayed> [club:<text>]", settle.Usage);
    }

    private sealed class Module(CommandDefinition command) : ICommandModule
    {
        public IEnumerable<CommandDefinition> Commands => [command];
    }
}
