using System.Text.Json;
using System.Text.Json.Serialization;
using RumourBot.Reports;
using RumourBot.Rumours;
using RumourBot.Tests.Support;
using Xunit.Abstractions;

namespace RumourBot.Tests.Reports;

/// <summary>
/// A regression guard over the invented article sets (DevelopmentSet, SecondSet, BlindSet): text written for this
/// project, so its figures say nothing of accuracy on real reporting (that is <see cref="ReportAnalyzerAccuracyTests"/>
/// over RealReports). The floors sit a little under what these sets measure, so a rule change that breaks a
/// written form many of them use shows up here.
/// </summary>
public class InventedSetRegressionTests(ITestOutputHelper output)
{
    private static readonly string[] Fields = ["player", "from_club", "to_club", "fee", "status", "sources", "loan"];

    public static TheoryData<string, double[]> Sets() => new()
    {
        // In Fields order. Lowered for issue 10 where precision comes first: an unsure fee is withheld (DevelopmentSet
        // fee 90 -> 85), a free agent has no seller and "talks stalled" reads as collapsed (SecondSet from, status).
        { "DevelopmentSet", [0.95, 0.90, 0.90, 0.85, 0.85, 0.85, 0.90] },
        { "SecondSet", [0.90, 0.75, 0.85, 0.85, 0.65, 0.95, 0.90] },
        { "BlindSet", [0.90, 0.90, 0.90, 0.85, 0.85, 0.90, 0.95] },
    };

    [Theory]
    [MemberData(nameof(Sets))]
    public void Every_field_stays_above_its_regression_floor(string set, double[] floors)
    {
        var folder = Path.Combine(RepositoryPaths.Root, "tests", "RumourBot.Tests", "Reports", set);
        var key = LoadKey(folder);
        Assert.True(key.Count >= 20, $"{set} has {key.Count} reports");

        var right = Fields.ToDictionary(f => f, _ => 0);
        var misses = new List<string>();
        foreach (var (file, expected) in key.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            var analysis = ReportAnalyzer.Default.Analyze(ReportFileReader.Read(Path.Combine(folder, file)));
            foreach (var (field, isRight, got) in Judge(expected, analysis))
            {
                if (isRight) right[field]++;
                else misses.Add($"{file}: {field} expected {Describe(field, expected)}, got {got}");
            }
        }

        output.WriteLine($"{set}: {"field",-10} {"right",5} / {key.Count}   accuracy   floor");
        for (var i = 0; i < Fields.Length; i++)
        {
            output.WriteLine($"{set}: {Fields[i],-10} {right[Fields[i]],5} / {key.Count}   {right[Fields[i]] / (double)key.Count,8:P0}   {floors[i]:P0}");
        }
        foreach (var miss in misses) output.WriteLine(miss);

        Assert.All(Fields.Select((field, i) => (field, floor: floors[i])), f => Assert.True(right[f.field] / (double)key.Count >= f.floor,
            $"{set} {f.field}: {right[f.field]}/{key.Count} right, below the floor of {f.floor:P0}"));
    }

    private static IEnumerable<(string Field, bool Right, string Got)> Judge(ExpectedMove expected, ReportAnalysis analysis)
    {
        var main = analysis.MainMove;
        yield return ("player", main is not null && Same(main.Player, expected.Player), main?.Player ?? "no move");
        yield return ("from_club", main is not null && Same(main.FromClub, expected.FromClub), main?.FromClub ?? "null");
        var to = main?.ToClubs.FirstOrDefault();
        yield return ("to_club", main is not null && Same(to, expected.ToClubs.FirstOrDefault()), to ?? "none");
        yield return ("fee", main is not null && SameFee(main.Fee, expected.Fee), main?.Fee is { } f ? $"{f.AmountMillions} {f.Currency} ({f.Text})" : "null");
        yield return ("status", main?.Status.ToWireName() == expected.Status, main?.Status.ToWireName() ?? "no move");
        var found = analysis.Sources.Select(s => RumourKey.Normalise(s.Name)).ToHashSet();
        yield return ("sources", expected.Sources.All(s => found.Contains(RumourKey.Normalise(s))), string.Join(", ", analysis.Sources.Select(s => s.Name)));
        yield return ("loan", main is not null && main.IsLoan == expected.Loan, main?.IsLoan.ToString() ?? "no move");
    }

    private static bool Same(string? a, string? b) =>
        a is null || b is null ? a is null && b is null : RumourKey.Normalise(a) == RumourKey.Normalise(b);

    private static bool SameFee(Fee? got, ExpectedFee? expected)
    {
        if (got is null || expected is null) return got is null && expected is null;
        if (expected.AmountMillions == 0) return got.AmountMillions == 0;
        return got.Currency == expected.Currency && Math.Abs(got.AmountMillions - expected.AmountMillions) <= expected.AmountMillions * 0.05m;
    }

    private static string Describe(string field, ExpectedMove expected) => field switch
    {
        "player" => expected.Player,
        "from_club" => expected.FromClub ?? "null",
        "to_club" => expected.ToClubs.FirstOrDefault() ?? "none",
        "fee" => expected.Fee is null ? "null" : $"{expected.Fee.AmountMillions} {expected.Fee.Currency}",
        "status" => expected.Status,
        "loan" => expected.Loan.ToString(),
        _ => string.Join(", ", expected.Sources),
    };

    private static Dictionary<string, ExpectedMove> LoadKey(string folder)
    {
        using var json = File.OpenRead(Path.Combine(folder, "expected.json"));
        return JsonSerializer.Deserialize<Dictionary<string, ExpectedMove>>(json)!;
    }

    private sealed record ExpectedMove(
        [property: JsonPropertyName("player")] string Player,
        [property: JsonPropertyName("from_club")] string? FromClub,
        [property: JsonPropertyName("to_clubs")] IReadOnlyList<string> ToClubs,
        [property: JsonPropertyName("fee")] ExpectedFee? Fee,
        [property: JsonPropertyName("status")] string Status,
        [property: JsonPropertyName("loan")] bool Loan,
        [property: JsonPropertyName("sources")] IReadOnlyList<string> Sources);

    private sealed record ExpectedFee(
        [property: JsonPropertyName("amount_millions")] decimal AmountMillions,
        [property: JsonPropertyName("currency")] string? Currency);
}
