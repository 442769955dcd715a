using System.Globalization;
using FakeDiscord.Model;
using Microsoft.Extensions.Time.Testing;
using RumourBot.Discord.Models;
using RumourBot.Discord.Rest;
using RumourBot.Discord.Tests.Support;

namespace RumourBot.Discord.Tests.Rest;

/// <summary>
/// Discord bans an IP after 10,000 401/403/429 answers in 10 minutes: the client counts them, withholds optional
/// requests where Discord just refused them, and withholds all optional requests near a safe limit.
/// </summary>
public class InvalidRequestBudgetTests
{
    private static readonly string Polls = Id(SampleIds.PollsChannel);
    private static readonly string Rumours = Id(SampleIds.RumoursChannel);

    private static MessageBody Text(string content) => new(content, AllowedMentions: AllowedMentions.None);

    private static string Id(ulong id) => id.ToString(CultureInfo.InvariantCulture);

    private static string Record() => Path.Combine(Path.GetTempPath(), $"rumourbot-requests-{Guid.NewGuid():N}.jsonl");

    [SkippableFact]
    public async Task After_missing_access_optional_requests_there_are_withheld_until_the_channel_changes()
    {
        var record = Record();
        await using (var harness = await RestHarness.StartAsync(o => o.RecordFilePath = record))
        {
            var client = harness.Client;
            var poll = await client.CreateMessageAsync(Polls, Text("Poll #1: Will Trent stay?"), default);
            var other = await client.CreateMessageAsync(Rumours, Text("Rumours"), default);
            harness.Server.DenyBotPermissions(SampleIds.PollsChannel, ChannelPermissions.ViewChannel);
            int Edits() => harness.Server.Requests.Count(r => r.Method == "PATCH");

            var refused = await Assert.ThrowsAsync<DiscordRestException>(() => client.EditMessageAsync(Polls, poll!.Id, Text("1 vote"), RequestPriority.Optional, default));
            Assert.Equal(ChannelRefusals.MissingAccess, refused.Code);

            // The next live edit there is not sent at all; elsewhere, and what must go, still go.
            await Assert.ThrowsAsync<RequestWithheldException>(() => client.EditMessageAsync(Polls, poll!.Id, Text("2 votes"), RequestPriority.Optional, default));
            Assert.Equal(1, Edits());
            await client.EditMessageAsync(Rumours, other!.Id, Text("Rumours, edited"), RequestPriority.Optional, default);
            await Assert.ThrowsAsync<DiscordRestException>(() => client.EditMessageAsync(Polls, poll!.Id, Text("Final: 2 votes"), RequestPriority.Essential, default));
            Assert.Equal(3, Edits());
            Assert.Equal(2, client.InvalidRequests.Count);

            // A moderator gives the bot its access back; CHANNEL_UPDATE makes the bot forget the refusal.
            harness.Server.DenyBotPermissions(SampleIds.PollsChannel, 0);
            client.Refusals.Forget(SampleIds.PollsChannel);
            var edited = await client.EditMessageAsync(Polls, poll!.Id, Text("3 votes"), RequestPriority.Optional, default);
            Assert.Equal("3 votes", edited?.Content);
            Assert.Equal(0, client.Refusals.Count);
        }
        await ConformanceCheck.AssertNoViolationsAsync(record);
    }

    [SkippableFact]
    public async Task Near_the_safe_limit_optional_requests_stop_until_the_window_moves_on_and_essential_ones_go()
    {
        var record = Record();
        await using (var harness = await RestHarness.StartAsync(o => o.RecordFilePath = record))
        {
            var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
            using var http = new HttpClient();
            var client = new DiscordRestClient(http, new DiscordRestOptions
            {
                BaseUrl = new Uri(harness.Server.BaseUrl + "/"),
                Token = harness.Server.Options.Token,
                InvalidRequestSafeLimit = 3,
            }, harness.Log, clock);
            var message = await client.CreateMessageAsync(Rumours, Text("Poll #2"), default);
            harness.Server.FailNext("PATCH /channels/{channel_id}/messages/{message_id}", 403, times: 2);
            harness.Server.FailNext("POST /channels/{channel_id}/messages", 401);
            await Assert.ThrowsAsync<DiscordRestException>(() => client.EditMessageAsync(Rumours, message!.Id, Text("a"), default));
            await Assert.ThrowsAsync<DiscordRestException>(() => client.EditMessageAsync(Rumours, message!.Id, Text("b"), default));
            await Assert.ThrowsAsync<DiscordRestException>(() => client.CreateMessageAsync(Rumours, Text("c"), default));
            Assert.Equal(3, client.InvalidRequests.Count);
            var sent = harness.Server.Requests.Count;

            await Assert.ThrowsAsync<RequestWithheldException>(() => client.EditMessageAsync(Rumours, message!.Id, Text("live tally"), RequestPriority.Optional, default));
            Assert.Equal(sent, harness.Server.Requests.Count);
            Assert.Contains(harness.Log.Lines, l => l.Contains("3 invalid requests in 10 minutes", StringComparison.Ordinal));
            var final = await client.EditMessageAsync(Rumours, message!.Id, Text("final tally"), RequestPriority.Essential, default);
            Assert.Equal("final tally", final?.Content);

            clock.Advance(TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(10));
            Assert.Equal(0, client.InvalidRequests.Count);
            var live = await client.EditMessageAsync(Rumours, message!.Id, Text("live again"), RequestPriority.Optional, default);
            Assert.Equal("live again", live?.Content);
        }
        await ConformanceCheck.AssertNoViolationsAsync(record);
    }

    [SkippableFact]
    public async Task Answered_interactions_leave_no_buckets_behind_and_skip_the_global_limit()
    {
        var record = Record();
        var interactions = new System.Collections.Concurrent.ConcurrentQueue<Interaction>();
        await using (var gateway = await GatewayHarness.StartAsync(o => o.RecordFilePath = record, subscribe: c => c.Events.InteractionCreated += interactions.Enqueue))
        {
            await gateway.WaitForAsync("READY");
            var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
            using var http = new HttpClient();
            // One request a second across the bot, on a clock that does not move: a callback bound to it would wait forever.
            var client = new DiscordRestClient(http, new DiscordRestOptions
            {
                BaseUrl = new Uri(gateway.Server.BaseUrl + "/"),
                Token = gateway.Server.Options.Token,
                GlobalRequestsPerSecond = 1,
            }, new ListLogger<DiscordRestClient>(), clock);

            for (var i = 0; i < 6; i++)
            {
                var sent = await gateway.Server.SendInteractionAsync(new { name = "help", type = 1 }, SampleIds.Bob, SampleIds.Guild, SampleIds.RumoursChannel);
                var count = i + 1;
                await Eventually.TrueAsync(() => interactions.Count == count);
                var interaction = interactions.Last();
                await client.RespondToInteractionAsync(interaction, new InteractionResponse(InteractionResponse.ChannelMessageWithSource,
                    new InteractionCallbackData("Here to help", AllowedMentions: AllowedMentions.None)), default).WaitAsync(TimeSpan.FromSeconds(10));
                await client.EditOriginalResponseAsync(interaction, Text("Here to help, edited"), default).WaitAsync(TimeSpan.FromSeconds(10));
                Assert.Equal(4, (await sent.WaitForResponseAsync(TimeSpan.FromSeconds(10))).Type);
            }
            Assert.True(client.BucketCount >= 6, $"{client.BucketCount} buckets");

            // A minute later those interactions are done with: the next request finds only its own bucket.
            clock.Advance(TimeSpan.FromMinutes(2));
            await client.GetGatewayBotAsync(default);
            Assert.Equal(1, client.BucketCount);
        }
        await ConformanceCheck.AssertNoViolationsAsync(record);
    }
}
