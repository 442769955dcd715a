using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace RumourBot.Tests.Support;

/// <summary>
/// A generic host running one of the bot's background services over a test's parts, with the host's default
/// behaviour kept: an exception out of a background service stops the host, which <see cref="IsStopping"/> tells.
/// </summary>
public sealed class ServiceHost : IAsyncDisposable
{
    private readonly IHost _host;

    private ServiceHost(IHost host) => _host = host;

    public static async Task<ServiceHost> StartAsync<TService>(TService service) where TService : class, IHostedService
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddHostedService(_ => service);
        var host = builder.Build();
        await host.StartAsync();
        return new ServiceHost(host);
    }

    public bool IsStopping => _host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested;

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
