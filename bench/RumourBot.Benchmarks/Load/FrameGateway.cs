using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace RumourBot.Benchmarks.Load;

/// <summary>
/// A minimal gateway on loopback that answers Identify with READY and then sends pre-built frames as fast as the
/// WebSocket carries them, so that the sender is never the bottleneck (FakeDiscord's bookkeeping would be).
/// </summary>
public sealed class FrameGateway : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FrameGateway(WebApplication app, int port)
    {
        _app = app;
        Url = new Uri($"ws://127.0.0.1:{port}/gateway");
    }

    public Uri Url { get; }

    public static async Task<FrameGateway> StartAsync(IReadOnlyList<byte[]> frames)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Services.AddRoutingCore();
        var app = builder.Build();
        app.UseWebSockets();
        app.Run(context => ServeAsync(context, frames));
        await app.StartAsync();
        var port = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()).Port;
        return new FrameGateway(app, port);
    }

    /// <summary>A MESSAGE_REACTION_ADD frame with sequence number <paramref name="sequence"/>.</summary>
    public static byte[] ReactionAdd(int sequence, ulong userId, ulong messageId, string emoji) => Encoding.UTF8.GetBytes(
        "{\"op\":0,\"s\":" + sequence + ",\"t\":\"MESSAGE_REACTION_ADD\",\"d\":{\"user_id\":\"" + userId +
        "\",\"channel_id\":\"1310000000000000103\",\"message_id\":\"" + messageId +
        "\",\"guild_id\":\"1310000000000000100\",\"emoji\":{\"id\":null,\"name\":\"" + emoji + "\"},\"member\":{\"user\":{\"id\":\"" +
        userId + "\",\"username\":\"fan\"},\"roles\":[]}}}");

    private static async Task ServeAsync(HttpContext context, IReadOnlyList<byte[]> frames)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = 404;
            return;
        }
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        await SendAsync(socket, """{"op":10,"d":{"heartbeat_interval":45000},"s":null,"t":null}"""u8.ToArray());
        var buffer = new byte[8192];
        while (true)
        {
            var received = await socket.ReceiveAsync(buffer, CancellationToken.None);
            if (received.MessageType == WebSocketMessageType.Close) return;
            using var json = JsonDocument.Parse(buffer.AsMemory(0, received.Count));
            if (json.RootElement.GetProperty("op").GetInt32() == 2) break;
        }
        await SendAsync(socket, """{"op":0,"s":1,"t":"READY","d":{"v":10,"user":{"id":"1","username":"bot","bot":true},"session_id":"load","resume_gateway_url":"ws://127.0.0.1/","guilds":[],"application":{"id":"1"}}}"""u8.ToArray());
        foreach (var frame in frames) await SendAsync(socket, frame);
        try
        {
            while ((await socket.ReceiveAsync(buffer, CancellationToken.None)).MessageType != WebSocketMessageType.Close)
            {
                // heartbeats until the client leaves
            }
        }
        catch (WebSocketException)
        {
            // the client closed
        }
    }

    private static Task SendAsync(WebSocket socket, byte[] frame) =>
        socket.SendAsync(frame, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
