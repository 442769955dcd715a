using System.Text.Json.Serialization;

namespace RumourBot.Discord.Models;

/// <summary>A slash command as registered with Discord (bulk overwrite body item).</summary>
public sealed record ApplicationCommand(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("description")] string Description,
    [property: JsonPropertyName("options"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<ApplicationCommandOption>? Options = null,
    [property: JsonPropertyName("default_member_permissions"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? DefaultMemberPermissions = null,
    [property: JsonPropertyName("type")] int Type = 1,
    [property: JsonPropertyName("contexts"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<int>? Contexts = null);

/// <summary>An option of a slash command; type 1 is a subcommand with options of its own.</summary>
public sealed record ApplicationCommandOption(
    [property: JsonPropertyName("type")] int Type,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("description")] string Description,
    [property: JsonPropertyName("required"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? Required = null,
    [property: JsonPropertyName("options"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<ApplicationCommandOption>? Options = null,
    [property: JsonPropertyName("min_value"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] long? MinValue = null,
    [property: JsonPropertyName("max_value"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] long? MaxValue = null,
    [property: JsonPropertyName("max_length"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? MaxLength = null,
    [property: JsonPropertyName("autocomplete"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? Autocomplete = null,
    [property: JsonPropertyName("channel_types"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<int>? ChannelTypes = null,
    [property: JsonPropertyName("choices"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<CommandOptionChoice>? Choices = null)
{
    public const int SubCommand = 1;
    public const int String = 3;
    public const int Integer = 4;
    public const int Boolean = 5;
    public const int Channel = 7;
    public const int Role = 8;

    /// <summary>Channel type GUILD_TEXT, for <see cref="ChannelTypes"/>.</summary>
    public const int GuildTextChannel = 0;

    /// <summary>Channel type GUILD_ANNOUNCEMENT, for <see cref="ChannelTypes"/>.</summary>
    public const int GuildAnnouncementChannel = 5;
}

/// <summary>An autocomplete suggestion, or one of an option's fixed choices.</summary>
public sealed record CommandOptionChoice(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("value")] string Value);
