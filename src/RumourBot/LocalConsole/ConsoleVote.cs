using System.Text.RegularExpressions;
using RumourBot.Polls;
using RumourBot.Replies;

namespace RumourBot.LocalConsole;

/// <summary>
/// "vote 1 ✅ as alice": the local console's stand-in for a member reacting to a poll. The option may be its emoji
/// or its number; each name is a member of its own. The vote goes through the same <see cref="VoteQueue"/> as a
/// reaction on Discord, and the answer waits for its outcome.
/// </summary>
public sealed partial class ConsoleVote(PollBook polls, VoteQueue queue, PollCommands commands)
{
    public static bool Matches(string line) => line.TrimStart().StartsWith("vote ", StringComparison.OrdinalIgnoreCase);

    public async Task<Reply> HandleAsync(string line, ulong guildId, CancellationToken cancellationToken)
    {
        var match = VoteLine().Match(line.Trim());
        if (!match.Success) return Reply.Error("Write a vote as: vote <poll number> <emoji or option number> as <name>, e.g. vote 1 ✅ as alice");
        var poll = polls.Find(guildId, int.Parse(match.Groups["poll"].Value, System.Globalization.CultureInfo.InvariantCulture));
        if (poll is null) return Reply.Error($"There is no poll #{match.Groups["poll"].Value}.");

        var choice = match.Groups["choice"].Value;
        var emoji = int.TryParse(choice, out var number) && number >= 1 && number <= poll.Options.Count ? poll.Options[number - 1].Emoji : choice;
        var name = match.Groups["name"].Value.Trim();
        var outcome = await queue.EnqueueAsync(new VoteChange(poll, VoterId(name), name, emoji, VoteChangeKind.Add)).WaitAsync(cancellationToken);
        return outcome.Result switch
        {
            VoteResult.NotAnOption => Reply.Error($"{choice} is not an option of poll #{poll.Id}: use {string.Join(", ", poll.Options.Select(o => o.Emoji))} or 1-{poll.Options.Count}."),
            VoteResult.PollClosed => Reply.Error($"Poll #{poll.Id} is closed."),
            _ => commands.Render(poll, polls.Tally(poll), outcome.Result == VoteResult.AlreadyCounted
                ? $"{name} had already voted {emoji}"
                : outcome.MovedFrom.Count > 0 ? $"{name} changed their vote to {emoji}" : $"{name} voted {emoji}"),
        };
    }

    // A stable id per name (FNV-1a), kept clear of the console's own user id.
    private static ulong VoterId(string name)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in name.ToLowerInvariant())
        {
            hash ^= c;
            hash *= 1099511628211UL;
        }
        return hash | (1UL << 63);
    }

    [GeneratedRegex(@"^vote\s+#?(?<poll>\d{1,9})\s+(?<choice>\S+)\s+as\s+(?<name>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VoteLine();
}
