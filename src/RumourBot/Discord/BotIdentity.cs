namespace RumourBot.Discord;

/// <summary>Who the bot is on Discord, learnt from READY: its own reactions never count as votes.</summary>
public sealed class BotIdentity
{
    public string? UserId { get; set; }
}
