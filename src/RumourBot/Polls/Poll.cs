namespace RumourBot.Polls;

/// <summary>A reaction poll in one server, optionally tied to a rumour ("Will Trent stay?").</summary>
public sealed class Poll
{
    public int Id { get; set; }
    public ulong GuildId { get; set; }
    public string Question { get; set; } = "";
    public List<PollOption> Options { get; set; } = [];
    public bool MultipleChoice { get; set; }
    public bool HideResults { get; set; }
    public string? RumourId { get; set; }
    public ulong CreatorId { get; set; }
    public string CreatorName { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ClosesAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public PollState State { get; set; }

    /// <summary>Where the poll's message is on Discord; null in the local console.</summary>
    public ulong? ChannelId { get; set; }
    public ulong? MessageId { get; set; }

    public PollOption? OptionFor(string emoji) => Options.FirstOrDefault(o => o.Emoji == emoji);
}
