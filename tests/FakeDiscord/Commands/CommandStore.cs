using System.Text.Json.Nodes;
using FakeDiscord.Model;
using FakeDiscord.Support;

namespace FakeDiscord.Commands;

/// <summary>Global and per-guild application commands. A bulk overwrite replaces the whole set of a scope.</summary>
internal sealed class CommandStore(SnowflakeGenerator ids, ulong applicationId)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<ulong, List<JsonObject>> _byScope = [];

    /// <summary>Replaces a scope's commands; ids are kept for commands whose name and type already existed.</summary>
    public JsonArray Overwrite(ulong? guildId, JsonArray definitions)
    {
        lock (_gate)
        {
            var previous = _byScope.GetValueOrDefault(guildId ?? 0) ?? [];
            var version = DiscordObjects.Id(ids.Next());
            var stored = new List<JsonObject>();
            foreach (var definition in definitions.OfType<JsonObject>())
            {
                var type = JsonRead.TryGetInteger(definition["type"], out var t) ? (int)t : 1;
                var name = JsonRead.GetString(definition["name"])!;
                var existing = previous.FirstOrDefault(c => JsonRead.GetString(c["name"]) == name && c["type"]!.GetValue<int>() == type);
                stored.Add(Command(definition, type, existing?["id"]?.GetValue<string>() ?? DiscordObjects.Id(ids.Next()), version, guildId));
            }

            _byScope[guildId ?? 0] = stored;
            return new JsonArray(stored.Select(c => (JsonNode)c.DeepClone()).ToArray());
        }
    }

    public JsonArray List(ulong? guildId)
    {
        lock (_gate)
        {
            return new JsonArray((_byScope.GetValueOrDefault(guildId ?? 0) ?? []).Select(c => (JsonNode)c.DeepClone()).ToArray());
        }
    }

    public IReadOnlyList<RegisteredCommand> Snapshot(ulong? guildId)
    {
        lock (_gate)
        {
            return (_byScope.GetValueOrDefault(guildId ?? 0) ?? [])
                .Select(c => new RegisteredCommand(
                    ulong.Parse(c["id"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture),
                    c["name"]!.GetValue<string>(),
                    c["type"]!.GetValue<int>(),
                    guildId,
                    JsonDefaults.ToElement(c)))
                .ToArray();
        }
    }

    /// <summary>A chat-input command by name: the guild's first, then the global one.</summary>
    public RegisteredCommand? Find(string name, ulong? guildId) =>
        (guildId is { } guild ? Snapshot(guild).FirstOrDefault(c => c.Name == name && c.Type == 1) : null)
        ?? Snapshot(null).FirstOrDefault(c => c.Name == name && c.Type == 1);

    private JsonObject Command(JsonObject definition, int type, string id, string version, ulong? guildId)
    {
        var command = new JsonObject
        {
            ["id"] = id,
            ["application_id"] = DiscordObjects.Id(applicationId),
            ["version"] = version,
            ["default_member_permissions"] = definition["default_member_permissions"] is { } permissions
                ? JsonRead.GetString(permissions) ?? permissions.ToJsonString()
                : null,
            ["type"] = type,
            ["name"] = definition["name"]!.DeepClone(),
            ["name_localizations"] = definition["name_localizations"]?.DeepClone(),
            ["description"] = definition["description"]?.DeepClone() ?? string.Empty,
            ["description_localizations"] = definition["description_localizations"]?.DeepClone(),
            ["dm_permission"] = guildId is null ? definition["dm_permission"]?.DeepClone() ?? true : null,
            ["contexts"] = definition["contexts"]?.DeepClone(),
            ["integration_types"] = definition["integration_types"]?.DeepClone() ?? new JsonArray(0),
            ["nsfw"] = definition["nsfw"]?.DeepClone() ?? false,
        };
        if (definition["options"] is JsonArray options)
        {
            command["options"] = options.DeepClone();
        }

        if (guildId is { } guild)
        {
            command["guild_id"] = DiscordObjects.Id(guild);
            command.Remove("dm_permission");
        }

        return command;
    }
}
