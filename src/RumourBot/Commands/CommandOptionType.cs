namespace RumourBot.Commands;

/// <summary>The value types our command options use (a subset of Discord's option types).</summary>
public enum CommandOptionType
{
    String,
    Integer,
    Boolean,

    /// <summary>A text channel of the server: picked from a list on Discord, typed as an id or a name in the console.</summary>
    Channel,

    /// <summary>A role of the server: picked from a list on Discord, typed as <c>&lt;@&amp;id&gt;</c>, an id or a name in the console.</summary>
    Role,
}
