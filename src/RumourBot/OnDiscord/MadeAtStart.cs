using Microsoft.Extensions.Hosting;

namespace RumourBot.OnDiscord;

/// <summary>
/// Has the host make a singleton before any hosted service starts, for one that listens to others from its
/// construction on (<see cref="PollMessages"/>). It only holds the service: the container disposes it once, as its own.
/// </summary>
internal sealed class MadeAtStart<T>(T service) : IHostedService where T : class
{
    public T Service { get; } = service;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
