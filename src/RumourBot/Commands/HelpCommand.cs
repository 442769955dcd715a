using RumourBot.Replies;

namespace RumourBot.Commands;

/// <summary><c>/help</c>: every command with its options.</summary>
public static class HelpCommand
{
    public static CommandDefinition Create(CommandCatalog catalog) => new(
        "help", null, "What RumourBot can do", [],
        (_, _) => ValueTask.FromResult(new Reply(
            "RumourBot commands",
            "Transfer rumours from the latest reports. Options are written name:value; quote values with spaces.",
            catalog.Commands.Select(c => new ReplyField(c.Usage, c.Description)).ToList(),
            Ephemeral: true))) { Private = true };
}
