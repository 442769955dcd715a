using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using RumourBot.Commands;
using RumourBot.Feeds;
using RumourBot.Fetching;
using RumourBot.Hosting;
using RumourBot.LocalConsole;
using RumourBot.OnDiscord;
using RumourBot.Tests.Support;

namespace RumourBot.Tests.Hosting;

public class FeedRegistrationTests
{
    // The app as the local console runs it (Discord would add its own parts).
    private static IHost Build(TempFolder data, params (string Key, string Value)[] settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [] });
        builder.Configuration.AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))
            .Append(KeyValuePair.Create("Storage:DataFolder", (string?)data.Path)));
        builder.AddRumourBot();
        builder.AddLocalConsole(new LocalConsoleStreams(new StringReader(""), TextWriter.Null, TextWriter.Null, interactive: false));
        return builder.Build();
    }

    [Fact]
    public void The_app_registers_feeds_and_the_public_only_guard_whatever_the_settings()
    {
        using var data = new TempFolder();
        using var host = Build(data, ("Fetching:AllowLoopback", "true"), ("Fetching:AllowedAddresses:0", "127.0.0.1"), ("Feeds:PollInterval", "00:15:00"));

        Assert.Same(AddressPolicy.PublicOnly, host.Services.GetRequiredService<AddressPolicy>());
        Assert.Equal(TimeSpan.FromMinutes(15), host.Services.GetRequiredService<IOptions<FeedOptions>>().Value.PollInterval);
        var catalog = host.Services.GetRequiredService<CommandCatalog>();
        Assert.All(catalog.Group("feeds"), c => Assert.Equal(Permissions.ManageGuild, c.RequiredPermissions));
        Assert.Equal(["add", "list", "remove"], catalog.Group("feeds").Select(c => c.Subcommand));
        Assert.Contains(host.Services.GetServices<IHostedService>(), s => s is FeedPoller);
        var onDiscord = Assert.Single(CommandRegistration.Build(catalog), c => c.Name == "feeds");
        Assert.Equal("32", onDiscord.DefaultMemberPermissions); // MANAGE_GUILD, so members without it do not see /feeds
        Assert.All(onDiscord.Options!, o => Assert.InRange(o.Description.Length, 1, 100));
    }

    [Theory]
    [InlineData("Feeds:PollInterval", "00:00:05", "Feeds:PollInterval")]
    [InlineData("Feeds:MaxBackoff", "00:05:00", "Feeds:MaxBackoff")]
    [InlineData("Feeds:ArticleConcurrency", "0", "Feeds:ArticleConcurrency")]
    public async Task Settings_out_of_range_stop_the_start_naming_the_one_to_fix(string key, string value, string expected)
    {
        using var data = new TempFolder();
        using var host = Build(data, (key, value));

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(expected, string.Join(" ", error.Failures));
    }
}
