using System.Text.Json.Nodes;
using FakeDiscord.Model;
using FakeDiscord.Tests.Support;
using Xunit.Abstractions;

namespace FakeDiscord.Tests.Rest;

public sealed class RequestRecorderTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("fakediscord-").FullName;

    [Fact]
    public async Task Recorded_requests_pass_the_conformance_checker_and_never_hold_the_token()
    {
        var record = Path.Combine(_folder, "requests.jsonl");
        await using (var server = await TestServers.StartWithoutRateLimitsAsync(o => o.RecordFilePath = record))
        {
            await PlayARealisticSessionAsync(server);
            Assert.Equal(server.Requests.Count, File.ReadAllLines(record).Length);
        }

        var lines = await File.ReadAllLinesAsync(record);
        Assert.All(lines, line => Assert.DoesNotContain("fake-bot-token", line, StringComparison.Ordinal));
        var first = JsonNode.Parse(lines[0])!;
        Assert.Equal("GET", first["method"]!.GetValue<string>());
        Assert.Equal("/api/v10/gateway/bot", first["path"]!.GetValue<string>());
        Assert.Equal("Bot <redacted>", first["headers"]!["Authorization"]!.GetValue<string>());
        Assert.Contains(lines, l => l.Contains("/reactions/%E2%9C%85/@me", StringComparison.Ordinal));

        var (exitCode, report, unavailable) = await ConformanceChecker.RunAsync(record);
        if (unavailable is not null)
        {
            output.WriteLine($"SKIPPED the conformance assertion: {unavailable}.");
            return;
        }

        output.WriteLine(report);
        Assert.True(exitCode == 0, report);
        Assert.Contains($"{lines.Length} requests, 0 violations", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_checker_catches_what_the_fake_recorded_wrongly()
    {
        var record = Path.Combine(_folder, "bad.jsonl");
        await using (var server = await TestServers.StartWithoutRateLimitsAsync(o => o.RecordFilePath = record))
        {
            using var client = DiscordHttp.Create(server, authorize: false);
            client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", server.Options.Token); // no "Bot " prefix
            using var _ = await client.GetAsync("users/@me");
        }

        var (exitCode, report, unavailable) = await ConformanceChecker.RunAsync(record);
        if (unavailable is not null)
        {
            output.WriteLine($"SKIPPED the conformance assertion: {unavailable}.");
            return;
        }

        Assert.Equal(1, exitCode);
        Assert.Contains("Authorization", report, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static async Task PlayARealisticSessionAsync(FakeDiscordServer server)
    {
        var (gateway, _) = await GatewayTestClient.IdentifiedAsync(server);
        await using var _ = gateway;
        using var client = DiscordHttp.Create(server);
        using var interactionClient = DiscordHttp.Create(server, authorize: false);
        var channel = $"channels/{SampleIds.PollsChannel}/messages";
        var webhookBase = $"webhooks/{SampleIds.Application}";

        (await client.GetAsync("gateway/bot")).EnsureSuccessStatusCode();
        (await client.GetAsync("users/@me")).EnsureSuccessStatusCode();
        (await client.PutJsonAsync($"applications/{SampleIds.Application}/guilds/{SampleIds.Guild}/commands", new object[]
        {
            new { name = "poll", description = "Open a reaction poll", options = new[] { new { type = 3, name = "question", description = "What to ask", required = true } } },
            new { name = "rumours", description = "Latest rumours" },
        })).EnsureSuccessStatusCode();
        var created = await (await client.PostJsonAsync(channel, new
        {
            content = "Will Trent stay?",
            embeds = new[] { new { title = "Poll", description = "React to vote", fields = new[] { new { name = "✅", value = "Stays", inline = true } } } },
            allowed_mentions = new { parse = Array.Empty<string>() },
        })).ReadJsonAsync();
        var message = created["id"]!.GetValue<string>();
        (await client.PutAsync($"{channel}/{message}/reactions/%E2%9C%85/@me", null)).EnsureSuccessStatusCode();
        await server.AddReactionAsync(SampleIds.PollsChannel, ulong.Parse(message), "✅", SampleIds.Bob);
        (await client.GetAsync($"{channel}/{message}/reactions/%E2%9C%85?limit=100")).EnsureSuccessStatusCode();
        (await client.GetAsync($"{channel}/{message}")).EnsureSuccessStatusCode();
        (await client.PatchJsonAsync($"{channel}/{message}", new { content = "Will Trent stay? (1 vote)" })).EnsureSuccessStatusCode();
        (await client.DeleteAsync($"{channel}/{message}/reactions/%E2%9C%85/{SampleIds.Bob}")).EnsureSuccessStatusCode();

        var interaction = await server.SendSlashCommandAsync("rumours");
        (await interactionClient.PostJsonAsync($"interactions/{interaction.Id}/{interaction.Token}/callback", new { type = 5 }))
            .EnsureSuccessStatusCode();
        (await interactionClient.PatchJsonAsync($"{webhookBase}/{interaction.Token}/messages/@original", new { content = "Trent: talks" }))
            .EnsureSuccessStatusCode();
        (await interactionClient.PostJsonAsync($"{webhookBase}/{interaction.Token}", new { content = "Saved.", flags = 64 }))
            .EnsureSuccessStatusCode();
        (await client.DeleteAsync($"{channel}/{message}")).EnsureSuccessStatusCode();
    }
}
