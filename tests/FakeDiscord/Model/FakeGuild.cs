namespace FakeDiscord.Model;

/// <summary>A guild the bot is in; each one is announced with GUILD_CREATE after READY.</summary>
/// <param name="Id">The guild's snowflake.</param>
/// <param name="Name">The guild name.</param>
public sealed record FakeGuild(ulong Id, string Name)
{
    /// <summary>The guild's channels.</summary>
    public IReadOnlyList<FakeChannel> Channels { get; init; } = [];

    /// <summary>The guild's roles; @everyone (id = guild id) is added when missing.</summary>
    public IReadOnlyList<FakeRole> Roles { get; init; } = [];

    /// <summary>Members besides the bot, which is always a member.</summary>
    public IReadOnlyList<FakeMember> Members { get; init; } = [];

    /// <summary>Custom emojis usable in reactions.</summary>
    public IReadOnlyList<FakeEmoji> Emojis { get; init; } = [];

    /// <summary>The owner's user id.</summary>
    public ulong OwnerId { get; init; }

    /// <summary>The default permissions of @everyone (VIEW_CHANNEL, SEND_MESSAGES, ADD_REACTIONS, READ_MESSAGE_HISTORY, USE_APPLICATION_COMMANDS...).</summary>
    public const string EveryonePermissions = "2248473465835073";

    /// <summary>The sample world: "Transfer Talk" with #general, #rumours, #polls, a voice channel and three fans.</summary>
    public static FakeGuild CreateSample()
    {
        var alice = new FakeUser(SampleIds.Alice, "alice") { GlobalName = "Alice" };
        var bob = new FakeUser(SampleIds.Bob, "bob") { GlobalName = "Bob" };
        var carol = new FakeUser(SampleIds.Carol, "carol") { GlobalName = "Carol" };
        return new FakeGuild(SampleIds.Guild, "Transfer Talk")
        {
            OwnerId = SampleIds.Alice,
            Channels =
            [
                new FakeChannel(SampleIds.GeneralChannel, "general") { Position = 0 },
                new FakeChannel(SampleIds.RumoursChannel, "rumours") { Position = 1, Topic = "Who is going where" },
                new FakeChannel(SampleIds.PollsChannel, "polls") { Position = 2 },
                new FakeChannel(SampleIds.VoiceChannel, "Matchday", Type: 2) { Position = 3 },
            ],
            Roles =
            [
                new FakeRole(SampleIds.Guild, "@everyone", EveryonePermissions),
                new FakeRole(SampleIds.ModeratorRole, "Moderator", "1099780063238") { Position = 1, Color = 0x3498DB },
            ],
            Members =
            [
                new FakeMember(alice) { RoleIds = [SampleIds.ModeratorRole] },
                new FakeMember(bob),
                new FakeMember(carol) { Nickname = "Carol the Kop" },
            ],
            Emojis = [new FakeEmoji(SampleIds.TrentEmoji, "trent")],
        };
    }

    /// <summary>
    /// <paramref name="count"/> guilds: the sample guild, then "Fan Zone N" guilds with one #chat channel and the same
    /// three fans. Their ids are consecutive in the timestamp bits, so <c>(id &gt;&gt; 22) % num_shards</c> spreads them evenly.
    /// </summary>
    public static IReadOnlyList<FakeGuild> CreateMany(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var sample = CreateSample();
        List<FakeGuild> guilds = [sample];
        for (var i = 1; i < count; i++)
        {
            var id = (GeneratedGuildBase + (ulong)i) << 22;
            guilds.Add(new FakeGuild(id, $"Fan Zone {i}")
            {
                OwnerId = SampleIds.Alice,
                Channels = [new FakeChannel(id + 1, "chat")],
                Roles = [new FakeRole(id, "@everyone", EveryonePermissions)],
                Members = sample.Members,
            });
        }

        return guilds;
    }

    // Far from the sample ids (1310000000000000xxx >> 22), so generated ids never collide with them.
    private const ulong GeneratedGuildBase = 1320000000000000000UL >> 22;
}
