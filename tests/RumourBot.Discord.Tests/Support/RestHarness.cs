using FakeDiscord;
using RumourBot.Discord.Rest;

namespace RumourBot.Discord.Tests.Support;

/// <summary>Our REST client against a FakeDiscord server over real HTTP on 127.0.0.1.</summary>
public sealed class RestHarness : IAsyncDisposable
{
    private readonly HttpClient _http = new();

    private RestHarness(FakeDiscordServer server, DiscordRestOptions options)
    {
        Server = server;
        Client = new DiscordRestClient(_http, options, Log, TimeProvider.System);
    }

    public ListLogger<DiscordRestClient> Log { get; } = new();

    public FakeDiscordServer Server { get; }
    public DiscordRestClient Client { get; }

    public static async Task<RestHarness> StartAsync(Action<FakeDiscordOptions>? configure = null, string? token = null)
    {
        var options = new FakeDiscordOptions();
        configure?.Invoke(options);
        var server = await FakeDiscordServer.StartAsync(options);
        return new RestHarness(server, new DiscordRestOptions { BaseUrl = new Uri(server.BaseUrl + "/"), Token = token ?? options.Token });
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await Server.DisposeAsync();
    }
}
