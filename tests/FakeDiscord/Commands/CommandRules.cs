using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FakeDiscord.Rest;
using FakeDiscord.Support;

namespace FakeDiscord.Commands;

/// <summary>The documented rules of a bulk command overwrite (application-commands.mdx), as 50035 errors.</summary>
internal static partial class CommandRules
{
    private const int ChatInput = 1;

    public static FormErrors Validate(JsonArray commands)
    {
        var errors = new FormErrors();
        var perType = new Dictionary<int, HashSet<string>>();
        for (var i = 0; i < commands.Count; i++)
        {
            var path = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (commands[i] is not JsonObject command)
            {
                errors.Add(path, "DICT_TYPE_CONVERT", "Only dictionaries may be used in a DictType");
                continue;
            }

            var type = JsonRead.TryGetInteger(command["type"], out var t) ? (int)t : ChatInput;
            if (type is < 1 or > 4)
            {
                errors.Add($"{path}.type", "BASE_TYPE_CHOICES", "Value must be one of {1, 2, 3, 4}.");
                continue;
            }

            var name = JsonRead.GetString(command["name"]);
            if (name is null)
            {
                errors.Required($"{path}.name");
            }
            else if (type == ChatInput ? !IsValidName(name) : JsonRead.Length(name) is < 1 or > 32)
            {
                errors.Add($"{path}.name", "APPLICATION_COMMAND_INVALID_NAME", "Command name is invalid");
            }
            else if (!(perType.TryGetValue(type, out var names) ? names : perType[type] = []).Add(name))
            {
                errors.Add($"{path}.name", "APPLICATION_COMMANDS_DUPLICATE_NAME", $"Application command names must be unique ({name})");
            }

            var description = JsonRead.GetString(command["description"]) ?? string.Empty;
            if (type == ChatInput && JsonRead.Length(description) is < 1 or > 100)
            {
                errors.LengthBetween($"{path}.description", 1, 100);
            }
            else if (type != ChatInput && description.Length > 0)
            {
                errors.Add($"{path}.description", "APPLICATION_COMMAND_DESCRIPTION_NOT_ALLOWED", "Only chat input commands may have a description");
            }

            if (command["options"] is JsonArray options)
            {
                if (type != ChatInput)
                {
                    errors.Add($"{path}.options", "APPLICATION_COMMAND_OPTIONS_NOT_ALLOWED", "Only chat input commands may have options");
                }
                else
                {
                    ValidateOptions(options, $"{path}.options", depth: 0, errors);
                }
            }
        }

        var limits = new Dictionary<int, int> { [1] = 100, [2] = 15, [3] = 15, [4] = 1 };
        foreach (var (type, names) in perType)
        {
            if (names.Count > limits[type])
            {
                errors.Add(string.Empty, "APPLICATION_COMMANDS_TOO_MANY", $"Maximum number of application commands of type {type} reached ({limits[type]})");
            }
        }

        return errors;
    }

    private static void ValidateOptions(JsonArray options, string path, int depth, FormErrors errors)
    {
        if (options.Count > 25)
        {
            errors.MaxLength(path, 25);
            return;
        }

        var names = new HashSet<string>();
        var seenOptional = false;
        var subcommands = 0;
        for (var i = 0; i < options.Count; i++)
        {
            var optionPath = $"{path}.{i}";
            if (options[i] is not JsonObject option || !JsonRead.TryGetInteger(option["type"], out var type) || type is < 1 or > 11)
            {
                errors.Add($"{optionPath}.type", "BASE_TYPE_CHOICES", "Value must be one of {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}.");
                continue;
            }

            var name = JsonRead.GetString(option["name"]);
            if (name is null || !IsValidName(name))
            {
                errors.Add($"{optionPath}.name", "APPLICATION_COMMAND_INVALID_NAME", "Command name is invalid");
            }
            else if (!names.Add(name))
            {
                errors.Add($"{optionPath}.name", "APPLICATION_COMMAND_OPTIONS_NAME_ALREADY_EXISTS", "Option names must be unique");
            }

            if (JsonRead.Length(JsonRead.GetString(option["description"]) ?? string.Empty) is < 1 or > 100)
            {
                errors.LengthBetween($"{optionPath}.description", 1, 100);
            }

            var isSubcommand = type is 1 or 2;
            subcommands += isSubcommand ? 1 : 0;
            var required = option["required"]?.GetValueKind() == System.Text.Json.JsonValueKind.True;
            if (!isSubcommand && required && seenOptional)
            {
                errors.Add($"{optionPath}.required", "APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID", "Required options must be placed before non-required options");
            }

            seenOptional |= !isSubcommand && !required;
            if (option["choices"] is JsonArray choices)
            {
                if (type is not (3 or 4 or 10))
                {
                    errors.Add($"{optionPath}.choices", "APPLICATION_COMMAND_OPTION_CHOICES_NOT_ALLOWED", "Choices are only allowed on string, integer and number options");
                }
                else if (choices.Count > 25)
                {
                    errors.MaxLength($"{optionPath}.choices", 25);
                }

                if (option["autocomplete"]?.GetValueKind() == System.Text.Json.JsonValueKind.True)
                {
                    errors.Add($"{optionPath}.autocomplete", "APPLICATION_COMMAND_AUTOCOMPLETE_INVALID", "Autocomplete cannot be set with choices");
                }
            }

            if (option["options"] is JsonArray nested)
            {
                if (!isSubcommand || depth >= 2 || (type == 1 && depth >= 2))
                {
                    errors.Add($"{optionPath}.options", "APPLICATION_COMMAND_OPTIONS_TOO_DEEP", "Options can only be nested in subcommands and subcommand groups");
                }
                else
                {
                    ValidateOptions(nested, $"{optionPath}.options", depth + 1, errors);
                }
            }
        }

        if (subcommands > 0 && subcommands < options.Count)
        {
            errors.Add(path, "APPLICATION_COMMAND_OPTIONS_TYPE_INVALID", "Sub-command and sub-command group option types are mutually exclusive to all other types");
        }
    }

    /// <summary>Lower case where a lower-case form exists; letters, numbers, '-', '_' and '''.</summary>
    private static bool IsValidName(string name) =>
        NamePattern().IsMatch(name) && name == name.ToLowerInvariant();

    // .NET has no \p{sc=Deva}/\p{sc=Thai}; combining marks stand in for their vowel signs.
    [GeneratedRegex(@"^[-_'\p{L}\p{N}\p{Mn}\p{Mc}]{1,32}$")]
    private static partial Regex NamePattern();
}
