using FakeDiscord;
using FakeDiscord.Model;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RumourBot.Commands;
using RumourBot.Hosting;
using RumourBot.OnDiscord;

namespace RumourBot.Discord.Tests.Support;

/// <summary>
/// The whole bot (the generic host with every feature) connected to FakeDiscord over real sockets, with a LiteDB
/// file in a temp folder seeded from the repository's seeds/.
/// </summary>
public sealed class BotHarness : IAsyncDisposable
{
    private readonly List<string> _logs;
    private readonly string _data;
    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;
    private readonly bool _ownsServer;
    private int _disposed;

    private BotHarness(FakeDiscordServer server, IHost host, List<string> logs, string data, Dictionary<string, string?> settings, Action<IServiceCollection>? services, bool ownsServer)
    {
        _ownsServer = ownsServer;
        Server = server;
        Host = host;
        _logs = logs;
        _data = data;
        _settings = settings;
        _services = services;
    }

    public FakeDiscordServer Server { get; }
    public IHost Host { get; private set; }
    public BotExit Exit => Host.Services.GetRequiredService<BotExit>();

    public static async Task<BotHarness> StartAsync(
        string? token = null, TimeSpan? deferAfter = null, Action<IServiceCollection>? services = null, string? recordFile = null,
        TimeSpan? pollEditInterval = null, Action<FakeDiscordOptions>? discord = null, FakeDiscordServer? sharedServer = null)
    {
        // A shared server is another bot process's too: the test disposes it, not this harness.
        var server = sharedServer;
        if (server is null)
        {
            var discordOptions = new FakeDiscordOptions { RecordFilePath = recordFile, HeartbeatTimeout = TimeSpan.FromSeconds(30) };
            discord?.Invoke(discordOptions);
            server = await FakeDiscordServer.StartAsync(discordOptions);
        }
        var data = Path.Combine(Path.GetTempPath(), "rumourbot-discord-tests", Guid.NewGuid().ToString("N"));
        var settings = new Dictionary<string, string?>
        {
            ["Storage:DataFolder"] = data,
            ["Storage:SeedsFolder"] = RumourBot.Tests.Support.RepositoryPaths.Seeds,
            ["Discord:Token"] = token ?? server.Options.Token,
            ["Discord:ApiBaseUrl"] = server.BaseUrl,
            ["Discord:DevGuildId"] = SampleIds.Guild.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Discord:DeferAfter"] = (deferAfter ?? TimeSpan.FromSeconds(2)).ToString(),
            ["Discord:PollEditInterval"] = (pollEditInterval ?? TimeSpan.FromMilliseconds(300)).ToString(),
        };
        var logs = new List<string>();
        var host = await StartHostAsync(settings, services, logs);
        return new BotHarness(server, host, logs, data, settings, services, ownsServer: sharedServer is null);
    }

    /// <summary>
    /// Stops the bot and starts it again on the same database and the same FakeDiscord, as a restart would;
    /// <paramref name="whileAway"/> runs while the bot is down (its events reach no session).
    /// </summary>
    public async Task RestartAsync(Func<Task>? whileAway = null)
    {
        await Host.StopAsync(TimeSpan.FromSeconds(5));
        Host.Dispose();
        if (whileAway is not null) await whileAway();
        Host = await StartHostAsync(_settings, _services, _logs);
    }

    private static async Task<IHost> StartHostAsync(Dictionary<string, string?> settings, Action<IServiceCollection>? services, List<string> logs)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(new ListLoggerProvider(logs));
        builder.AddRumourBot();
        builder.AddDiscordBot();
        services?.Invoke(builder.Services);
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    /// <summary>Everything the bot logged so far.</summary>
    public string LogText
    {
        get
        {
            lock (_logs) return string.Join("\n", _logs);
        }
    }

    public async ValueTask DisposeAsync()
    {
        // A test may stop the bot early (to read the record file) and still `await using` it.
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        try
        {
            await Host.StopAsync(TimeSpan.FromSeconds(5));
        }
        finally
        {
            Host.Dispose();
            if (_ownsServer) await Server.DisposeAsync();
            try
            {
                Directory.Delete(_data, recursive: true);
            }
            catch (IOException)
            {
                // a temp folder; the OS cleans it
            }
        }
    }

    private sealed class ListLoggerProvider(List<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Logger(lines);

        public void Dispose()
        {
        }

        private sealed class Logger(List<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                lock (lines) lines.Add($"{logLevel}: {formatter(state, exception)} {exception?.Message}");
            }
        }
    }

    /// <summary>A command that takes half a second, to test deferring end to end.</summary>
    public sealed class SlowModule : ICommandModule
    {
        public IEnumerable<CommandDefinition> Commands =>
        [
            new("slow", null, "Takes its time", [], async (_, cancellationToken) =>
            {
                await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken);
                return new Replies.Reply("Finally", "Worth the wait");
            }),
        ];
    }

    /// <summary>A moderator-only command, to test permission checks end to end.</summary>
    public sealed class ModeratorModule : ICommandModule
    {
        public IEnumerable<CommandDefinition> Commands =>
        [
            new("lockdown", null, "A moderators-only command for tests", [],
                (_, _) => ValueTask.FromResult(new Replies.Reply("Locked down"))) { RequiredPermissions = Permissions.ManageGuild },
        ];
    }
}
