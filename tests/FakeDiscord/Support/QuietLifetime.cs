using Microsoft.Extensions.Hosting;

namespace FakeDiscord.Support;

/// <summary>
/// A host lifetime that leaves Ctrl+C and SIGTERM alone: the fake lives inside test processes, and the standalone
/// runner stops through its command line's cancellation instead.
/// </summary>
internal sealed class QuietLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
