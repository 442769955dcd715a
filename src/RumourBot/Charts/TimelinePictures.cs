using System.Globalization;
using System.Text;
using RumourBot.Replies;
using RumourBot.Rumours;

namespace RumourBot.Charts;

/// <summary>A player's rumours as a timeline picture: a line per move, its stories as points.</summary>
public static class TimelinePictures
{
    public static ReplyImage For(IReadOnlyList<Rumour> rumours)
    {
        var player = rumours.Count == 0 ? "" : rumours[0].Player;
        var moves = rumours
            .OrderBy(r => r.FirstSeen)
            .Select(r => new TimelineMove(r.Route, r.Stories
                .OrderBy(s => s.Published)
                .Select(s => new TimelinePoint(s.Published, s.Status, s.ReportIds.Count, s.Fee))
                .ToList()))
            .ToList();
        var chart = TimelineChart.Render(new TimelineChartData(player, moves), $"timeline-{Slug(player)}.png");
        return new ReplyImage(chart.FileName, chart.Png, chart.Description);
    }

    /// <summary>"Trent Alexander-Arnold" → "trent-alexander-arnold": safe in a file name and an attachment:// URL.</summary>
    public static string Slug(string text)
    {
        var slug = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') slug.Append(c);
            else if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue; // é → e
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }
        var result = slug.ToString().Trim('-');
        return result.Length == 0 ? "player" : result[..Math.Min(result.Length, 60)];
    }
}
