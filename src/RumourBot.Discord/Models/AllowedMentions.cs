using System.Text.Json.Serialization;

namespace RumourBot.Discord.Models;

/// <summary>Which mentions in a message may ping. The bot sends <see cref="None"/> on every message.</summary>
public sealed record AllowedMentions([property: JsonPropertyName("parse")] IReadOnlyList<string> Parse)
{
    /// <summary>Pings nobody: no users, no roles, no @everyone, whatever the text says.</summary>
    public static AllowedMentions None { get; } = new([]);
}
