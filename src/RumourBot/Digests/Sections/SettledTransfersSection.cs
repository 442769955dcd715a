using Humanizer;
using RumourBot.Rumours;
using RumourBot.Settling;

namespace RumourBot.Digests.Sections;

/// <summary>
/// Transfers this server's moderators settled within the window, each with what its polls predicted beside what
/// happened and how many called it right.
/// </summary>
public sealed class SettledTransfersSection(SettlementBook settlements) : IDigestSection
{
    public ComposedSection? Compose(DigestContext context)
    {
        var settled = settlements.InGuild(context.Window.GuildId)
            .Where(s => (s.CorrectedAt ?? s.SettledAt) > context.Window.Since && (s.CorrectedAt ?? s.SettledAt) <= context.Window.Until)
            .OrderByDescending(s => s.CorrectedAt ?? s.SettledAt)
            .ThenBy(s => s.Id, StringComparer.Ordinal)
            .ToList();
        if (settled.Count == 0) return null;
        var shown = settled.Take(context.Options.MaxItemsPerSection).Select(s => Entry(s, context.Now));
        return new ComposedSection("🏁 Settled", [.. shown], "transfer".ToQuantity(settled.Count) + " settled", IsNews: true,
            NotShown: settled.Count - Math.Min(settled.Count, context.Options.MaxItemsPerSection));
    }

    private string Entry(Settlement settlement, DateTimeOffset now)
    {
        var lines = new List<string> { $"{settlement.Player}: {SettlementText.Describe(settlement)} · {RumourText.Ago(settlement.CorrectedAt ?? settlement.SettledAt, now)}" };
        foreach (var poll in settlements.PollsOf(settlement))
        {
            var verdict = poll.State == AnswerState.Waiting ? "answer not confirmed yet" : $"{SettlementText.Number(poll.Right)} called it right";
            lines.Add($"Poll #{poll.Id} “{poll.Question}”: {SettlementText.Predicted(poll, settlement)} ({verdict})");
        }
        return string.Join('\n', lines);
    }
}
