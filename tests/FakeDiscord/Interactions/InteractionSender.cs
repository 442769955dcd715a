using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using FakeDiscord.Commands;
using FakeDiscord.Gateway;
using FakeDiscord.Messages;
using FakeDiscord.Model;
using FakeDiscord.Support;

namespace FakeDiscord.Interactions;

/// <summary>Builds an INTERACTION_CREATE as Discord would (member with permissions, channel, token...) and dispatches it.</summary>
internal sealed class InteractionSender(
    FakeDiscordOptions options,
    GuildDirectory directory,
    CommandStore commands,
    MessageStore messages,
    InteractionStore interactions,
    GatewayHub hub,
    SnowflakeGenerator ids)
{
    private const int AttachmentSizeLimit = 10 * 1024 * 1024;

    public async Task<InteractionRecord> SendAsync(InteractionRequest request)
    {
        var data = JsonDefaults.ToNode(request.Data) as JsonObject
                   ?? throw new ArgumentException("The interaction data must serialise to a JSON object.", nameof(request));
        var (where, guild, user) = Locate(request);
        if (request.Type is 2 or 4)
        {
            data["type"] ??= 1;
            if (!data.ContainsKey("id") && JsonRead.GetString(data["name"]) is { } name)
            {
                var registered = commands.Find(name, guild?.Id);
                data["id"] = DiscordObjects.Id(registered?.Id ?? ids.Next());
                if (registered?.GuildId is { } commandGuild)
                {
                    data["guild_id"] = DiscordObjects.Id(commandGuild);
                }
            }
        }

        var id = ids.Next();
        var token = Token(id);
        var payload = new JsonObject
        {
            ["id"] = DiscordObjects.Id(id),
            ["application_id"] = DiscordObjects.Id(directory.ApplicationId),
            ["type"] = request.Type,
            ["data"] = data,
            ["channel_id"] = DiscordObjects.Id(where.Channel.Id),
            ["token"] = token,
            ["version"] = 1,
            ["app_permissions"] = options.BotPermissions,
            ["locale"] = request.Locale,
            ["entitlements"] = new JsonArray(),
            ["entitlement_sku_ids"] = new JsonArray(),
            ["attachment_size_limit"] = AttachmentSizeLimit,
        };
        var channel = DiscordObjects.Channel(where.Channel, where.GuildId);
        string? permissions = null;
        if (guild is not null)
        {
            var member = directory.GetMember(guild, user.Id);
            permissions = request.MemberPermissions ?? directory.PermissionsOf(guild, member);
            payload["guild_id"] = DiscordObjects.Id(guild.Id);
            payload["guild"] = new JsonObject { ["id"] = DiscordObjects.Id(guild.Id), ["locale"] = "en-US", ["features"] = new JsonArray() };
            payload["guild_locale"] = "en-US";
            payload["member"] = DiscordObjects.Member(member, includeUser: true, permissions);
            payload["authorizing_integration_owners"] = new JsonObject { ["0"] = DiscordObjects.Id(guild.Id) };
            payload["context"] = 0;
            channel["permissions"] = permissions;
        }
        else
        {
            payload["user"] = DiscordObjects.User(user);
            payload["authorizing_integration_owners"] = new JsonObject { ["0"] = DiscordObjects.Id(user.Id) };
            payload["context"] = 1;
        }

        payload["channel"] = channel;
        if (request.Type is 2 && Resolve(data, permissions) is { } resolved)
        {
            data["resolved"] = resolved;
        }

        if (request.MessageId is { } messageId)
        {
            var source = messages.Find(messageId)
                         ?? throw new ArgumentException($"Message {messageId} is not stored in the fake.", nameof(request));
            payload["message"] = messages.ToJson(source, directory.Bot.Id);
        }

        var record = new InteractionRecord
        {
            Id = id,
            Token = token,
            Type = request.Type,
            ChannelId = where.Channel.Id,
            GuildId = guild?.Id,
            User = user,
            CreatedAt = options.TimeProvider.GetUtcNow(),
            Payload = payload,
            SourceMessageId = request.MessageId,
            CommandName = JsonRead.GetString(data["name"]),
        };
        interactions.Add(record);
        await hub.DispatchAsync("INTERACTION_CREATE", payload).ConfigureAwait(false);
        return record;
    }

    /// <summary>
    /// Makes an INTERACTION_CREATE written by hand (a script's raw dispatch) known, as Discord knows every
    /// interaction it sends: its id, token, type, channel, guild and invoker, so that the callback, <c>@original</c>
    /// and follow-ups work as for <see cref="SendAsync"/>.
    /// </summary>
    /// <returns>Null when registered, else why the payload cannot be one Discord sent.</returns>
    public string? Register(JsonObject payload)
    {
        if (!JsonRead.TryGetSnowflake(payload["id"], out var id) || JsonRead.GetString(payload["token"]) is not { Length: > 0 } token)
        {
            return "an INTERACTION_CREATE needs an id (snowflake) and a token";
        }

        if (interactions.Find(id) is { } known)
        {
            // The same interaction dispatched again (a replay): it keeps its state, so a second callback is still 40060.
            return known.Token == token ? null : $"interaction {id} is already known with another token";
        }

        if (!JsonRead.TryGetInteger(payload["type"], out var type) || type is < 1 or > 5)
        {
            return "an INTERACTION_CREATE needs a type from 1 to 5";
        }

        var userId = JsonRead.TryGetSnowflake(payload["member"]?["user"]?["id"], out var memberId) ? memberId
            : JsonRead.TryGetSnowflake(payload["user"]?["id"], out var plainId) ? plainId
            : (ulong?)null;
        if (userId is null)
        {
            return "an INTERACTION_CREATE needs member.user.id (in a guild) or user.id (in a DM)";
        }

        var channelNode = payload["channel_id"] ?? payload["channel"]?["id"];
        if (!JsonRead.TryGetSnowflake(channelNode, out var channelId))
        {
            return "an INTERACTION_CREATE needs channel_id";
        }

        ulong? guildId = JsonRead.TryGetSnowflake(payload["guild_id"], out var g) ? g : null;
        if (guildId is { } inGuild)
        {
            if (directory.FindChannel(channelId) is not { } where || where.GuildId != inGuild)
            {
                return $"channel {channelId} is not a channel of guild {inGuild}";
            }
        }
        else if (directory.FindChannel(channelId) is { GuildId: not null })
        {
            return $"channel {channelId} is a guild channel, but the interaction has no guild_id";
        }
        else
        {
            directory.AddDirectMessage(userId.Value, channelId);
        }

        var data = payload["data"] as JsonObject;
        interactions.Add(new InteractionRecord
        {
            Id = id,
            Token = token,
            Type = (int)type,
            ChannelId = channelId,
            GuildId = guildId,
            User = directory.GetUser(userId.Value),
            CreatedAt = options.TimeProvider.GetUtcNow(),
            Payload = payload,
            SourceMessageId = JsonRead.TryGetSnowflake(payload["message"]?["id"], out var source) ? source : null,
            CommandName = JsonRead.GetString(data?["name"]),
        });
        return null;
    }

    private (ChannelLocation Where, FakeGuild? Guild, FakeUser User) Locate(InteractionRequest request)
    {
        if (request.DirectMessage)
        {
            var userId = request.UserId ?? directory.Guilds.SelectMany(g => g.Members).Select(m => (ulong?)m.User.Id).FirstOrDefault()
                         ?? throw new ArgumentException("Give UserId for a DM interaction.", nameof(request));
            return (directory.OpenDirectMessage(userId, ids.Next), null, directory.GetUser(userId));
        }

        var guild = request.GuildId is { } guildId
            ? directory.FindGuild(guildId) ?? throw new ArgumentException($"Guild {guildId} is not configured.", nameof(request))
            : directory.Guilds.FirstOrDefault() ?? throw new InvalidOperationException("No guild is configured; send a DM interaction.");
        var channelId = request.ChannelId
                        ?? guild.Channels.FirstOrDefault(c => c.IsTextBased)?.Id
                        ?? throw new ArgumentException($"Guild {guild.Id} has no text channel.", nameof(request));
        var where = directory.FindChannel(channelId) is { } found && found.GuildId == guild.Id
            ? found
            : throw new ArgumentException($"Channel {channelId} is not in guild {guild.Id}.", nameof(request));
        var invoker = request.UserId
                      ?? guild.Members.Select(m => (ulong?)m.User.Id).FirstOrDefault()
                      ?? (guild.OwnerId != 0 ? guild.OwnerId : throw new ArgumentException("Give UserId: the guild has no members.", nameof(request)));
        return (where, guild, directory.GetUser(invoker));
    }

    // Discord sends the channels that CHANNEL options (type 7) name in data.resolved.channels, as partial channels.
    // Each partial channel carries the invoking member's permissions there.
    private JsonObject? Resolve(JsonObject data, string? memberPermissions)
    {
        var channels = new JsonObject();
        foreach (var option in Options(data["options"] as JsonArray))
        {
            if (JsonRead.TryGetInteger(option["type"], out var type) && type == 7
                && JsonRead.TryGetSnowflake(option["value"], out var channelId)
                && directory.FindChannel(channelId) is { } where)
            {
                channels[DiscordObjects.Id(channelId)] = new JsonObject
                {
                    ["id"] = DiscordObjects.Id(channelId),
                    ["name"] = where.Channel.Name,
                    ["type"] = where.Channel.Type,
                    ["permissions"] = memberPermissions ?? "0",
                };
            }
        }

        return channels.Count == 0 ? null : new JsonObject { ["channels"] = channels };
    }

    private static IEnumerable<JsonObject> Options(JsonArray? options) =>
        options?.OfType<JsonObject>().SelectMany(o => Options(o["options"] as JsonArray).Prepend(o)) ?? [];

    /// <summary>Shaped like Discord's: base64url of "interaction:{id}:{secret}".</summary>
    private static string Token(ulong id)
    {
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(96)).TrimEnd('=').Replace('+', 'x').Replace('/', 'y');
        return Convert.ToBase64String(Encoding.ASCII.GetBytes($"interaction:{id}:{secret}"))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }
}
