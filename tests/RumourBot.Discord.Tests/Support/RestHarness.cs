using FakeDiscord;
using RumourBot.Discord.Rest;

namespace RumourBot.Discord.Tests.Support;

/// <summary>Our REST client against a FakeDiscord server over real HTTP on 127.0.0.1.</summary>
public sealed class RestHarness : IAsyncDisposable
{
    private readonly HttpClient _http = new();

    private readonly DiscordRestOptions _options;

    private RestHarness(FakeDiscordServer server, DiscordRestOptions options)
    {
        Server = server;
        _options = options;
        Client = new DiscordRestClient(_http, options, Log, TimeProvider.System);
    }

    /// <summary>Another client with its own limiter state, as a second bot process would have.</summary>
    public DiscordRestClient NewClient(ListLogger<DiscordRestClient> log, int? globalPerSecond = null) =>
        new(_http, new DiscordRestOptions
        {
            BaseUrl = _options.BaseUrl,
            Token = _options.Token,
            GlobalRequestsPerSecond = globalPerSecond ?? _options.GlobalRequestsPerSecond,
        }, log, TimeProvider.System);

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
