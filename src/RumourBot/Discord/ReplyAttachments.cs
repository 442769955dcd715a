using RumourBot.Discord.Models;
using RumourBot.Replies;

namespace RumourBot.Discord;

/// <summary>
/// A reply's picture on Discord: uploaded as <c>files[0]</c>, listed in <c>attachments</c> with its alt text, and
/// shown in the first embed through <c>attachment://</c>. Without a picture the bodies are exactly
/// <see cref="ReplyRenderer"/>'s.
/// </summary>
public static class ReplyAttachments
{
    /// <summary>The files to upload with the reply: its picture, or none.</summary>
    public static IReadOnlyList<FileAttachment> Files(Reply reply) =>
        reply.Image is { } image ? [ToFile(image)] : [];

    public static MessageBody ToMessage(Reply reply) => WithImage(ReplyRenderer.ToMessage(reply), reply.Image);

    public static MessageBody ToFollowUp(Reply reply, bool ephemeral) => WithImage(ReplyRenderer.ToFollowUp(reply, ephemeral), reply.Image);

    public static InteractionCallbackData ToCallback(Reply reply)
    {
        var data = ReplyRenderer.ToCallback(reply);
        if (reply.Image is not { } image) return data;
        var file = ToFile(image);
        return data with { Embeds = Show(data.Embeds, file) } with { Attachments = AttachmentReference.For([file]) };
    }

    private static MessageBody WithImage(MessageBody body, ReplyImage? image)
    {
        if (image is null) return body;
        var file = ToFile(image);
        return body with { Embeds = Show(body.Embeds, file), Attachments = AttachmentReference.For([file]) };
    }

    private static IReadOnlyList<Embed> Show(IReadOnlyList<Embed>? embeds, FileAttachment file) =>
        embeds is { Count: > 0 }
            ? [embeds[0] with { Image = new EmbedImage(file.Url) }, .. embeds.Skip(1)]
            : [new Embed { Image = new EmbedImage(file.Url) }];

    private static FileAttachment ToFile(ReplyImage image) =>
        new(image.FileName, "image/png", image.Png, DiscordText.Truncate(image.Description, 1024));
}
