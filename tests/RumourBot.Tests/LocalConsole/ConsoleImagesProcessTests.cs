using RumourBot.Tests.Support;
using SkiaSharp;

namespace RumourBot.Tests.LocalConsole;

/// <summary>The real program, piped: a reply's picture is saved under &lt;DataFolder&gt;/images/ and its path printed after the reply.</summary>
public class ConsoleImagesProcessTests
{
    [Fact]
    public async Task Pictures_are_saved_under_the_data_folder_and_their_paths_printed_after_the_reply()
    {
        using var data = new TempFolder();

        var (exit, output, errors) = await BotProcess.RunAsync(
            "/rumours about player:Trent\n/poll create question:Will Trent stay?\nvote 1 ✅ as alice\nvote 1 ✅ as carol\nvote 1 ❌ as bob\n/poll close id:1\n/poll results id:1\n", data);

        Assert.True(exit == 0, errors);
        var images = Path.Combine(data.Path, "images");
        var timeline = Path.Combine(images, "timeline-trent-alexander-arnold.png");
        var poll = Path.Combine(images, "poll-1-result.png");
        var lines = output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var timelineLine = lines.IndexOf($"image: {timeline}");
        var pollLine = lines.IndexOf($"image: {poll}");
        Assert.True(timelineLine > lines.FindIndex(l => l.Contains("the timeline", StringComparison.Ordinal)), output);
        // /poll close answers with the tally (its chart goes with the result message in a Discord channel); /poll results draws it.
        Assert.True(pollLine > lines.FindIndex(l => l.StartsWith("Poll #1: ", StringComparison.Ordinal)), output);
        Assert.True(lines.FindIndex(l => l.StartsWith("Poll #1 is closed", StringComparison.Ordinal)) >= 0, output);
        foreach (var path in new[] { timeline, poll })
        {
            using var bitmap = SKBitmap.Decode(path);
            Assert.Equal((800, 400), (bitmap.Width, bitmap.Height));
        }
    }

    [Fact]
    public async Task An_export_is_saved_under_exports_and_its_path_printed()
    {
        using var data = new TempFolder();

        var (exit, output, errors) = await BotProcess.RunAsync("/poll create question:Will Trent stay?\nvote 1 ✅ as alice\n/export what:polls\n", data);

        Assert.True(exit == 0, errors);
        var line = output.Split('\n').Select(l => l.TrimEnd('\r')).Single(l => l.StartsWith("file: ", StringComparison.Ordinal));
        var path = line["file: ".Length..];
        Assert.Equal(Path.Combine(data.Path, "exports"), Path.GetDirectoryName(path));
        var csv = File.ReadAllLines(path);
        Assert.StartsWith("PollId,Question,", csv[0]);
        Assert.EndsWith(",✅,Yes,1", csv[1]);
    }

    [Fact]
    public async Task A_reply_without_a_picture_prints_no_image_line_and_makes_no_folder()
    {
        using var data = new TempFolder();

        var (exit, output, _) = await BotProcess.RunAsync("/rumours latest\n", data);

        Assert.Equal(0, exit);
        Assert.DoesNotContain("image: ", output);
        Assert.False(Directory.Exists(Path.Combine(data.Path, "images")));
    }
}
