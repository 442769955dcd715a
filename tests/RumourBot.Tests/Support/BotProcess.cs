using System.Diagnostics;
using System.Reflection;

namespace RumourBot.Tests.Support;

/// <summary>
/// Runs the real program (as its own project built it) in the local console with piped standard input, a data
/// folder of the test's own and extra environment variables: what the process answers, logs and exits with.
/// </summary>
public static class BotProcess
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    // The app as its own project built it. The copy beside the tests will not start on its own: this test project
    // references the ASP.NET Core shared framework (for the local feed server), so the Microsoft.Extensions
    // assemblies the app needs are not copied here.
    private static string BuiltApp => Path.Combine(RepositoryPaths.Root, "src", "RumourBot", "bin",
        typeof(BotProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug",
        "net10.0", "RumourBot.dll");

    public static async Task<(int Exit, string Output, string Errors)> RunAsync(string input, TempFolder data, params (string Name, string Value)[] environment)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { BuiltApp },
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = data.Path,
        };
        start.Environment["Storage__DataFolder"] = data.Path;
        start.Environment["Discord__Token"] = "";
        foreach (var (name, value) in environment) start.Environment[name] = value;

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(Patience);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await errors);
    }
}
