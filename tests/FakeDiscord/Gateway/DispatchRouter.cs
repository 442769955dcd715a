using System.Text.Json.Nodes;
using FakeDiscord.Model;
using FakeDiscord.Support;
using Microsoft.Extensions.Logging;

namespace FakeDiscord.Gateway;

/// <summary>
/// Decides, as Discord would, whether and to which session an event goes: the guild's shard, the bot's membership,
/// the session's intents. What Discord would not have sent is dropped, logged and kept in <see cref="Dropped"/>.
/// </summary>
internal sealed class DispatchRouter(GuildDirectory directory, ShardSessions sessions, TimeProvider time, ILogger logger)
{
    /// <summary>Events the fake did not deliver because Discord would not have (intents, membership, no shard).</summary>
    public WatchableList<DroppedDispatch> Dropped { get; } = new();

    /// <summary>
    /// Dispatches to the session that serves the event's guild (its shard), buffered for Resume when no connection
    /// is attached. Like Discord, an event is not sent (0 is returned, the drop logged) when its guild is not one the
    /// bot is in, no live session holds the guild's shard, or the session did not identify with an intent that
    /// brings the event.
    /// </summary>
    /// <exception cref="InvalidOperationException">No session at all, or every session was invalidated.</exception>
    public async Task<int> DispatchAsync(string eventName, JsonNode? data)
    {
        var guildId = GuildOf(eventName, data);
        if (guildId is { } id && directory.FindGuild(id) is null && eventName is not ("GUILD_CREATE" or "GUILD_DELETE"))
        {
            return Drop(eventName, $"the bot is not in guild {id}");
        }

        var session = sessions.SessionFor(guildId);
        if (session is null)
        {
            if (!sessions.HasLiveSession())
            {
                throw new InvalidOperationException(
                    $"Cannot dispatch {eventName}: no resumable gateway session (the bot has not identified, or its session was invalidated).");
            }

            return Drop(eventName, $"no session holds the shard of guild {guildId}");
        }

        if (!GatewayEventIntents.Receives(session.Intents, eventName, guildId is not null))
        {
            var required = GatewayEventIntents.Required(eventName, guildId is not null) ?? 0;
            return Drop(eventName, required == 0
                ? "Discord never sends it outside a guild"
                : $"session {session.SessionId} identified with intents {session.Intents}, and it needs one of the bits {required}");
        }

        return await session.DispatchAsync(eventName, data).ConfigureAwait(false);
    }

    /// <summary>Dispatches an event the fake generated itself, only if the guild's session asked for its intent.</summary>
    /// <remarks><paramref name="build"/> gets the session's intents, e.g. to blank content without MESSAGE_CONTENT.</remarks>
    public async Task PublishAsync(string eventName, ulong? guildId, long intent, Func<long, JsonNode> build)
    {
        var session = sessions.SessionFor(guildId);
        if (session is null || (session.Intents & intent) == 0)
        {
            return;
        }

        await session.DispatchAsync(eventName, build(session.Intents)).ConfigureAwait(false);
    }

    private int Drop(string eventName, string reason)
    {
        logger.DispatchDropped(eventName, reason);
        Dropped.Add(new DroppedDispatch(eventName, reason, time.GetUtcNow()));
        return 0;
    }

    private static ulong? GuildOf(string eventName, JsonNode? data)
    {
        if (data is not JsonObject d)
        {
            return null;
        }

        var field = eventName is "GUILD_CREATE" or "GUILD_UPDATE" or "GUILD_DELETE" ? d["id"] : d["guild_id"];
        return JsonRead.TryGetSnowflake(field, out var id) ? id : null;
    }
}
