using System.Text.Json;
using System.Text.Json.Serialization;
using RumourBot.Reports;
using RumourBot.Rumours;
using RumourBot.Tests.Support;
using Xunit.Abstractions;

namespace RumourBot.Tests.Reports;

/// <summary>
/// Runs the analysis over the development set (tests/RumourBot.Tests/Reports/DevelopmentSet: invented articles in
/// every style transfer news is written in, with an answer key) and holds each field to its accuracy floor.
/// </summary>
public class DevelopmentSetTests(ITestOutputHelper output)
{
    private static readonly string Folder = Path.Combine(RepositoryPaths.Root, "tests", "RumourBot.Tests", "Reports", "DevelopmentSet");

    private static readonly (string Field, double Floor)[] Floors =
    [
        ("player", 0.95), ("from_club", 0.90), ("to_club", 0.90), ("fee", 0.90), ("status", 0.85), ("sources", 0.85), ("loan", 0.90),
    ];

    [Fact]
    public void Every_field_meets_its_accuracy_floor()
    {
        var key = LoadKey();
        Assert.True(key.Count >= 40, $"the development set has {key.Count} reports; it needs at least 40");

        var right = Floors.ToDictionary(f => f.Field, _ => 0);
        var misses = new List<string>();
        foreach (var (file, expected) in key.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            var analysis = ReportAnalyzer.Default.Analyze(ReportFileReader.Read(Path.Combine(Folder, file)));
            foreach (var (field, isRight, got) in Judge(expected, analysis))
            {
                if (isRight) right[field]++;
                else misses.Add($"{file}: {field} expected {Describe(field, expected)}, got {got}");
            }
        }

        output.WriteLine($"{"field",-10} {"right",5} / {key.Count}   accuracy   floor");
        foreach (var (field, floor) in Floors)
        {
            output.WriteLine($"{field,-10} {right[field],5} / {key.Count}   {right[field] / (double)key.Count,8:P0}   {floor:P0}");
        }
        output.WriteLine("");
        foreach (var miss in misses) output.WriteLine(miss);

        Assert.All(Floors, f => Assert.True(right[f.Field] / (double)key.Count >= f.Floor,
            $"{f.Field}: {right[f.Field]}/{key.Count} right, below the floor of {f.Floor:P0}"));
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
        yield return ("loan", main is not null && main.IsLoan == expected.Loan, main?.IsLoan.ToString() ?? "no move");
        yield return ("sources", expected.Sources.All(s => found.Contains(RumourKey.Normalise(s))), string.Join(", ", analysis.Sources.Select(s => s.Name)));
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

    private static Dictionary<string, ExpectedMove> LoadKey()
    {
        using var json = File.OpenRead(Path.Combine(Folder, "expected.json"));
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
