using System.Security.Cryptography;
using System.Text.Json.Nodes;
using FakeDiscord.Model;
using FakeDiscord.Support;
using Microsoft.Extensions.Logging;

namespace FakeDiscord.Gateway;

/// <summary>
/// Identify and Resume as the docs describe them: every check Discord makes (already authenticated, token, intents,
/// shard, guilds per shard, session and seq), each failure its close code; a new session gets READY and a
/// GUILD_CREATE per guild of its shard, a resumed one the events it missed.
/// </summary>
internal sealed class SessionStart(
    FakeDiscordOptions options,
    GuildDirectory directory,
    ShardSessions sessions,
    ConnectionLifecycle lifecycle,
    Func<string> resumeUrl,
    ILogger logger)
{
    private int _identifyCount;
    private int _resumeCount;

    public int IdentifyCount => Volatile.Read(ref _identifyCount);

    public int ResumeCount => Volatile.Read(ref _resumeCount);

    public async Task IdentifyAsync(GatewayConnection connection, JsonObject? d)
    {
        if (connection.Session is not null)
        {
            await lifecycle.CloseAsync(connection, GatewayCloseCode.AlreadyAuthenticated, "Already authenticated.").ConfigureAwait(false);
            return;
        }

        if (d is null || d["properties"] is not JsonObject)
        {
            await lifecycle.CloseAsync(connection, GatewayCloseCode.DecodeError, "Identify needs d.token, d.properties and d.intents.")
                .ConfigureAwait(false);
            return;
        }

        if (JsonRead.GetString(d["token"]) != options.Token)
        {
            await lifecycle.CloseAsync(connection, GatewayCloseCode.AuthenticationFailed, "Authentication failed.").ConfigureAwait(false);
            return;
        }

        if (!JsonRead.TryGetInteger(d["intents"], out var intents) || intents < 0 || (intents & ~GatewayIntents.Known) != 0)
        {
            await lifecycle.CloseAsync(connection, GatewayCloseCode.InvalidIntents, "Invalid intent(s).").ConfigureAwait(false);
            return;
        }

        if ((intents & GatewayIntents.Privileged & ~options.EnabledPrivilegedIntents) != 0)
        {
            await lifecycle.CloseAsync(connection, GatewayCloseCode.DisallowedIntents, "Disallowed intent(s).").ConfigureAwait(false);
            return;
        }

        int[]? shard = null;
        if (d["shard"] is not null && !GatewayPayloads.TryReadShard(d["shard"], out shard))
        {
            await lifecycle.CloseAsync(connection, GatewayCloseCode.InvalidShard, "Invalid shard.").ConfigureAwait(false);
            return;
        }

        var guilds = directory.Guilds.Where(g => shard is null || ShardSessions.ShardOf(g.Id, shard[1]) == shard[0]).ToArray();
        if (guilds.Length > options.MaxGuildsPerShard)
        {
            // Discord: one session holds at most 2500 guilds; beyond that the bot must shard.
            await lifecycle.CloseAsync(connection, GatewayCloseCode.ShardingRequired, "Sharding required.").ConfigureAwait(false);
            return;
        }

        var session = new GatewaySession(
            Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), intents, shard,
            JsonDefaults.ToElement(GatewayPayloads.RedactedToken(d)));
        sessions.Add(session);
        Interlocked.Increment(ref _identifyCount);

        connection.Session = session;
        await session.AttachAsync(connection).ConfigureAwait(false);
        logger.Identified(session.SessionId, intents);
        await session.DispatchAsync("READY", GatewayPayloads.Ready(session, guilds, directory, resumeUrl())).ConfigureAwait(false);
        if ((intents & GatewayIntents.Guilds) == 0)
        {
            // Discord: GUILD_CREATE needs the GUILDS intent; without it the guilds stay as READY lists them, unavailable.
            lifecycle.Add(GatewayLifecycle.Ready, connection);
            return;
        }

        var joinedAt = options.TimeProvider.GetUtcNow();
        var allMembers = (intents & GatewayIntents.GuildPresences) != 0;
        foreach (var guild in guilds)
        {
            await session.DispatchAsync("GUILD_CREATE", DiscordObjects.GuildCreate(guild, directory.Bot, joinedAt, allMembers))
                .ConfigureAwait(false);
        }

        lifecycle.Add(GatewayLifecycle.Ready, connection);
    }

    public async Task ResumeAsync(GatewayConnection connection, JsonObject? d)
    {
        if (connection.Session is not null)
        {
            await lifecycle.CloseAsync(connection, GatewayCloseCode.AlreadyAuthenticated, "Already authenticated.").ConfigureAwait(false);
            return;
        }

        if (d is null || JsonRead.GetString(d["session_id"]) is not { } sessionId)
        {
            await lifecycle.CloseAsync(connection, GatewayCloseCode.DecodeError, "Resume needs d.token, d.session_id and d.seq.")
                .ConfigureAwait(false);
            return;
        }

        if (JsonRead.GetString(d["token"]) != options.Token)
        {
            await lifecycle.CloseAsync(connection, GatewayCloseCode.AuthenticationFailed, "Authentication failed.").ConfigureAwait(false);
            return;
        }

        var session = sessions.Find(sessionId);

        if (session is null || session.IsInvalidated)
        {
            await connection.SendAsync(GatewayPayloads.Envelope(GatewayOpcode.InvalidSession, false)).ConfigureAwait(false);
            lifecycle.Add(GatewayLifecycle.InvalidSessionSent, connection);
            return;
        }

        if (!JsonRead.TryGetInteger(d["seq"], out var sequence) || sequence < 0 || sequence > session.LastSequence)
        {
            await lifecycle.CloseAsync(connection, GatewayCloseCode.InvalidSequence, "Invalid seq.").ConfigureAwait(false);
            return;
        }

        if (session.Connection is { } previous && !ReferenceEquals(previous, connection))
        {
            // A zombie connection of the same session is replaced by the resuming one.
            previous.Abort(GatewayLifecycle.Dropped);
        }

        sessions.MakeLatest(session);
        Interlocked.Increment(ref _resumeCount);

        connection.Session = session;
        logger.Resumed(session.SessionId, sequence);
        await session.ResumeAsync(connection, (int)sequence).ConfigureAwait(false);
        lifecycle.Add(GatewayLifecycle.Resumed, connection);
    }
}
