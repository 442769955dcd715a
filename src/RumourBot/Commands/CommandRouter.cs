using System.Globalization;
using Microsoft.Extensions.Logging;
using RumourBot.Replies;

namespace RumourBot.Commands;

/// <summary>
/// Checks a request against its command's definition (known options, required ones present, numbers in range)
/// and runs it. A user's mistake becomes an ephemeral reply saying how to fix it; a failure of ours is logged
/// and answered with an apology, never a stack trace.
/// </summary>
public sealed partial class CommandRouter(CommandCatalog catalog, ILogger<CommandRouter> logger)
{
    public async ValueTask<Reply> DispatchAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var group = catalog.Group(request.Name).ToList();
        if (group.Count == 0)
        {
            return Reply.Error($"There is no /{request.Name} command. Try /help.");
        }
        var command = catalog.Find(request.Name, request.Subcommand);
        if (command is null)
        {
            var choices = string.Join(", ", group.Select(c => c.Subcommand ?? "(none)"));
            return Reply.Error(request.Subcommand is null
                ? $"/{request.Name} needs one of: {choices}."
                : $"/{request.Name} has no '{request.Subcommand}'; choose one of: {choices}.");
        }

        if (command.RequiredPermissions != 0 && request.MemberPermissions is { } granted
            && (granted & Permissions.Administrator) == 0 && (granted & command.RequiredPermissions) != command.RequiredPermissions)
        {
            return Reply.Error($"{command.Path} is for moderators: it needs the {Permissions.Describe(command.RequiredPermissions)} permission.");
        }

        var values = new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, raw) in request.Options)
        {
            var option = command.Options.FirstOrDefault(o => string.Equals(o.Name, name, StringComparison.OrdinalIgnoreCase));
            if (option is null)
            {
                return Reply.Error($"{command.Path} has no option '{name}'. Usage: {command.Usage}");
            }
            if (Convert(option, raw, request, out var value) is { } problem) return Reply.Error(problem);
            values[option.Name] = value!;
        }
        if (command.Options.FirstOrDefault(o => o.Required && !values.ContainsKey(o.Name)) is { } missing)
        {
            return Reply.Error($"{command.Path} needs {missing.Name}: ({missing.Description}). Usage: {command.Usage}");
        }

        try
        {
            var invocation = new CommandInvocation(command, values, request.GuildId, request.UserId, request.UserName)
            {
                MemberPermissions = request.MemberPermissions,
                MemberRoles = request.MemberRoles,
                Progress = request.Progress ?? CommandInvocation.NoProgress,
            };
            return await command.Handler(invocation, cancellationToken);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            LogCommandFailed(error, command.Path);
            return Reply.Error("Something went wrong on our side; it has been logged. Please try again.");
        }
    }

    private static string? Convert(CommandOption option, string raw, CommandRequest request, out object? value)
    {
        value = null;
        var text = raw.Trim();
        switch (option.Type)
        {
            case CommandOptionType.Integer:
                if (!long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
                {
                    return $"{option.Name} must be a whole number, not '{text}'.";
                }
                if (number < option.MinValue || number > option.MaxValue)
                {
                    return $"{option.Name} must be between {option.MinValue} and {option.MaxValue}.";
                }
                value = number;
                return null;
            case CommandOptionType.Boolean:
                if (!bool.TryParse(text, out var flag)) return $"{option.Name} must be true or false, not '{text}'.";
                value = flag;
                return null;
            case CommandOptionType.Channel:
                if (ReadChannel(text, request.ChannelNames) is not { } channel) return $"{option.Name} must be a channel, such as #rumours, not '{text}'.";
                value = channel;
                return null;
            case CommandOptionType.Role:
                if (ReadRole(text, request.RoleNames) is not { } role) return $"{option.Name} must be a role, such as @Transfer Desk, not '{text}'.";
                value = role;
                return null;
            default:
                if (text.Length == 0) return $"{option.Name} cannot be empty.";
                if (text.Length > option.MaxLength) return $"{option.Name} is {text.Length} characters; at most {option.MaxLength}.";
                if (option.Choices is { } choices)
                {
                    // The choice as declared, whatever its case: "Completed" in the console is "completed" on Discord.
                    var choice = choices.FirstOrDefault(c => string.Equals(c, text, StringComparison.OrdinalIgnoreCase));
                    if (choice is null) return $"{option.Name} must be one of {string.Join(", ", choices)}, not '{text}'.";
                    text = choice;
                }
                value = text;
                return null;
        }
    }

    // Discord sends the id (names come resolved beside it); the console takes "<#id>", an id, "#name" or a name.
    private static ChannelChoice? ReadChannel(string text, IReadOnlyDictionary<ulong, string> channelNames)
    {
        var id = text.StartsWith("<#", StringComparison.Ordinal) && text.EndsWith('>') ? text[2..^1] : text;
        if (ulong.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var channelId) && channelId > 0)
        {
            return new ChannelChoice(channelId, channelNames.GetValueOrDefault(channelId));
        }
        var name = text.TrimStart('#').Trim();
        return name.Length is > 0 and <= 100 && !name.Any(char.IsWhiteSpace) ? new ChannelChoice(null, name) : null;
    }

    // Discord sends the id (names come resolved beside it); the console takes "<@&id>", an id, "@name" or a name.
    private static RoleChoice? ReadRole(string text, IReadOnlyDictionary<ulong, string> roleNames)
    {
        var id = text.StartsWith("<@&", StringComparison.Ordinal) && text.EndsWith('>') ? text[3..^1] : text;
        if (ulong.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var roleId) && roleId > 0)
        {
            return new RoleChoice(roleId, roleNames.GetValueOrDefault(roleId));
        }
        var name = text.TrimStart('@').Trim();
        return name.Length is > 0 and <= 100 ? new RoleChoice(null, name) : null;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Command {Command} failed")]
    private partial void LogCommandFailed(Exception error, string command);
}
