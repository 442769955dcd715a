namespace FakeDiscord.Model;

/// <summary>
/// The fixed snowflakes of the sample world (<see cref="FakeGuild.CreateSample"/>), stable across runs so that
/// scenario scripts and tests can name them.
/// </summary>
public static class SampleIds
{
    /// <summary>The application id, which is also the bot user's id (as for most Discord apps).</summary>
    public const ulong Application = 1310000000000000001;

    /// <summary>The bot user's id.</summary>
    public const ulong BotUser = Application;

    /// <summary>The sample guild, "Transfer Talk".</summary>
    public const ulong Guild = 1310000000000000100;

    /// <summary>#general.</summary>
    public const ulong GeneralChannel = 1310000000000000101;

    /// <summary>#rumours.</summary>
    public const ulong RumoursChannel = 1310000000000000102;

    /// <summary>#polls.</summary>
    public const ulong PollsChannel = 1310000000000000103;

    /// <summary>A voice channel, where messages cannot be sent.</summary>
    public const ulong VoiceChannel = 1310000000000000104;

    /// <summary>The Moderator role.</summary>
    public const ulong ModeratorRole = 1310000000000000110;

    /// <summary>Alice, a moderator and the guild owner.</summary>
    public const ulong Alice = 1310000000000000201;

    /// <summary>Bob, a member.</summary>
    public const ulong Bob = 1310000000000000202;

    /// <summary>Carol, a member.</summary>
    public const ulong Carol = 1310000000000000203;

    /// <summary>A custom emoji of the sample guild, <c>trent:1310000000000000301</c>.</summary>
    public const ulong TrentEmoji = 1310000000000000301;
}
