using System.Diagnostics;
using System.Reflection;
using RumourBot.LocalConsole;
using RumourBot.Tests.Support;

namespace RumourBot.Tests.LocalConsole;

public class ConsoleProgressTests
{
    [Fact]
    public void Progress_rewrites_one_line_and_ends_it_before_the_answer()
    {
        var output = new StringWriter();
        var progress = new ConsoleProgress(output);

        progress.Report("Reading 12 articles…");
        progress.Report("Imported 1 of 12 articles…");
        progress.Report("Done…");
        progress.Finish();

        Assert.Equal("\rReading 12 articles…\rImported 1 of 12 articles…\r" + "Done…".PadRight("Imported 1 of 12 articles…".Length) + Environment.NewLine, output.ToString());
        Assert.Single(output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Without_progress_nothing_is_written()
    {
        var output = new StringWriter();

        new ConsoleProgress(output).Finish();

        Assert.Equal("", output.ToString());
    }

    [Fact]
    public async Task The_console_shows_a_links_progress_on_its_own_line_before_the_answer()
    {
        using var data = new TempFolder();
        var app = Path.Combine(RepositoryPaths.Root, "src", "RumourBot", "bin",
            typeof(ConsoleProgressTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug", "net10.0", "RumourBot.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { app }, RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = data.Path,
        };
        start.Environment["Storage__DataFolder"] = data.Path;
        start.Environment["Discord__Token"] = "";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        // The guard refuses the address, so the progress line is all the fetch shows before the error.
        await process.StandardInput.WriteAsync("/rumours submit url:http://169.254.169.254/latest/meta-data/\n/help\n");
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);

        var lines = (await output).Split('\n');
        Assert.Equal("\rReading 169.254.169.254…", lines[0].TrimEnd());
        Assert.StartsWith("RumourBot commands", lines[1]);
        Assert.Contains("error: Could not read that article", await errors);
    }
}
