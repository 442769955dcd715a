namespace RumourBot.Digests;

/// <summary>What one digest covers: a server, from just after <see cref="Since"/> to <see cref="Until"/>, shown in a time zone.</summary>
public sealed record DigestWindow(ulong GuildId, DateTimeOffset Since, DateTimeOffset Until, TimeZoneInfo Zone)
{
    /// <summary>The window's end cut to whole milliseconds, as the database keeps times, so windows meet without gap or overlap.</summary>
    public static DateTimeOffset Moment(DateTimeOffset time) => time.AddTicks(-(time.UtcTicks % TimeSpan.TicksPerMillisecond));
}
