using System.Text.Json.Nodes;
using FakeDiscord.Model;

namespace FakeDiscord.Messages;

/// <summary>
/// What the server's members and moderators do to messages, as tests ask for it through
/// <see cref="FakeDiscordServer"/>: the change in the store, then the event Discord would dispatch for it.
/// </summary>
internal sealed class MemberActions(FakeDiscordOptions options, GuildDirectory directory, MessageStore messages, ChannelEvents events)
{
    /// <summary>Posts a message as a user and dispatches MESSAGE_CREATE (content blanked without MESSAGE_CONTENT).</summary>
    public async Task<StoredMessage> PostUserMessageAsync(ulong channelId, ulong userId, string content)
    {
        var where = directory.FindChannel(channelId) ?? throw new ArgumentException($"Unknown channel {channelId}.", nameof(channelId));
        var message = messages.Create(where, directory.GetUser(userId), new JsonObject { ["content"] = content }, options.TimeProvider.GetUtcNow());
        await events.MessageCreatedAsync(message).ConfigureAwait(false);
        return messages.Snapshot(message, directory.Bot.Id);
    }

    /// <summary>
    /// Adds a user's reaction ("✅" or "name:id") and dispatches MESSAGE_REACTION_ADD with the member; nothing
    /// happens if the user already reacted with that emoji.
    /// </summary>
    public async Task AddReactionAsync(ulong channelId, ulong messageId, string emoji, ulong userId)
    {
        var (message, reaction) = FindReactionTarget(channelId, messageId, emoji);
        switch (messages.AddReaction(message, reaction, userId))
        {
            case ReactionChange.TooManyEmojis:
                throw new InvalidOperationException($"Message {messageId} already has {options.MaxReactionEmojis} distinct emojis.");
            case ReactionChange.Changed:
                await events.ReactionAddedAsync(message, reaction, userId).ConfigureAwait(false);
                break;
        }
    }

    /// <summary>Removes a user's reaction and dispatches MESSAGE_REACTION_REMOVE (no member, as Discord).</summary>
    public async Task RemoveReactionAsync(ulong channelId, ulong messageId, string emoji, ulong userId)
    {
        var (message, reaction) = FindReactionTarget(channelId, messageId, emoji);
        if (messages.RemoveReaction(message, reaction, userId) == ReactionChange.Changed)
        {
            await events.ReactionRemovedAsync(message, reaction, userId).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// A moderator removes every reaction of one emoji from a message (MESSAGE_REACTION_REMOVE_EMOJI), or all of them
    /// when <paramref name="emoji"/> is null (MESSAGE_REACTION_REMOVE_ALL); nothing is sent if there was nothing to remove.
    /// </summary>
    public async Task ClearReactionsAsync(ulong channelId, ulong messageId, string? emoji = null)
    {
        if (emoji is null)
        {
            var message = messages.Find(channelId, messageId) ?? throw new ArgumentException($"Message {messageId} is not in channel {channelId}.", nameof(messageId));
            if (messages.ClearAll(message))
            {
                await events.ReactionsClearedAsync(message).ConfigureAwait(false);
            }

            return;
        }

        var (target, reaction) = FindReactionTarget(channelId, messageId, emoji);
        if (messages.ClearEmoji(target, reaction))
        {
            await events.ReactionEmojiClearedAsync(target, reaction).ConfigureAwait(false);
        }
    }

    /// <summary>A moderator deletes a message: it is gone and MESSAGE_DELETE is dispatched (if anyone is listening).</summary>
    public async Task DeleteMessageAsync(ulong channelId, ulong messageId)
    {
        var message = messages.Find(channelId, messageId) ?? throw new ArgumentException($"Unknown message {messageId}.", nameof(messageId));
        if (messages.Delete(message))
        {
            await events.MessageDeletedAsync(message).ConfigureAwait(false);
        }
    }

    private (MessageRecord Message, ReactionEmoji Emoji) FindReactionTarget(ulong channelId, ulong messageId, string emoji)
    {
        var message = messages.Find(channelId, messageId)
                      ?? throw new ArgumentException($"Message {messageId} is not in channel {channelId}.", nameof(messageId));
        var reaction = ReactionEmoji.FromText(emoji, directory)
                       ?? throw new ArgumentException($"'{emoji}' is neither a unicode emoji nor a known custom emoji (name:id).", nameof(emoji));
        return (message, reaction);
    }
}
