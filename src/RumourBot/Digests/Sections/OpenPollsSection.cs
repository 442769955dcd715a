using System.Globalization;
using Humanizer;
using RumourBot.Polls;
using RumourBot.Rumours;

namespace RumourBot.Digests.Sections;

/// <summary>
/// The server's polls still open, closing soonest first, each with its current tally; a poll whose results are hidden
/// until it closes says so and shows only how many voted. Open polls are not news: alone they leave a digest quiet.
/// </summary>
public sealed class OpenPollsSection(PollBook polls) : IDigestSection
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public ComposedSection? Compose(DigestContext context)
    {
        // The open-polls index gives this server's open polls only; tallies are counted for the polls shown, no more.
        var open = polls.OpenInGuild(context.Window.GuildId)
            .Where(p => p.ClosesAt > context.Now)
            .OrderBy(p => p.ClosesAt)
            .ThenBy(p => p.Id)
            .ToList();
        if (open.Count == 0) return null;
        var shown = open.Take(context.Options.MaxItemsPerSection).Select(poll => Entry(poll, polls.Tally(poll), context.Now));
        return new ComposedSection("🗳️ Open polls", [.. shown], "open poll".ToQuantity(open.Count), IsNews: false,
            NotShown: open.Count - Math.Min(open.Count, context.Options.MaxItemsPerSection));
    }

    private static string Entry(Poll poll, PollTally tally, DateTimeOffset now)
    {
        var counts = poll.HideResults
            ? $"results hidden until it closes · {"member".ToQuantity(tally.Voters)} voted"
            : tally.Voters == 0
                ? "no votes yet"
                : string.Join(" · ", tally.Counts.Select(c => $"{c.Option.Emoji} {c.Option.Label} {tally.Share(c.Votes).ToString("P0", English)} ({c.Votes})"));
        return $"#{poll.Id} {poll.Question} · closes {RumourText.Ago(poll.ClosesAt, now)}\n{counts}";
    }
}
