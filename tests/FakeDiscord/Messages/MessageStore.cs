using System.Text.Json.Nodes;
using FakeDiscord.Model;
using FakeDiscord.Support;

namespace FakeDiscord.Messages;

/// <summary>
/// All messages in memory, with their reactions; one lock keeps reads and writes consistent. What a posted body's
/// embeds and poll become is <see cref="PostedContent"/>'s, a message's JSON <see cref="MessageJson"/>'s.
/// </summary>
internal sealed class MessageStore(FakeDiscordOptions options, SnowflakeGenerator ids)
{
    private static readonly TimeSpan NonceWindow = TimeSpan.FromMinutes(2);
    private readonly Lock _gate = new();
    private readonly Dictionary<ulong, MessageRecord> _messages = [];

    // Discord matches an enforced nonce per sender, not per channel: the same nonce sent to another channel within
    // the window returns the earlier message, from wherever it was posted.
    private readonly Dictionary<(ulong Author, string Nonce), (ulong Message, DateTimeOffset At)> _nonces = [];

    /// <summary>A message with <c>enforce_nonce</c> this author already sent in the last minutes, which Discord returns instead.</summary>
    public MessageRecord? FindByNonce(ulong authorId, JsonObject body, DateTimeOffset now)
    {
        if (body["enforce_nonce"]?.GetValueKind() != System.Text.Json.JsonValueKind.True || NonceKey(body["nonce"]) is not { } nonce)
        {
            return null;
        }

        lock (_gate)
        {
            return _nonces.TryGetValue((authorId, nonce), out var seen) && now - seen.At < NonceWindow
                   && _messages.TryGetValue(seen.Message, out var message)
                ? message
                : null;
        }
    }

    public MessageRecord Create(ChannelLocation where, FakeUser author, JsonObject body, DateTimeOffset now, Action<MessageRecord>? shape = null)
    {
        var message = new MessageRecord
        {
            Id = ids.Next(),
            ChannelId = where.Channel.Id,
            GuildId = where.GuildId,
            Author = author,
            CreatedAt = now,
            Content = JsonRead.GetString(body["content"]) ?? string.Empty,
            Embeds = PostedContent.Embeds(body["embeds"]),
            Components = body["components"] is JsonArray components ? (JsonArray)components.DeepClone() : [],
            Flags = JsonRead.TryGetInteger(body["flags"], out var flags) ? (int)flags : 0,
            Tts = body["tts"]?.GetValueKind() == System.Text.Json.JsonValueKind.True,
            Nonce = body["nonce"]?.DeepClone(),
            Poll = body["poll"] is JsonObject poll ? PostedContent.Poll(poll, now) : null,
            Attachments = body["attachments"] is JsonArray attachments ? (JsonArray)attachments.DeepClone() : [],
        };
        if (body["message_reference"] is JsonObject reference && reference["message_id"] is { } referenced)
        {
            message.Type = 19;
            message.MessageReference = new JsonObject
            {
                ["type"] = 0,
                ["channel_id"] = DiscordObjects.Id(where.Channel.Id),
                ["message_id"] = referenced.DeepClone(),
            };
            if (where.GuildId is { } guildId)
            {
                message.MessageReference["guild_id"] = DiscordObjects.Id(guildId);
            }
        }

        shape?.Invoke(message);
        lock (_gate)
        {
            _messages[message.Id] = message;
            if (NonceKey(body["nonce"]) is { } nonce)
            {
                _nonces[(message.Author.Id, nonce)] = (message.Id, now);
            }
        }

        return message;
    }

    public MessageRecord? Find(ulong channelId, ulong messageId)
    {
        lock (_gate)
        {
            return _messages.TryGetValue(messageId, out var message) && message.ChannelId == channelId ? message : null;
        }
    }

    public MessageRecord? Find(ulong messageId)
    {
        lock (_gate)
        {
            return _messages.GetValueOrDefault(messageId);
        }
    }

    /// <summary>Messages of a channel, newest first, as GET /channels/{id}/messages pages them.</summary>
    public IReadOnlyList<MessageRecord> InChannel(ulong channelId)
    {
        lock (_gate)
        {
            return _messages.Values.Where(m => m.ChannelId == channelId).OrderByDescending(m => m.Id).ToArray();
        }
    }

    public bool Delete(MessageRecord message)
    {
        lock (_gate)
        {
            return _messages.Remove(message.Id);
        }
    }

    /// <summary>Applies an edit: given fields replace the old ones (null clears), flags only toggle what the kind allows.</summary>
    public EditOutcome Edit(MessageRecord message, JsonObject body, MessageKind kind, DateTimeOffset now, bool countTowardCap)
    {
        lock (_gate)
        {
            var old = now - message.CreatedAt >= options.EditCapMessageAge;
            if (countTowardCap && old && options.EditCapPerOldMessage is { } cap && message.OldEdits >= cap)
            {
                return EditOutcome.TooManyOldEdits;
            }

            var content = body.ContainsKey("content") ? JsonRead.GetString(body["content"]) ?? string.Empty : message.Content;
            var embeds = body.ContainsKey("embeds") ? PostedContent.Embeds(body["embeds"]) : message.Embeds;
            var components = body.ContainsKey("components")
                ? body["components"] is JsonArray given ? (JsonArray)given.DeepClone() : []
                : message.Components;
            var hasAttachments = body.ContainsKey("attachments") ? body["attachments"] is JsonArray { Count: > 0 } : message.Attachments.Count > 0;
            if (content.Trim().Length == 0 && embeds.Count == 0 && components.Count == 0 && !hasAttachments && message.Poll is null)
            {
                return EditOutcome.WouldBeEmpty;
            }

            message.Content = content;
            message.Embeds = embeds;
            if (body["attachments"] is JsonArray attachments)
            {
                message.Attachments = (JsonArray)attachments.DeepClone();
            }

            message.Components = components;
            if (JsonRead.TryGetInteger(body["flags"], out var flags))
            {
                var settable = MessageFlags.Settable(kind);
                message.Flags = (message.Flags & ~settable) | ((int)flags & settable);
            }

            var wasLoading = (message.Flags & MessageFlags.Loading) != 0;
            message.Flags &= ~MessageFlags.Loading;
            if (!wasLoading)
            {
                // Finishing a deferred reply is not an edit; everything else is.
                message.EditedAt = now;
                message.EditCount++;
                if (old && countTowardCap)
                {
                    message.OldEdits++;
                }
            }

            return EditOutcome.Edited;
        }
    }

    public ReactionChange AddReaction(MessageRecord message, ReactionEmoji emoji, ulong userId)
    {
        lock (_gate)
        {
            var reaction = message.Reactions.FirstOrDefault(r => r.Emoji.Key == emoji.Key);
            if (reaction is null)
            {
                if (message.Reactions.Count >= options.MaxReactionEmojis)
                {
                    return ReactionChange.TooManyEmojis;
                }

                reaction = new ReactionRecord(emoji);
                message.Reactions.Add(reaction);
            }

            return reaction.Users.Add(userId) ? ReactionChange.Changed : ReactionChange.Unchanged;
        }
    }

    public ReactionChange RemoveReaction(MessageRecord message, ReactionEmoji emoji, ulong userId)
    {
        lock (_gate)
        {
            var reaction = message.Reactions.FirstOrDefault(r => r.Emoji.Key == emoji.Key);
            if (reaction is null || !reaction.Users.Remove(userId))
            {
                return ReactionChange.Unchanged;
            }

            if (reaction.Users.Count == 0)
            {
                message.Reactions.Remove(reaction);
            }

            return ReactionChange.Changed;
        }
    }

    /// <summary>Removes one emoji's reactions; false when there were none.</summary>
    public bool ClearEmoji(MessageRecord message, ReactionEmoji emoji)
    {
        lock (_gate)
        {
            return message.Reactions.RemoveAll(r => r.Emoji.Key == emoji.Key) > 0;
        }
    }

    /// <summary>Removes every reaction; false when there were none.</summary>
    public bool ClearAll(MessageRecord message)
    {
        lock (_gate)
        {
            var had = message.Reactions.Count > 0;
            message.Reactions.Clear();
            return had;
        }
    }

    /// <summary>Users who reacted with an emoji, ascending by id, after a cursor.</summary>
    public IReadOnlyList<ulong> Reactors(MessageRecord message, ReactionEmoji emoji, ulong after, int limit)
    {
        lock (_gate)
        {
            var reaction = message.Reactions.FirstOrDefault(r => r.Emoji.Key == emoji.Key);
            return reaction is null ? [] : reaction.Users.Where(id => id > after).Take(limit).ToArray();
        }
    }

    public JsonObject ToJson(MessageRecord message, ulong botUserId)
    {
        lock (_gate)
        {
            return MessageJson.Of(message, botUserId);
        }
    }

    public StoredMessage Snapshot(MessageRecord message, ulong botUserId)
    {
        var json = ToJson(message, botUserId);
        lock (_gate)
        {
            return new StoredMessage(
                message.Id,
                message.ChannelId,
                message.GuildId,
                message.Author.Id,
                message.Content,
                message.Flags,
                message.EditCount,
                message.Reactions.Select(r => new StoredReaction(r.Emoji.Display, r.Users.ToArray(), r.Users.Contains(botUserId))).ToArray(),
                JsonDefaults.ToElement(json));
        }
    }

    private static string? NonceKey(JsonNode? nonce) =>
        nonce is null ? null : JsonRead.GetString(nonce) ?? nonce.ToJsonString();
}
