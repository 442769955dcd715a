using Microsoft.Extensions.Logging;

namespace FakeDiscord.Gateway;

/// <summary>Source-generated log messages of the gateway side.</summary>
internal static partial class GatewayLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Gateway connection {Number} opened on {Path}")]
    public static partial void ConnectionOpened(this ILogger logger, int number, string path);

    [LoggerMessage(Level = LogLevel.Information, Message = "Gateway connection {Number} ended: {Kind} {Code}")]
    public static partial void ConnectionEnded(this ILogger logger, int number, GatewayLifecycle kind, int? code);

    [LoggerMessage(Level = LogLevel.Information, Message = "Session {SessionId} identified with intents {Intents}")]
    public static partial void Identified(this ILogger logger, string sessionId, long intents);

    [LoggerMessage(Level = LogLevel.Information, Message = "Session {SessionId} resumed from sequence {Sequence}")]
    public static partial void Resumed(this ILogger logger, string sessionId, long sequence);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Not dispatching {EventName}: {Reason} (Discord would not send it)")]
    public static partial void DispatchDropped(this ILogger logger, string eventName, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Closing gateway connection {Number} with {Code}: {Why}")]
    public static partial void Closing(this ILogger logger, int number, int code, string why);
}
