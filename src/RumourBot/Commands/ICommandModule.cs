namespace RumourBot.Commands;

/// <summary>A feature's group of commands (e.g. everything under <c>/rumours</c>).</summary>
public interface ICommandModule
{
    IEnumerable<CommandDefinition> Commands { get; }
}
