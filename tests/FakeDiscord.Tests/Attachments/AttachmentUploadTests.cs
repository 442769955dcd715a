using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FakeDiscord.Model;
using FakeDiscord.Tests.Support;

namespace FakeDiscord.Tests.Attachments;

public sealed class AttachmentUploadTests
{
    private static readonly string Messages = $"channels/{SampleIds.GeneralChannel}/messages";

    // The start of a PNG: signature and an IHDR saying 800×400.
    private static readonly byte[] Png =
    [
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R',
        0, 0, 0x03, 0x20, 0, 0, 0x01, 0x90, 8, 6, 0, 0, 0, 0, 0, 0, 1, 2, 3, 4,
    ];

    private static MultipartFormDataContent Upload(object payload, params (string Field, string Name, byte[] Bytes)[] files)
    {
        var form = new MultipartFormDataContent();
        var json = new StringContent(JsonSerializer.Serialize(payload), Encoding.UTF8);
        json.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        form.Add(json, "payload_json");
        foreach (var (field, name, bytes) in files)
        {
            var part = new ByteArrayContent(bytes);
            part.Headers.ContentType = new MediaTypeHeaderValue("image/png");
            form.Add(part, field, name);
        }

        return form;
    }

    private static object ChartMessage => new
    {
        embeds = new[] { new { title = "Poll #1 closed", image = new { url = "attachment://poll.png" } } },
        attachments = new[] { new { id = "0", filename = "poll.png", description = "Yes 60%, No 40%" } },
        allowed_mentions = new { parse = Array.Empty<string>() },
    };

    [Fact]
    public async Task A_message_with_a_file_shows_it_as_an_attachment_and_in_its_embed()
    {
        await using var server = await TestServers.StartWithoutRateLimitsAsync();
        using var client = DiscordHttp.Create(server);

        using var response = await client.PostAsync(Messages, Upload(ChartMessage, ("files[0]", "poll.png", Png)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var message = await response.ReadJsonAsync();
        var attachment = message["attachments"]![0]!;
        Assert.Equal("poll.png", attachment["filename"]!.GetValue<string>());
        Assert.Equal(Png.Length, attachment["size"]!.GetValue<int>());
        Assert.Equal("image/png", attachment["content_type"]!.GetValue<string>());
        Assert.Equal("Yes 60%, No 40%", attachment["description"]!.GetValue<string>());
        Assert.Equal((800, 400), (attachment["width"]!.GetValue<int>(), attachment["height"]!.GetValue<int>()));
        var url = attachment["url"]!.GetValue<string>();
        Assert.StartsWith($"http://127.0.0.1:{server.Port}/attachments/{SampleIds.GeneralChannel}/", url, StringComparison.Ordinal);
        Assert.Equal(url, message["embeds"]![0]!["image"]!["url"]!.GetValue<string>());

        // The stored message says the same.
        var stored = server.GetMessage(SampleIds.GeneralChannel, ulong.Parse(message["id"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture))!;
        Assert.Equal(url, stored.Json.GetProperty("attachments")[0].GetProperty("url").GetString());
    }

    [Fact]
    public async Task The_uploaded_file_is_served_at_its_cdn_url()
    {
        await using var server = await TestServers.StartWithoutRateLimitsAsync();
        using var client = DiscordHttp.Create(server);
        using var response = await client.PostAsync(Messages, Upload(ChartMessage, ("files[0]", "poll.png", Png)));
        var url = (await response.ReadJsonAsync())["attachments"]![0]!["url"]!.GetValue<string>();

        using var cdn = new HttpClient();
        using var file = await cdn.GetAsync(new Uri(url));

        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal("image/png", file.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Png, await file.Content.ReadAsByteArrayAsync());
        Assert.Equal(Png, server.GetAttachment(url)!.Content);
        using var missing = await cdn.GetAsync(new Uri(url.Replace("poll.png", "other.png", StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task The_request_is_recorded_with_the_payload_as_its_body_and_each_file_described()
    {
        await using var server = await TestServers.StartWithoutRateLimitsAsync();
        using var client = DiscordHttp.Create(server);

        using var response = await client.PostAsync(Messages, Upload(ChartMessage, ("files[0]", "poll.png", Png)));

        var recorded = await server.WaitForRequestAsync(r => r.Method == "POST");
        Assert.Equal("attachment://poll.png", recorded.Body!.Value.GetProperty("embeds")[0].GetProperty("image").GetProperty("url").GetString());
        Assert.Equal("application/json", recorded.Headers["Content-Type"]);
        Assert.StartsWith("multipart/form-data; boundary=", recorded.MultipartContentType, StringComparison.Ordinal);
        var file = Assert.Single(recorded.Files);
        Assert.Equal(("files[0]", "poll.png", "image/png", Png.LongLength), (file.Field, file.FileName, file.ContentType, file.Size));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Png)), file.Sha256);
        var line = JsonNode.Parse(recorded.ToJsonLine())!;
        Assert.Equal(file.Sha256, line["files"]![0]!["sha256"]!.GetValue<string>());
        Assert.Equal("attachment://poll.png", line["body"]!["embeds"]![0]!["image"]!["url"]!.GetValue<string>());
    }

    [Fact]
    public async Task Over_ten_mebibytes_of_files_is_413_and_posts_nothing()
    {
        await using var server = await TestServers.StartWithoutRateLimitsAsync();
        using var client = DiscordHttp.Create(server);
        var big = new byte[(10 * 1024 * 1024) + 1];

        using var response = await client.PostAsync(Messages, Upload(ChartMessage, ("files[0]", "poll.png", big)));
        using var justUnder = await client.PostAsync(Messages, Upload(ChartMessage, ("files[0]", "poll.png", big[..^1])));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(40005, (await response.ReadJsonAsync()).ErrorCode());
        Assert.Equal(HttpStatusCode.OK, justUnder.StatusCode);
        Assert.Single(server.GetMessages(SampleIds.GeneralChannel));
    }

    [Fact]
    public async Task An_attachment_naming_a_file_that_was_not_sent_is_an_invalid_form_body()
    {
        await using var server = await TestServers.StartWithoutRateLimitsAsync();
        using var client = DiscordHttp.Create(server);
        var payload = new { content = "chart", attachments = new[] { new { id = "1", filename = "poll.png" } } };

        using var response = await client.PostAsync(Messages, Upload(payload, ("files[0]", "poll.png", Png)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.Equal(50035, body.ErrorCode());
        Assert.Equal("ATTACHMENT_NOT_FOUND", body["errors"]!["attachments"]!["0"]!["id"]!["_errors"]![0]!["code"]!.GetValue<string>());
    }
}
