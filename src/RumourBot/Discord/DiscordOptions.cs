namespace RumourBot.Discord;

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

    public bool HasToken => !string.IsNullOrWhiteSpace(Token);

    public override string ToString() => $"DiscordOptions {{ ApiBaseUrl = {ApiBaseUrl}, Token = {(HasToken ? "(set)" : "(none)")} }}"; // never the token
}
