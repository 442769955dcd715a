using System.Net;

namespace RumourBot.Discord.Rest;

/// <summary>
/// Discord refused a request: the HTTP status and Discord's JSON error code (e.g. 50013 missing permissions,
/// 10008 unknown message, 30046 too many edits). The message never contains the token.
/// </summary>
public sealed class DiscordRestException(HttpStatusCode status, int code, string discordMessage, string route)
    : Exception($"Discord answered {(int)status} (code {code}: {discordMessage}) to {route}")
{
    public HttpStatusCode Status { get; } = status;
    public int Code { get; } = code;
    public string DiscordMessage { get; } = discordMessage;

    public bool IsUnauthorized => Status == HttpStatusCode.Unauthorized;
}
