namespace RumourBot.Discord.Gateway;

/// <summary>The dispatches the client reads into typed events; everything else is <see cref="Other"/>.</summary>
internal enum GatewayEventKind
{
    Other,
    Ready,
    Resumed,
    ReactionAdd,
    ReactionRemove,
    ReactionRemoveAll,
    ReactionRemoveEmoji,
    MessageDelete,
    MessageDeleteBulk,
    InteractionCreate,
    GuildCreate,
    GuildDelete,
    GuildUpdate,
    GuildRoleChange,
    ChannelChange,
    ChannelDelete,
}
