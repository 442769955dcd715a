namespace FakeDiscord.RateLimits;

/// <summary>
/// The limits the fake enforces. Each property is one bucket (one <c>X-RateLimit-Bucket</c> hash); a bucket is
/// counted separately per top-level resource (channel, guild, or webhook/interaction id + token).
/// </summary>
public sealed class RateLimitOptions
{
    /// <summary>Whether route and global limits are enforced at all (headers are sent either way).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The global limit per bot token; interaction and interaction-webhook routes are exempt.</summary>
    public RouteLimit Global { get; set; } = new(50, TimeSpan.FromSeconds(1));

    /// <summary><c>POST /channels/{channel_id}/messages</c>, per channel.</summary>
    public RouteLimit CreateMessage { get; set; } = new(5, TimeSpan.FromSeconds(5));

    /// <summary><c>PATCH /channels/{channel_id}/messages/{message_id}</c>, per channel.</summary>
    public RouteLimit EditMessage { get; set; } = new(5, TimeSpan.FromSeconds(5));

    /// <summary><c>DELETE /channels/{channel_id}/messages/{message_id}</c>, per channel.</summary>
    public RouteLimit DeleteMessage { get; set; } = new(5, TimeSpan.FromSeconds(1));

    /// <summary><c>GET /channels/{channel_id}</c>, <c>GET .../messages</c> and <c>GET .../messages/{message_id}</c>, per channel.</summary>
    public RouteLimit ReadMessages { get; set; } = new(5, TimeSpan.FromSeconds(1));

    /// <summary>Every reaction PUT and DELETE (own, another user's, one emoji, all), one shared bucket per channel.</summary>
    public RouteLimit ModifyReactions { get; set; } = new(1, TimeSpan.FromMilliseconds(250));

    /// <summary><c>GET .../reactions/{emoji}</c>, per channel.</summary>
    public RouteLimit ListReactions { get; set; } = new(5, TimeSpan.FromSeconds(1));

    /// <summary><c>POST /interactions/{interaction_id}/{interaction_token}/callback</c>, per interaction.</summary>
    public RouteLimit InteractionCallback { get; set; } = new(5, TimeSpan.FromSeconds(2));

    /// <summary><c>POST /webhooks/{application_id}/{token}</c> (follow-ups), per interaction token.</summary>
    public RouteLimit ExecuteWebhook { get; set; } = new(5, TimeSpan.FromSeconds(2));

    /// <summary><c>GET|PATCH|DELETE /webhooks/{application_id}/{token}/messages/...</c>, per interaction token.</summary>
    public RouteLimit WebhookMessages { get; set; } = new(5, TimeSpan.FromSeconds(2));

    /// <summary>Reading application commands (global, or per guild).</summary>
    public RouteLimit ReadCommands { get; set; } = new(5, TimeSpan.FromSeconds(20));

    /// <summary>Bulk-overwriting application commands (global, or per guild).</summary>
    public RouteLimit WriteCommands { get; set; } = new(5, TimeSpan.FromSeconds(20));

    /// <summary><c>GET /users/@me</c>, <c>GET /applications/@me</c>, <c>GET /gateway</c>, <c>GET /gateway/bot</c>: one bucket each.</summary>
    public RouteLimit Identity { get; set; } = new(5, TimeSpan.FromSeconds(5));
}
