using RumourBot.Discord.Gateway.Events;
using RumourBot.Discord.Models;

namespace RumourBot.Discord.Gateway;

/// <summary>
/// The dispatches the bot uses, each parsed once from the received bytes into a typed record and raised here in
/// gateway order. Handlers run on the receive loop: keep them quick (queue work, do not wait on it). A handler
/// that throws is logged and the gateway goes on.
/// </summary>
public sealed class GatewayEvents
{
    /// <summary>READY: a new session (nothing before it is replayed).</summary>
    public event Action<ReadyData>? Ready;

    /// <summary>RESUMED: the session carried on; missed events were replayed before this.</summary>
    public event Action? Resumed;

    public event Action<ReactionAdded>? ReactionAdded;

    public event Action<ReactionRemoved>? ReactionRemoved;

    /// <summary>MESSAGE_REACTION_REMOVE_ALL and MESSAGE_REACTION_REMOVE_EMOJI.</summary>
    public event Action<ReactionsCleared>? ReactionsCleared;

    /// <summary>MESSAGE_DELETE and MESSAGE_DELETE_BULK.</summary>
    public event Action<MessagesDeleted>? MessagesDeleted;

    public event Action<Interaction>? InteractionCreated;

    /// <summary>GUILD_CREATE.</summary>
    public event Action<GuildAvailable>? GuildAvailable;

    /// <summary>GUILD_DELETE.</summary>
    public event Action<GuildGone>? GuildGone;

    /// <summary>GUILD_UPDATE and GUILD_ROLE_CREATE/UPDATE/DELETE.</summary>
    public event Action<GuildUpdated>? GuildUpdated;

    /// <summary>CHANNEL_CREATE, CHANNEL_UPDATE and CHANNEL_DELETE.</summary>
    public event Action<ChannelChanged>? ChannelChanged;

    internal bool Wants(GatewayEventKind kind) => kind switch
    {
        GatewayEventKind.Ready => Ready is not null,
        GatewayEventKind.Resumed => Resumed is not null,
        GatewayEventKind.ReactionAdd => ReactionAdded is not null,
        GatewayEventKind.ReactionRemove => ReactionRemoved is not null,
        GatewayEventKind.ReactionRemoveAll or GatewayEventKind.ReactionRemoveEmoji => ReactionsCleared is not null,
        GatewayEventKind.MessageDelete or GatewayEventKind.MessageDeleteBulk => MessagesDeleted is not null,
        GatewayEventKind.InteractionCreate => InteractionCreated is not null,
        GatewayEventKind.GuildCreate => GuildAvailable is not null,
        GatewayEventKind.GuildDelete => GuildGone is not null,
        GatewayEventKind.GuildUpdate or GatewayEventKind.GuildRoleChange => GuildUpdated is not null,
        GatewayEventKind.ChannelChange or GatewayEventKind.ChannelDelete => ChannelChanged is not null,
        _ => false,
    };

    internal void Raise(ReadyData ready) => Ready?.Invoke(ready);

    internal void RaiseResumed() => Resumed?.Invoke();

    internal void Raise(ReactionAdded reaction) => ReactionAdded?.Invoke(reaction);

    internal void Raise(ReactionRemoved reaction) => ReactionRemoved?.Invoke(reaction);

    internal void Raise(ReactionsCleared cleared) => ReactionsCleared?.Invoke(cleared);

    internal void Raise(MessagesDeleted deleted) => MessagesDeleted?.Invoke(deleted);

    internal void Raise(Interaction interaction) => InteractionCreated?.Invoke(interaction);

    internal void Raise(GuildAvailable guild) => GuildAvailable?.Invoke(guild);

    internal void Raise(GuildGone guild) => GuildGone?.Invoke(guild);

    internal void Raise(GuildUpdated guild) => GuildUpdated?.Invoke(guild);

    internal void Raise(ChannelChanged channel) => ChannelChanged?.Invoke(channel);
}
