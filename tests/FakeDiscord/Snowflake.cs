namespace FakeDiscord;

/// <summary>Discord snowflake arithmetic: <c>(unix_ms − 1420070400000) &lt;&lt; 22</c> plus worker, process and increment.</summary>
public static class Snowflake
{
    /// <summary>The Discord epoch, 2015-01-01T00:00:00Z, in Unix milliseconds.</summary>
    public const long DiscordEpochMilliseconds = 1420070400000;

    /// <summary>The moment a snowflake was created.</summary>
    public static DateTimeOffset TimestampOf(ulong id) =>
        DateTimeOffset.FromUnixTimeMilliseconds((long)(id >> 22) + DiscordEpochMilliseconds);

    /// <summary>The smallest snowflake of a moment, usable as a paging cursor.</summary>
    public static ulong FromTimestamp(DateTimeOffset moment) =>
        (ulong)(moment.ToUnixTimeMilliseconds() - DiscordEpochMilliseconds) << 22;
}
