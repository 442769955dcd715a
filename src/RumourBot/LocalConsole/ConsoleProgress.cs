namespace RumourBot.LocalConsole;

/// <summary>
/// Long work's progress in the console, on one line rewritten in place ("\rImported 12 of 50 articles…"), ended with
/// a line break before the answer is printed.
/// </summary>
public sealed class ConsoleProgress(TextWriter output) : IProgress<string>
{
    private readonly Lock _lock = new();
    private int _width;

    public void Report(string value)
    {
        lock (_lock)
        {
            // Pad over a longer earlier line so none of it is left showing.
            output.Write("\r" + value.PadRight(_width));
            output.Flush();
            _width = Math.Max(_width, value.Length);
        }
    }

    /// <summary>Ends the progress line, if one was written.</summary>
    public void Finish()
    {
        lock (_lock)
        {
            if (_width == 0) return;
            output.WriteLine();
            _width = 0;
        }
    }
}
