using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RumourBot.Coordination;
using RumourBot.Digests;
using RumourBot.Feeds;
using RumourBot.Following;
using RumourBot.Hosting;
using RumourBot.LocalConsole;
using RumourBot.Polls;
using RumourBot.Rumours;
using RumourBot.Settling;
using RumourBot.Storage;
using RumourBot.Tests.Support;

namespace RumourBot.Tests.Hosting;

/// <summary>Storage:Provider picks every feature's store, and with Postgres the LiteDB file is never opened.</summary>
public class StoreRegistrationTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private static IHost Build(TempFolder data, params (string Key, string Value)[] settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [] });
        builder.Configuration.AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))
            .Append(KeyValuePair.Create("Storage:DataFolder", (string?)data.Path)));
        builder.AddRumourBot();
        builder.AddLocalConsole(new LocalConsoleStreams(new StringReader(""), TextWriter.Null, TextWriter.Null, interactive: false));
        return builder.Build();
    }

    private static object[] Stores(IServiceProvider services) =>
    [
        services.GetRequiredService<IPollStore>(), services.GetRequiredService<ISettlementStore>(), services.GetRequiredService<IFollowStore>(),
        services.GetRequiredService<IDigestScheduleStore>(), services.GetRequiredService<IFeedStore>(), services.GetRequiredService<IRumourStore>(),
        services.GetRequiredService<IWorkLeases>(),
    ];

    [Fact]
    public void By_default_every_store_is_the_LiteDB_one_in_the_data_folder()
    {
        using var data = new TempFolder();
        using var host = Build(data);

        Assert.Equal([typeof(LiteDbPollStore), typeof(LiteDbSettlementStore), typeof(LiteDbFollowStore), typeof(LiteDbDigestScheduleStore),
            typeof(LiteDbFeedStore), typeof(LiteDbRumourStore), typeof(LiteDbWorkLeases)], Stores(host.Services).Select(s => s.GetType()));
        Assert.True(File.Exists(data.File("rumourbot.db")));
    }

    [SkippableFact]
    public async Task With_Postgres_every_store_and_every_service_started_uses_it_and_no_LiteDB_file_is_opened()
    {
        using var data = new TempFolder();
        using var host = Build(data, ("Storage:Provider", "postgres"), ("ConnectionStrings:RumourBot", database.ConnectionString));

        Assert.Equal([typeof(PostgresPollStore), typeof(PostgresSettlementStore), typeof(PostgresFollowStore), typeof(PostgresDigestScheduleStore),
            typeof(PostgresFeedStore), typeof(PostgresRumourStore), typeof(PostgresWorkLeases)], Stores(host.Services).Select(s => s.GetType()));
        await host.StartAsync(); // every hosted service built and started: the seeds imported, the closer and schedulers running
        await host.StopAsync();

        Assert.Empty(Directory.GetFileSystemEntries(data.Path));
        Assert.True(host.Services.GetRequiredService<IRumourStore>().ReportCount > 0, "the seeds went into PostgreSQL");
    }
}
