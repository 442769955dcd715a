using RumourBot.OnDiscord;
using RumourBot.Replies;

namespace RumourBot.Tests.OnDiscord;

public class ReplyAttachmentsTests
{
    private static readonly ReplyImage Chart = new("poll-1-result.png", [0x89, 0x50, 0x4E, 0x47], "Yes 60%, No 40%");
    private static readonly ReplyFile Csv = new("polls.csv", "text/csv", "a,b\r\n"u8.ToArray(), "This server's polls");

    [Fact]
    public void A_picture_is_uploaded_listed_and_shown_in_the_first_embed()
    {
        var reply = new Reply("Poll #1 closed", "Yes won") { Image = Chart };

        var body = ReplyAttachments.ToMessage(reply);
        var files = ReplyAttachments.Files(reply);

        var file = Assert.Single(files);
        Assert.Equal(("poll-1-result.png", "image/png", "Yes 60%, No 40%"), (file.FileName, file.ContentType, file.Description));
        Assert.Equal("attachment://poll-1-result.png", body.Embeds![0].Image!.Url);
        Assert.Equal(("0", "poll-1-result.png"), (body.Attachments![0].Id, body.Attachments[0].FileName));
        Assert.Equal(ReplyRenderer.ToMessage(reply).Embeds![0].Title, body.Embeds[0].Title);
    }

    [Fact]
    public void A_file_is_uploaded_and_listed_but_not_shown_as_a_picture()
    {
        var reply = new Reply("Export: polls", Ephemeral: true) { File = Csv };

        var callback = ReplyAttachments.ToCallback(reply);

        Assert.Equal("text/csv", Assert.Single(ReplyAttachments.Files(reply)).ContentType);
        Assert.Null(callback.Embeds![0].Image);
        Assert.Equal("polls.csv", Assert.Single(callback.Attachments!).FileName);
        Assert.Equal(64, callback.Flags);
    }

    [Fact]
    public void Picture_and_file_are_files_0_and_1()
    {
        var reply = new Reply("Both") { Image = Chart, File = Csv };

        var body = ReplyAttachments.ToFollowUp(reply, ephemeral: false);

        Assert.Equal(["0", "1"], body.Attachments!.Select(a => a.Id));
        Assert.Equal(["poll-1-result.png", "polls.csv"], ReplyAttachments.Files(reply).Select(f => f.FileName));
        Assert.Equal("attachment://poll-1-result.png", body.Embeds![0].Image!.Url);
    }

    [Fact]
    public void Without_either_the_bodies_are_the_renderers_own()
    {
        var reply = new Reply("Plain", "text");

        Assert.Equal(ReplyRenderer.ToMessage(reply).Embeds, ReplyAttachments.ToMessage(reply).Embeds);
        Assert.Null(ReplyAttachments.ToMessage(reply).Attachments);
        Assert.Null(ReplyAttachments.ToCallback(reply).Attachments);
        Assert.Empty(ReplyAttachments.Files(reply));
    }
}
