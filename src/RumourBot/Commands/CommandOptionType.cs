namespace RumourBot.Commands;

/// <summary>The value types our command options use (a subset of Discord's option types).</summary>
public enum CommandOptionType
{
    String,
    Integer,
    Boolean,
}
