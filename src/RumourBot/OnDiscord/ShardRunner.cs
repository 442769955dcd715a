using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RumourBot.Coordination;
using RumourBot.Discord.Gateway;
using RumourBot.Discord.Models;
using RumourBot.Discord.Rest;

namespace RumourBot.OnDiscord;

/// <summary>
/// Runs the bot's gateway sessions, and only that: checks the token, asks Discord how to shard, and keeps one
/// session per shard this process runs (<c>Discord:TotalShards</c> / <c>Discord:ShardIds</c>, or every shard
/// Discord recommends), their identifies spaced by the shared <see cref="IdentifyLimiter"/>. Each session's events
/// go to the features through the <see cref="GatewayEventRouter"/>. A rejected token, an unreachable Discord or a
/// fatal close stops the app with one clear log line and exit status 1.
/// </summary>
public sealed partial class ShardRunner(
    DiscordRestClient rest,
    GatewayClientFactory gateways,
    GatewayEventRouter router,
    BackgroundWork work,
    IOptions<DiscordOptions> options,
    IHostApplicationLifetime lifetime,
    BotExit exit,
    ILogger<ShardRunner> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var gatewayInfo = await rest.GetGatewayBotAsync(stoppingToken);
            await RunShardsAsync(gatewayInfo, stoppingToken);
        }
        catch (DiscordRestException error) when (error.IsUnauthorized)
        {
            LogBadToken();
            Stop(1);
        }
        catch (Exception error) when (!stoppingToken.IsCancellationRequested && error is HttpRequestException or TaskCanceledException)
        {
            LogUnreachable(options.Value.ApiBaseUrl, error.GetType().Name);
            Stop(1);
        }
        catch (GatewayFatalException error)
        {
            LogFatal(error.CloseCode, error.Reason);
            Stop(1);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception error) when (!stoppingToken.IsCancellationRequested)
        {
            // Anything unforeseen stops the bot with a failure status, so a supervisor restarts it.
            LogCrashed(error);
            Stop(1);
        }
        finally
        {
            await work.WhenAllEndedAsync();
        }
    }

    // Shard i of n gets the guilds with (guild_id >> 22) % n == i. Identifies are spaced by the factory's shared
    // IdentifyLimiter (max_concurrency buckets, session_start_limit), so every shard starts at once here.
    private async Task RunShardsAsync(GatewayBotInfo gatewayInfo, CancellationToken stoppingToken)
    {
        // The settings were checked at start (DiscordOptionsValidation).
        var plan = options.Value.ReadShardPlan(out _) ?? throw new InvalidOperationException("Discord:TotalShards and Discord:ShardIds were not checked at start.");
        var (total, shards) = plan.Resolve(gatewayInfo.Shards);
        gateways.Identifies.Update(gatewayInfo.SessionStartLimit);
        if (gatewayInfo.SessionStartLimit.Remaining <= 0) LogIdentifyBudgetSpent(TimeSpan.FromMilliseconds(gatewayInfo.SessionStartLimit.ResetAfterMs));
        var runs = new List<Task>();
        foreach (var shard in shards)
        {
            var client = gateways.Create(total == 1 ? null : [shard, total]);
            router.Attach(client.Events, new ShardContext(shard, total), stoppingToken);
            runs.Add(client.RunAsync(new Uri(gatewayInfo.Url), stoppingToken));
        }
        if (total > 1) LogSharded(string.Join(",", shards), total, gateways.Identifies.MaxConcurrency, gateways.Identifies.Spacing);
        // A fatal close on any shard stops the bot; the others end with the cancellation that follows.
        var first = await Task.WhenAny(runs);
        await first;
        await Task.WhenAll(runs);
    }

    private void Stop(int code)
    {
        exit.Code = code;
        lifetime.StopApplication();
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "Discord rejected the bot token (401 Unauthorized). Check Discord:Token (environment Discord__Token).")]
    private partial void LogBadToken();

    [LoggerMessage(Level = LogLevel.Critical, Message = "Cannot reach Discord at {ApiBaseUrl} ({Reason}). Check the network, or Discord:ApiBaseUrl.")]
    private partial void LogUnreachable(string apiBaseUrl, string reason);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Discord closed the gateway with {Code}: {Reason}. Stopping.")]
    private partial void LogFatal(int code, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord's identify budget for today is spent: the gateway waits {ResetAfter} for it to reset")]
    private partial void LogIdentifyBudgetSpent(TimeSpan resetAfter);

    [LoggerMessage(Level = LogLevel.Information, Message = "Running shards {Shards} of {Total}, {Concurrency} identifies per {Spacing}")]
    private partial void LogSharded(string shards, int total, int concurrency, TimeSpan spacing);

    [LoggerMessage(Level = LogLevel.Critical, Message = "The bot stopped on an unexpected error")]
    private partial void LogCrashed(Exception error);
}
