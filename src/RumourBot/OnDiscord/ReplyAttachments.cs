using RumourBot.Discord.Models;
using RumourBot.Replies;

namespace RumourBot.OnDiscord;

/// <summary>
/// A reply's picture on Discord: uploaded as <c>files[0]</c>, listed in <c>attachments</c> with its alt text, and
/// shown in the first embed through <c>attachment://</c>. Without a picture the bodies are exactly
/// <see cref="ReplyRenderer"/>'s.
/// </summary>
public static class ReplyAttachments
{
    /// <summary>The files to upload with the reply: its picture, then its file, or none.</summary>
    public static IReadOnlyList<FileAttachment> Files(Reply reply)
    {
        var files = new List<FileAttachment>();
        if (reply.Image is { } image) files.Add(ToFile(image));
        if (reply.File is { } file) files.Add(new FileAttachment(file.FileName, file.ContentType, file.Content, DiscordText.Truncate(file.Description, 1024)));
        return files;
    }

    public static MessageBody ToMessage(Reply reply) => WithFiles(ReplyRenderer.ToMessage(reply), reply);

    public static MessageBody ToFollowUp(Reply reply, bool ephemeral) => WithFiles(ReplyRenderer.ToFollowUp(reply, ephemeral), reply);

    public static InteractionCallbackData ToCallback(Reply reply)
    {
        var data = ReplyRenderer.ToCallback(reply);
        var files = Files(reply);
        if (files.Count == 0) return data;
        var embeds = reply.Image is null ? data.Embeds : Show(data.Embeds, files[0]);
        return data with { Embeds = embeds } with { Attachments = AttachmentReference.For(files) };
    }

    private static MessageBody WithFiles(MessageBody body, Reply reply)
    {
        var files = Files(reply);
        if (files.Count == 0) return body;
        var embeds = reply.Image is null ? body.Embeds : Show(body.Embeds, files[0]);
        return body with { Embeds = embeds, Attachments = AttachmentReference.For(files) };
    }

    private static IReadOnlyList<Embed> Show(IReadOnlyList<Embed>? embeds, FileAttachment file) =>
        embeds is { Count: > 0 }
            ? [embeds[0] with { Image = new EmbedImage(file.Url) }, .. embeds.Skip(1)]
            : [new Embed { Image = new EmbedImage(file.Url) }];

    private static FileAttachment ToFile(ReplyImage image) =>
        new(image.FileName, "image/png", image.Png, DiscordText.Truncate(image.Description, 1024));
}
