namespace RumourBot.Discord;

/// <summary>How to reach Discord (configuration section "Discord"; environment <c>Discord__Token</c>).</summary>
public sealed class DiscordOptions
{
    public const string Section = "Discord";

    /// <summary>The bot token. Empty means: run the local console instead of connecting.</summary>
    public string? Token { get; set; }

    public bool HasToken => !string.IsNullOrWhiteSpace(Token);

    public override string ToString() => $"DiscordOptions {{ Token = {(HasToken ? "(set)" : "(none)")} }}"; // never the token itself
}
