using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using RumourBot.Discord.Gateway.Events;
using RumourBot.Discord.Models;
using static RumourBot.Discord.Gateway.GatewayJson;

namespace RumourBot.Discord.Gateway;

/// <summary>
/// Reads the reaction events' <c>d</c>, the votes' hot path: only the fields the event carries, ids as
/// <see cref="Snowflake"/>s without a string in between; emoji names repeat all day and are kept once
/// (<see cref="_emojiNames"/>). One reader per connection loop (not thread-safe).
/// </summary>
internal sealed class ReactionEventReader
{
    private const int MaxCachedEmojiNames = 1024;
    private const int MaxCachedEmojiNameBytes = 96;

    private readonly Dictionary<string, string> _emojiNames = new(StringComparer.Ordinal);

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
