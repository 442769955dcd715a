using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using FakeDiscord.Model;
using FakeDiscord.Scripting;
using FakeDiscord.Tests.Support;

namespace FakeDiscord.Tests.Gateway;

/// <summary>More than one shard: the advice in <c>GET /gateway/bot</c>, guilds routed by <c>(guild_id &gt;&gt; 22) % num_shards</c>.</summary>
public sealed class ShardingTests : IDisposable
{
    private readonly string _record = Path.Combine(Path.GetTempPath(), $"fakediscord-shards-{Guid.NewGuid():N}.jsonl");

    public void Dispose() => File.Delete(_record);

    private static async Task<(GatewayTestClient Client, JsonObject Ready, List<ulong> Guilds)> ShardAsync(FakeDiscordServer server, int id, int count)
    {
        var client = await GatewayTestClient.ConnectAsync(server.GatewayUrl);
        await client.ReceiveOpAsync(10);
        await client.IdentifyAsShardAsync(server.Options.Token, id, count);
        var ready = (await client.ReceiveDispatchAsync("READY"))["d"]!.AsObject();
        var guilds = new List<ulong>();
        foreach (var _ in ready["guilds"]!.AsArray())
        {
            var created = await client.ReceiveDispatchAsync("GUILD_CREATE");
            guilds.Add(ulong.Parse(created["d"]!["id"]!.GetValue<string>()));
        }

        return (client, ready, guilds);
    }

    [SkippableFact]
    public async Task A_thousand_guilds_each_get_a_GUILD_CREATE_on_the_shard_the_advice_routes_them_to()
    {
        await using var server = await TestServers.StartAsync(o =>
        {
            o.RecordFilePath = _record;
            o.Guilds = FakeGuild.CreateMany(1000);
            o.RecommendedShards = 4;
        });
        using var http = DiscordHttp.Create(server);
        var gatewayBot = await http.GetFromJsonAsync<JsonObject>("gateway/bot");
        var shards = gatewayBot!["shards"]!.GetValue<int>();

        var seen = new List<ulong>();
        for (var id = 0; id < shards; id++)
        {
            var (client, ready, guilds) = await ShardAsync(server, id, shards);
            await using var _ = client;
            Assert.Equal(new JsonArray(id, shards).ToJsonString(), ready["shard"]!.ToJsonString());
            Assert.All(guilds, g => Assert.Equal(id, (int)((g >> 22) % (ulong)shards)));
            seen.AddRange(guilds);
        }

        Assert.Equal(4, shards);
        Assert.Equal(1000, seen.Distinct().Count());
        Assert.Equal(server.Options.Guilds.Select(g => g.Id).Order(), seen.Order());
        await server.DisposeAsync();
        await ConformanceChecker.AssertConformsAsync(_record);
    }

    [Fact]
    public async Task An_event_goes_to_the_session_of_its_guild_shard_and_DMs_to_shard_0()
    {
        await using var server = await TestServers.StartAsync(o =>
        {
            o.Guilds = FakeGuild.CreateMany(6);
            o.RecommendedShards = 2;
        });
        var (zero, _, zeroGuilds) = await ShardAsync(server, 0, 2);
        await using var _ = zero;
        var (one, _, oneGuilds) = await ShardAsync(server, 1, 2);
        await using var __ = one;
        var guildOfOne = oneGuilds[0];
        var channelOfOne = server.Options.Guilds.Single(g => g.Id == guildOfOne).Channels[0].Id;

        var sequence = await server.DispatchAsync("MESSAGE_REACTION_ADD", new
        {
            user_id = SampleIds.Bob.ToString(), channel_id = channelOfOne.ToString(), message_id = "1310000000000000600",
            guild_id = guildOfOne.ToString(), emoji = new { name = "✅" },
        });
        var onOne = await one.ReceiveDispatchAsync("MESSAGE_REACTION_ADD");
        var interaction = await server.SendInteractionAsync(new { name = "ping", type = 1 }, SampleIds.Bob, guildOfOne, channelOfOne);
        var interactionOnOne = await one.ReceiveDispatchAsync("INTERACTION_CREATE");

        Assert.NotEmpty(zeroGuilds);
        Assert.Equal(sequence, onOne["s"]!.GetValue<int>());
        Assert.Equal(interaction.Id.ToString(), interactionOnOne["d"]!["id"]!.GetValue<string>());
        Assert.Equal([1, 2], server.SessionFor(guildOfOne)!.Shard);
        Assert.Equal([0, 2], server.SessionFor(null)!.Shard);
        Assert.DoesNotContain(server.SessionFor(zeroGuilds[0])!.Dispatches, d => d.EventName is "MESSAGE_REACTION_ADD" or "INTERACTION_CREATE");
    }

    [SkippableFact]
    public async Task A_session_that_would_hold_too_many_guilds_is_closed_with_4011()
    {
        await using var server = await TestServers.StartAsync(o =>
        {
            o.RecordFilePath = _record;
            o.Guilds = FakeGuild.CreateMany(10);
            o.MaxGuildsPerShard = 5;
        });
        using var http = DiscordHttp.Create(server);
        var advice = (await http.GetFromJsonAsync<JsonObject>("gateway/bot"))!["shards"]!.GetValue<int>();
        await using var client = await GatewayTestClient.ConnectAsync(server.GatewayUrl);
        await client.ReceiveOpAsync(10);

        await client.IdentifyAsync(server.Options.Token);

        Assert.Equal(2, advice);
        Assert.Equal(4011, await client.ReceiveCloseAsync());
        await server.DisposeAsync();
        await ConformanceChecker.AssertConformsAsync(_record);
    }

    [Fact]
    public async Task The_runner_takes_shards_and_guilds_from_the_command_line()
    {
        int port;
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        using var output = new StringWriter();
        using var stop = new CancellationTokenSource();
        var run = FakeDiscordCommandLine.Create(output, output).Parse(["--port", port.ToString(), "--shards", "3", "--guilds", "1000"]).InvokeAsync(cancellationToken: stop.Token);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/api/v10/"), Timeout = TimeSpan.FromSeconds(10) };
        http.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "Bot " + FakeDiscordCommandLine.DefaultToken);
        http.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", DiscordHttp.UserAgent);
        JsonObject? advice = null;
        for (var attempt = 0; advice is null; attempt++)
        {
            try
            {
                advice = await http.GetFromJsonAsync<JsonObject>("gateway/bot");
            }
            catch (HttpRequestException) when (attempt < 100 && !run.IsCompleted)
            {
                await Task.Delay(100);
            }
        }

        await stop.CancelAsync();
        Assert.Equal(0, await run.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(3, advice["shards"]!.GetValue<int>());
        Assert.Contains("Guilds: 1000; GET /gateway/bot advises 3 shard(s)", output.ToString(), StringComparison.Ordinal);
    }
}
