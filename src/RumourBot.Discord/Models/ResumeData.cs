using System.Text.Json.Serialization;

namespace RumourBot.Discord.Models;

/// <summary>The data of op 6 Resume.</summary>
public sealed record ResumeData(
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("session_id")] string SessionId,
    [property: JsonPropertyName("seq")] int Sequence)
{
    public override string ToString() => $"ResumeData {{ SessionId = {SessionId}, Sequence = {Sequence} }}";
}
