namespace FakeDiscord.Model;

/// <summary>Permission bits the fake checks for the bot in a channel (permissions.mdx).</summary>
public static class ChannelPermissions
{
    /// <summary>VIEW_CHANNEL, 1 &lt;&lt; 10: without it the channel answers 50001 Missing Access.</summary>
    public const ulong ViewChannel = 1UL << 10;

    /// <summary>SEND_MESSAGES, 1 &lt;&lt; 11: without it creating a message answers 50013 Missing Permissions.</summary>
    public const ulong SendMessages = 1UL << 11;
}
