namespace FakeDiscord.Gateway;

/// <summary>Intent bits the fake knows (gateway.mdx, "List of Intents").</summary>
public static class GatewayIntents
{
    /// <summary>GUILDS, 1 &lt;&lt; 0.</summary>
    public const long Guilds = 1L << 0;

    /// <summary>GUILD_MEMBERS, 1 &lt;&lt; 1 (privileged).</summary>
    public const long GuildMembers = 1L << 1;

    /// <summary>GUILD_PRESENCES, 1 &lt;&lt; 8 (privileged).</summary>
    public const long GuildPresences = 1L << 8;

    /// <summary>GUILD_MESSAGES, 1 &lt;&lt; 9.</summary>
    public const long GuildMessages = 1L << 9;

    /// <summary>GUILD_MESSAGE_REACTIONS, 1 &lt;&lt; 10.</summary>
    public const long GuildMessageReactions = 1L << 10;

    /// <summary>DIRECT_MESSAGES, 1 &lt;&lt; 12.</summary>
    public const long DirectMessages = 1L << 12;

    /// <summary>DIRECT_MESSAGE_REACTIONS, 1 &lt;&lt; 13.</summary>
    public const long DirectMessageReactions = 1L << 13;

    /// <summary>MESSAGE_CONTENT, 1 &lt;&lt; 15 (privileged).</summary>
    public const long MessageContent = 1L << 15;

    /// <summary>GUILD_MESSAGE_POLLS, 1 &lt;&lt; 24.</summary>
    public const long GuildMessagePolls = 1L << 24;

    /// <summary>The privileged bits: GUILD_MEMBERS, GUILD_PRESENCES, MESSAGE_CONTENT.</summary>
    public const long Privileged = GuildMembers | GuildPresences | MessageContent;

    /// <summary>Every documented bit: 0–16, 20, 21 (auto moderation), 24, 25 (polls).</summary>
    public const long Known = ((1L << 17) - 1) | (1L << 20) | (1L << 21) | (1L << 24) | (1L << 25);
}
