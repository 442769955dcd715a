using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RumourBot.Coordination;
using RumourBot.Reports;
using RumourBot.Rumours;
using RumourBot.Storage;

namespace RumourBot.Ingestion;

/// <summary>
/// On the first start with an empty database, imports every report in the seeds folder, so the bot has something
/// to talk about before any feed is added. Each report is its own transaction; a start after a crash part-way
/// through finishes the job without storing anything twice. With several processes on one database, the import is
/// claimed through a lease: one process imports, the others go on. The importer renews its claim after each report,
/// so a dead importer's claim runs out within <see cref="ImportHold"/> and the next start finishes the job.
/// </summary>
public sealed partial class SeedImporter(
    IRumourStore store,
    ReportImporter importer,
    IOptions<StorageOptions> options,
    TimeProvider time,
    ILogger<SeedImporter> logger,
    IWorkLeases? leases = null,
    ProcessIdentity? process = null) : IHostedService
{
    private const string DoneSetting = "seeds-imported";

    /// <summary>The lease on the seeds import, and how long a claim lasts without being renewed.</summary>
    public const string ImportWork = "seeds-import";
    public static readonly TimeSpan ImportHold = TimeSpan.FromMinutes(1);

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (leases is null || process is null)
        {
            ImportOnce();
            return Task.CompletedTask;
        }
        if (store.Setting(DoneSetting) is not null) return Task.CompletedTask;
        if (!leases.TryClaim(ImportWork, process.Holder, time.GetUtcNow(), ImportHold))
        {
            LogImportedElsewhere();
            return Task.CompletedTask;
        }
        try
        {
            Import(afterEachReport: () => leases.TryClaim(ImportWork, process.Holder, time.GetUtcNow(), ImportHold));
        }
        finally
        {
            leases.Release(ImportWork, process.Holder);
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Imports the seeds unless they were imported before; returns how many reports were stored.</summary>
    public int ImportOnce() => Import(afterEachReport: null);

    private int Import(Action? afterEachReport)
    {
        if (store.Setting(DoneSetting) is not null) return 0;
        var folder = options.Value.SeedsPath;
        if (!Directory.Exists(folder))
        {
            LogNoSeeds(folder);
            return 0;
        }
        var stored = 0;
        foreach (var file in Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal))
        {
            try
            {
                var result = importer.Import(ReportFileReader.Read(file), $"seed:{Path.GetFileName(file)}");
                if (result.Outcome == ImportOutcome.Stored) stored++;
                afterEachReport?.Invoke();
            }
            catch (ReportFileException error)
            {
                LogSeedSkipped(Path.GetFileName(file), error.Message);
            }
        }
        store.SaveSetting(DoneSetting, time.GetUtcNow().ToString("O"));
        LogSeeded(stored, folder);
        return stored;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Another process is importing the bundled reports")]
    private partial void LogImportedElsewhere();

    [LoggerMessage(Level = LogLevel.Information, Message = "Imported {Count} bundled reports from {Folder}")]
    private partial void LogSeeded(int count, string folder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Skipped bundled report {File}: {Reason}")]
    private partial void LogSeedSkipped(string file, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No bundled reports at {Folder}; starting with an empty database")]
    private partial void LogNoSeeds(string folder);
}
