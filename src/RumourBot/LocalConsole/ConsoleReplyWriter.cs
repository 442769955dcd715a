using RumourBot.Replies;

namespace RumourBot.LocalConsole;

/// <summary>Writes a reply as plain text: the title, the description, then each field indented under its name.</summary>
public static class ConsoleReplyWriter
{
    /// <summary>Writes the reply; with <paramref name="images"/> its picture is saved and its path printed after it (<c>image: &lt;path&gt;</c>).</summary>
    public static void Write(Reply reply, TextWriter output, TextWriter errors, ConsoleImages? images = null)
    {
        if (reply.Tone == ReplyTone.Error)
        {
            // One line on stderr, as a command-line user expects of a mistake.
            errors.WriteLine($"error: {Flatten(reply.Description ?? reply.Title)}");
            return;
        }
        output.WriteLine(reply.Title);
        if (!string.IsNullOrWhiteSpace(reply.Description)) output.WriteLine(reply.Description);
        foreach (var field in reply.Fields)
        {
            output.WriteLine();
            output.WriteLine(field.Name);
            foreach (var line in field.Value.Split('\n')) output.WriteLine("   " + line);
        }
        if (reply.Footer is { } footer)
        {
            output.WriteLine();
            output.WriteLine(footer);
        }
        if (reply.Image is { } image && images is not null)
        {
            output.WriteLine($"image: {images.Save(image)}");
        }
        if (reply.File is { } file && images is not null)
        {
            output.WriteLine($"file: {images.Save(file)}");
        }
        output.WriteLine();
        foreach (var followUp in reply.FollowUps) Write(followUp, output, errors, images);
    }

    private static string Flatten(string text) => text.ReplaceLineEndings(" ");
}
