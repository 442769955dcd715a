using System.Diagnostics;
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
using Microsoft.Extensions.Logging.Abstractions;
using RumourBot.Discord.Gateway;

namespace RumourBot.Benchmarks.Load;

/// <summary>
/// How many MESSAGE_REACTION_ADD dispatches a second our gateway client receives, parses and routes, fed as fast
/// as a loopback WebSocket can carry them by a minimal gateway that sends pre-built frames (so the sender is
/// not the bottleneck, as FakeDiscord's bookkeeping would be).
/// </summary>
public static class DispatchThroughput
{
    public static async Task RunAsync(int count)
    {
        var frames = Enumerable.Range(0, count).Select(i => Encoding.UTF8.GetBytes(
            "{\"op\":0,\"s\":" + (i + 2) + ",\"t\":\"MESSAGE_REACTION_ADD\",\"d\":{\"user_id\":\"" + (1310000000000000200 + i % 1000) +
            "\",\"channel_id\":\"1310000000000000103\",\"message_id\":\"" + (1310000000000050000 + i % 1000) +
            "\",\"guild_id\":\"1310000000000000100\",\"emoji\":{\"id\":null,\"name\":\"\u2705\"},\"member\":{\"user\":{\"id\":\"" +
            (1310000000000000200 + i % 1000) + "\",\"username\":\"fan\"},\"roles\":[]}}}")).ToArray();

        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Services.AddRoutingCore();
        await using var app = builder.Build();
        app.UseWebSockets();
        app.Run(context => ServeAsync(context, frames));
        await app.StartAsync();
        var port = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()).Port;

        // Routing as the bot will: find the poll by message id, count the vote by emoji.
        var polls = new Dictionary<string, int>();
        var routed = 0;
        var done = new TaskCompletionSource();
        Stopwatch? clock = null;
        var client = new DiscordGatewayClient(new GatewayOptions { Token = "load" }, NullLogger<DiscordGatewayClient>.Instance, TimeProvider.System)
        {
            OnDispatch = (dispatch, cancellationToken) =>
            {
                if (dispatch.Name != "MESSAGE_REACTION_ADD") return ValueTask.CompletedTask;
                clock ??= Stopwatch.StartNew();
                var messageId = dispatch.Data.GetProperty("message_id").GetString()!;
                var emoji = dispatch.Data.GetProperty("emoji").GetProperty("name").GetString();
                var voter = dispatch.Data.GetProperty("user_id").GetString();
                if (emoji is not null && voter is not null) polls[messageId] = polls.GetValueOrDefault(messageId) + 1;
                if (++routed == count) done.TrySetResult();
                return ValueTask.CompletedTask;
            },
        };
        using var stop = new CancellationTokenSource();
        var run = client.RunAsync(new Uri($"ws://127.0.0.1:{port}/gateway"), stop.Token);
        await done.Task.WaitAsync(TimeSpan.FromMinutes(2));
        var elapsed = clock!.Elapsed;
        await stop.CancelAsync();
        try
        {
            await run;
        }
        catch (OperationCanceledException)
        {
        }
        Console.WriteLine($"gateway: {count:N0} MESSAGE_REACTION_ADD dispatches parsed and routed in {elapsed.TotalMilliseconds:F0} ms: " +
                          $"{count / elapsed.TotalSeconds:N0} dispatches/s ({polls.Count} polls)");
        await app.StopAsync();
    }

    private static async Task ServeAsync(HttpContext context, byte[][] frames)
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
}
