using System.Text.RegularExpressions;

namespace RumourBot.Commands;

/// <summary>
/// Reads a typed command line the way Discord's client fills a slash command:
/// <c>/rumours latest player:Trent count:3</c>. A value runs to the next known option name, so
/// <c>text:Here we go! Medical booked</c> needs no quotes; quotes are allowed and removed.
/// </summary>
public sealed partial class SlashCommandParser(CommandCatalog catalog)
{
    /// <summary>The request, or a one-line explanation of what is wrong with the line.</summary>
    public (CommandRequest? Request, string? Error) Parse(string line, ulong guildId, ulong userId, string userName)
    {
        line = line.Trim();
        if (!line.StartsWith('/')) return (null, $"Commands start with '/', e.g. /rumours latest. Try /help.");
        var head = HeadWords().Match(line);
        var name = head.Groups["name"].Value.ToLowerInvariant();
        var group = catalog.Group(name).ToList();
        if (group.Count == 0) return (null, $"Unknown command '/{name}'. Try /help.");

        var rest = line[head.Length..];
        string? subcommand = null;
        var second = FirstWord().Match(rest);
        if (second.Success && group.Any(c => string.Equals(c.Subcommand, second.Groups["word"].Value, StringComparison.OrdinalIgnoreCase)))
        {
            subcommand = second.Groups["word"].Value.ToLowerInvariant();
            rest = rest[second.Length..];
        }
        else if (group.All(c => c.Subcommand is not null))
        {
            var choices = string.Join(", ", group.Select(c => c.Subcommand));
            var given = second.Success ? $"'{second.Groups["word"].Value}' is not one of them" : "none was given";
            return (null, $"/{name} needs one of: {choices} ({given}).");
        }

        var command = catalog.Find(name, subcommand)!;
        var (options, error) = ParseOptions(rest, command);
        return error is null ? (new CommandRequest(name, subcommand, options, guildId, userId, userName), null) : (null, error);
    }

    private static (Dictionary<string, string> Options, string? Error) ParseOptions(string text, CommandDefinition command)
    {
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        text = text.Trim();
        if (text.Length == 0) return (options, null);

        var known = command.Options.Select(o => Regex.Escape(o.Name));
        var starts = new Regex($@"(?:^|\s)(?<name>{string.Join('|', known)}):", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        var matches = command.Options.Count == 0 ? [] : starts.Matches(text).ToList();
        if (matches.Count == 0 || matches[0].Index != 0)
        {
            var first = FirstWord().Match(text).Groups["word"].Value;
            var unknown = OptionName().Match(text);
            var what = unknown.Success && unknown.Index == 0 ? $"has no option '{unknown.Groups["name"].Value}'" : $"does not understand '{first}'";
            return (options, $"{command.Path} {what}. Usage: {command.Usage}");
        }
        for (var i = 0; i < matches.Count; i++)
        {
            var valueStart = matches[i].Index + matches[i].Length;
            var valueEnd = i + 1 < matches.Count ? matches[i + 1].Index : text.Length;
            var optionName = matches[i].Groups["name"].Value.ToLowerInvariant();
            if (options.ContainsKey(optionName)) return (options, $"{optionName} is given twice.");
            options[optionName] = Unquote(text[valueStart..valueEnd].Trim());
        }
        return (options, null);
    }

    private static string Unquote(string value) =>
        value.Length >= 2 && ((value[0] == '"' && value[^1] == '"') || (value[0] == '\u201C' && value[^1] == '\u201D'))
            ? value[1..^1]
            : value;

    [GeneratedRegex(@"^/(?<name>[\w-]*)")]
    private static partial Regex HeadWords();

    [GeneratedRegex(@"^\s*(?<word>\S+)")]
    private static partial Regex FirstWord();

    [GeneratedRegex(@"^(?<name>[\w-]+):")]
    private static partial Regex OptionName();
}
