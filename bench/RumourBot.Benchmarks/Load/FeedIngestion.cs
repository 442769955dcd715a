using System.Diagnostics;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using RumourBot.Feeds;
using RumourBot.Fetching;
using RumourBot.Hosting;
using RumourBot.Ingestion;
using RumourBot.Reports;
using RumourBot.Rumours;
using RumourBot.Storage;

namespace RumourBot.Benchmarks.Load;

/// <summary>
/// Adding a feed of many articles served on 127.0.0.1, each article page delayed as a distant web server would be:
/// the whole ingest (feed, article fetches, SmartReader extraction, analysis, storage) against the time analysis
/// and extraction take on their own, to show where the time goes.
/// </summary>
public static class FeedIngestion
{
    public static async Task RunAsync(int articles, IReadOnlyList<int> latenciesMs)
    {
        var latency = 0;
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        builder.Services.AddRoutingCore();
        await using var app = builder.Build();
        var pages = Enumerable.Range(0, articles).Select(i => Encoding.UTF8.GetBytes(SyntheticFeed.Page(i))).ToArray();
        string? rss = null;
        app.Run(async context =>
        {
            var path = context.Request.Path.Value ?? "";
            if (path == "/feed.rss")
            {
                context.Response.ContentType = "application/rss+xml; charset=utf-8";
                await context.Response.WriteAsync(rss!);
                return;
            }
            if (path.StartsWith("/articles/", StringComparison.Ordinal) && int.TryParse(path["/articles/".Length..^".html".Length], out var i) && i < pages.Length)
            {
                if (latency > 0) await Task.Delay(latency);
                context.Response.ContentType = "text/html; charset=utf-8";
                await context.Response.Body.WriteAsync(pages[i]);
                return;
            }
            context.Response.StatusCode = 404;
        });
        await app.StartAsync();
        var port = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()).Port;
        var baseUrl = $"http://127.0.0.1:{port}";
        rss = SyntheticFeed.Rss(baseUrl, articles);

        // Fetching goes through the real guard, opened for exactly this server's endpoint (loopback only).
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddSafeFetching();
        services.Replace(ServiceDescriptor.Singleton(AddressPolicy.AllowingOnly(new IPEndPoint(IPAddress.Loopback, port))));
        await using var provider = services.BuildServiceProvider();
        var fetcher = provider.GetRequiredService<SafeHttpFetcher>();
        var feedOptions = Options.Create(new FeedOptions { MaxArticlesPerCheck = articles });

        // Analysis alone, on the texts SmartReader extracts: one report after another, as the importer runs them.
        var extracted = pages.Select((page, i) => ArticleExtractor.Extract(page, "utf-8", new Uri($"{baseUrl}/articles/{i}.html"))!).ToList();
        var reports = extracted.Select((a, i) => new Report(a.Title ?? "", a.SiteName, $"{baseUrl}/articles/{i}.html", null, a.Text)).ToList();
        TimeSpan Analyse()
        {
            var clock = Stopwatch.StartNew();
            foreach (var report in reports) ReportAnalyzer.Default.Analyze(report);
            return clock.Elapsed;
        }
        TimeSpan Extract()
        {
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < pages.Length; i++) ArticleExtractor.Extract(pages[i], "utf-8", new Uri($"{baseUrl}/articles/{i}.html"));
            return clock.Elapsed;
        }
        for (var round = 0; round < 3; round++) // warm-up: let the JIT reach its optimised tier
        {
            Analyse();
            Extract();
        }
        var analysis = Median([Analyse(), Analyse(), Analyse()]);
        var extraction = Median([Extract(), Extract(), Extract()]);

        Console.WriteLine($"feeds: adding a feed of {articles} articles served on 127.0.0.1, {feedOptions.Value.ArticleConcurrency} fetched at a time:");
        Console.WriteLine($"  analysis alone: {analysis.TotalMilliseconds:F0} ms for {articles} reports, one after another; " +
                          $"SmartReader extraction alone: {extraction.TotalMilliseconds:F0} ms (medians of 3)");
        async Task<(TimeSpan Elapsed, FeedCheck Check)> IngestIntoNewDatabaseAsync()
        {
            var data = Path.Combine(Path.GetTempPath(), "rumourbot-load", Guid.NewGuid().ToString("N"));
            try
            {
                using var database = new RumourDatabase(Path.Combine(data, "rumourbot.db"));
                var book = new FeedBook(new LiteDbFeedStore(database), feedOptions, TimeProvider.System);
                var rumours = new LiteDbRumourStore(database);
                var importer = new ReportImporter(rumours, new PlayerNameIndex(rumours.PlayersSeen), ReportAnalyzer.Default, TimeProvider.System);
                var ingester = new FeedIngester(book, fetcher, new ArticleReader(fetcher), importer, feedOptions, TimeProvider.System, NullLogger<FeedIngester>.Instance);
                var clock = Stopwatch.StartNew();
                var check = await ingester.SubscribeAsync(1, new Uri($"{baseUrl}/feed.rss"), "load", CancellationToken.None);
                clock.Stop();
                if (check.Outcome == FeedCheckOutcome.Failed) throw new InvalidOperationException(check.Problem);
                return (clock.Elapsed, check);
            }
            finally
            {
                TryDelete(data);
            }
        }

        latency = 0;
        await IngestIntoNewDatabaseAsync(); // warm-up: JIT, connections, LiteDB
        await IngestIntoNewDatabaseAsync();
        foreach (var ms in latenciesMs)
        {
            latency = ms;
            var runs = new List<(TimeSpan Elapsed, FeedCheck Check)>();
            for (var run = 0; run < 3; run++) runs.Add(await IngestIntoNewDatabaseAsync());
            var (elapsed, check) = runs.OrderBy(r => r.Elapsed).ElementAt(1); // the median of 3
            var network = articles * ms / (double)feedOptions.Value.ArticleConcurrency;
            Console.WriteLine($"  {ms,3} ms per article page: ingest {elapsed.TotalMilliseconds,6:F0} ms " +
                              $"({check.NewArticles} articles: {check.ReportsStored} stored, {check.AlreadyStored} already on file, {check.WithoutTransfer} without a transfer); " +
                              $"page latency / concurrency alone is {network:F0} ms; analysis alone is {analysis / elapsed:P0} and extraction alone {extraction / elapsed:P0} of it");
        }
        await app.StopAsync();
    }

    private static TimeSpan Median(TimeSpan[] times) => times.Order().ElementAt(times.Length / 2);

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
