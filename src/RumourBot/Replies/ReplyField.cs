namespace RumourBot.Replies;

/// <summary>A titled block of a reply (an embed field on Discord).</summary>
public sealed record ReplyField(string Name, string Value, bool Inline = false)
{
    /// <summary>
    /// A moment the field is about (a poll's deadline): Discord shows it as a timestamp in each member's own time
    /// zone and counting down; <see cref="Value"/> is the plain-text form, for the console.
    /// </summary>
    public DateTimeOffset? At { get; init; }

    public static ReplyField Moment(string name, DateTimeOffset at, string text, bool inline = false) =>
        new(name, text, inline) { At = at };
}
