using Microsoft.Extensions.Logging.Abstractions;
using RumourBot.Commands;
using RumourBot.Discord.Models;
using RumourBot.OnDiscord;
using RumourBot.Replies;

namespace RumourBot.Tests.Commands;

public class ChannelOptionTests
{
    private static readonly CommandDefinition Post = new("post", null, "Post somewhere",
        [new CommandOption("channel", "Where", CommandOptionType.Channel, Required: true)],
        (invocation, _) => ValueTask.FromResult(new Reply(invocation.GetChannel("channel")!.Display, invocation.GetChannel("channel")!.Id?.ToString())));

    private static CommandRouter Router() => new(new CommandCatalog([new Module()]), NullLogger<CommandRouter>.Instance);

    [Theory]
    [InlineData("1310000000000000102", "#rumours", "1310000000000000102")] // as Discord sends it, with the resolved name
    [InlineData("<#1310000000000000102>", "#rumours", "1310000000000000102")]
    [InlineData("#digests", "#digests", null)] // the console: a name is enough
    [InlineData("digests", "#digests", null)]
    public async Task A_channel_is_an_id_a_mention_or_a_name(string typed, string display, string? id)
    {
        var request = new CommandRequest("post", null, new Dictionary<string, string> { ["channel"] = typed }, 1, 1, "mod")
        {
            ChannelNames = new Dictionary<ulong, string> { [1310000000000000102] = "rumours" },
        };

        var reply = await Router().DispatchAsync(request, CancellationToken.None);

        Assert.Equal(display, reply.Title);
        Assert.Equal(id, reply.Description);
    }

    [Fact]
    public async Task Words_with_spaces_are_not_a_channel()
    {
        var reply = await Router().DispatchAsync(new CommandRequest("post", null, new Dictionary<string, string> { ["channel"] = "the rumours room" }, 1, 1, "mod"), CancellationToken.None);

        Assert.Equal(ReplyTone.Error, reply.Tone);
        Assert.Equal("channel must be a channel, such as #rumours, not 'the rumours room'.", reply.Description);
    }

    [Fact]
    public void Registers_as_a_discord_channel_option_limited_to_text_and_announcement_channels()
    {
        var option = Assert.Single(Assert.Single(CommandRegistration.Build(new CommandCatalog([new Module()])), c => c.Name == "post").Options!);

        Assert.Equal(ApplicationCommandOption.Channel, option.Type);
        Assert.Equal([0, 5], option.ChannelTypes);
    }

    [Fact]
    public void An_interaction_brings_the_channel_id_as_the_value_and_its_name_from_resolved()
    {
        var json = """
            {"id":"1","application_id":"2","type":2,"token":"t","guild_id":"3","channel_id":"4",
             "member":{"user":{"id":"5","username":"alice"},"permissions":"32"},
             "data":{"id":"6","name":"post","type":1,
                     "options":[{"name":"channel","type":7,"value":"1310000000000000102"}],
                     "resolved":{"channels":{"1310000000000000102":{"id":"1310000000000000102","name":"rumours","type":0,"permissions":"0"}}}}}
            """;
        var interaction = System.Text.Json.JsonSerializer.Deserialize(json, DiscordJsonContext.Default.Interaction)!;

        var request = InteractionHandler.ToRequest(interaction)!;

        Assert.Equal("1310000000000000102", request.Options["channel"]);
        Assert.Equal("rumours", request.ChannelNames[1310000000000000102]);
    }

    private sealed class Module : ICommandModule
    {
        public IEnumerable<CommandDefinition> Commands => [Post];
    }
}
