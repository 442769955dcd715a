namespace RumourBot.Settling;

/// <summary>
/// A poll tied to a settled rumour, kept for good: its final tally and every member's final answer (read once,
/// at the settlement, after the poll closed), and which answer came true.
/// </summary>
public sealed class SettledPoll
{
    /// <summary>The poll's number.</summary>
    public int Id { get; set; }
    public ulong GuildId { get; set; }
    public string RumourId { get; set; } = "";
    public string Question { get; set; } = "";
    public bool MultipleChoice { get; set; }
    public List<SettledOption> Options { get; set; } = [];
    public int Voters { get; set; }
    public List<Ballot> Ballots { get; set; } = [];
    public DateTimeOffset SettledAt { get; set; }

    public AnswerState State { get; set; }

    /// <summary>The emoji of the answer that came true; null while waiting, or when none of the answers came true.</summary>
    public string? Answer { get; set; }

    /// <summary>How the answer was found, or why it could not be: shown to moderators.</summary>
    public string Reason { get; set; } = "";

    /// <summary>How many voters called it right, once the answer is known.</summary>
    public int Right { get; set; }

    public SettledOption? OptionFor(string? emoji) => Options.FirstOrDefault(o => o.Emoji == emoji);
}
