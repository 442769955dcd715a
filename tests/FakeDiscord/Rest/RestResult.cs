using System.Text.Json.Nodes;

namespace FakeDiscord.Rest;

/// <summary>What a route answers: status, JSON body (or raw text), and the message it created, if any.</summary>
internal sealed record RestResult(int Status, JsonNode? Body, string ContentType = "application/json", string? Text = null)
{
    public static RestResult NoContent { get; } = new(204, null);

    /// <summary>The message this request created (for recording and script captures).</summary>
    public ulong? CreatedMessageId { get; init; }

    public static RestResult Json(JsonNode body, int status = 200) => new(status, body);

    public static RestResult Error(int status, int code, string message) =>
        new(status, new JsonObject { ["message"] = message, ["code"] = code });

    public static RestResult InvalidForm(FormErrors errors) =>
        new(400, new JsonObject
        {
            ["message"] = "Invalid Form Body",
            ["code"] = DiscordErrorCode.InvalidFormBody,
            ["errors"] = errors.ToJson(),
        });

    public static RestResult InvalidForm(string path, string code, string message)
    {
        var errors = new FormErrors();
        errors.Add(path, code, message);
        return InvalidForm(errors);
    }

    public static RestResult Unauthorized() => Error(401, DiscordErrorCode.General, "401: Unauthorized");

    public static RestResult NotFound() => Error(404, DiscordErrorCode.General, "404: Not Found");

    public static RestResult MethodNotAllowed() => Error(405, DiscordErrorCode.General, "405: Method Not Allowed");

    public static RestResult UnknownChannel() => Error(404, DiscordErrorCode.UnknownChannel, "Unknown Channel");

    public static RestResult UnknownMessage() => Error(404, DiscordErrorCode.UnknownMessage, "Unknown Message");

    public static RestResult UnknownEmoji() => Error(400, DiscordErrorCode.UnknownEmoji, "Unknown Emoji");

    public static RestResult EmptyMessage() => Error(400, DiscordErrorCode.EmptyMessage, "Cannot send an empty message");

    public static RestResult MissingAccess() => Error(403, DiscordErrorCode.MissingAccess, "Missing Access");

    public static RestResult MissingPermissions() => Error(403, DiscordErrorCode.MissingPermissions, "Missing Permissions");
}
