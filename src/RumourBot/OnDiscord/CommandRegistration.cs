using System.Globalization;
using RumourBot.Commands;
using RumourBot.Discord.Models;

namespace RumourBot.OnDiscord;

/// <summary>
/// Turns the command catalog into Discord's application commands: "/rumours latest" becomes the command
/// "rumours" with the subcommand "latest"; moderator commands carry default_member_permissions.
/// </summary>
public static class CommandRegistration
{
    /// <summary>Which options offer player names as autocomplete, unless they bring suggestions of their own.</summary>
    private static readonly HashSet<string> AutocompleteOptions = new(StringComparer.Ordinal) { "player", "rumour" };

    public static IReadOnlyList<ApplicationCommand> Build(CommandCatalog catalog) =>
        catalog.Commands.GroupBy(c => c.Name).Select(group =>
        {
            var first = group.First();
            var permissions = group.Aggregate(0UL, (bits, c) => bits | c.RequiredPermissions);
            var options = first.Subcommand is null
                ? first.Options.Select(ToOption).ToList()
                : group.Select(c => new ApplicationCommandOption(ApplicationCommandOption.SubCommand, c.Subcommand!, c.Description,
                    Options: c.Options.Count == 0 ? null : c.Options.Select(ToOption).ToList())).ToList();
            var description = first.Subcommand is null ? first.Description : $"{char.ToUpperInvariant(group.Key[0])}{group.Key[1..]} commands";
            return new ApplicationCommand(group.Key, description, options.Count == 0 ? null : options,
                permissions == 0 ? null : permissions.ToString(CultureInfo.InvariantCulture), Contexts: [0]);
        }).ToList();

    private static ApplicationCommandOption ToOption(CommandOption option) => new(
        option.Type switch
        {
            CommandOptionType.Integer => ApplicationCommandOption.Integer,
            CommandOptionType.Boolean => ApplicationCommandOption.Boolean,
            CommandOptionType.Channel => ApplicationCommandOption.Channel,
            CommandOptionType.Role => ApplicationCommandOption.Role,
            _ => ApplicationCommandOption.String,
        },
        option.Name,
        option.Description,
        Required: option.Required ? true : null,
        MinValue: option.MinValue,
        MaxValue: option.MaxValue,
        MaxLength: option.MaxLength,
        // Discord refuses autocomplete on an option with fixed choices.
        Autocomplete: option.Choices is null && option.Type == CommandOptionType.String
            && (option.Suggest is not null || AutocompleteOptions.Contains(option.Name)) ? true : null,
        // The bot only posts in channels that take messages: text and announcement channels.
        ChannelTypes: option.Type == CommandOptionType.Channel ? [ApplicationCommandOption.GuildTextChannel, ApplicationCommandOption.GuildAnnouncementChannel] : null,
        Choices: option.Choices?.Select(choice => new CommandOptionChoice(choice, choice)).ToList());
}
