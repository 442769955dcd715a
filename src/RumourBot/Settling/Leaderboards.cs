using RumourBot.Reports.Sources;
using RumourBot.Rumours;

namespace RumourBot.Settling;

/// <summary>
/// Who called it, in one server: members by the share of their settled predictions that came true, and the
/// outlets and journalists cited on the server's settled rumours by how often what they reported happened.
/// </summary>
public sealed class Leaderboards(IRumourStore rumours, ISettlementStore store, SettlementBook settlements, ClubMatch clubs)
{
    /// <summary>
    /// Members with at least <paramref name="minimum"/> scored predictions: the most often right first, then the
    /// lower (better) mean Brier score, then the one with more predictions.
    /// </summary>
    public IReadOnlyList<FanStanding> Fans(ulong guildId, int minimum) =>
        store.PredictionsInGuild(guildId)
            .GroupBy(p => p.VoterId)
            .Select(g => new FanStanding(g.Key, g.MaxBy(p => p.PollId)!.VoterName, g.Count(p => p.Right), g.Count(), g.Average(p => p.Brier)))
            .Where(s => s.Total >= minimum)
            .OrderByDescending(s => s.Share)
            .ThenBy(s => s.MeanBrier)
            .ThenByDescending(s => s.Total)
            .ThenBy(s => s.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();

    /// <summary>The crowd's record over this server's settled polls whose answer is known.</summary>
    public CrowdRecord Crowd(ulong guildId) =>
        CrowdRecord.Of(store.PollsInGuild(guildId));

    /// <summary>
    /// Sources with at least <paramref name="minimum"/> calls, by <see cref="SourceStanding.Score"/>. A call is a
    /// source's reports on one settled rumour, published up to its settlement (a report after the fact predicts
    /// nothing). A move settled as elsewhere also proves right the reports of the player's rumour to that club.
    /// </summary>
    public IReadOnlyList<SourceStanding> Sources(ulong guildId, int minimum)
    {
        var judged = new Dictionary<string, (Rumour Rumour, Settlement Settlement)>();
        var settled = settlements.InGuild(guildId);
        foreach (var settlement in settled)
        {
            if (rumours.FindRumour(settlement.RumourId) is { } rumour) judged[rumour.Id] = (rumour, settlement);
        }
        // A rumour's own settlement wins over what another one implies.
        foreach (var settlement in settled.Where(s => s.Outcome == TransferOutcome.Elsewhere))
        {
            var playerKey = RumourKey.Normalise(settlement.Player);
            foreach (var rumour in rumours.OfPlayer(playerKey).Where(r => clubs.Same(r.ToClub, settlement.Club)))
            {
                judged.TryAdd(rumour.Id, (rumour, settlement));
            }
        }

        var calls = new Dictionary<string, (CitedSource Source, int Right, int Total)>(StringComparer.OrdinalIgnoreCase);
        foreach (var (rumour, settlement) in judged.Values)
        {
            if (ReportVerdict.Judge(rumour, settlement, clubs) is not { } right) continue;
            // Judged by when the bot learnt of each story, not the date its page claims (which a backdated page sets).
            var cited = rumour.Stories.Where(s => s.Learned <= settlement.SettledAt)
                .SelectMany(s => s.Sources)
                .Concat(rumour.EarlierStories > 0 && rumour.EarlierLearnedUntil <= settlement.SettledAt ? rumour.EarlierSources : [])
                .DistinctBy(s => s.Name, StringComparer.OrdinalIgnoreCase);
            foreach (var source in cited)
            {
                var (known, hits, total) = calls.GetValueOrDefault(source.Name, (source, 0, 0));
                calls[source.Name] = (known, hits + (right ? 1 : 0), total + 1);
            }
        }
        return calls.Values
            .Select(c => new SourceStanding(c.Source, c.Right, c.Total))
            .Where(s => s.Total >= minimum)
            .OrderByDescending(s => s.Score)
            .ThenByDescending(s => s.Total)
            .ThenBy(s => s.Source.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }
}
