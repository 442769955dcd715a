using Microsoft.Extensions.Logging.Abstractions;
using RumourBot.Commands;
using RumourBot.Replies;

namespace RumourBot.Tests.OnDiscord;

public class CommandRouterPermissionTests
{
    private static readonly CommandDefinition Settle = new("settle", null, "Record a transfer's outcome", [],
        (_, _) => ValueTask.FromResult(new Reply("settled"))) { RequiredPermissions = Permissions.ManageGuild };

    private static Task<Reply> RunAsync(ulong? permissions) =>
        new CommandRouter(new CommandCatalog([new Module(Settle)]), NullLogger<CommandRouter>.Instance)
            .DispatchAsync(new CommandRequest("settle", null, new Dictionary<string, string>(), 1, 2, "fan") { MemberPermissions = permissions }, default)
            .AsTask();

    [Fact]
    public async Task A_member_without_the_permission_is_refused_on_our_side()
    {
        var reply = await RunAsync(permissions: 1UL << 10); // VIEW_CHANNEL only

        Assert.Equal(ReplyTone.Error, reply.Tone);
        Assert.True(reply.Ephemeral);
        Assert.Contains("Manage Server", reply.Description);
    }

    [Theory]
    [InlineData(1UL << 5)] // MANAGE_GUILD
    [InlineData(1UL << 3)] // ADMINISTRATOR
    public async Task A_member_with_the_permission_or_admin_may(ulong permissions) =>
        Assert.Equal("settled", (await RunAsync(permissions)).Title);

    private sealed class Module(CommandDefinition command) : ICommandModule
    {
        public IEnumerable<CommandDefinition> Commands => [command];
    }
}
