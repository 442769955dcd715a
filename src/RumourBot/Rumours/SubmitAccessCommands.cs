using RumourBot.Commands;
using RumourBot.Replies;

namespace RumourBot.Rumours;

/// <summary><c>/submit-access who: [role:]</c>: a moderator chooses who may submit reports in the server.</summary>
public sealed class SubmitAccessCommands(SubmitGate gate) : ICommandModule
{
    public IEnumerable<CommandDefinition> Commands =>
    [
        new("submit-access", null, "Who may use /rumours submit here: everyone, moderators (Manage Server) or one role",
            [
                new CommandOption("who", "everyone, moderators, or role (then give the role)", Required: true)
                {
                    Choices = [SubmitGate.Everyone, SubmitGate.Moderators, SubmitGate.Role],
                },
                new CommandOption("role", "with who:role, the role whose members may submit (moderators always may)", CommandOptionType.Role),
            ],
            SetAsync) { RequiredPermissions = Permissions.ManageGuild },
    ];

    private ValueTask<Reply> SetAsync(CommandInvocation invocation, CancellationToken cancellationToken)
    {
        var who = invocation.GetString("who")!;
        var role = invocation.GetRole("role");
        if (who == SubmitGate.Role)
        {
            if (role is null) return ValueTask.FromResult(Reply.Error("who:role needs the role: /submit-access who:role role:@Transfer Desk"));
            gate.SetRole(invocation.GuildId, role);
            return Done($"Only members with the {role.Display} role, and moderators, can use /rumours submit in this server now.");
        }
        if (role is not null) return ValueTask.FromResult(Reply.Error($"role goes with who:role; who:{who} takes no role."));
        gate.SetAccess(invocation.GuildId, who);
        return Done(who == SubmitGate.Moderators
            ? "Only members with Manage Server can use /rumours submit in this server now."
            : "Everyone can use /rumours submit in this server now.");
    }

    private static ValueTask<Reply> Done(string description) =>
        ValueTask.FromResult(new Reply("Submit access", description, Tone: ReplyTone.Success, Ephemeral: true));
}
