namespace RumourBot.LocalConsole;

/// <summary>Where the local console reads and writes; the process's standard streams unless a test says otherwise.</summary>
public sealed class LocalConsoleStreams(TextReader input, TextWriter output, TextWriter errors, bool interactive)
{
    public TextReader Input { get; } = input;
    public TextWriter Output { get; } = output;
    public TextWriter Errors { get; } = errors;

    /// <summary>True at a terminal: show a prompt. False when input is piped: print answers only.</summary>
    public bool Interactive { get; } = interactive;

    public static LocalConsoleStreams Standard() =>
        new(Console.In, Console.Out, Console.Error, !Console.IsInputRedirected);
}
