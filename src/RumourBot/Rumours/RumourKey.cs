using System.Globalization;
using System.Text;
using RumourBot.Reports;

namespace RumourBot.Rumours;

/// <summary>
/// Names a rumour so every report about the same move finds it: the player and the club he would join
/// ("Rafael Leão" and "Rafael Leao" are one player), or the club he would stay at or leave.
/// </summary>
public static class RumourKey
{
    /// <summary>One key per club the move names: a report linking a player with two clubs feeds two rumours.</summary>
    public static IEnumerable<(string Key, string? ToClub)> For(Move move)
    {
        var player = Normalise(move.Player);
        if (move.ToClubs.Count == 0)
        {
            var prefix = move.Status == MoveStatus.ContractRenewal ? "stays" : "leaves";
            yield return ($"{player}|{prefix}:{Normalise(move.FromClub ?? "")}", null);
            yield break;
        }
        foreach (var club in move.ToClubs) yield return ($"{player}→{Normalise(club)}", club);
    }

    /// <summary>Lower case, accents folded, single spaces: how names are compared.</summary>
    public static string Normalise(string name)
    {
        var decomposed = name.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsWhiteSpace(c)) { space = builder.Length > 0; continue; }
            if (space) { builder.Append(' '); space = false; }
            builder.Append(c);
        }
        return builder.ToString();
    }
}
