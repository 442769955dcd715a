using System.Text.Json.Serialization;

namespace RumourBot.Discord.Models;

/// <summary>An embed's large picture: an http(s) URL, or <c>attachment://name.png</c> for a file uploaded with the message.</summary>
public sealed record EmbedImage([property: JsonPropertyName("url")] string Url);
