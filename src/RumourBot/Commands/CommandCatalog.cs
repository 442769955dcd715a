namespace RumourBot.Commands;

/// <summary>Every command the bot has, gathered from the feature modules, plus <c>/help</c>.</summary>
public sealed class CommandCatalog
{
    public CommandCatalog(IEnumerable<ICommandModule> modules)
    {
        Commands = modules.SelectMany(m => m.Commands).Append(HelpCommand.Create(this)).ToList();
    }

    public IReadOnlyList<CommandDefinition> Commands { get; }

    public IEnumerable<CommandDefinition> Group(string name) =>
        Commands.Where(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));

    public CommandDefinition? Find(string name, string? subcommand) =>
        Group(name).FirstOrDefault(c => string.Equals(c.Subcommand, subcommand, StringComparison.OrdinalIgnoreCase));
}
