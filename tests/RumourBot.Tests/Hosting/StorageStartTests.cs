using System.Net;
using System.Net.Sockets;
using RumourBot.Tests.Support;

namespace RumourBot.Tests.Hosting;

/// <summary>
/// Storage settings as the real program reads them: a bad one stops the bot at start with one line on stderr and
/// exit status 1, before anything is written; Storage:Provider=Postgres shares polls between processes.
/// </summary>
public class StorageStartTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private static async Task<string> RefusedAsync(TempFolder data, params (string Name, string Value)[] environment)
    {
        var (exit, output, errors) = await BotProcess.RunAsync("/help\n", data, environment);

        Assert.Equal(1, exit);
        Assert.DoesNotContain("RumourBot commands", output);
        Assert.False(File.Exists(data.File("rumourbot.db")), "no LiteDB file is written by a refused start");
        return Assert.Single(errors.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    [Fact]
    public async Task An_unknown_provider_stops_the_bot_with_one_line()
    {
        using var data = new TempFolder();

        var line = await RefusedAsync(data, ("Storage__Provider", "Mongo"));

        Assert.Equal("error: configuration: Storage:Provider must be LiteDb or Postgres.", line);
    }

    [Fact]
    public async Task Postgres_without_a_connection_string_stops_the_bot_with_one_line()
    {
        using var data = new TempFolder();

        var line = await RefusedAsync(data, ("Storage__Provider", "Postgres"));

        Assert.Equal("error: configuration: Storage:Provider is Postgres but ConnectionStrings:RumourBot (ConnectionStrings__RumourBot) is empty.", line);
    }

    [Fact]
    public async Task Two_bad_sections_at_once_are_still_one_line_naming_both()
    {
        using var data = new TempFolder();

        var line = await RefusedAsync(data, ("Storage__Provider", "Mongo"), ("Digests__DefaultTimeZone", "Nowhere/Land"));

        Assert.StartsWith("error: configuration: ", line);
        Assert.Contains("Storage:Provider must be LiteDb or Postgres.", line);
        Assert.Contains("Digests:DefaultTimeZone", line);
    }

    [Fact]
    public async Task An_unreachable_database_stops_the_bot_with_one_line_without_the_password()
    {
        using var data = new TempFolder();
        int port;
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((IPEndPoint)listener.LocalEndpoint).Port; // free again once closed: nobody listens there
        }

        var line = await RefusedAsync(data, ("Storage__Provider", "Postgres"),
            ("ConnectionStrings__RumourBot", $"Host=127.0.0.1;Port={port};Database=rumours;Username=bot;Password=hunter2"));

        Assert.StartsWith($"error: storage: cannot use the PostgreSQL database 127.0.0.1:{port}/rumours: Failed to connect", line);
        Assert.DoesNotContain("hunter2", line);
    }

    [Fact]
    public async Task A_second_process_on_a_data_folder_in_use_stops_with_one_line_and_leaves_the_first_ones_file_alone()
    {
        using var data = new TempFolder();
        using var first = new RumourBot.Storage.RumourDatabase(data.File("rumourbot.db")); // this test's process is the first
        first.Settings().Upsert(new RumourBot.Rumours.StoredSetting { Id = "owner", Value = "first" });

        var (exit, output, errors) = await BotProcess.RunAsync("/help\n", data);

        Assert.Equal(1, exit);
        Assert.DoesNotContain("RumourBot commands", output);
        var line = Assert.Single(errors.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.Equal($"error: storage: {data.File("rumourbot.db")} is open in another RumourBot process. Give each process its own Storage__DataFolder, or share one PostgreSQL database between them (Storage__Provider=Postgres).", line);
        Assert.Equal("first", first.Settings().FindById("owner").Value);
    }

    [SkippableFact]
    public async Task On_Postgres_a_second_process_with_an_empty_data_folder_sees_the_first_ones_polls_votes_and_reports_and_no_LiteDB_file_is_written()
    {
        var postgres = new[] { ("Storage__Provider", "Postgres"), ("ConnectionStrings__RumourBot", database.ConnectionString) };
        using var first = new TempFolder();
        using var second = new TempFolder();

        var (exit, output, errors) = await BotProcess.RunAsync("/poll create question:Will Trent stay?\nvote 1 ✅ as alice\nvote 1 ❌ as bob\n", first, postgres);
        Assert.True(exit == 0, errors);
        Assert.Contains("Poll #1 is open: Will Trent stay?", output);

        (exit, output, errors) = await BotProcess.RunAsync("/poll close id:1\n/poll create question:Will he join Chelsea?\n/rumours latest player:Trent\n", second, postgres);

        Assert.True(exit == 0, errors);
        Assert.Contains("Poll #1 is closed", output);
        Assert.Contains("✅ Yes", output);
        Assert.Contains("50% (1)", output);
        Assert.Contains("Poll #2 is open: Will he join Chelsea?", output);
        Assert.Contains("Trent Alexander-Arnold: Liverpool → Real Madrid", output); // the seeds the first process imported
        Assert.Empty(Directory.GetFiles(first.Path, "*.db"));
        Assert.Empty(Directory.GetFiles(second.Path, "*.db"));
    }
}
