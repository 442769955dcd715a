namespace RumourBot.Discord.Rest;

/// <summary>
/// A request's route: the concrete path, and the template plus "major parameter" (channel, guild or webhook)
/// that identify its rate-limit bucket before Discord has named the bucket.
/// </summary>
public sealed record RestRoute(HttpMethod Method, string Template, string Path, string MajorParameter)
{
    /// <summary>Interaction callbacks and interaction webhooks do not count towards the global limit.</summary>
    public bool IsExemptFromGlobalLimit => Template.StartsWith("interactions/", StringComparison.Ordinal)
        || Template.StartsWith("webhooks/", StringComparison.Ordinal);

    /// <summary>A route under channels/{channel.id}: its major parameter is the channel id.</summary>
    public bool IsChannelRoute => Template.StartsWith("channels/", StringComparison.Ordinal);

    /// <summary>The key of the route's bucket until the X-RateLimit-Bucket header names it.</summary>
    public string RouteKey => $"{Method.Method} {Template}";

    public static RestRoute GatewayBot() => new(HttpMethod.Get, "gateway/bot", "gateway/bot", "");

    public static RestRoute CurrentUser() => new(HttpMethod.Get, "users/@me", "users/@me", "");

    public static RestRoute GlobalCommands(string applicationId) =>
        new(HttpMethod.Put, "applications/{application.id}/commands", $"applications/{applicationId}/commands", "");

    public static RestRoute GuildCommands(string applicationId, string guildId) =>
        new(HttpMethod.Put, "applications/{application.id}/guilds/{guild.id}/commands", $"applications/{applicationId}/guilds/{guildId}/commands", guildId);

    public static RestRoute InteractionCallback(string interactionId, string token) =>
        new(HttpMethod.Post, "interactions/{interaction.id}/{interaction.token}/callback", $"interactions/{interactionId}/{token}/callback", interactionId);

    public static RestRoute EditOriginal(string applicationId, string token) =>
        new(HttpMethod.Patch, "webhooks/{application.id}/{interaction.token}/messages/@original", $"webhooks/{applicationId}/{token}/messages/@original", $"{applicationId}/{token}");

    public static RestRoute GetOriginal(string applicationId, string token) =>
        new(HttpMethod.Get, "webhooks/{application.id}/{interaction.token}/messages/@original", $"webhooks/{applicationId}/{token}/messages/@original", $"{applicationId}/{token}");

    public static RestRoute DeleteOriginal(string applicationId, string token) =>
        new(HttpMethod.Delete, "webhooks/{application.id}/{interaction.token}/messages/@original", $"webhooks/{applicationId}/{token}/messages/@original", $"{applicationId}/{token}");

    public static RestRoute FollowUp(string applicationId, string token) =>
        new(HttpMethod.Post, "webhooks/{application.id}/{interaction.token}", $"webhooks/{applicationId}/{token}", $"{applicationId}/{token}");

    public static RestRoute CreateMessage(string channelId) =>
        new(HttpMethod.Post, "channels/{channel.id}/messages", $"channels/{channelId}/messages", channelId);

    public static RestRoute EditMessage(string channelId, string messageId) =>
        new(HttpMethod.Patch, "channels/{channel.id}/messages/{message.id}", $"channels/{channelId}/messages/{messageId}", channelId);

    public static RestRoute GetMessage(string channelId, string messageId) =>
        new(HttpMethod.Get, "channels/{channel.id}/messages/{message.id}", $"channels/{channelId}/messages/{messageId}", channelId);

    /// <summary>Removes a member's reaction (needs Manage Messages): how a single-choice poll keeps one vote each.</summary>
    public static RestRoute DeleteUserReaction(string channelId, string messageId, string emoji, string userId) =>
        new(HttpMethod.Delete, "channels/{channel.id}/messages/{message.id}/reactions/{emoji}/{user.id}",
            $"channels/{channelId}/messages/{messageId}/reactions/{Uri.EscapeDataString(emoji)}/{userId}", channelId);

    /// <summary>The emoji goes into the path percent-encoded (unicode) or as name:id (custom).</summary>
    public static RestRoute AddOwnReaction(string channelId, string messageId, string emoji) =>
        new(HttpMethod.Put, "channels/{channel.id}/messages/{message.id}/reactions/{emoji}/@me",
            $"channels/{channelId}/messages/{messageId}/reactions/{Uri.EscapeDataString(emoji)}/@me", channelId);

    /// <summary>One page (up to 100) of the users who reacted with an emoji, after a user id: how a poll is recounted.</summary>
    public static RestRoute GetReactions(string channelId, string messageId, string emoji, string? afterUserId, int limit) =>
        new(HttpMethod.Get, "channels/{channel.id}/messages/{message.id}/reactions/{emoji}",
            $"channels/{channelId}/messages/{messageId}/reactions/{Uri.EscapeDataString(emoji)}?limit={limit}"
            + (afterUserId is null ? "" : $"&after={afterUserId}"), channelId);
}
