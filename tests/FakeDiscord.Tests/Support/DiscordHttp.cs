using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FakeDiscord.Tests.Support;

/// <summary>HttpClients that talk to the fake the way a bot must (Bot token, DiscordBot User-Agent).</summary>
internal static class DiscordHttp
{
    public const string UserAgent = "DiscordBot (https://github.com/example/rumourbot, 0.1.0)";

    public static HttpClient Create(FakeDiscordServer server, bool authorize = true, bool userAgent = true)
    {
        var client = new HttpClient { BaseAddress = new Uri(server.BaseUrl + "/"), Timeout = TimeSpan.FromSeconds(10) };
        if (authorize)
        {
            client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "Bot " + server.Options.Token);
        }

        if (userAgent)
        {
            client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", UserAgent);
        }

        return client;
    }

    public static StringContent Json(object body) =>
        new(body is string text ? text : JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");

    public static async Task<JsonNode> ReadJsonAsync(this HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string path, object body) =>
        client.PostAsync(path, Json(body));

    public static Task<HttpResponseMessage> PatchJsonAsync(this HttpClient client, string path, object body) =>
        client.PatchAsync(path, Json(body));

    public static Task<HttpResponseMessage> PutJsonAsync(this HttpClient client, string path, object body) =>
        client.PutAsync(path, Json(body));

    /// <summary>Posts a message as the bot and returns its id.</summary>
    public static async Task<string> CreateMessageAsync(this HttpClient client, ulong channelId, string content = "Will Trent stay?")
    {
        using var response = await client.PostJsonAsync($"channels/{channelId}/messages", new { content });
        response.EnsureSuccessStatusCode();
        return (await response.ReadJsonAsync())["id"]!.GetValue<string>();
    }

    public static string Header(this HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : string.Empty;

    public static int ErrorCode(this JsonNode body) => body["code"]!.GetValue<int>();

    public static Task<JsonNode?> GetJsonAsync(this HttpClient client, string path) =>
        client.GetFromJsonAsync<JsonNode>(path);
}
