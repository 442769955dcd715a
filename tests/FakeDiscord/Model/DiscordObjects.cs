using System.Globalization;
using System.Text.Json.Nodes;

namespace FakeDiscord.Model;

/// <summary>Builds Discord's wire objects (users, members, channels, roles, guilds) from the fake's model.</summary>
internal static class DiscordObjects
{
    public static string Id(ulong id) => id.ToString(CultureInfo.InvariantCulture);

    public static string Timestamp(DateTimeOffset moment) =>
        moment.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'+00:00'", CultureInfo.InvariantCulture);

    public static JsonObject User(FakeUser user)
    {
        var json = new JsonObject
        {
            ["id"] = Id(user.Id),
            ["username"] = user.Username,
            ["discriminator"] = "0",
            ["global_name"] = user.GlobalName,
            ["avatar"] = null,
            ["public_flags"] = 0,
            ["flags"] = 0,
            ["banner"] = null,
            ["accent_color"] = null,
            ["avatar_decoration_data"] = null,
        };
        if (user.Bot)
        {
            json["bot"] = true;
        }

        return json;
    }

    public static JsonObject Member(FakeMember member, bool includeUser, string? permissions = null)
    {
        var json = new JsonObject();
        if (includeUser)
        {
            json["user"] = User(member.User);
        }

        json["nick"] = member.Nickname;
        json["avatar"] = null;
        json["banner"] = null;
        json["roles"] = new JsonArray(member.RoleIds.Select(r => (JsonNode)Id(r)).ToArray());
        json["joined_at"] = Timestamp(member.JoinedAt);
        json["premium_since"] = null;
        json["deaf"] = false;
        json["mute"] = false;
        json["flags"] = 0;
        json["pending"] = false;
        json["communication_disabled_until"] = null;
        if (permissions is not null)
        {
            json["permissions"] = permissions;
        }

        return json;
    }

    public static JsonObject Channel(FakeChannel channel, ulong? guildId)
    {
        var json = new JsonObject
        {
            ["id"] = Id(channel.Id),
            ["type"] = channel.Type,
        };
        if (guildId is { } guild)
        {
            json["guild_id"] = Id(guild);
        }

        if (channel.Type != 1)
        {
            json["name"] = channel.Name;
            json["position"] = channel.Position;
            json["parent_id"] = channel.ParentId is { } parent ? Id(parent) : null;
            json["permission_overwrites"] = new JsonArray();
            json["nsfw"] = false;
        }

        if (channel.IsTextBased)
        {
            json["topic"] = channel.Topic;
            json["last_message_id"] = null;
            json["rate_limit_per_user"] = 0;
        }

        json["flags"] = 0;
        return json;
    }

    public static JsonObject Role(FakeRole role) => new()
    {
        ["id"] = Id(role.Id),
        ["name"] = role.Name,
        ["color"] = role.Color,
        ["hoist"] = false,
        ["icon"] = null,
        ["unicode_emoji"] = null,
        ["position"] = role.Position,
        ["permissions"] = role.Permissions,
        ["managed"] = false,
        ["mentionable"] = false,
        ["flags"] = 0,
    };

    public static JsonObject Emoji(FakeEmoji emoji) => new()
    {
        ["id"] = Id(emoji.Id),
        ["name"] = emoji.Name,
        ["roles"] = new JsonArray(),
        ["require_colons"] = true,
        ["managed"] = false,
        ["animated"] = emoji.Animated,
        ["available"] = true,
    };

    /// <summary>The GUILD_CREATE body. Without GUILD_PRESENCES, <c>members</c> holds only the bot.</summary>
    public static JsonObject GuildCreate(FakeGuild guild, FakeUser bot, DateTimeOffset joinedAt, bool allMembers)
    {
        var members = new JsonArray(Member(new FakeMember(bot) { JoinedAt = joinedAt }, includeUser: true));
        if (allMembers)
        {
            foreach (var member in guild.Members)
            {
                members.Add(Member(member, includeUser: true));
            }
        }

        return new JsonObject
        {
            ["id"] = Id(guild.Id),
            ["name"] = guild.Name,
            ["icon"] = null,
            ["splash"] = null,
            ["discovery_splash"] = null,
            ["owner_id"] = Id(guild.OwnerId),
            ["afk_channel_id"] = null,
            ["afk_timeout"] = 300,
            ["verification_level"] = 1,
            ["default_message_notifications"] = 1,
            ["explicit_content_filter"] = 0,
            ["roles"] = new JsonArray(guild.Roles.Select(r => (JsonNode)Role(r)).ToArray()),
            ["emojis"] = new JsonArray(guild.Emojis.Select(e => (JsonNode)Emoji(e)).ToArray()),
            ["stickers"] = new JsonArray(),
            ["features"] = new JsonArray(),
            ["mfa_level"] = 0,
            ["application_id"] = null,
            ["system_channel_id"] = guild.Channels.FirstOrDefault(c => c.Type == 0) is { } first ? Id(first.Id) : null,
            ["system_channel_flags"] = 0,
            ["rules_channel_id"] = null,
            ["public_updates_channel_id"] = null,
            ["safety_alerts_channel_id"] = null,
            ["max_members"] = 500000,
            ["vanity_url_code"] = null,
            ["description"] = null,
            ["banner"] = null,
            ["premium_tier"] = 0,
            ["premium_subscription_count"] = 0,
            ["preferred_locale"] = "en-US",
            ["nsfw_level"] = 0,
            ["premium_progress_bar_enabled"] = false,
            ["joined_at"] = Timestamp(joinedAt),
            ["large"] = false,
            ["unavailable"] = false,
            ["member_count"] = guild.Members.Count + 1,
            ["members"] = members,
            ["channels"] = new JsonArray(guild.Channels.Select(c => (JsonNode)Channel(c, guildId: null)).ToArray()),
            ["threads"] = new JsonArray(),
            ["voice_states"] = new JsonArray(),
            ["presences"] = new JsonArray(),
            ["stage_instances"] = new JsonArray(),
            ["guild_scheduled_events"] = new JsonArray(),
            ["soundboard_sounds"] = new JsonArray(),
        };
    }
}
