using FakeDiscord.Model;
using FakeDiscord.RateLimits;
using Microsoft.Extensions.Logging;

namespace FakeDiscord;

/// <summary>How a <see cref="FakeDiscordServer"/> behaves: who the bot is, which guilds exist, and the limits it enforces.</summary>
public sealed class FakeDiscordOptions
{
    /// <summary>The bot token the fake accepts: raw in Identify, as <c>Bot {token}</c> over REST.</summary>
    public string Token { get; set; } = "fake-bot-token";

    /// <summary>The application id (also used as the interaction webhook id).</summary>
    public ulong ApplicationId { get; set; } = SampleIds.Application;

    /// <summary>The bot's own user.</summary>
    public FakeUser BotUser { get; set; } = new(SampleIds.BotUser, "RumourBot", Bot: true);

    /// <summary>The guilds the bot is in (default: the sample guild).</summary>
    public IReadOnlyList<FakeGuild> Guilds { get; set; } = [FakeGuild.CreateSample()];

    /// <summary>
    /// The shard count <c>GET /gateway/bot</c> advises; null means Discord's rule, one shard per 2500 guilds.
    /// Guilds go to the session whose shard is <c>(guild_id &gt;&gt; 22) % num_shards</c> whatever the advice.
    /// </summary>
    public int? RecommendedShards { get; set; }

    /// <summary>Guilds one session may hold; an Identify that would take more closes with 4011 (Sharding required).</summary>
    public int MaxGuildsPerShard { get; set; } = 2500;

    /// <summary>TCP port on 127.0.0.1; 0 picks any free port.</summary>
    public int Port { get; set; }

    /// <summary>The heartbeat interval announced in Hello.</summary>
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromMilliseconds(41250);

    /// <summary>
    /// How long the fake waits for a heartbeat (from Hello, then from each heartbeat) before closing with 4009
    /// (Session timed out). Null means 1.5 × <see cref="HeartbeatInterval"/> + 1 s, which leaves room for the
    /// first beat's jitter and a slow machine; <see cref="Timeout.InfiniteTimeSpan"/> turns the check off.
    /// </summary>
    public TimeSpan? HeartbeatTimeout { get; set; }

    /// <summary>Privileged intents enabled "in the developer portal"; asking for others closes with 4014.</summary>
    public long EnabledPrivilegedIntents { get; set; }

    /// <summary>Gateway payloads a client may send per <see cref="GatewaySendWindow"/> before 4008.</summary>
    public int GatewaySendLimit { get; set; } = 120;

    /// <summary>The window of <see cref="GatewaySendLimit"/>.</summary>
    public TimeSpan GatewaySendWindow { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>REST rate limits.</summary>
    public RateLimitOptions RateLimits { get; set; } = new();

    /// <summary>The first interaction callback must arrive within this time, or the interaction is unknown (10062).</summary>
    public TimeSpan InteractionResponseDeadline { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>How long an interaction token works for follow-ups and edits (then 401, 50027).</summary>
    public TimeSpan InteractionTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Edits allowed on a message older than <see cref="EditCapMessageAge"/> before 30046; null means no cap.</summary>
    public int? EditCapPerOldMessage { get; set; }

    /// <summary>The age from which <see cref="EditCapPerOldMessage"/> applies (Discord: one hour).</summary>
    public TimeSpan EditCapMessageAge { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Distinct emojis allowed on one message (30010 beyond).</summary>
    public int MaxReactionEmojis { get; set; } = 20;

    /// <summary>The most bytes of files one request may upload (Discord: 10 MiB without boosts); more answers 413, 40005.</summary>
    public long MaxUploadBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>The bot's permissions, sent as <c>app_permissions</c> in interactions.</summary>
    public string BotPermissions { get; set; } = "562949953514560";

    /// <summary>The clock behind rate-limit windows, interaction deadlines, heartbeat timeouts and snowflakes.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>When set, every REST request is appended to this file as one JSON line (the conformance checker's input).</summary>
    public string? RecordFilePath { get; set; }

    /// <summary>Adds log providers; the fake logs nothing by default.</summary>
    public Action<ILoggingBuilder>? ConfigureLogging { get; set; }
}
