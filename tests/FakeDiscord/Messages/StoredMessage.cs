using System.Text.Json;

namespace FakeDiscord.Messages;

/// <summary>A snapshot of a message the fake holds, for assertions.</summary>
/// <param name="Id">The message snowflake.</param>
/// <param name="ChannelId">Where it was posted.</param>
/// <param name="GuildId">The guild of the channel, null in DMs.</param>
/// <param name="AuthorId">Who posted it.</param>
/// <param name="Content">The text.</param>
/// <param name="Flags">Message flags (64 ephemeral, 128 loading).</param>
/// <param name="EditCount">How many times it was edited.</param>
/// <param name="Reactions">Reactions in the order they were first added.</param>
/// <param name="Json">The message object exactly as the REST API returns it.</param>
public sealed record StoredMessage(
    ulong Id,
    ulong ChannelId,
    ulong? GuildId,
    ulong AuthorId,
    string Content,
    int Flags,
    int EditCount,
    IReadOnlyList<StoredReaction> Reactions,
    JsonElement Json)
{
    /// <summary>The embeds array.</summary>
    public JsonElement Embeds => Json.GetProperty("embeds");

    /// <summary>The components array.</summary>
    public JsonElement Components => Json.GetProperty("components");
}
