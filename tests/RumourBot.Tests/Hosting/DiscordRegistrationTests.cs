using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RumourBot.Hosting;
using RumourBot.OnDiscord;
using RumourBot.Tests.Support;

namespace RumourBot.Tests.Hosting;

public class DiscordRegistrationTests
{
    [Fact]
    public void The_rest_clients_connections_are_renewed_since_its_http_client_lives_as_long_as_the_bot()
    {
        using var data = new TempFolder();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [] });
        builder.Configuration.AddInMemoryCollection([
            KeyValuePair.Create("Storage:DataFolder", (string?)data.Path),
            KeyValuePair.Create("Discord:Token", (string?)"test-token"),
        ]);
        builder.AddRumourBot();
        builder.AddDiscordBot();
        using var host = builder.Build();

        // The handler chain the REST client's HttpClient is built on, down to the primary handler.
        HttpMessageHandler handler = host.Services.GetRequiredService<IHttpMessageHandlerFactory>().CreateHandler(DiscordOptions.RestHttpClientName);
        while (handler is DelegatingHandler { InnerHandler: { } inner }) handler = inner;

        var sockets = Assert.IsType<SocketsHttpHandler>(handler);
        Assert.Equal(TimeSpan.FromMinutes(15), sockets.PooledConnectionLifetime);
    }
}
