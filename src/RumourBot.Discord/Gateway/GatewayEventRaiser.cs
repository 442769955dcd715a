using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;

namespace RumourBot.Discord.Gateway;

/// <summary>
/// Reads a dispatch's <c>d</c> into its typed event and raises it on <see cref="GatewayEvents"/>, on the receive
/// loop. One event we could not read or a handler could not handle is logged and must not stop the gateway.
/// </summary>
internal sealed partial class GatewayEventRaiser
{
    private readonly GatewayEvents _events;
    private readonly ILogger _logger;
    private readonly ReactionEventReader _reactions = new();

    public GatewayEventRaiser(GatewayEvents events, ILogger logger)
    {
        _events = events;
        _logger = logger;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void RaiseTyped(GatewayEventKind kind, ReadOnlySpan<byte> name, ReadOnlySpan<byte> data)
    {
        try
        {
            switch (kind)
            {
                case GatewayEventKind.ReactionAdd:
                    _events.Raise(_reactions.ReadReactionAdd(data));
                    break;
                case GatewayEventKind.ReactionRemove:
                    _events.Raise(_reactions.ReadReactionRemove(data));
                    break;
                case GatewayEventKind.ReactionRemoveAll or GatewayEventKind.ReactionRemoveEmoji:
                    _events.Raise(_reactions.ReadReactionsCleared(data));
                    break;
                case GatewayEventKind.MessageDelete or GatewayEventKind.MessageDeleteBulk:
                    _events.Raise(MessageEventReader.ReadMessagesDeleted(data));
                    break;
                case GatewayEventKind.InteractionCreate:
                    _events.Raise(GatewayFrameReader.ReadInteraction(data));
                    break;
                case GatewayEventKind.GuildCreate:
                    _events.Raise(GuildEventReader.ReadGuildCreate(data));
                    break;
                case GatewayEventKind.GuildDelete:
                    _events.Raise(GuildEventReader.ReadGuildDelete(data));
                    break;
                case GatewayEventKind.GuildUpdate or GatewayEventKind.GuildRoleChange:
                    _events.Raise(GuildEventReader.ReadGuildUpdated(data, roleEvent: kind == GatewayEventKind.GuildRoleChange));
                    break;
                case GatewayEventKind.ChannelChange or GatewayEventKind.ChannelDelete:
                    _events.Raise(GuildEventReader.ReadChannel(data, deleted: kind == GatewayEventKind.ChannelDelete));
                    break;
            }
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            LogEventFailed(error, GatewayFrameReader.NameOf(kind, name));
        }
    }

    /// <summary>Raises an event already read (READY, RESUMED), with the same guard.</summary>
    public void Raise(string name, Action raise)
    {
        try
        {
            raise();
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            LogEventFailed(error, name);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not handle a {Event} event")]
    private partial void LogEventFailed(Exception error, string @event);
}
