namespace RumourBot.OnDiscord;

/// <summary>The exit status the bot should end with, set by whatever stopped it (a bad token, a fatal close).</summary>
public sealed class BotExit
{
    public int Code { get; set; }
}
