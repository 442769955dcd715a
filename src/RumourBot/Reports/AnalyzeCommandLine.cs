using System.CommandLine;
using RumourBot.Rumours;

namespace RumourBot.Reports;

/// <summary><c>rumourbot analyze FILE [--json]</c>: analyse one report file without storing it.</summary>
public static class AnalyzeCommandLine
{
    public const int FileProblemExitCode = 2;

    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "A report file: optional Title:/Outlet:/Url:/Published: lines, a blank line, then the text" };
        var json = new Option<bool>("--json") { Description = "Print exactly one JSON object instead of text" };
        var command = new Command("analyze", "Analyse one report file without storing it") { file, json };
        command.SetAction(parse => Run(parse.GetValue(file)!, parse.GetValue(json), Console.Out, Console.Error));
        return command;
    }

    public static int Run(string path, bool json, TextWriter output, TextWriter errors) =>
        Run(path, json, output, errors, Environment.GetEnvironmentVariable("Analysis__ClubsFile"));

    /// <param name="clubsFile">An extra club list (Analysis__ClubsFile), or null for the embedded ones only.</param>
    public static int Run(string path, bool json, TextWriter output, TextWriter errors, string? clubsFile)
    {
        var analyzer = ReportAnalyzer.Default;
        if (!string.IsNullOrWhiteSpace(clubsFile))
        {
            try
            {
                analyzer = new ReportAnalyzer(Clubs.ClubGazetteer.FromEmbeddedAnd(clubsFile), Sources.SourceDirectory.Default);
            }
            catch (Exception error) when (error is InvalidDataException or IOException or UnauthorizedAccessException)
            {
                errors.WriteLine($"error: {error.Message}");
                return FileProblemExitCode;
            }
        }
        Report report;
        try
        {
            report = ReportFileReader.Read(path);
        }
        catch (ReportFileException error)
        {
            errors.WriteLine($"error: {error.Message}");
            return FileProblemExitCode;
        }
        var analysis = analyzer.Analyze(report);
        if (json)
        {
            output.WriteLine(AnalysisJson.Serialize(analysis));
            return 0;
        }
        output.WriteLine(analysis.Title);
        output.WriteLine();
        output.WriteLine(analysis.Summary);
        output.WriteLine();
        if (analysis.Moves.Count == 0) output.WriteLine("No transfer found.");
        foreach (var move in analysis.Moves)
        {
            var route = move.ToClubs.Count == 0 ? $"{move.FromClub ?? "?"} (no destination)" : $"{move.FromClub ?? "?"} → {string.Join(" / ", move.ToClubs)}";
            output.WriteLine($"- {move.Player}: {route}; {move.Status.Describe()}; {RumourText.Fee(move.Fee, move.FeeUnclear)}");
        }
        if (analysis.Sources.Count > 0) output.WriteLine($"Sources: {string.Join(", ", analysis.Sources.Select(RumourText.Source))}");
        return 0;
    }
}
