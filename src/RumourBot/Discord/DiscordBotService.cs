using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RumourBot.Commands;
using RumourBot.Discord.Gateway;
using RumourBot.Discord.Models;
using RumourBot.Discord.Rest;

namespace RumourBot.Discord;

/// <summary>
/// The bot on Discord: checks the token, connects to the gateway (one session per shard Discord advises, their
/// identifies spaced by max_concurrency), registers the slash commands once READY, and hands each interaction to the
/// <see cref="InteractionHandler"/> without holding up the gateway. A rejected token or a fatal close stops the app
/// with one clear log line and exit status 1.
/// </summary>
public sealed partial class DiscordBotService(
    DiscordRestClient rest,
    GatewayClientFactory gateways,
    InteractionHandler interactions,
    PollReactions pollReactions,
    PollMessages pollMessages,
    PollRecount pollRecount,
    BotIdentity identity,
    CommandCatalog catalog,
    IOptions<DiscordOptions> options,
    IHostApplicationLifetime lifetime,
    BotExit exit,
    ILogger<DiscordBotService> logger) : BackgroundService
{
    // Resolved with the bot so that it listens to polls from the start (see PollMessages).
    private readonly PollMessages _pollMessages = pollMessages;

    private readonly HashSet<Task> _running = [];

    private readonly Lock _lock = new();
    private int _registered;

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
            Task[] running;
            lock (_lock) running = [.. _running];
            await Task.WhenAll(running);
        }
    }

    // Shard i of n gets the guilds with (guild_id >> 22) % n == i. Identifies are spaced by the factory's shared
    // IdentifyLimiter (max_concurrency buckets, session_start_limit), so every shard starts at once here.
    private async Task RunShardsAsync(GatewayBotInfo gatewayInfo, CancellationToken stoppingToken)
    {
        var count = Math.Max(1, gatewayInfo.Shards);
        gateways.Identifies.Update(gatewayInfo.SessionStartLimit);
        if (gatewayInfo.SessionStartLimit.Remaining <= 0) LogIdentifyBudgetSpent(TimeSpan.FromMilliseconds(gatewayInfo.SessionStartLimit.ResetAfterMs));
        var runs = new List<Task>();
        for (var shard = 0; shard < count; shard++)
        {
            var client = gateways.Create(count == 1 ? null : [shard, count]);
            var (index, total) = (shard, count);
            Subscribe(client.Events, guildId => (int)((guildId >> 22) % (ulong)total) == index, stoppingToken);
            runs.Add(client.RunAsync(new Uri(gatewayInfo.Url), stoppingToken));
        }
        if (count > 1) LogSharded(count, Math.Max(1, gatewayInfo.SessionStartLimit.MaxConcurrency));
        // A fatal close on any shard stops the bot; the others end with the cancellation that follows.
        var first = await Task.WhenAny(runs);
        await first;
        await Task.WhenAll(runs);
    }

    // Typed events from the library; each handler only queues work, so the gateway never waits on the bot.
    private void Subscribe(GatewayEvents events, Func<ulong, bool> inShard, CancellationToken stoppingToken)
    {
        events.Ready += ready =>
        {
            identity.UserId = ready.User.Id;
            // Once, whichever shard is ready first.
            if (Interlocked.Exchange(ref _registered, 1) == 0) Track(RegisterCommandsAsync(ready.Application.Id, stoppingToken));
            // A new session replays nothing that happened before it: votes cast meanwhile are read from the messages.
            Track(pollRecount.RecountOpenPollsAsync(inShard, stoppingToken));
        };
        events.ReactionAdded += pollReactions.OnReactionAdded; // queued in gateway order, stored in batches
        events.ReactionRemoved += pollReactions.OnReactionRemoved;
        events.ReactionsCleared += pollReactions.OnReactionsCleared;
        events.MessagesDeleted += pollReactions.OnMessagesDeleted;
        // Permissions may have changed: requests Discord refused there may be tried again.
        events.ChannelChanged += channel => rest.Refusals.Forget(channel.Id);
        events.GuildUpdated += _ => rest.Refusals.ForgetAll();
        // Off the shard's receive loop: the next event (any guild's) need not wait for this answer, however slow.
        events.InteractionCreated += interaction => Track(Task.Run(() => interactions.HandleAsync(interaction, stoppingToken), stoppingToken));
    }

    private async Task RegisterCommandsAsync(string applicationId, CancellationToken cancellationToken)
    {
        try
        {
            var commands = CommandRegistration.Build(catalog);
            await rest.OverwriteCommandsAsync(applicationId, options.Value.DevGuildId, commands, cancellationToken);
            LogRegistered(commands.Count, options.Value.DevGuildId ?? "global");
        }
        catch (DiscordRestException error)
        {
            LogRegistrationFailed(error);
        }
    }

    private void Track(Task task)
    {
        lock (_lock) _running.Add(task);
        task.ContinueWith(done =>
        {
            lock (_lock) _running.Remove(done);
        }, TaskScheduler.Default);
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Running {Count} shards, {Concurrency} identifies per 5 s")]
    private partial void LogSharded(int count, int concurrency);

    [LoggerMessage(Level = LogLevel.Information, Message = "Registered {Count} slash commands ({Scope})")]
    private partial void LogRegistered(int count, string scope);

    [LoggerMessage(Level = LogLevel.Critical, Message = "The bot stopped on an unexpected error")]
    private partial void LogCrashed(Exception error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not register the slash commands")]
    private partial void LogRegistrationFailed(Exception error);
}
