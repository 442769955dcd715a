using RumourBot.Coordination;

namespace RumourBot.OnDiscord;

/// <summary>How to reach Discord (configuration section "Discord"; environment <c>Discord__Token</c> and so on).</summary>
public sealed class DiscordOptions
{
    public const string Section = "Discord";

    /// <summary>The named HttpClient the Discord REST client uses (tests add handlers to it).</summary>
    public const string RestHttpClientName = "discord-rest";

    /// <summary>The bot token. Empty means: run the local console instead of connecting.</summary>
    public string? Token { get; set; }

    /// <summary>Discord's REST root; point it at FakeDiscord to watch the bot work without an account.</summary>
    public string ApiBaseUrl { get; set; } = "https://discord.com/api/v10";

    /// <summary>Register commands in this server only (instant, for development) instead of globally.</summary>
    public string? DevGuildId { get; set; }

    /// <summary>Reply at once when a command takes less than this; otherwise defer and edit the answer in.</summary>
    public TimeSpan DeferAfter { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>At most one live tally edit per poll this often, however fast votes arrive.</summary>
    public TimeSpan PollEditInterval { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Shards across every process of the bot; none means Discord's recommendation (with ShardIds auto).</summary>
    public int? TotalShards { get; set; }

    /// <summary>The shards this process runs: <c>auto</c> (every shard, the default), or e.g. <c>0-3</c>, <c>1</c>, <c>0,2</c>.</summary>
    public string? ShardIds { get; set; }

    /// <summary>The shards to run, or null (with <paramref name="problem"/>) when the two settings do not make sense.</summary>
    public ShardPlan? ReadShardPlan(out string problem) => ShardPlan.TryRead(TotalShards, ShardIds, out var plan, out problem) ? plan : null;

    public bool HasToken => !string.IsNullOrWhiteSpace(Token);

    public override string ToString() => $"DiscordOptions {{ ApiBaseUrl = {ApiBaseUrl}, Token = {(HasToken ? "(set)" : "(none)")} }}"; // never the token
}
