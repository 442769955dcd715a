namespace RumourBot.Replies;

/// <summary>
/// What a command answers, independent of where it is shown: Discord renders it as an embed, the local console
/// as text. <see cref="Ephemeral"/> replies are shown only to the member who asked.
/// </summary>
public sealed record Reply(
    string Title,
    string? Description = null,
    IReadOnlyList<ReplyField>? Fields = null,
    ReplyTone Tone = ReplyTone.Neutral,
    bool Ephemeral = false,
    string? Footer = null)
{
    public IReadOnlyList<ReplyField> Fields { get; init; } = Fields ?? [];

    /// <summary>Reactions to add to the posted reply, in order (a poll's answers). The console shows none.</summary>
    public IReadOnlyList<string> Reactions { get; init; } = [];

    /// <summary>Told where the reply was posted on Discord (channel id, message id), e.g. so a poll knows its message.</summary>
    public Action<ulong, ulong>? Posted { get; init; }

    /// <summary>
    /// More messages that belong to this answer, in order, for what does not fit one message (a long digest): sent as
    /// follow-ups on Discord, printed after the reply in the console.
    /// </summary>
    public IReadOnlyList<Reply> FollowUps { get; init; } = [];

    /// <summary>A picture shown with the reply (attached on Discord, saved as a file by the console), or null.</summary>
    public ReplyImage? Image { get; init; }

    /// <summary>A file handed over with the reply (an export), or null.</summary>
    public ReplyFile? File { get; init; }

    /// <summary>A mistake the user can fix: shown only to them, saying what was wrong and how to put it right.</summary>
    public static Reply Error(string message) => new("That didn't work", message, Tone: ReplyTone.Error, Ephemeral: true);
}
