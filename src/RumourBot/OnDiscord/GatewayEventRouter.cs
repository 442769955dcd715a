using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RumourBot.Discord.Gateway;
using RumourBot.Discord.Gateway.Events;
using RumourBot.Discord.Models;

namespace RumourBot.OnDiscord;

/// <summary>
/// Hands each typed event of a shard's gateway client to the features' <see cref="IGatewayEventHandler{TEvent}"/>s,
/// in registration order, on the receive loop; work a handler leaves running is tracked by <see cref="BackgroundWork"/>.
/// A kind nobody handles is not subscribed to, so the library does not even read it.
/// </summary>
public sealed partial class GatewayEventRouter
{
    private readonly IServiceProvider _services;
    private readonly BackgroundWork _work;
    private readonly ILogger<GatewayEventRouter> _logger;
    private readonly IGatewayEventHandler<ReadyData>[] _ready;
    private readonly IGatewayEventHandler<ReactionAdded>[] _reactionAdded;
    private readonly IGatewayEventHandler<ReactionRemoved>[] _reactionRemoved;
    private readonly IGatewayEventHandler<ReactionsCleared>[] _reactionsCleared;
    private readonly IGatewayEventHandler<MessagesDeleted>[] _messagesDeleted;
    private readonly IGatewayEventHandler<Interaction>[] _interactions;
    private readonly IGatewayEventHandler<GuildAvailable>[] _guildsAvailable;
    private readonly IGatewayEventHandler<GuildGone>[] _guildsGone;
    private readonly IGatewayEventHandler<GuildUpdated>[] _guildsUpdated;
    private readonly IGatewayEventHandler<ChannelChanged>[] _channelsChanged;

    public GatewayEventRouter(IServiceProvider services, BackgroundWork work, ILogger<GatewayEventRouter> logger)
    {
        _services = services;
        _work = work;
        _logger = logger;
        // Made now, with the bot, so that handlers listening to the features (poll messages) listen from the start.
        _ready = Handlers<ReadyData>();
        _reactionAdded = Handlers<ReactionAdded>();
        _reactionRemoved = Handlers<ReactionRemoved>();
        _reactionsCleared = Handlers<ReactionsCleared>();
        _messagesDeleted = Handlers<MessagesDeleted>();
        _interactions = Handlers<Interaction>();
        _guildsAvailable = Handlers<GuildAvailable>();
        _guildsGone = Handlers<GuildGone>();
        _guildsUpdated = Handlers<GuildUpdated>();
        _channelsChanged = Handlers<ChannelChanged>();
    }

    /// <summary>Subscribes the handlers to one shard's events until the bot stops.</summary>
    public void Attach(GatewayEvents events, ShardContext shard, CancellationToken stoppingToken)
    {
        if (_ready.Length > 0) events.Ready += e => Dispatch(_ready, e, shard, stoppingToken);
        if (_reactionAdded.Length > 0) events.ReactionAdded += e => Dispatch(_reactionAdded, e, shard, stoppingToken);
        if (_reactionRemoved.Length > 0) events.ReactionRemoved += e => Dispatch(_reactionRemoved, e, shard, stoppingToken);
        if (_reactionsCleared.Length > 0) events.ReactionsCleared += e => Dispatch(_reactionsCleared, e, shard, stoppingToken);
        if (_messagesDeleted.Length > 0) events.MessagesDeleted += e => Dispatch(_messagesDeleted, e, shard, stoppingToken);
        if (_interactions.Length > 0) events.InteractionCreated += e => Dispatch(_interactions, e, shard, stoppingToken);
        if (_guildsAvailable.Length > 0) events.GuildAvailable += e => Dispatch(_guildsAvailable, e, shard, stoppingToken);
        if (_guildsGone.Length > 0) events.GuildGone += e => Dispatch(_guildsGone, e, shard, stoppingToken);
        if (_guildsUpdated.Length > 0) events.GuildUpdated += e => Dispatch(_guildsUpdated, e, shard, stoppingToken);
        if (_channelsChanged.Length > 0) events.ChannelChanged += e => Dispatch(_channelsChanged, e, shard, stoppingToken);
    }

    private void Dispatch<TEvent>(IGatewayEventHandler<TEvent>[] handlers, TEvent gatewayEvent, ShardContext shard, CancellationToken stoppingToken)
    {
        foreach (var handler in handlers)
        {
            try
            {
                var pending = handler.HandleAsync(gatewayEvent, shard, stoppingToken);
                if (!pending.IsCompletedSuccessfully) _work.Track(pending.AsTask(), typeof(TEvent).Name);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                // One handler's fault must not keep the event from the others, nor stop the gateway.
                LogHandlerFailed(error, handler.ToString() ?? "a handler", typeof(TEvent).Name, shard.Id);
            }
        }
    }

    private IGatewayEventHandler<TEvent>[] Handlers<TEvent>() => [.. _services.GetServices<IGatewayEventHandler<TEvent>>()];

    [LoggerMessage(Level = LogLevel.Error, Message = "{Handler} could not handle a {Event} on shard {Shard}")]
    private partial void LogHandlerFailed(Exception error, string handler, string @event, int shard);
}
