using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RumourBot.Hosting;
using RumourBot.LocalConsole;
using RumourBot.Polls;
using RumourBot.Tests.Support;

namespace RumourBot.Tests.Hosting;

public class PollRegistrationTests
{
    [Fact]
    public void The_vote_queue_is_registered_by_the_polls_feature_and_runs_in_the_local_console_too()
    {
        Assert.Contains(new ServiceCollection().AddPolls(), d => d.ServiceType == typeof(VoteQueue));

        using var data = new TempFolder();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [] });
        builder.Configuration.AddInMemoryCollection([KeyValuePair.Create("Storage:DataFolder", (string?)data.Path)]);
        builder.AddRumourBot();
        builder.AddLocalConsole(new LocalConsoleStreams(new StringReader(""), TextWriter.Null, TextWriter.Null, interactive: false));
        using var host = builder.Build();

        var queue = host.Services.GetRequiredService<VoteQueue>();
        Assert.Single(host.Services.GetServices<IHostedService>(), s => s is VoteQueue);
        Assert.Same(queue, host.Services.GetServices<IHostedService>().OfType<VoteQueue>().Single()); // the one the console's votes go to
        Assert.NotNull(host.Services.GetRequiredService<ConsoleVote>());
    }
}
