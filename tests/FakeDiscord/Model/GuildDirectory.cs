using System.Collections.Concurrent;
using System.Numerics;

namespace FakeDiscord.Model;

/// <summary>Who and what exists: the bot, the configured guilds with their channels, members and emojis, and DMs.</summary>
internal sealed class GuildDirectory
{
    private const ulong Administrator = 1UL << 3;
    private readonly Dictionary<ulong, FakeGuild> _guilds = [];
    private readonly ConcurrentDictionary<ulong, ChannelLocation> _channels = new();
    private readonly ConcurrentDictionary<ulong, FakeUser> _users = new();
    private readonly ConcurrentDictionary<ulong, ulong> _directMessageChannels = new();
    private readonly Dictionary<ulong, FakeEmoji> _emojis = [];
    private readonly ConcurrentDictionary<ulong, ulong> _botDenied = new();

    public GuildDirectory(FakeDiscordOptions options)
    {
        Bot = options.BotUser;
        ApplicationId = options.ApplicationId;
        _users[Bot.Id] = Bot;
        List<FakeGuild> guilds = [];
        foreach (var configured in options.Guilds)
        {
            var guild = WithEveryoneRole(configured);
            if (!_guilds.TryAdd(guild.Id, guild))
            {
                throw new ArgumentException($"Guild {guild.Id} is configured twice.", nameof(options));
            }

            guilds.Add(guild);
            foreach (var channel in guild.Channels)
            {
                if (!_channels.TryAdd(channel.Id, new ChannelLocation(channel, guild)))
                {
                    throw new ArgumentException($"Channel {channel.Id} is configured twice.", nameof(options));
                }
            }

            foreach (var member in guild.Members)
            {
                _users.TryAdd(member.User.Id, member.User);
            }

            foreach (var emoji in guild.Emojis)
            {
                _emojis[emoji.Id] = emoji;
            }
        }

        Guilds = guilds;
    }

    public FakeUser Bot { get; }

    public ulong ApplicationId { get; }

    public IReadOnlyList<FakeGuild> Guilds { get; }

    public FakeGuild? FindGuild(ulong id) => _guilds.GetValueOrDefault(id);

    public ChannelLocation? FindChannel(ulong id) => _channels.GetValueOrDefault(id);

    /// <summary>Deletes a channel: from now on requests naming it get 10003 Unknown Channel.</summary>
    public ChannelLocation? RemoveChannel(ulong id)
    {
        _botDenied.TryRemove(id, out _);
        return _channels.TryRemove(id, out var removed) ? removed : null;
    }

    /// <summary>Permission bits denied to the bot in a channel (an overwrite); 0 removes the overwrite.</summary>
    public void DenyBot(ulong channelId, ulong permissions)
    {
        if (permissions == 0)
        {
            _botDenied.TryRemove(channelId, out _);
        }
        else
        {
            _botDenied[channelId] = permissions;
        }
    }

    /// <summary>Whether the bot has every bit of <paramref name="permissions"/> in the channel.</summary>
    public bool BotMay(ulong channelId, ulong permissions) => (_botDenied.GetValueOrDefault(channelId) & permissions) == 0;

    public FakeEmoji? FindCustomEmoji(ulong id) => _emojis.GetValueOrDefault(id);

    /// <summary>A known user, or a placeholder named after the id (tests may react as anyone).</summary>
    public FakeUser GetUser(ulong id) => _users.GetOrAdd(id, static key => new FakeUser(key, $"user{key}"));

    /// <summary>The member record of a user in a guild; users not configured as members get a plain membership.</summary>
    public FakeMember GetMember(FakeGuild guild, ulong userId)
    {
        if (userId == Bot.Id)
        {
            return new FakeMember(Bot);
        }

        return guild.Members.FirstOrDefault(m => m.User.Id == userId) ?? new FakeMember(GetUser(userId));
    }

    /// <summary>The DM channel between the bot and a user, created on first use with a stable id.</summary>
    public ChannelLocation OpenDirectMessage(ulong userId, Func<ulong> newId)
    {
        var channelId = _directMessageChannels.GetOrAdd(userId, _ => newId());
        return _channels.GetOrAdd(channelId, id => new ChannelLocation(new FakeChannel(id, string.Empty, Type: 1), null));
    }

    /// <summary>Knows a DM channel by the id an interaction written by hand gave it.</summary>
    public void AddDirectMessage(ulong userId, ulong channelId)
    {
        _directMessageChannels.TryAdd(userId, channelId);
        _channels.TryAdd(channelId, new ChannelLocation(new FakeChannel(channelId, string.Empty, Type: 1), null));
    }

    /// <summary>Total permissions of a member: @everyone plus their roles; the owner and administrators get all.</summary>
    public string PermissionsOf(FakeGuild guild, FakeMember member)
    {
        if (member.User.Id == guild.OwnerId)
        {
            return AllPermissions();
        }

        ulong bits = 0;
        foreach (var role in guild.Roles)
        {
            if (role.Id == guild.Id || member.RoleIds.Contains(role.Id))
            {
                bits |= ulong.Parse(role.Permissions, System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return (bits & Administrator) != 0 ? AllPermissions() : bits.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string AllPermissions() => ((BigInteger.One << 53) - 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static FakeGuild WithEveryoneRole(FakeGuild guild) =>
        guild.Roles.Any(r => r.Id == guild.Id)
            ? guild
            : guild with { Roles = [new FakeRole(guild.Id, "@everyone", FakeGuild.EveryonePermissions), .. guild.Roles] };
}
