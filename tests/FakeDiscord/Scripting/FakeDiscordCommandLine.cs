using System.CommandLine;
using System.Runtime.InteropServices;
using FakeDiscord.Model;

namespace FakeDiscord.Scripting;

/// <summary>
/// The standalone runner: <c>dotnet run --project tests/FakeDiscord -- --port 5005 --record requests.jsonl
/// [--script scenario.json] [--token T]</c>. Without a script it serves until Ctrl+C; with one it exits 0 when
/// every step held and 1 otherwise.
/// </summary>
public static class FakeDiscordCommandLine
{
    /// <summary>The default token of the standalone runner.</summary>
    public const string DefaultToken = "fake-bot-token";

    // The banner lists the channels and members of this many guilds, not of a thousand.
    private const int BannerGuilds = 3;

    /// <summary>Builds the root command.</summary>
    public static RootCommand Create(TextWriter output, TextWriter error)
    {
        var port = new Option<int>("--port") { Description = "TCP port on 127.0.0.1 (0 = any free port)", DefaultValueFactory = _ => 5005 };
        var record = new Option<string?>("--record") { Description = "Append every REST request to this JSONL file" };
        var script = new Option<string?>("--script") { Description = "Run this scenario (JSON array of steps) once the bot is READY" };
        var token = new Option<string>("--token") { Description = "The bot token to accept", DefaultValueFactory = _ => DefaultToken };
        var heartbeat = new Option<int>("--heartbeat-ms") { Description = "heartbeat_interval sent in Hello", DefaultValueFactory = _ => 41250 };
        var readyTimeout = new Option<int>("--ready-timeout-s") { Description = "How long a script waits for the bot to identify", DefaultValueFactory = _ => 120 };
        var shards = new Option<int?>("--shards") { Description = "Shard count GET /gateway/bot advises (default: one per 2500 guilds)" };
        var guilds = new Option<int>("--guilds") { Description = "How many guilds the bot is in: the sample guild, then generated ones", DefaultValueFactory = _ => 1 };
        shards.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is < 1)
            {
                result.AddError("--shards must be at least 1.");
            }
        });
        guilds.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--guilds must be at least 1.");
            }
        });
        var root = new RootCommand("FakeDiscord: a local stand-in for Discord's gateway v10 and REST v10.")
        {
            port, record, script, token, heartbeat, readyTimeout, shards, guilds,
        };
        root.SetAction((parse, cancellationToken) =>
        {
            var options = new FakeDiscordOptions
            {
                Port = parse.GetValue(port),
                RecordFilePath = parse.GetValue(record),
                Token = parse.GetValue(token)!,
                HeartbeatInterval = TimeSpan.FromMilliseconds(parse.GetValue(heartbeat)),
                RecommendedShards = parse.GetValue(shards),
                Guilds = FakeGuild.CreateMany(parse.GetValue(guilds)),
            };
            return RunAsync(options, parse.GetValue(script), TimeSpan.FromSeconds(parse.GetValue(readyTimeout)), output, error, cancellationToken);
        });
        return root;
    }

    /// <summary>Starts the server, prints where it listens, then serves or runs the script.</summary>
    public static async Task<int> RunAsync(
        FakeDiscordOptions options, string? scriptPath, TimeSpan readyTimeout, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        System.Text.Json.Nodes.JsonArray? steps = null;
        if (scriptPath is not null)
        {
            try
            {
                steps = ScriptRunner.Load(scriptPath);
            }
            catch (Exception ex) when (ex is InvalidDataException or IOException or UnauthorizedAccessException)
            {
                await error.WriteLineAsync($"Cannot read the script: {ex.Message}").ConfigureAwait(false);
                return 1;
            }
        }

        // Ctrl+C and SIGTERM end the run gracefully: the record file is flushed and closed.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, signal => Stop(signal, stop));
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal => Stop(signal, stop));
        cancellationToken = stop.Token;
        await using var server = await FakeDiscordServer.StartAsync(options, cancellationToken).ConfigureAwait(false);
        await PrintBannerAsync(server, output).ConfigureAwait(false);
        if (steps is null)
        {
            await output.WriteLineAsync("Serving until Ctrl+C.").ConfigureAwait(false);
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                await output.WriteLineAsync($"Stopping. {server.Requests.Count} REST requests, {server.TooManyRequestsCount} answered 429.").ConfigureAwait(false);
            }

            return 0;
        }

        var held = await new ScriptRunner(server, output).RunAsync(steps, readyTimeout, cancellationToken).ConfigureAwait(false);
        return held ? 0 : 1;
    }

    private static void Stop(PosixSignalContext signal, CancellationTokenSource stop)
    {
        signal.Cancel = true;
        stop.Cancel();
    }

    private static async Task PrintBannerAsync(FakeDiscordServer server, TextWriter output)
    {
        var options = server.Options;
        await output.WriteLineAsync($"FakeDiscord REST base URL: {server.BaseUrl}").ConfigureAwait(false);
        await output.WriteLineAsync($"FakeDiscord gateway URL:   {server.GatewayUrl}?v=10&encoding=json").ConfigureAwait(false);
        await output.WriteLineAsync(options.Token == DefaultToken ? $"Token: {DefaultToken}" : "Token: the --token value").ConfigureAwait(false);
        await output.WriteLineAsync($"Application/bot user id: {options.ApplicationId}").ConfigureAwait(false);
        await output.WriteLineAsync($"Guilds: {options.Guilds.Count}; GET /gateway/bot advises {server.RecommendedShards} shard(s)").ConfigureAwait(false);
        foreach (var guild in options.Guilds.Take(BannerGuilds))
        {
            await output.WriteLineAsync($"Guild {guild.Id} \"{guild.Name}\"").ConfigureAwait(false);
            foreach (var channel in guild.Channels)
            {
                await output.WriteLineAsync($"  channel {channel.Id} #{channel.Name} (type {channel.Type})").ConfigureAwait(false);
            }

            foreach (var member in guild.Members)
            {
                await output.WriteLineAsync($"  member  {member.User.Id} {member.User.Username}").ConfigureAwait(false);
            }

            foreach (var emoji in guild.Emojis)
            {
                await output.WriteLineAsync($"  emoji   {emoji.Name}:{emoji.Id}").ConfigureAwait(false);
            }
        }

        if (options.Guilds.Count > BannerGuilds)
        {
            await output.WriteLineAsync($"... and {options.Guilds.Count - BannerGuilds} more generated guilds (\"Fan Zone N\", one #chat each)").ConfigureAwait(false);
        }

        if (options.RecordFilePath is { } record)
        {
            await output.WriteLineAsync($"Recording REST requests to {Path.GetFullPath(record)}").ConfigureAwait(false);
        }
    }
}
