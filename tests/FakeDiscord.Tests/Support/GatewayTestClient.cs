using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FakeDiscord.Gateway;

namespace FakeDiscord.Tests.Support;

/// <summary>A bare gateway client over <see cref="ClientWebSocket"/>, so the tests see exactly what goes over the wire.</summary>
internal sealed class GatewayTestClient : IAsyncDisposable
{
    public const long DefaultIntents = 1537; // GUILDS | GUILD_MESSAGES | GUILD_MESSAGE_REACTIONS
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(5);
    private readonly ClientWebSocket _socket = new();

    private GatewayTestClient()
    {
    }

    public WebSocketState State => _socket.State;

    public int? LastSequence { get; private set; }

    public static async Task<GatewayTestClient> ConnectAsync(string url, string query = "?v=10&encoding=json")
    {
        var client = new GatewayTestClient();
        using var timeout = new CancellationTokenSource(DefaultTimeout);
        await client._socket.ConnectAsync(new Uri(url + query), timeout.Token);
        return client;
    }

    /// <summary>Connects, reads Hello, identifies and reads READY plus the GUILD_CREATEs of <paramref name="guilds"/> guilds.</summary>
    public static async Task<(GatewayTestClient Client, JsonObject Ready)> IdentifiedAsync(
        FakeDiscordServer server, long intents = DefaultIntents, int guilds = 1)
    {
        var client = await ConnectAsync(server.GatewayUrl);
        await client.ReceiveOpAsync(10);
        await client.IdentifyAsync(server.Options.Token, intents);
        var ready = await client.ReceiveDispatchAsync("READY");
        for (var i = 0; i < guilds && (intents & GatewayIntents.Guilds) != 0; i++) // GUILD_CREATE needs GUILDS
        {
            await client.ReceiveDispatchAsync("GUILD_CREATE");
        }

        return (client, ready);
    }

    public Task IdentifyAsync(string token, long intents = DefaultIntents) =>
        SendAsync(new
        {
            op = 2,
            d = new { token, intents, properties = new { os = "linux", browser = "fake-discord-tests", device = "fake-discord-tests" } },
        });

    /// <summary>Identifies as one shard, <c>[id, count]</c>.</summary>
    public Task IdentifyAsShardAsync(string token, int shardId, int shardCount, long intents = DefaultIntents) =>
        SendAsync(new
        {
            op = 2,
            d = new
            {
                token, intents, shard = new[] { shardId, shardCount },
                properties = new { os = "linux", browser = "fake-discord-tests", device = "fake-discord-tests" },
            },
        });

    public Task SendAsync(object payload) => SendRawAsync(JsonSerializer.Serialize(payload));

    public async Task SendRawAsync(string text)
    {
        using var timeout = new CancellationTokenSource(DefaultTimeout);
        await _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, timeout.Token);
    }

    /// <summary>The next payload; throws if the server closes instead.</summary>
    public async Task<JsonObject> ReceiveAsync(TimeSpan? timeout = null)
    {
        var (payload, code, reason) = await ReceiveFrameAsync(timeout ?? DefaultTimeout);
        if (payload is null)
        {
            throw new InvalidOperationException($"The server closed the connection ({code}: {reason}) instead of sending a payload.");
        }

        if (payload["s"] is JsonValue sequence)
        {
            LastSequence = sequence.GetValue<int>();
        }

        return payload;
    }

    public async Task<JsonObject> ReceiveOpAsync(int op)
    {
        var payload = await ReceiveAsync();
        Assert.Equal(op, payload["op"]!.GetValue<int>());
        return payload;
    }

    /// <summary>Skips payloads until a dispatch named <paramref name="eventName"/> arrives; returns the whole payload.</summary>
    public async Task<JsonObject> ReceiveDispatchAsync(string eventName)
    {
        while (true)
        {
            var payload = await ReceiveAsync();
            if (payload["op"]!.GetValue<int>() == 0 && payload["t"]!.GetValue<string>() == eventName)
            {
                return payload;
            }
        }
    }

    /// <summary>Reads until the server's close frame and returns its code (payloads before it are skipped).</summary>
    public async Task<int?> ReceiveCloseAsync()
    {
        while (true)
        {
            var (payload, code, _) = await ReceiveFrameAsync(DefaultTimeout);
            if (payload is null)
            {
                return code;
            }
        }
    }

    public async Task CloseAsync(WebSocketCloseStatus status)
    {
        using var timeout = new CancellationTokenSource(DefaultTimeout);
        await _socket.CloseAsync(status, "test", timeout.Token);
    }

    public ValueTask DisposeAsync()
    {
        _socket.Abort();
        _socket.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task<(JsonObject? Payload, int? Code, string? Reason)> ReceiveFrameAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await _socket.ReceiveAsync(buffer, cancel.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return (null, (int?)_socket.CloseStatus, _socket.CloseStatusDescription);
            }

            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return ((JsonObject)JsonNode.Parse(message.ToArray())!, null, null);
            }
        }
    }
}
