using RumourBot.Commands;
using RumourBot.Replies;

namespace RumourBot.Rumours;

/// <summary><c>/submit-access who:</c>: a moderator chooses who may submit reports in the server.</summary>
public sealed class SubmitAccessCommands(SubmitGate gate) : ICommandModule
{
    public IEnumerable<CommandDefinition> Commands =>
    [
        new("submit-access", null, "Who may use /rumours submit here: everyone, or moderators (Manage Server) only",
            [new CommandOption("who", "everyone or moderators", Required: true) { Choices = [SubmitGate.Everyone, SubmitGate.Moderators] }],
            SetAsync) { RequiredPermissions = Permissions.ManageGuild },
    ];

    private ValueTask<Reply> SetAsync(CommandInvocation invocation, CancellationToken cancellationToken)
    {
        var who = invocation.GetString("who")!;
        gate.SetAccess(invocation.GuildId, who);
        var description = who == SubmitGate.Moderators
            ? "Only members with Manage Server can use /rumours submit in this server now."
            : "Everyone can use /rumours submit in this server now.";
        return ValueTask.FromResult(new Reply("Submit access", description, Tone: ReplyTone.Success, Ephemeral: true));
    }
}
