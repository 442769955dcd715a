using System.Net;
using FakeDiscord.Attachments;
using FakeDiscord.Commands;
using FakeDiscord.Gateway;
using FakeDiscord.Interactions;
using FakeDiscord.Messages;
using FakeDiscord.Model;
using FakeDiscord.RateLimits;
using FakeDiscord.Rest;
using FakeDiscord.Rest.Routes;
using FakeDiscord.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FakeDiscord;

// The public face is one type in two files: this one (start, REST, messages, interactions) and
// FakeDiscordServer.Gateway.cs (sessions, dispatches, connection faults); the work is done by the parts it holds.
/// <summary>
/// A stand-in for Discord's gateway v10 and REST v10 on 127.0.0.1: identify/resume/heartbeats over a real
/// WebSocket, the REST routes a bot needs for slash commands, messages and reaction polls, Discord's rate limits
/// with real 429s, and hooks for tests to inject events and faults and to inspect what the bot did.
/// </summary>
public sealed partial class FakeDiscordServer : IAsyncDisposable
{
    private static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(10);
    private readonly WebApplication _app;
    private readonly GuildDirectory _directory;
    private readonly GatewayHub _gateway;
    private readonly MessageStore _messages;
    private readonly ChannelEvents _events;
    private readonly CommandStore _commands;
    private readonly InteractionStore _interactions;
    private readonly InteractionSender _interactionSender;
    private readonly RequestRecorder _recorder;
    private readonly FaultInjector _faults = new();
    private readonly RestPipeline _pipeline;
    private readonly AttachmentStore _attachments;
    private readonly MemberActions _members;
    private int _disposed;

    private FakeDiscordServer(FakeDiscordOptions options, WebApplication app)
    {
        Options = options;
        _app = app;
        var loggers = app.Services.GetRequiredService<ILoggerFactory>();
        var ids = new SnowflakeGenerator(options.TimeProvider);
        _directory = new GuildDirectory(options);
        _gateway = new GatewayHub(options, _directory, loggers.CreateLogger("FakeDiscord.Gateway"));
        _messages = new MessageStore(options, ids);
        _events = new ChannelEvents(_gateway, _messages, _directory);
        _commands = new CommandStore(ids, options.ApplicationId);
        _interactions = new InteractionStore();
        _interactionSender = new InteractionSender(options, _directory, _commands, _messages, _interactions, _gateway, ids);
        _recorder = new RequestRecorder(options.RecordFilePath);
        _attachments = new AttachmentStore(ids);
        _members = new MemberActions(options, _directory, _messages, _events);
        var routes = new RouteTable();
        new IdentityRoutes(options, _directory, _gateway).Register(routes);
        new CommandRoutes(_directory, _commands).Register(routes);
        new MessageRoutes(_directory, _messages, _events).Register(routes);
        new ReactionRoutes(options, _directory, _messages, _events).Register(routes);
        new InteractionRoutes(options, _directory, _interactions, _messages, _events).Register(routes);
        new WebhookRoutes(options, _directory, _interactions, _messages, _events).Register(routes);
        _pipeline = new RestPipeline(
            options, routes, new RateLimiter(options.RateLimits, options.TimeProvider), _faults, _recorder,
            loggers.CreateLogger("FakeDiscord.Rest"), _attachments);
    }

    /// <summary>The options the server runs with.</summary>
    public FakeDiscordOptions Options { get; }

    /// <summary>The TCP port on 127.0.0.1.</summary>
    public int Port { get; private set; }

    /// <summary>The REST base, <c>http://127.0.0.1:PORT/api/v10</c>.</summary>
    public string BaseUrl => $"http://127.0.0.1:{Port}/api/v10";

    /// <summary>The gateway URL as <c>GET /gateway/bot</c> returns it, <c>ws://127.0.0.1:PORT/gateway</c>; append <c>?v=10&amp;encoding=json</c>.</summary>
    public string GatewayUrl => _gateway.GatewayUrl;

    /// <summary>The <c>resume_gateway_url</c> sent in READY.</summary>
    public string ResumeGatewayUrl => _gateway.ResumeUrl;

    /// <summary>The shard count <c>GET /gateway/bot</c> advises.</summary>
    public int RecommendedShards =>
        Options.RecommendedShards ?? Math.Max(1, (_directory.Guilds.Count + Options.MaxGuildsPerShard - 1) / Options.MaxGuildsPerShard);

    /// <summary>Every REST request so far, in order of completion (Authorization redacted).</summary>
    public IReadOnlyList<RecordedRequest> Requests => _recorder.Requests.Snapshot();

    /// <summary>How many 429 responses the server has sent (rate limits and injected ones).</summary>
    public int TooManyRequestsCount => _recorder.TooManyRequestsCount;

    /// <summary>Starts a server; with <see cref="FakeDiscordOptions.Port"/> 0 it picks a free port.</summary>
    public static async Task<FakeDiscordServer> StartAsync(FakeDiscordOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new FakeDiscordOptions();
        if (string.IsNullOrWhiteSpace(options.Token))
        {
            throw new ArgumentException("A token is required.", nameof(options));
        }

        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ApplicationName = "FakeDiscord" });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, options.Port);
            kestrel.AddServerHeader = false;
        });
        builder.Services.AddLogging(logging => options.ConfigureLogging?.Invoke(logging));
        builder.Services.AddOptions();
        builder.Services.AddSingleton<IHostLifetime, QuietLifetime>();
        var app = builder.Build();
        var server = new FakeDiscordServer(options, app);
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.Zero });
        app.Run(server.RouteAsync);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Port = new Uri(address).Port;
        server._gateway.GatewayUrl = $"ws://127.0.0.1:{server.Port}/gateway";
        return server;
    }

    /// <summary>Waits (wall-clock) for a REST request that matches, including ones already received.</summary>
    public async Task<RecordedRequest> WaitForRequestAsync(
        Func<RecordedRequest, bool> predicate, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        var (request, _) = await _recorder.Requests.WaitAsync(predicate, 0, timeout ?? DefaultWait, cancellationToken).ConfigureAwait(false);
        return request;
    }

    /// <summary>
    /// Answers the next <paramref name="times"/> matching requests with <paramref name="status"/> instead of
    /// handling them: 429 with full rate-limit headers and <paramref name="retryAfter"/> (default 1 s), 502/504 as
    /// Cloudflare HTML, 503 as plain text, anything else as a JSON error. Patterns: see <c>README.md</c>
    /// (e.g. <c>"POST /channels/{channel_id}/messages"</c>, <c>"*"</c>).
    /// </summary>
    public void FailNext(string routePattern, int status, int times = 1, TimeSpan? retryAfter = null) =>
        _faults.FailNext(routePattern, status, times, retryAfter ?? TimeSpan.FromSeconds(1));

    /// <summary>Delays every matching request from now on (by the fake's clock); <see cref="TimeSpan.Zero"/> removes it.</summary>
    public void Delay(string routePattern, TimeSpan delay) => _faults.Delay(routePattern, delay);

    /// <summary>Removes all planned failures and delays.</summary>
    public void ClearFaults() => _faults.Clear();

    /// <summary>Dispatches INTERACTION_CREATE with a fresh id and token.</summary>
    public async Task<InteractionResult> SendInteractionAsync(InteractionRequest request, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var record = await _interactionSender.SendAsync(request).ConfigureAwait(false);
        return new InteractionResult(record, FindMessage);
    }

    /// <summary>Dispatches an application-command INTERACTION_CREATE with the given <c>data</c>.</summary>
    public Task<InteractionResult> SendInteractionAsync(
        object data, ulong? userId = null, ulong? guildId = null, ulong? channelId = null, CancellationToken cancellationToken = default) =>
        SendInteractionAsync(new InteractionRequest(data) { UserId = userId, GuildId = guildId, ChannelId = channelId }, cancellationToken);

    /// <summary>
    /// Dispatches a slash command by name. Option types come from the registered command when there is one,
    /// otherwise from the values (string 3, integer 4, boolean 5, number 10).
    /// </summary>
    public Task<InteractionResult> SendSlashCommandAsync(
        string name,
        IReadOnlyDictionary<string, object>? options = null,
        ulong? userId = null,
        ulong? channelId = null,
        CancellationToken cancellationToken = default)
    {
        var guildId = channelId is { } channel ? _directory.FindChannel(channel)?.GuildId : null;
        var registered = _commands.Find(name, guildId ?? _directory.Guilds.FirstOrDefault()?.Id);
        var data = SlashCommandData.Of(name, options, registered);
        return SendInteractionAsync(new InteractionRequest(data) { UserId = userId, GuildId = guildId, ChannelId = channelId }, cancellationToken);
    }

    /// <summary>A message as the REST API would show it, or null (ephemeral messages included).</summary>
    public StoredMessage? GetMessage(ulong channelId, ulong messageId) =>
        _messages.Find(channelId, messageId) is { } message ? _messages.Snapshot(message, _directory.Bot.Id) : null;

    /// <summary>A channel's messages, oldest first.</summary>
    public IReadOnlyList<StoredMessage> GetMessages(ulong channelId) =>
        _messages.InChannel(channelId).Reverse().Select(m => _messages.Snapshot(m, _directory.Bot.Id)).ToArray();

    /// <summary>Posts a message as a user and dispatches MESSAGE_CREATE (content blanked without MESSAGE_CONTENT).</summary>
    public Task<StoredMessage> PostUserMessageAsync(ulong channelId, ulong userId, string content) =>
        _members.PostUserMessageAsync(channelId, userId, content);

    /// <summary>
    /// Adds a user's reaction ("✅" or "name:id") and dispatches MESSAGE_REACTION_ADD with the member; nothing
    /// happens if the user already reacted with that emoji.
    /// </summary>
    public Task AddReactionAsync(ulong channelId, ulong messageId, string emoji, ulong userId) =>
        _members.AddReactionAsync(channelId, messageId, emoji, userId);

    /// <summary>Removes a user's reaction and dispatches MESSAGE_REACTION_REMOVE (no member, as Discord).</summary>
    public Task RemoveReactionAsync(ulong channelId, ulong messageId, string emoji, ulong userId) =>
        _members.RemoveReactionAsync(channelId, messageId, emoji, userId);

    /// <summary>
    /// A moderator removes every reaction of one emoji from a message (MESSAGE_REACTION_REMOVE_EMOJI), or all of them
    /// when <paramref name="emoji"/> is null (MESSAGE_REACTION_REMOVE_ALL); nothing is sent if there was nothing to remove.
    /// </summary>
    public Task ClearReactionsAsync(ulong channelId, ulong messageId, string? emoji = null) =>
        _members.ClearReactionsAsync(channelId, messageId, emoji);

    /// <summary>A moderator deletes a message: it is gone and MESSAGE_DELETE is dispatched (if anyone is listening).</summary>
    public Task DeleteMessageAsync(ulong channelId, ulong messageId) =>
        _members.DeleteMessageAsync(channelId, messageId);

    /// <summary>
    /// Deletes a channel, as a moderator would: CHANNEL_DELETE goes to the bot, and from then on every request naming
    /// the channel gets 404 <c>{"message":"Unknown Channel","code":10003}</c>.
    /// </summary>
    public async Task DeleteChannelAsync(ulong channelId)
    {
        var deleted = _directory.RemoveChannel(channelId) ?? throw new ArgumentException($"Unknown channel {channelId}.", nameof(channelId));
        await _events.ChannelDeletedAsync(deleted).ConfigureAwait(false);
    }

    /// <summary>
    /// Denies the bot permissions in a channel, as a channel overwrite would (<see cref="ChannelPermissions"/>): without
    /// VIEW_CHANNEL the channel's routes answer 403 50001 Missing Access; without SEND_MESSAGES creating a message
    /// answers 403 50013 Missing Permissions. 0 lifts the denial.
    /// </summary>
    public void DenyBotPermissions(ulong channelId, ulong permissions)
    {
        if (_directory.FindChannel(channelId) is null)
        {
            throw new ArgumentException($"Unknown channel {channelId}.", nameof(channelId));
        }

        _directory.DenyBot(channelId, permissions);
    }

    /// <summary>A file uploaded with a message, by the URL in the message's <c>attachments</c> (also served over HTTP), or null.</summary>
    public StoredAttachment? GetAttachment(string url) => _attachments.Find(url);

    /// <summary>The global application commands the bot registered.</summary>
    public IReadOnlyList<RegisteredCommand> GetGlobalCommands() => _commands.Snapshot(null);

    /// <summary>A guild's application commands.</summary>
    public IReadOnlyList<RegisteredCommand> GetGuildCommands(ulong guildId) => _commands.Snapshot(guildId);

    /// <summary>Stops the server, cutting open gateway connections, and closes the record file.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        _gateway.AbortAll();
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5)))
        {
            await _app.StopAsync(timeout.Token).ConfigureAwait(false);
        }

        await _app.DisposeAsync().ConfigureAwait(false);
        await _recorder.DisposeAsync().ConfigureAwait(false);
    }

    internal WatchableList<RecordedRequest> RequestLog => _recorder.Requests;

    internal StoredMessage? FindMessage(ulong messageId) =>
        _messages.Find(messageId) is { } message ? _messages.Snapshot(message, _directory.Bot.Id) : null;

    private Task RouteAsync(HttpContext http)
    {
        var path = http.Request.Path.Value ?? string.Empty;
        if (GatewayHub.IsGatewayPath(path))
        {
            return _gateway.AcceptAsync(http);
        }

        if (RestPipeline.IsApiPath(path))
        {
            return _pipeline.HandleAsync(http);
        }

        if (AttachmentStore.IsCdnPath(path))
        {
            return _attachments.ServeAsync(http);
        }

        http.Response.StatusCode = StatusCodes.Status404NotFound;
        return http.Response.WriteAsync("FakeDiscord: REST lives under /api/v10, the gateway at /gateway.");
    }
}
