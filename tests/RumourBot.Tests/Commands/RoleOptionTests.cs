using Microsoft.Extensions.Logging.Abstractions;
using RumourBot.Commands;
using RumourBot.Discord.Models;
using RumourBot.OnDiscord;
using RumourBot.Replies;

namespace RumourBot.Tests.Commands;

public class RoleOptionTests
{
    private static readonly CommandDefinition Pick = new("pick", null, "Pick a role",
        [new CommandOption("role", "Which", CommandOptionType.Role, Required: true)],
        (invocation, _) => ValueTask.FromResult(new Reply(invocation.GetRole("role")!.Display, invocation.GetRole("role")!.Id?.ToString())));

    private static CommandRouter Router() => new(new CommandCatalog([new Module()]), NullLogger<CommandRouter>.Instance);

    [Theory]
    [InlineData("1310000000000000555", "@Transfer Desk", "1310000000000000555")] // as Discord sends it, with the resolved name
    [InlineData("<@&1310000000000000555>", "@Transfer Desk", "1310000000000000555")]
    [InlineData("@Transfer Desk", "@Transfer Desk", null)] // the console: a name is enough
    public async Task A_role_is_an_id_a_mention_or_a_name(string typed, string display, string? id)
    {
        var request = new CommandRequest("pick", null, new Dictionary<string, string> { ["role"] = typed }, 1, 1, "mod")
        {
            RoleNames = new Dictionary<ulong, string> { [1310000000000000555] = "Transfer Desk" },
        };

        var reply = await Router().DispatchAsync(request, CancellationToken.None);

        Assert.Equal(display, reply.Title);
        Assert.Equal(id, reply.Description);
    }

    [Fact]
    public void Registers_as_a_discord_role_option()
    {
        var option = Assert.Single(Assert.Single(CommandRegistration.Build(new CommandCatalog([new Module()])), c => c.Name == "pick").Options!);

        Assert.Equal(ApplicationCommandOption.Role, option.Type);
    }

    [Fact]
    public void An_interaction_brings_the_members_roles_and_the_chosen_roles_name_from_resolved()
    {
        var json = """
            {"id":"1","application_id":"2","type":2,"token":"t","guild_id":"3","channel_id":"4",
             "member":{"user":{"id":"5","username":"alice"},"permissions":"32","roles":["1310000000000000555","1310000000000000556"]},
             "data":{"id":"6","name":"pick","type":1,
                     "options":[{"name":"role","type":8,"value":"1310000000000000555"}],
                     "resolved":{"roles":{"1310000000000000555":{"id":"1310000000000000555","name":"Transfer Desk","color":0,"permissions":"0"}}}}}
            """;
        var interaction = System.Text.Json.JsonSerializer.Deserialize(json, DiscordJsonContext.Default.Interaction)!;

        var request = InteractionHandler.ToRequest(interaction)!;

        Assert.Equal("1310000000000000555", request.Options["role"]);
        Assert.Equal("Transfer Desk", request.RoleNames[1310000000000000555]);
        Assert.Equal([1310000000000000555UL, 1310000000000000556UL], request.MemberRoles);
    }

    private sealed class Module : ICommandModule
    {
        public IEnumerable<CommandDefinition> Commands => [Pick];
    }
}
