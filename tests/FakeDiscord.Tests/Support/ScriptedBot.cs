using System.Text.Json.Nodes;

namespace FakeDiscord.Tests.Support;

/// <summary>
/// A minimal bot for scenario tests: it opens a "poll" for every user message, retallies on each reaction,
/// answers slash commands with "Pong" and reads <c>/users/@me</c> when it sees a PING_ME dispatch.
/// </summary>
internal sealed class ScriptedBot : IAsyncDisposable
{
    private readonly GatewayTestClient _gateway;
    private readonly HttpClient _http;
    private readonly Task _loop;

    private ScriptedBot(GatewayTestClient gateway, HttpClient http)
    {
        _gateway = gateway;
        _http = http;
        _loop = RunAsync();
    }

    public static async Task<ScriptedBot> StartAsync(FakeDiscordServer server)
    {
        var (gateway, _) = await GatewayTestClient.IdentifiedAsync(server);
        return new ScriptedBot(gateway, DiscordHttp.Create(server));
    }

    /// <summary>For a server started elsewhere (the command line): connect to a known port, retrying until it listens.</summary>
    public static async Task<ScriptedBot> StartAsync(int port, string token)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            try
            {
                var gateway = await GatewayTestClient.ConnectAsync($"ws://127.0.0.1:{port}/gateway");
                await gateway.ReceiveOpAsync(10);
                await gateway.IdentifyAsync(token);
                await gateway.ReceiveDispatchAsync("READY");
                var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/api/v10/"), Timeout = TimeSpan.FromSeconds(10) };
                http.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "Bot " + token);
                http.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", DiscordHttp.UserAgent);
                return new ScriptedBot(gateway, http);
            }
            catch (Exception ex) when (ex is System.Net.WebSockets.WebSocketException or HttpRequestException && DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _gateway.DisposeAsync();
        await _loop;
        _http.Dispose();
    }

    private async Task RunAsync()
    {
        try
        {
            while (true)
            {
                var payload = await _gateway.ReceiveAsync(TimeSpan.FromMinutes(1));
                if (payload["op"]!.GetValue<int>() == 0)
                {
                    await HandleAsync(payload["t"]!.GetValue<string>(), payload["d"]!);
                }
            }
        }
        catch (Exception ex) when (ex is System.Net.WebSockets.WebSocketException or ObjectDisposedException
                                       or OperationCanceledException or InvalidOperationException)
        {
            // The test is over and the socket was closed under us.
        }
    }

    private static bool IsBot(JsonNode? user) => user is JsonObject known && known.ContainsKey("bot");

    private async Task HandleAsync(string eventName, JsonNode d)
    {
        switch (eventName)
        {
            case "MESSAGE_CREATE" when !IsBot(d["author"]):
                var channel = d["channel_id"]!.GetValue<string>();
                using (await _http.PostJsonAsync($"channels/{channel}/messages", new { content = "Poll: will Trent stay? React ✅ or ❌" }))
                {
                }

                break;
            case "MESSAGE_REACTION_ADD" when !IsBot(d["member"]?["user"]):
                var path = $"channels/{d["channel_id"]!.GetValue<string>()}/messages/{d["message_id"]!.GetValue<string>()}";
                using (await _http.PatchJsonAsync(path, new { content = "Poll: will Trent stay? 1 vote" }))
                {
                }

                break;
            case "INTERACTION_CREATE":
                using (await _http.PostJsonAsync(
                           $"interactions/{d["id"]!.GetValue<string>()}/{d["token"]!.GetValue<string>()}/callback",
                           new { type = 4, data = new { content = "Pong" } }))
                {
                }

                break;
            case "PING_ME":
                using (await _http.GetAsync("users/@me"))
                {
                }

                break;
        }
    }
}
