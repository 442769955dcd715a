using System.Text.Json.Nodes;
using FakeDiscord.Model;
using FakeDiscord.Support;

namespace FakeDiscord.Gateway;

/// <summary>The gateway's own payloads (envelopes, READY) and the reading of client ones (shard, redaction).</summary>
internal static class GatewayPayloads
{
    public static JsonObject Ready(GatewaySession session, IReadOnlyList<FakeGuild> guilds, GuildDirectory directory, string resumeUrl)
    {
        var user = DiscordObjects.User(directory.Bot);
        user["verified"] = true;
        user["mfa_enabled"] = false;
        user["email"] = null;
        var ready = new JsonObject
        {
            ["v"] = 10,
            ["user_settings"] = new JsonObject(),
            ["user"] = user,
            ["session_type"] = "normal",
            ["session_id"] = session.SessionId,
            ["resume_gateway_url"] = resumeUrl,
            ["relationships"] = new JsonArray(),
            ["private_channels"] = new JsonArray(),
            ["presences"] = new JsonArray(),
            ["guild_join_requests"] = new JsonArray(),
            ["geo_ordered_rtc_regions"] = new JsonArray("fake-local"),
            ["guilds"] = new JsonArray(guilds
                .Select(g => (JsonNode)new JsonObject { ["id"] = DiscordObjects.Id(g.Id), ["unavailable"] = true })
                .ToArray()),
            ["application"] = new JsonObject { ["id"] = DiscordObjects.Id(directory.ApplicationId), ["flags"] = 0 },
            ["auth"] = new JsonObject(),
            ["_trace"] = new JsonArray("fake-discord"),
        };
        if (session.Shard is { } shard)
        {
            ready["shard"] = new JsonArray(shard[0], shard[1]);
        }

        return ready;
    }

    public static bool TryReadShard(JsonNode? node, out int[]? shard)
    {
        shard = null;
        if (node is not JsonArray { Count: 2 } array
            || !JsonRead.TryGetInteger(array[0], out var id)
            || !JsonRead.TryGetInteger(array[1], out var count)
            || count < 1 || count > 65536 || id < 0 || id >= count)
        {
            return false;
        }

        shard = [(int)id, (int)count];
        return true;
    }

    public static JsonObject Redacted(JsonObject payload)
    {
        if (payload["d"] is JsonObject { } d && d.ContainsKey("token"))
        {
            var copy = (JsonObject)payload.DeepClone();
            copy["d"] = RedactedToken(d);
            return copy;
        }

        return payload;
    }

    public static JsonObject RedactedToken(JsonObject d)
    {
        var copy = (JsonObject)d.DeepClone();
        if (copy.ContainsKey("token"))
        {
            copy["token"] = "<redacted>";
        }

        return copy;
    }

    public static string Envelope(int op, JsonNode? d) =>
        JsonDefaults.Serialize(new JsonObject { ["t"] = null, ["s"] = null, ["op"] = op, ["d"] = d });
}
