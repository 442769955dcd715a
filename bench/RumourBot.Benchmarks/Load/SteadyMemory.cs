using System.Diagnostics;
using System.Globalization;
using FakeDiscord;
using FakeDiscord.Model;
using RumourBot.Storage;

namespace RumourBot.Benchmarks.Load;

/// <summary>
/// <c>load memory [guilds] [reports]</c>: the bot's steady working set as a process of its own (the Release build of
/// src/RumourBot, as it would run), connected to FakeDiscord holding that many servers (READY, then one GUILD_CREATE
/// each, with channels, roles and members) over a database of that many stored reports. After every GUILD_CREATE
/// and 200 /rumours latest answers it samples the process's resident set (VmRSS) every 2 s for 20 s.
/// </summary>
public static class SteadyMemory
{
    public static async Task RunAsync(int guilds, int reports)
    {
        var bot = FindBot();
        var data = Path.Combine(Path.GetTempPath(), "rumourbot-memory", Guid.NewGuid().ToString("N"));
        using (var database = new RumourDatabase(Path.Combine(data, "rumourbot.db")))
        {
            SyntheticReports.Fill(database, reports);
        }
        var options = new FakeDiscordOptions { HeartbeatTimeout = Timeout.InfiniteTimeSpan, Guilds = Servers(guilds) };
        options.RateLimits.Enabled = false;
        await using var server = await FakeDiscordServer.StartAsync(options);

        var start = new ProcessStartInfo("dotnet") { ArgumentList = { bot }, RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["Discord__Token"] = options.Token;
        start.Environment["Discord__ApiBaseUrl"] = server.BaseUrl;
        start.Environment["Discord__DevGuildId"] = SampleIds.Guild.ToString(CultureInfo.InvariantCulture);
        start.Environment["Storage__DataFolder"] = data;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        using var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await server.WaitForRequestAsync(r => r.Method == "PUT" && r.Path.Contains("/commands", StringComparison.Ordinal), TimeSpan.FromMinutes(2));
            var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(2);
            while (server.CurrentSession?.Dispatches.Count(d => d.EventName == "GUILD_CREATE") < guilds && DateTime.UtcNow < deadline) await Task.Delay(100);
            var command = new { name = "rumours", type = 1, options = new[] { new { name = "latest", type = 1, options = new[] { new { name = "count", type = 4, value = 5 } } } } };
            for (var i = 0; i < 200; i++)
            {
                var interaction = await server.SendInteractionAsync(command, SampleIds.Bob, SampleIds.Guild, SampleIds.RumoursChannel);
                await interaction.WaitForResponseAsync(TimeSpan.FromSeconds(10));
            }
            var samples = new List<double>();
            for (var i = 0; i < 10; i++)
            {
                await Task.Delay(TimeSpan.FromSeconds(2));
                samples.Add(ResidentMegabytes(process.Id));
            }
            var sent = server.CurrentSession?.Dispatches.Count(d => d.EventName == "GUILD_CREATE") ?? 0;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"memory: bot working set {samples[^1]:F0} MB (min {samples.Min():F0}, max {samples.Max():F0} over 20 s) with {sent:N0} GUILD_CREATE and {reports:N0} stored reports"));
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            try
            {
                Directory.Delete(data, recursive: true);
            }
            catch (IOException)
            {
                // a temp folder; the OS cleans it
            }
        }
    }

    // The sample server (where commands are used) and guilds - 1 more, each with a few channels, two roles and members.
    private static IReadOnlyList<FakeGuild> Servers(int count)
    {
        var servers = new List<FakeGuild> { FakeGuild.CreateSample() };
        for (var i = 1; i < count; i++)
        {
            var id = 1320000000000000000UL + ((ulong)i << 22);
            var users = Enumerable.Range(0, 3).Select(m => new FakeUser(id + 100 + (ulong)m, $"fan{i}-{m}")).ToList();
            servers.Add(new FakeGuild(id, $"Supporters Club {i}")
            {
                OwnerId = users[0].Id,
                Channels = [new FakeChannel(id + 1, "general"), new FakeChannel(id + 2, "transfer-rumours") { Position = 1 }, new FakeChannel(id + 3, "polls") { Position = 2 }],
                Roles = [new FakeRole(id, "@everyone", FakeGuild.EveryonePermissions), new FakeRole(id + 10, "Moderator", "1099780063238") { Position = 1 }],
                Members = [.. users.Select(u => new FakeMember(u))],
            });
        }
        return servers;
    }

    private static double ResidentMegabytes(int pid)
    {
        var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
    }

    private static string FindBot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "RumourBot.sln"))) folder = folder.Parent;
        var dll = folder is null ? null : Path.Combine(folder.FullName, "src", "RumourBot", "bin", "Release", "net10.0", "RumourBot.dll");
        return dll is not null && File.Exists(dll)
            ? dll
            : throw new FileNotFoundException("Build the bot first: dotnet build -c Release src/RumourBot");
    }
}
