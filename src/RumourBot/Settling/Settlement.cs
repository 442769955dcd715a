namespace RumourBot.Settling;

/// <summary>
/// What really happened to a rumoured move, as one server's moderators recorded it. Rumours are shared by every
/// server; settlements are not, so each server keeps its own record and its own scores.
/// </summary>
public sealed class Settlement
{
    /// <summary>"{guild}:{rumour id}": one settlement per rumour per server.</summary>
    public string Id { get; set; } = "";
    public ulong GuildId { get; set; }
    public string RumourId { get; set; } = "";
    public string Player { get; set; } = "";
    public string? FromClub { get; set; }

    /// <summary>The club the rumour said he would join; null for a rumour about him staying or leaving.</summary>
    public string? RumourClub { get; set; }

    public TransferOutcome Outcome { get; set; }

    /// <summary>The club he joined: set for <see cref="TransferOutcome.Completed"/> and <see cref="TransferOutcome.Elsewhere"/> only.</summary>
    public string? Club { get; set; }

    public string? Note { get; set; }
    public DateTimeOffset SettledAt { get; set; }
    public ulong SettledById { get; set; }
    public string SettledByName { get; set; } = "";

    /// <summary>When and by whom the outcome was last corrected (/settle … correct:true), if ever.</summary>
    public DateTimeOffset? CorrectedAt { get; set; }
    public string? CorrectedByName { get; set; }

    public static string IdFor(ulong guildId, string rumourId) => $"{guildId}:{rumourId}";
}
