using Microsoft.Extensions.DependencyInjection;

namespace RumourBot.Discord;

/// <summary>How a feature hooks its behaviour to a kind of gateway event.</summary>
public static class GatewayEventHandlerRegistration
{
    /// <summary>Registers <typeparamref name="THandler"/> (a singleton registered elsewhere) as a handler of <typeparamref name="TEvent"/>.</summary>
    public static IServiceCollection AddGatewayEventHandler<TEvent, THandler>(this IServiceCollection services)
        where THandler : class, IGatewayEventHandler<TEvent>
    {
        services.AddSingleton<IGatewayEventHandler<TEvent>>(provider => provider.GetRequiredService<THandler>());
        return services;
    }
}
