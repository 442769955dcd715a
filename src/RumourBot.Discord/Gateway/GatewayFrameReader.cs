using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using RumourBot.Discord.Gateway.Events;
using RumourBot.Discord.Models;

namespace RumourBot.Discord.Gateway;

/// <summary>
/// Reads gateway messages with a <see cref="Utf8JsonReader"/> straight from the received bytes: the envelope in one
/// pass, then <c>d</c> into the typed event its name calls for, reading only the fields the event carries and
/// skipping the rest. Ids become <see cref="Snowflake"/>s without a string in between; emoji names repeat all day
/// and are kept once (<see cref="_emojiNames"/>). One reader per connection loop (not thread-safe).
/// </summary>
internal sealed class GatewayFrameReader
{
    private const int MaxCachedEmojiNames = 1024;
    private const int MaxCachedEmojiNameBytes = 96;

    private readonly Dictionary<string, string> _emojiNames = new(StringComparer.Ordinal);

    /// <summary>The envelope (op, s, t, d) of a gateway message; anything malformed is a <see cref="JsonException"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // the hot path: optimised from the first event, not after warm-up
    public static GatewayFrame ReadEnvelope(ReadOnlySpan<byte> message)
    {
        try
        {
            return ReadEnvelopeUnchecked(message);
        }
        catch (Exception error) when (error is InvalidOperationException or FormatException)
        {
            // A string or 1e10 where a number belongs: the reader's own errors, made the "reconnect" kind.
            throw new JsonException($"A gateway message's envelope cannot be read ({error.Message})", error);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static GatewayFrame ReadEnvelopeUnchecked(ReadOnlySpan<byte> message)
    {
        var reader = new Utf8JsonReader(message);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) throw new JsonException("A gateway message is not a JSON object.");
        int op = -1;
        int? sequence = null;
        ReadOnlySpan<byte> name = default, data = default;
        bool sawSequence = false, sawName = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("op"u8))
            {
                reader.Read();
                op = reader.GetInt32();
            }
            else if (reader.ValueTextEquals("s"u8))
            {
                reader.Read();
                sequence = reader.TokenType == JsonTokenType.Null ? null : reader.GetInt32();
                sawSequence = true;
            }
            else if (reader.ValueTextEquals("t"u8))
            {
                reader.Read();
                name = reader.TokenType == JsonTokenType.String ? reader.ValueSpan : default; // event names are plain ASCII
                sawName = true;
            }
            else if (reader.ValueTextEquals("d"u8))
            {
                reader.Read();
                var start = (int)reader.TokenStartIndex;
                if (op >= 0 && sawSequence && sawName)
                {
                    // Discord writes d last: the envelope is known, so d is read once, by its event's reader
                    // (each reads one value and stops), not skipped here first.
                    data = message[start..];
                    break;
                }
                reader.Skip();
                data = message[start..(int)reader.BytesConsumed];
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }
        if (op < 0) throw new JsonException("A gateway message has no op.");
        return new GatewayFrame(op, sequence, name, data);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // the hot path: optimised from the first event, not after warm-up
    public static GatewayEventKind KindOf(ReadOnlySpan<byte> name) => name switch
    {
        _ when name.SequenceEqual("MESSAGE_REACTION_ADD"u8) => GatewayEventKind.ReactionAdd,
        _ when name.SequenceEqual("MESSAGE_REACTION_REMOVE"u8) => GatewayEventKind.ReactionRemove,
        _ when name.SequenceEqual("INTERACTION_CREATE"u8) => GatewayEventKind.InteractionCreate,
        _ when name.SequenceEqual("MESSAGE_DELETE"u8) => GatewayEventKind.MessageDelete,
        _ when name.SequenceEqual("MESSAGE_DELETE_BULK"u8) => GatewayEventKind.MessageDeleteBulk,
        _ when name.SequenceEqual("MESSAGE_REACTION_REMOVE_ALL"u8) => GatewayEventKind.ReactionRemoveAll,
        _ when name.SequenceEqual("MESSAGE_REACTION_REMOVE_EMOJI"u8) => GatewayEventKind.ReactionRemoveEmoji,
        _ when name.SequenceEqual("GUILD_CREATE"u8) => GatewayEventKind.GuildCreate,
        _ when name.SequenceEqual("GUILD_DELETE"u8) => GatewayEventKind.GuildDelete,
        _ when name.SequenceEqual("GUILD_UPDATE"u8) => GatewayEventKind.GuildUpdate,
        _ when name.SequenceEqual("GUILD_ROLE_CREATE"u8) || name.SequenceEqual("GUILD_ROLE_UPDATE"u8) || name.SequenceEqual("GUILD_ROLE_DELETE"u8) => GatewayEventKind.GuildRoleChange,
        _ when name.SequenceEqual("CHANNEL_CREATE"u8) || name.SequenceEqual("CHANNEL_UPDATE"u8) => GatewayEventKind.ChannelChange,
        _ when name.SequenceEqual("CHANNEL_DELETE"u8) => GatewayEventKind.ChannelDelete,
        _ when name.SequenceEqual("READY"u8) => GatewayEventKind.Ready,
        _ when name.SequenceEqual("RESUMED"u8) => GatewayEventKind.Resumed,
        _ => GatewayEventKind.Other,
    };

    /// <summary>The event's name as a string, without allocating one for the events we know.</summary>
    public static string NameOf(GatewayEventKind kind, ReadOnlySpan<byte> name) => kind switch
    {
        GatewayEventKind.ReactionAdd => "MESSAGE_REACTION_ADD",
        GatewayEventKind.ReactionRemove => "MESSAGE_REACTION_REMOVE",
        GatewayEventKind.ReactionRemoveAll => "MESSAGE_REACTION_REMOVE_ALL",
        GatewayEventKind.ReactionRemoveEmoji => "MESSAGE_REACTION_REMOVE_EMOJI",
        GatewayEventKind.MessageDelete => "MESSAGE_DELETE",
        GatewayEventKind.MessageDeleteBulk => "MESSAGE_DELETE_BULK",
        GatewayEventKind.InteractionCreate => "INTERACTION_CREATE",
        GatewayEventKind.GuildCreate => "GUILD_CREATE",
        GatewayEventKind.GuildDelete => "GUILD_DELETE",
        GatewayEventKind.GuildUpdate => "GUILD_UPDATE",
        GatewayEventKind.ChannelDelete => "CHANNEL_DELETE",
        GatewayEventKind.Ready => "READY",
        GatewayEventKind.Resumed => "RESUMED",
        _ => Encoding.UTF8.GetString(name),
    };

    public static int HeartbeatInterval(ReadOnlySpan<byte> helloData)
    {
        var reader = Open(helloData);
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("heartbeat_interval"u8))
            {
                reader.Read();
                return reader.GetInt32();
            }
            SkipValue(ref reader);
        }
        throw new JsonException("Hello has no heartbeat_interval.");
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // the hot path: optimised from the first event, not after warm-up
    public ReactionAdded ReadReactionAdd(ReadOnlySpan<byte> data)
    {
        var reader = Open(data);
        Snowflake user = default, channel = default, message = default;
        Snowflake? guild = null;
        PartialEmoji emoji = default;
        var burst = false;
        string? memberName = null;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("message_id"u8)) message = ReadId(ref reader);
            else if (reader.ValueTextEquals("user_id"u8)) user = ReadId(ref reader);
            else if (reader.ValueTextEquals("channel_id"u8)) channel = ReadId(ref reader);
            else if (reader.ValueTextEquals("guild_id"u8)) guild = ReadOptionalId(ref reader);
            else if (reader.ValueTextEquals("emoji"u8)) emoji = ReadEmoji(ref reader);
            else if (reader.ValueTextEquals("burst"u8)) burst = ReadBool(ref reader);
            else if (reader.ValueTextEquals("member"u8)) memberName = ReadMemberName(ref reader);
            else SkipValue(ref reader);
        }
        return new ReactionAdded(user, channel, message, guild, emoji, burst, memberName);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // the hot path: optimised from the first event, not after warm-up
    public ReactionRemoved ReadReactionRemove(ReadOnlySpan<byte> data)
    {
        var reader = Open(data);
        Snowflake user = default, channel = default, message = default;
        Snowflake? guild = null;
        PartialEmoji emoji = default;
        var burst = false;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("message_id"u8)) message = ReadId(ref reader);
            else if (reader.ValueTextEquals("user_id"u8)) user = ReadId(ref reader);
            else if (reader.ValueTextEquals("channel_id"u8)) channel = ReadId(ref reader);
            else if (reader.ValueTextEquals("guild_id"u8)) guild = ReadOptionalId(ref reader);
            else if (reader.ValueTextEquals("emoji"u8)) emoji = ReadEmoji(ref reader);
            else if (reader.ValueTextEquals("burst"u8)) burst = ReadBool(ref reader);
            else SkipValue(ref reader);
        }
        return new ReactionRemoved(user, channel, message, guild, emoji, burst);
    }

    public ReactionsCleared ReadReactionsCleared(ReadOnlySpan<byte> data)
    {
        var reader = Open(data);
        Snowflake channel = default, message = default;
        Snowflake? guild = null;
        PartialEmoji? emoji = null;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("message_id"u8)) message = ReadId(ref reader);
            else if (reader.ValueTextEquals("channel_id"u8)) channel = ReadId(ref reader);
            else if (reader.ValueTextEquals("guild_id"u8)) guild = ReadOptionalId(ref reader);
            else if (reader.ValueTextEquals("emoji"u8)) emoji = ReadEmoji(ref reader);
            else SkipValue(ref reader);
        }
        return new ReactionsCleared(channel, message, guild, emoji);
    }

    /// <summary>MESSAGE_DELETE (<c>id</c>) and MESSAGE_DELETE_BULK (<c>ids</c>) alike.</summary>
    public static MessagesDeleted ReadMessagesDeleted(ReadOnlySpan<byte> data)
    {
        var reader = Open(data);
        var ids = new List<Snowflake>(1);
        Snowflake channel = default;
        Snowflake? guild = null;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("id"u8)) ids.Add(ReadId(ref reader));
            else if (reader.ValueTextEquals("ids"u8))
            {
                reader.Read();
                if (reader.TokenType != JsonTokenType.StartArray) throw new JsonException("ids is not an array.");
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray) ids.Add(IdOf(ref reader));
            }
            else if (reader.ValueTextEquals("channel_id"u8)) channel = ReadId(ref reader);
            else if (reader.ValueTextEquals("guild_id"u8)) guild = ReadOptionalId(ref reader);
            else SkipValue(ref reader);
        }
        return new MessagesDeleted(ids, channel, guild);
    }

    public static GuildAvailable ReadGuildCreate(ReadOnlySpan<byte> data)
    {
        var reader = Open(data);
        Snowflake id = default;
        string? name = null;
        var unavailable = false;
        var members = 0;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("id"u8)) id = ReadId(ref reader);
            else if (reader.ValueTextEquals("name"u8))
            {
                reader.Read();
                name = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            }
            else if (reader.ValueTextEquals("unavailable"u8)) unavailable = ReadBool(ref reader);
            else if (reader.ValueTextEquals("member_count"u8))
            {
                reader.Read();
                members = reader.TokenType == JsonTokenType.Number ? reader.GetInt32() : 0;
            }
            else SkipValue(ref reader); // channels, members, roles, emojis...: not kept
        }
        return new GuildAvailable(id, name, unavailable, members);
    }

    public static GuildGone ReadGuildDelete(ReadOnlySpan<byte> data)
    {
        var reader = Open(data);
        Snowflake id = default;
        var unavailable = false;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("id"u8)) id = ReadId(ref reader);
            else if (reader.ValueTextEquals("unavailable"u8)) unavailable = ReadBool(ref reader);
            else SkipValue(ref reader);
        }
        return new GuildGone(id, unavailable);
    }

    /// <summary>GUILD_UPDATE carries the guild (<c>id</c>); role events carry <c>guild_id</c>.</summary>
    public static GuildUpdated ReadGuildUpdated(ReadOnlySpan<byte> data, bool roleEvent)
    {
        var reader = Open(data);
        var field = roleEvent ? "guild_id"u8 : "id"u8;
        Snowflake id = default;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals(field)) id = ReadId(ref reader);
            else SkipValue(ref reader);
        }
        return new GuildUpdated(id);
    }

    public static ChannelChanged ReadChannel(ReadOnlySpan<byte> data, bool deleted)
    {
        var reader = Open(data);
        Snowflake id = default;
        Snowflake? guild = null;
        var type = 0;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("id"u8)) id = ReadId(ref reader);
            else if (reader.ValueTextEquals("guild_id"u8)) guild = ReadOptionalId(ref reader);
            else if (reader.ValueTextEquals("type"u8))
            {
                reader.Read();
                type = reader.GetInt32();
            }
            else SkipValue(ref reader);
        }
        return new ChannelChanged(id, guild, type, deleted);
    }

    public static Interaction ReadInteraction(ReadOnlySpan<byte> data)
    {
        var reader = new Utf8JsonReader(data); // reads d alone, whatever follows it
        return JsonSerializer.Deserialize(ref reader, DiscordJsonContext.Default.Interaction) ?? throw new JsonException("INTERACTION_CREATE without data.");
    }

    public static ReadyData ReadReady(ReadOnlySpan<byte> data)
    {
        var reader = new Utf8JsonReader(data);
        return JsonSerializer.Deserialize(ref reader, DiscordJsonContext.Default.ReadyData) ?? throw new JsonException("READY without data.");
    }

    private static Utf8JsonReader Open(ReadOnlySpan<byte> data)
    {
        var reader = new Utf8JsonReader(data);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) throw new JsonException("An event's d is not an object.");
        return reader;
    }

    private static bool NextProperty(ref Utf8JsonReader reader) => reader.Read() && reader.TokenType == JsonTokenType.PropertyName;

    private static void SkipValue(ref Utf8JsonReader reader)
    {
        reader.Read();
        reader.Skip();
    }

    private static bool ReadBool(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.TokenType == JsonTokenType.True;
    }

    private static Snowflake ReadId(ref Utf8JsonReader reader)
    {
        reader.Read();
        return IdOf(ref reader);
    }

    private static Snowflake? ReadOptionalId(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.TokenType == JsonTokenType.Null ? null : IdOf(ref reader);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // the hot path: optimised from the first event, not after warm-up
    private static Snowflake IdOf(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Number) return new Snowflake(reader.GetUInt64());
        if (reader.TokenType == JsonTokenType.String)
        {
            var id = reader.ValueIsEscaped ? Snowflake.TryParse(reader.GetString()) : Snowflake.TryParse(reader.ValueSpan);
            if (id is { } value) return value;
        }
        throw new JsonException("An id is not a snowflake.");
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // the hot path: optimised from the first event, not after warm-up
    private PartialEmoji ReadEmoji(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return default;
        }
        Snowflake? id = null;
        string? name = null;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("name"u8))
            {
                reader.Read();
                name = reader.TokenType == JsonTokenType.String ? EmojiName(ref reader) : null;
            }
            else if (reader.ValueTextEquals("id"u8)) id = ReadOptionalId(ref reader);
            else SkipValue(ref reader);
        }
        return new PartialEmoji(id, name);
    }

    // The same few emoji arrive on every vote: one string each, not one per event.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // the hot path: optimised from the first event, not after warm-up
    private string EmojiName(ref Utf8JsonReader reader)
    {
        var bytes = reader.ValueSpan;
        if (reader.ValueIsEscaped || bytes.Length > MaxCachedEmojiNameBytes) return reader.GetString()!;
        Span<char> chars = stackalloc char[MaxCachedEmojiNameBytes];
        var length = Encoding.UTF8.GetChars(bytes, chars);
        var lookup = _emojiNames.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(chars[..length], out var known)) return known;
        var name = new string(chars[..length]);
        if (_emojiNames.Count < MaxCachedEmojiNames) _emojiNames[name] = name;
        return name;
    }

    // member.user: the display name (global name, else username). Nicknames are left out, as in the recount.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // the hot path: optimised from the first event, not after warm-up
    private static string? ReadMemberName(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return null;
        }
        // Names are decoded once at the end, so only the one shown becomes a string.
        ReadOnlySpan<byte> username = default, globalName = default;
        string? escapedUsername = null, escapedGlobalName = null;
        while (NextProperty(ref reader))
        {
            if (!reader.ValueTextEquals("user"u8))
            {
                SkipValue(ref reader);
                continue;
            }
            reader.Read();
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                reader.Skip();
                continue;
            }
            while (NextProperty(ref reader))
            {
                var isGlobal = reader.ValueTextEquals("global_name"u8);
                if (!isGlobal && !reader.ValueTextEquals("username"u8))
                {
                    SkipValue(ref reader);
                    continue;
                }
                reader.Read();
                if (reader.TokenType != JsonTokenType.String) continue;
                if (reader.ValueIsEscaped)
                {
                    if (isGlobal) escapedGlobalName = reader.GetString();
                    else escapedUsername = reader.GetString();
                }
                else if (isGlobal) globalName = reader.ValueSpan;
                else username = reader.ValueSpan;
            }
        }
        if (escapedGlobalName is not null) return escapedGlobalName;
        if (!globalName.IsEmpty) return Encoding.UTF8.GetString(globalName);
        if (escapedUsername is not null) return escapedUsername;
        return username.IsEmpty ? null : Encoding.UTF8.GetString(username);
    }
}
