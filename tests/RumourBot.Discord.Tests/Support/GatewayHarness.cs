using System.Collections.Concurrent;
using FakeDiscord;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using RumourBot.Discord.Gateway;

namespace RumourBot.Discord.Tests.Support;

/// <summary>Our gateway client running against a FakeDiscord server over real sockets, collecting dispatches.</summary>
public sealed class GatewayHarness : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();

    private GatewayHarness(FakeDiscordServer server, DiscordGatewayClient client)
    {
        Server = server;
        Client = client;
        Client.OnDispatch = (dispatch, _) =>
        {
            Dispatches.Enqueue(dispatch);
            return ValueTask.CompletedTask;
        };
        Run = Client.RunAsync(new Uri(server.GatewayUrl), _stop.Token);
    }

    public FakeDiscordServer Server { get; }
    public DiscordGatewayClient Client { get; }
    public Task Run { get; }
    public ConcurrentQueue<GatewayDispatch> Dispatches { get; } = new();

    public IReadOnlyList<string> Names => Dispatches.Select(d => d.Name).ToList();

    public static async Task<GatewayHarness> StartAsync(Action<FakeDiscordOptions>? configure = null, Action<GatewayOptions>? client = null,
        IdentifyLimiter? identifies = null, ILogger<DiscordGatewayClient>? logger = null, Action<DiscordGatewayClient>? subscribe = null,
        TimeProvider? clientTime = null)
    {
        var options = new FakeDiscordOptions { HeartbeatInterval = TimeSpan.FromMilliseconds(400) };
        configure?.Invoke(options);
        // A cold start (JIT) on a busy two-core machine can take a second before Identify: that is not a dead client.
        options.HeartbeatTimeout ??= TimeSpan.FromSeconds(10);
        var server = await FakeDiscordServer.StartAsync(options);
        var gatewayOptions = new GatewayOptions
        {
            Token = options.Token,
            ReconnectBaseDelay = TimeSpan.FromMilliseconds(50),
            MaxReconnectDelay = TimeSpan.FromMilliseconds(500),
            MinInvalidSessionDelay = TimeSpan.FromMilliseconds(50),
            MaxInvalidSessionDelay = TimeSpan.FromMilliseconds(100),
            IdentifySpacing = TimeSpan.FromMilliseconds(50),
        };
        client?.Invoke(gatewayOptions);
        var gateway = new DiscordGatewayClient(gatewayOptions, logger ?? NullLogger<DiscordGatewayClient>.Instance, clientTime ?? TimeProvider.System, identifies);
        subscribe?.Invoke(gateway); // before it connects, so no event is missed
        return new GatewayHarness(server, gateway);
    }

    /// <summary>Waits until a dispatch of that name has arrived <paramref name="count"/> times.</summary>
    public async Task WaitForAsync(string name, int count = 1, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (Dispatches.Count(d => d.Name == name) < count)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"{name} x{count} did not arrive; got {string.Join(", ", Names)}");
            if (Run.IsCompleted) await Run; // surface the client's failure
            await Task.Delay(10);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await Run.WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (Exception error) when (error is OperationCanceledException or GatewayFatalException or TimeoutException)
        {
            // stopped
        }
        await Server.DisposeAsync();
        _stop.Dispose();
    }
}
