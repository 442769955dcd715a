using System.Security.Cryptography;
using FakeDiscord.Model;
using Microsoft.Extensions.DependencyInjection;
using RumourBot.Discord.Tests.Support;
using RumourBot.Polls;
using SkiaSharp;

namespace RumourBot.Discord.Tests.Bot;

/// <summary>
/// A closed poll posts its result with a chart: the PNG goes up as multipart/form-data, shows in the embed through
/// attachment://, is served back at its CDN URL, and every request of the session passes the conformance checker.
/// </summary>
public class PollChartOnDiscordTests
{
    private static readonly TimeSpan Patience = Eventually.Patience;

    [SkippableFact]
    public async Task A_closed_poll_posts_its_result_with_a_chart_that_passes_the_conformance_check()
    {
        var record = Path.Combine(Path.GetTempPath(), $"rumourbot-chart-requests-{Guid.NewGuid():N}.jsonl");
        await using (var bot = await BotHarness.StartAsync(recordFile: record))
        {
            await bot.Server.WaitForRequestAsync(r => r.Method == "PUT" && r.Path.Contains("/commands", StringComparison.Ordinal), Patience);
            var create = new { name = "poll", type = 1, options = new[] { new { name = "create", type = 1, options = new[] { new { name = "question", type = 3, value = (object)"Will Trent stay?" } } } } };
            await (await bot.Server.SendInteractionAsync(create, SampleIds.Alice, SampleIds.Guild, SampleIds.PollsChannel)).WaitForResponseAsync(Patience);
            var polls = bot.Host.Services.GetRequiredService<PollBook>();
            Poll? poll = null;
            await Eventually.TrueAsync(() => (poll = polls.Find(SampleIds.Guild, 1)) is { MessageId: not null }
                && bot.Server.GetMessage(poll.ChannelId!.Value, poll.MessageId!.Value)!.Reactions.Count == 2);
            var (channel, message) = (poll!.ChannelId!.Value, poll.MessageId!.Value);
            await bot.Server.AddReactionAsync(channel, message, "✅", SampleIds.Bob);
            await bot.Server.AddReactionAsync(channel, message, "✅", SampleIds.Carol);
            await bot.Server.AddReactionAsync(channel, message, "❌", SampleIds.Alice);
            await Eventually.TrueAsync(() => polls.Tally(poll).TotalVotes == 3);

            var close = new { name = "poll", type = 1, options = new[] { new { name = "close", type = 1, options = new[] { new { name = "id", type = 4, value = (object)1 } } } } };
            var closing = await bot.Server.SendInteractionAsync(close, SampleIds.Alice, SampleIds.Guild, SampleIds.PollsChannel);
            await closing.WaitForResponseAsync(Patience);

            // The result message in the poll's channel carries the chart.
            var posted = await bot.Server.WaitForRequestAsync(r => r.Method == "POST" && r.Path.EndsWith($"/channels/{channel}/messages", StringComparison.Ordinal) && r.Files.Count > 0, Patience);
            var file = Assert.Single(posted.Files);
            Assert.Equal(("files[0]", "poll-1-result.png", "image/png"), (file.Field, file.FileName, file.ContentType));
            Assert.StartsWith("multipart/form-data", posted.MultipartContentType, StringComparison.Ordinal);
            var body = posted.Body!.Value;
            Assert.Equal("attachment://poll-1-result.png", body.GetProperty("embeds")[0].GetProperty("image").GetProperty("url").GetString());
            var reference = body.GetProperty("attachments")[0];
            Assert.Equal("0", reference.GetProperty("id").GetString());
            Assert.Contains("Yes 67% (2)", reference.GetProperty("description").GetString(), StringComparison.Ordinal);
            Assert.True(body.TryGetProperty("allowed_mentions", out _));

            // Discord's copy: the embed shows the uploaded file, which the CDN serves byte for byte as uploaded.
            var stored = bot.Server.GetMessage(channel, posted.CreatedMessageId!.Value)!;
            var url = stored.Json.GetProperty("attachments")[0].GetProperty("url").GetString()!;
            Assert.Equal(url, stored.Embeds[0].GetProperty("image").GetProperty("url").GetString());
            using var cdn = new HttpClient();
            var png = await cdn.GetByteArrayAsync(new Uri(url));
            Assert.Equal(file.Sha256, Convert.ToHexStringLower(SHA256.HashData(png)));
            using var bitmap = SKBitmap.Decode(png);
            Assert.Equal((800, 400), (bitmap.Width, bitmap.Height));
            Assert.True(png.Length < 200 * 1024);

            // The member who closed it got the tally as text: the picture is posted once, in the channel.
            var callback = await bot.Server.WaitForRequestAsync(r => r.Method == "POST" && r.Path.Contains($"/interactions/{closing.Id}/", StringComparison.Ordinal), Patience);
            Assert.Empty(callback.Files);
            var answer = callback.Body!.Value.GetProperty("data").GetProperty("embeds")[0];
            Assert.False(answer.TryGetProperty("image", out _));
            Assert.Contains("67% (2)", answer.GetProperty("description").GetString(), StringComparison.Ordinal);
        }

        try
        {
            await ConformanceCheck.AssertNoViolationsAsync(record);
        }
        finally
        {
            File.Delete(record);
        }
    }
}
