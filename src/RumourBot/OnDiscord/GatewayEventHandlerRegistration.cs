using Microsoft.Extensions.DependencyInjection;

namespace RumourBot.OnDiscord;

/// <summary>How a feature hooks its behaviour to a kind of gateway event.</summary>
public static class GatewayEventHandlerRegistration
{
    /// <summary>Registers <typeparamref name="THandler"/> (a singleton registered elsewhere) as a handler of <typeparamref name="TEvent"/>.</summary>
    public static IServiceCollection AddGatewayEventHandler<TEvent, THandler>(this IServiceCollection services)
        where THandler : class, IGatewayEventHandler<TEvent>
    {
        // Through a forwarder: the container would dispose a disposable handler once per registration it came from.
        services.AddSingleton<IGatewayEventHandler<TEvent>>(provider => new Forwarder<TEvent>(provider.GetRequiredService<THandler>()));
        return services;
    }

    private sealed class Forwarder<TEvent>(IGatewayEventHandler<TEvent> handler) : IGatewayEventHandler<TEvent>
    {
        public ValueTask HandleAsync(TEvent gatewayEvent, ShardContext shard, CancellationToken cancellationToken) =>
            handler.HandleAsync(gatewayEvent, shard, cancellationToken);

        public override string ToString() => handler.GetType().Name;
    }
}
