using System.Diagnostics;
using FakeDiscord;
using FakeDiscord.Model;
using FakeDiscord.RateLimits;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RumourBot.Hosting;
using RumourBot.Storage;

namespace RumourBot.Benchmarks.Load;

/// <summary>
/// The whole bot over a large database, answering /rumours latest interactions from FakeDiscord on loopback:
/// latency from the interaction's creation to the bot's callback, as FakeDiscord measures it.
/// </summary>
public static class InteractionLatency
{
    public static async Task RunAsync(int reports, int interactions, bool postgres = false)
    {
        var data = Path.Combine(Path.GetTempPath(), "rumourbot-load", Guid.NewGuid().ToString("N"));
        var fill = Stopwatch.StartNew();
        using var postgresDatabase = postgres ? new PostgresBenchDatabase() : null;
        if (postgresDatabase is not null)
        {
            PostgresSyntheticReports.Fill(postgresDatabase.Source, reports);
        }
        else
        {
            using var database = new RumourDatabase(Path.Combine(data, "rumourbot.db"));
            SyntheticReports.Fill(database, reports);
        }
        Console.WriteLine($"database ({(postgres ? "PostgreSQL" : "LiteDB")}): {reports:N0} reports stored in {fill.Elapsed.TotalSeconds:F1} s");

        var options = new FakeDiscordOptions { HeartbeatTimeout = Timeout.InfiniteTimeSpan };
        options.RateLimits.Enabled = false; // measure the bot, not the fake's limits (callbacks are per interaction anyway)
        await using var server = await FakeDiscordServer.StartAsync(options);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:DataFolder"] = data,
            ["Storage:Provider"] = postgres ? StorageProviders.Postgres : StorageProviders.LiteDb,
            ["ConnectionStrings:RumourBot"] = postgresDatabase?.ConnectionString,
            ["Discord:Token"] = options.Token,
            ["Discord:ApiBaseUrl"] = server.BaseUrl,
            ["Discord:DevGuildId"] = SampleIds.Guild.ToString(System.Globalization.CultureInfo.InvariantCulture),
            // One member sends every interaction, one after another: the burst limit is for floods, not this measure.
            ["Limits:CommandBurst"] = "100000",
            ["Limits:BurstWindow"] = "00:00:01",
        });
        builder.Logging.ClearProviders();
        builder.AddRumourBot();
        builder.AddDiscordBot();
        using var host = builder.Build();
        await host.StartAsync();
        await server.WaitForRequestAsync(r => r.Method == "PUT" && r.Path.Contains("/commands", StringComparison.Ordinal), TimeSpan.FromSeconds(30));

        var command = new
        {
            name = "rumours",
            type = 1,
            options = new[] { new { name = "latest", type = 1, options = new[] { new { name = "count", type = 4, value = 5 } } } },
        };
        for (var i = 0; i < 200; i++) await AnswerAsync(server, command); // warm-up: JIT, connection pool, LiteDB cache

        var latencies = new double[interactions];
        var run = Stopwatch.StartNew();
        for (var i = 0; i < interactions; i++) latencies[i] = (await AnswerAsync(server, command)).TotalMilliseconds;
        run.Stop();
        Array.Sort(latencies);
        Console.WriteLine($"/rumours latest over {reports:N0} reports, {interactions:N0} interactions one after another:");
        Console.WriteLine($"  p50 {Percentile(latencies, 0.50):F2} ms, p99 {Percentile(latencies, 0.99):F2} ms, max {latencies[^1]:F2} ms, " +
                          $"{interactions / run.Elapsed.TotalSeconds:F0} interactions/s");
        await host.StopAsync();
        TryDelete(data);
    }

    private static async Task<TimeSpan> AnswerAsync(FakeDiscordServer server, object command)
    {
        var interaction = await server.SendInteractionAsync(command, SampleIds.Bob, SampleIds.Guild, SampleIds.RumoursChannel);
        var callback = await interaction.WaitForResponseAsync(TimeSpan.FromSeconds(10));
        if (callback.Type != 4) throw new InvalidOperationException($"expected an immediate answer, got callback type {callback.Type}");
        return callback.Elapsed;
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // a temp folder; the OS cleans it
        }
    }
}
