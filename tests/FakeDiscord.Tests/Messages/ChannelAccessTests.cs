using System.Net;
using FakeDiscord.Model;
using FakeDiscord.Tests.Support;

namespace FakeDiscord.Tests.Messages;

public sealed class ChannelAccessTests
{
    private static readonly string Rumours = $"channels/{SampleIds.RumoursChannel}/messages";

    [Fact]
    public async Task A_deleted_channel_is_unknown_to_every_route_and_the_bot_hears_channel_delete()
    {
        await using var server = await TestServers.StartWithoutRateLimitsAsync();
        var (gateway, _) = await GatewayTestClient.IdentifiedAsync(server);
        await using var _gateway = gateway;
        using var client = DiscordHttp.Create(server);
        var earlier = await client.CreateMessageAsync(SampleIds.RumoursChannel);

        await server.DeleteChannelAsync(SampleIds.RumoursChannel);
        var deleted = await gateway.ReceiveDispatchAsync("CHANNEL_DELETE");
        using var create = await client.PostJsonAsync(Rumours, new { content = "Here we go" });
        using var edit = await client.PatchJsonAsync($"{Rumours}/{earlier}", new { content = "edited" });
        using var read = await client.GetAsync($"channels/{SampleIds.RumoursChannel}");

        Assert.Equal(SampleIds.RumoursChannel.ToString(), deleted["d"]!["id"]!.GetValue<string>());
        Assert.Equal("rumours", deleted["d"]!["name"]!.GetValue<string>());
        foreach (var response in new[] { create, edit, read })
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            var body = await response.ReadJsonAsync();
            Assert.Equal(10003, body.ErrorCode());
            Assert.Equal("Unknown Channel", body["message"]!.GetValue<string>());
        }
        using var elsewhere = await client.PostJsonAsync($"channels/{SampleIds.GeneralChannel}/messages", new { content = "still fine" });
        Assert.Equal(HttpStatusCode.OK, elsewhere.StatusCode);
    }

    [Fact]
    public async Task Without_send_messages_creating_a_message_is_missing_permissions()
    {
        await using var server = await TestServers.StartWithoutRateLimitsAsync();
        using var client = DiscordHttp.Create(server);
        server.DenyBotPermissions(SampleIds.RumoursChannel, ChannelPermissions.SendMessages);

        using var create = await client.PostJsonAsync(Rumours, new { content = "Here we go" });
        using var read = await client.GetAsync($"channels/{SampleIds.RumoursChannel}");

        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
        var body = await create.ReadJsonAsync();
        Assert.Equal(50013, body.ErrorCode());
        Assert.Equal("Missing Permissions", body["message"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, read.StatusCode); // it may still see the channel
    }

    [Fact]
    public async Task Without_view_channel_the_channel_is_missing_access_until_the_denial_is_lifted()
    {
        await using var server = await TestServers.StartWithoutRateLimitsAsync();
        using var client = DiscordHttp.Create(server);
        server.DenyBotPermissions(SampleIds.RumoursChannel, ChannelPermissions.ViewChannel | ChannelPermissions.SendMessages);

        using var create = await client.PostJsonAsync(Rumours, new { content = "Here we go" });
        using var list = await client.GetAsync(Rumours);
        server.DenyBotPermissions(SampleIds.RumoursChannel, 0);
        using var again = await client.PostJsonAsync(Rumours, new { content = "Here we go" });

        foreach (var response in new[] { create, list })
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            var body = await response.ReadJsonAsync();
            Assert.Equal(50001, body.ErrorCode());
            Assert.Equal("Missing Access", body["message"]!.GetValue<string>());
        }
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }

    [Fact]
    public async Task A_channel_option_comes_with_the_channel_resolved_as_discord_sends_it()
    {
        await using var server = await TestServers.StartWithoutRateLimitsAsync();
        var (gateway, _) = await GatewayTestClient.IdentifiedAsync(server);
        await using var _gateway = gateway;
        var data = new
        {
            name = "digest",
            options = new[] { new { name = "schedule", type = 1, options = new object[] { new { name = "channel", type = 7, value = SampleIds.RumoursChannel.ToString() } } } },
        };

        await server.SendInteractionAsync(data, SampleIds.Alice);
        var created = await gateway.ReceiveDispatchAsync("INTERACTION_CREATE");

        var channel = created["d"]!["data"]!["resolved"]!["channels"]![SampleIds.RumoursChannel.ToString()]!;
        Assert.Equal(SampleIds.RumoursChannel.ToString(), channel["id"]!.GetValue<string>());
        Assert.Equal("rumours", channel["name"]!.GetValue<string>());
        Assert.Equal(0, channel["type"]!.GetValue<int>());
        Assert.Equal(created["d"]!["member"]!["permissions"]!.GetValue<string>(), channel["permissions"]!.GetValue<string>());
    }
}
