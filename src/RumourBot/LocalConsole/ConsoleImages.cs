using Microsoft.Extensions.Options;
using RumourBot.Replies;
using RumourBot.Storage;

namespace RumourBot.LocalConsole;

/// <summary>Where the console keeps the pictures replies carry: <c>&lt;DataFolder&gt;/images/</c>, one file per picture name.</summary>
public sealed class ConsoleImages(IOptions<StorageOptions> storage)
{
    public string Folder => Path.Combine(Path.GetFullPath(storage.Value.DataFolder), "images");

    public string ExportsFolder => Path.Combine(Path.GetFullPath(storage.Value.DataFolder), "exports");

    /// <summary>Writes an exported file under <c>exports/</c> and returns its full path.</summary>
    public string Save(ReplyFile file)
    {
        Directory.CreateDirectory(ExportsFolder);
        var path = Path.Combine(ExportsFolder, Path.GetFileName(file.FileName));
        File.WriteAllBytes(path, file.Content);
        return path;
    }

    /// <summary>Writes the picture and returns its full path (a later picture of the same name replaces it).</summary>
    public string Save(ReplyImage image)
    {
        Directory.CreateDirectory(Folder);
        // The name is ours, but never let it climb out of the folder.
        var path = Path.Combine(Folder, Path.GetFileName(image.FileName));
        File.WriteAllBytes(path, image.Png);
        return path;
    }
}
