using System.Globalization;
using System.Text.RegularExpressions;

namespace RumourBot.Polls;

/// <summary>
/// Checks what a member asked for in /poll create: the question, the options ("A | B | C", or Yes/No by default),
/// and the duration ("2d", "12h", "1d12h"). Every problem is a sentence the member can act on.
/// </summary>
public static partial class PollDraft
{
    public const int MaxQuestion = 300;
    public const int MaxOptionLabel = 55;
    public const int MaxOptions = 10;
    public static readonly TimeSpan DefaultDuration = TimeSpan.FromHours(24);
    public static readonly TimeSpan MaxDuration = TimeSpan.FromDays(14);
    public static readonly TimeSpan MinDuration = TimeSpan.FromMinutes(1);

    public static readonly string[] NumberEmojis = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣", "🔟"];
    public static readonly PollOption[] YesNo = [new("✅", "Yes"), new("❌", "No")];

    /// <summary>The poll's options, or the reason they cannot be used.</summary>
    public static (IReadOnlyList<PollOption>? Options, string? Error) ParseOptions(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return (YesNo, null);
        var labels = text.Split('|').Select(l => l.Trim()).ToList();
        if (labels.Any(l => l.Length == 0)) return (null, "An option is empty: separate options with | as in \"Stays | Leaves | Loan\".");
        if (labels.Count < 2) return (null, "A poll needs at least two options, separated by |.");
        if (labels.Count > MaxOptions) return (null, $"A poll has at most {MaxOptions} options; this one has {labels.Count}.");
        if (labels.FirstOrDefault(l => l.Length > MaxOptionLabel) is { } longLabel)
        {
            return (null, $"\"{longLabel[..20]}…\" is {longLabel.Length} characters; options are at most {MaxOptionLabel}.");
        }
        var duplicate = labels.GroupBy(l => l, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) return (null, $"\"{duplicate.Key}\" is given twice; each option must be different.");
        return (labels.Select((label, i) => new PollOption(NumberEmojis[i], label)).ToList(), null);
    }

    public static string? CheckQuestion(string question) =>
        question.Trim().Length switch
        {
            0 => "The question is empty.",
            > MaxQuestion => $"The question is {question.Trim().Length} characters; at most {MaxQuestion}.",
            _ => null,
        };

    /// <summary>A duration such as "2d", "12h", "90m" or "1d12h"; 24 hours when none is given.</summary>
    public static (TimeSpan? Duration, string? Error) ParseDuration(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return (DefaultDuration, null);
        var match = Duration().Match(text.Trim());
        if (!match.Success || match.Length == 0)
        {
            return (null, $"\"{text.Trim()}\" is not a duration: write it like 2d, 12h, 90m or 1d12h.");
        }
        var duration = TimeSpan.FromDays(Number(match, "d")) + TimeSpan.FromHours(Number(match, "h")) + TimeSpan.FromMinutes(Number(match, "m"));
        if (duration < MinDuration) return (null, "A poll runs for at least a minute.");
        if (duration > MaxDuration) return (null, $"A poll runs for at most {MaxDuration.TotalDays:0} days.");
        return (duration, null);
    }

    private static int Number(Match match, string group) =>
        match.Groups[group].Success ? int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture) : 0;

    [GeneratedRegex(@"^(?:(?<d>\d{1,3})\s*d(?:ays?)?)?\s*(?:(?<h>\d{1,4})\s*h(?:ours?)?)?\s*(?:(?<m>\d{1,5})\s*m(?:in(?:ute)?s?)?)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Duration();
}
