namespace RumourBot.Discord.Rest;

/// <summary>
/// An optional request was not sent: Discord refused its kind in that channel a moment ago (403 50001/50013), or
/// the bot is close to Discord's invalid-request limit. Nothing reached Discord; there is nothing to log per request.
/// </summary>
public sealed class RequestWithheldException(string route, string reason)
    : Exception($"{route} was not sent: {reason}")
{
    public string Route { get; } = route;
    public string Reason { get; } = reason;
}
