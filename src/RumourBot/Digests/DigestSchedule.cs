using LiteDB;
using RumourBot.Commands;

namespace RumourBot.Digests;

/// <summary>
/// A server's digest schedule (one per server, keyed by guild id): where digests go, when (cron and time zone), the
/// last slot posted and how far the digests have covered. A schedule the bot had to turn off keeps why, so moderators
/// see it next time they use /digest.
/// </summary>
public sealed class DigestSchedule
{
    /// <summary>The guild id.</summary>
    public ulong Id { get; set; }

    /// <summary>Where digests are posted; null when only a name is known (a schedule made in the local console).</summary>
    public ulong? ChannelId { get; set; }

    public string? ChannelName { get; set; }

    /// <summary>Five-field cron, in <see cref="TimeZone"/>.</summary>
    public string Cron { get; set; } = "";

    /// <summary>An IANA time zone, e.g. Europe/London.</summary>
    public string TimeZone { get; set; } = "";

    public string SetBy { get; set; } = "";

    /// <summary>When this schedule was set; also tells a schedule from the one that replaced it.</summary>
    public DateTimeOffset SetAt { get; set; }

    /// <summary>
    /// The latest slot a digest was (or was about to be) posted for. Written before posting, so a crash or restart
    /// right after posting never posts the same slot again.
    /// </summary>
    public DateTimeOffset? LastSlot { get; set; }

    /// <summary>The next slot to post, in UTC; null while the schedule is off. Indexed: the scheduler reads only due schedules.</summary>
    public DateTimeOffset? NextSlot { get; set; }

    /// <summary>
    /// The end of what the last posted digest covered: the next one starts here. Moved only after a digest reached the
    /// channel, so a digest that failed to post is not lost: its news goes into the next one.
    /// </summary>
    public DateTimeOffset CoveredUntil { get; set; }

    public bool Enabled { get; set; } = true;

    /// <summary>
    /// With nothing new (a quiet digest), a scheduled slot posts nothing (<c>quiet:skip</c>) instead of the "quiet one"
    /// note (<c>quiet:post</c>, the default); the news waits for the next digest, which starts where the last posted one ended.
    /// </summary>
    public bool SkipQuiet { get; set; }

    /// <summary>Why the bot turned the schedule off ("#rumours was deleted"), shown by /digest next time.</summary>
    public string? DisabledReason { get; set; }

    public DateTimeOffset? DisabledAt { get; set; }

    [BsonIgnore]
    public ChannelChoice Channel => new(ChannelId, ChannelName);
}
