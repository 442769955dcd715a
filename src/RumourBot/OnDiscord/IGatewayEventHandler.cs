namespace RumourBot.OnDiscord;

/// <summary>
/// What a feature does with one kind of gateway event (a reaction, a deleted message, READY…). A feature registers
/// its handlers with <see cref="GatewayEventHandlerRegistration.AddGatewayEventHandler{TEvent, THandler}"/>; the
/// <see cref="GatewayEventRouter"/> calls every handler of the kind, in registration order.
/// </summary>
/// <typeparam name="TEvent">A typed event of the Discord library, e.g. <c>ReactionAdded</c>.</typeparam>
public interface IGatewayEventHandler<in TEvent>
{
    /// <summary>
    /// Runs on the shard's receive loop up to its first await, so what must keep gateway order (queueing a vote)
    /// happens there; anything slow must go off the loop (await, or <c>Task.Run</c>). A task not finished on return
    /// is tracked until the bot stops and its failure logged.
    /// </summary>
    ValueTask HandleAsync(TEvent gatewayEvent, ShardContext shard, CancellationToken cancellationToken);
}
