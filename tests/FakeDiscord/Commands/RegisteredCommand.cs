using System.Text.Json;

namespace FakeDiscord.Commands;

/// <summary>An application command as stored after a bulk overwrite.</summary>
/// <param name="Id">The command id (kept across overwrites for the same name and type).</param>
/// <param name="Name">The command name.</param>
/// <param name="Type">1 CHAT_INPUT, 2 USER, 3 MESSAGE, 4 PRIMARY_ENTRY_POINT.</param>
/// <param name="GuildId">The guild, or null for a global command.</param>
/// <param name="Json">The command object as the API returns it.</param>
public sealed record RegisteredCommand(ulong Id, string Name, int Type, ulong? GuildId, JsonElement Json);
