using System.Text.Json.Nodes;
using FakeDiscord.Model;

namespace FakeDiscord.Messages;

/// <summary>A stored message. Only <see cref="MessageStore"/> touches it, under its lock.</summary>
internal sealed class MessageRecord
{
    public required ulong Id { get; init; }

    public required ulong ChannelId { get; init; }

    public required ulong? GuildId { get; init; }

    public required FakeUser Author { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>0 default, 19 reply, 20 chat-input command response.</summary>
    public int Type { get; set; }

    public string Content { get; set; } = string.Empty;

    public JsonArray Embeds { get; set; } = [];

    public JsonArray Components { get; set; } = [];

    public JsonArray Attachments { get; set; } = [];

    public int Flags { get; set; }

    public bool Tts { get; set; }

    public JsonNode? Nonce { get; set; }

    public JsonObject? Poll { get; set; }

    public JsonObject? MessageReference { get; set; }

    public ulong? WebhookId { get; set; }

    public ulong? ApplicationId { get; set; }

    public JsonObject? InteractionMetadata { get; set; }

    public DateTimeOffset? EditedAt { get; set; }

    public int EditCount { get; set; }

    /// <summary>Edits made once the message was older than the edit-cap age (for 30046).</summary>
    public int OldEdits { get; set; }

    public List<ReactionRecord> Reactions { get; } = [];

    public bool IsEphemeral => (Flags & MessageFlags.Ephemeral) != 0;
}
