using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using RumourBot.Discord.Models;
using static RumourBot.Discord.Gateway.GatewayJson;

namespace RumourBot.Discord.Gateway;

/// <summary>
/// Reads gateway messages with a <see cref="Utf8JsonReader"/> straight from the received bytes: the envelope in one
/// pass, the event's name as a <see cref="GatewayEventKind"/>, and the payloads read whole (Hello, READY,
/// INTERACTION_CREATE). The per-event readers of <c>d</c> are beside it: <see cref="ReactionEventReader"/>,
/// <see cref="MessageEventReader"/>, <see cref="GuildEventReader"/>, over <see cref="GatewayJson"/>.
/// </summary>
internal static class GatewayFrameReader
{
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
}
