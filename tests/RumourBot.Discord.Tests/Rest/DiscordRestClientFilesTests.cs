using System.Net;
using System.Security.Cryptography;
using FakeDiscord.Model;
using RumourBot.Discord.Models;
using RumourBot.Discord.Rest;
using RumourBot.Discord.Tests.Support;

namespace RumourBot.Discord.Tests.Rest;

public class DiscordRestClientFilesTests
{
    private static readonly string Channel = SampleIds.GeneralChannel.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static readonly byte[] Picture = Enumerable.Range(0, 5000).Select(i => (byte)(i * 7)).ToArray();

    private static (MessageBody Body, IReadOnlyList<FileAttachment> Files) WithPicture(int size = 0)
    {
        var file = new FileAttachment("chart.png", "image/png", size == 0 ? Picture : new byte[size], "a chart");
        var body = new MessageBody(Embeds: [new Embed("Result") { Image = new EmbedImage(file.Url) }], AllowedMentions: AllowedMentions.None)
        {
            Attachments = AttachmentReference.For([file]),
        };
        return (body, [file]);
    }

    [Fact]
    public async Task A_message_with_a_file_goes_as_multipart_and_discord_shows_the_file()
    {
        await using var harness = await RestHarness.StartAsync();
        var (body, files) = WithPicture();

        var message = await harness.Client.CreateMessageAsync(Channel, body, files, default);

        var request = Assert.Single(harness.Server.Requests);
        Assert.StartsWith("multipart/form-data; boundary=", request.MultipartContentType, StringComparison.Ordinal);
        var file = Assert.Single(request.Files);
        Assert.Equal(("files[0]", "chart.png", "image/png", 5000L), (file.Field, file.FileName, file.ContentType, file.Size));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Picture)), file.Sha256);
        Assert.Equal("a chart", request.Body!.Value.GetProperty("attachments")[0].GetProperty("description").GetString());
        var stored = harness.Server.GetMessage(SampleIds.GeneralChannel, ulong.Parse(message!.Id, System.Globalization.CultureInfo.InvariantCulture))!;
        Assert.Equal(Picture, harness.Server.GetAttachment(stored.Embeds[0].GetProperty("image").GetProperty("url").GetString()!)!.Content);
    }

    [Fact]
    public async Task Without_files_the_body_stays_plain_json()
    {
        await using var harness = await RestHarness.StartAsync();

        await harness.Client.CreateMessageAsync(Channel, new MessageBody("hello", AllowedMentions: AllowedMentions.None), [], default);

        var request = Assert.Single(harness.Server.Requests);
        Assert.Null(request.MultipartContentType);
        Assert.Equal("application/json", request.Headers["Content-Type"]);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(429)]
    public async Task A_retried_upload_sends_the_file_again_whole(int status)
    {
        await using var harness = await RestHarness.StartAsync();
        harness.Server.FailNext("POST /channels/{channel_id}/messages", status, retryAfter: TimeSpan.FromMilliseconds(200));
        var (body, files) = WithPicture();

        var message = await harness.Client.CreateMessageAsync(Channel, body, files, default);

        Assert.NotNull(message);
        Assert.Equal([status, 200], harness.Server.Requests.Select(r => r.Status));
        Assert.All(harness.Server.Requests, r => Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Picture)), Assert.Single(r.Files).Sha256));
    }

    [Fact]
    public async Task Over_the_upload_limit_is_a_typed_413_and_not_retried()
    {
        await using var harness = await RestHarness.StartAsync(options => options.MaxUploadBytes = 4096);
        var (body, files) = WithPicture();

        var error = await Assert.ThrowsAsync<DiscordRestException>(() => harness.Client.CreateMessageAsync(Channel, body, files, default));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, error.Status);
        Assert.Equal(40005, error.Code);
        Assert.Single(harness.Server.Requests);
    }
}
