using LiteDB;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RumourBot.LocalConsole;
using RumourBot.OnDiscord;
using RumourBot.Storage;

namespace RumourBot.Hosting;

/// <summary>Builds the generic host and runs the bot: the local console without a token.</summary>
public static class BotRunner
{
    /// <param name="adjust">Test harnesses only: a last change to the services before the host is built.</param>
    public static async Task<int> RunAsync(CancellationToken cancellationToken, Action<IHostApplicationBuilder>? adjust = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [],
            ContentRootPath = AppContext.BaseDirectory, // appsettings.json travels with the binary
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        // Logs go to stderr so that stdout carries only the bot's answers.
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.Configure<ConsoleLifetimeOptions>(o => o.SuppressStatusMessages = true);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(3));
        builder.AddRumourBot();

        DiscordOptions discord;
        try
        {
            discord = builder.Configuration.GetSection(DiscordOptions.Section).Get<DiscordOptions>() ?? new DiscordOptions();
        }
        catch (InvalidOperationException error) // a value of the wrong kind, e.g. Discord:TotalShards=two
        {
            await Console.Error.WriteLineAsync($"error: configuration: {error.Message}");
            return 1;
        }
        // Checked before the host starts, so the one line below is all the bot says (the host would log it again).
        if (discord.HasToken && discord.ReadShardPlan(out var shardProblem) is null)
        {
            await Console.Error.WriteLineAsync($"error: configuration: {shardProblem}");
            return 1;
        }
        if (discord.HasToken) builder.AddDiscordBot();
        else builder.AddLocalConsole(LocalConsoleStreams.Standard());
        adjust?.Invoke(builder);

        try
        {
            using var host = builder.Build();
            var exit = host.Services.GetService<BotExit>(); // RunAsync disposes the host's services
            // Settings and storage are checked before the host starts, so that a bad one is one line on stderr rather
            // than the host's failed-start log with its stack trace.
            host.Services.GetService<IStartupValidator>()?.Validate();
            PostgresStartup.Open(host.Services);
            // So is the LiteDB file: another process holding it is one line too.
            if (!host.Services.GetRequiredService<IOptions<StorageOptions>>().Value.UsesPostgres) host.Services.GetRequiredService<RumourDatabase>();
            await host.RunAsync(cancellationToken);
            return exit?.Code ?? 0;
        }
        catch (OptionsValidationException error)
        {
            await Console.Error.WriteLineAsync($"error: configuration: {string.Join(" ", error.Failures)}");
            return 1;
        }
        catch (AggregateException errors) when (errors.InnerExceptions.All(e => e is OptionsValidationException))
        {
            // Several sections wrong at once: still one line, every failure in it.
            var failures = errors.InnerExceptions.Cast<OptionsValidationException>().SelectMany(e => e.Failures);
            await Console.Error.WriteLineAsync($"error: configuration: {string.Join(" ", failures)}");
            return 1;
        }
        catch (Exception error) when (Unavailable(error) is { } storage)
        {
            await Console.Error.WriteLineAsync($"error: storage: {storage.Message}");
            return 1;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or LiteException)
        {
            await Console.Error.WriteLineAsync($"error: cannot open the database: {error.Message}");
            return 1;
        }
    }

    // Where the host wrapped it (a failed start of several services), the storage failure inside.
    private static StorageUnavailableException? Unavailable(Exception error) => error switch
    {
        StorageUnavailableException storage => storage,
        AggregateException many => many.InnerExceptions.Select(Unavailable).FirstOrDefault(e => e is not null),
        { InnerException: { } inner } => Unavailable(inner),
        _ => null,
    };
}
