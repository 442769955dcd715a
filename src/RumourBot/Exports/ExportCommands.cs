using System.Globalization;
using Humanizer;
using RumourBot.Commands;
using RumourBot.Replies;

namespace RumourBot.Exports;

/// <summary><c>/export what:&lt;polls|predictions|settlements&gt;</c> (Manage Server): this server's data as a CSV file.</summary>
public sealed class ExportCommands(ServerExport export, TimeProvider time) : ICommandModule
{
    /// <summary>Room under Discord's 10 MiB upload limit for the rest of the request.</summary>
    public const int MaxFileBytes = (10 * 1024 * 1024) - (64 * 1024);

    private static readonly IReadOnlyList<string> Kinds = Enum.GetNames<ExportKind>().Select(n => n.ToLowerInvariant()).ToList();

    public IEnumerable<CommandDefinition> Commands =>
    [
        new("export", null, "This server's polls, predictions or settlements as a CSV file",
            [new CommandOption("what", "What to export", Required: true) { Choices = Kinds }],
            ExportAsync) { RequiredPermissions = Permissions.ManageGuild, Private = true },
    ];

    private ValueTask<Reply> ExportAsync(CommandInvocation invocation, CancellationToken cancellationToken)
    {
        var kind = Enum.Parse<ExportKind>(invocation.GetString("what")!, ignoreCase: true);
        var name = kind.ToString().ToLowerInvariant();
        var (csv, rows) = export.Write(kind, invocation.GuildId);
        if (csv.Length > MaxFileBytes)
        {
            return ValueTask.FromResult(Reply.Error($"This server's {name} come to {csv.Length / (1024 * 1024)} MiB, more than Discord takes in one file."));
        }
        // The Gregorian date whatever the host's culture (a Thai or Saudi locale would write its own calendar's year).
        var fileName = string.Create(CultureInfo.InvariantCulture, $"{name}-{time.GetUtcNow():yyyy-MM-dd}.csv");
        var what = kind switch
        {
            ExportKind.Polls => "row".ToQuantity(rows) + ", one per answer of each poll",
            ExportKind.Predictions => "scored prediction".ToQuantity(rows),
            _ => "settled transfer".ToQuantity(rows),
        };
        // Ephemeral: members' names and answers go only to the moderator who asked.
        return ValueTask.FromResult(new Reply($"Export: {name}", $"{fileName}: {what}. Times are UTC (ISO 8601).", Ephemeral: true)
        {
            File = new ReplyFile(fileName, "text/csv", csv, $"This server's {name} as CSV ({what})"),
        });
    }
}
