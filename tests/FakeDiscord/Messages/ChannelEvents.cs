using System.Text.Json.Nodes;
using FakeDiscord.Gateway;
using FakeDiscord.Model;

namespace FakeDiscord.Messages;

/// <summary>
/// The gateway events Discord sends when messages and reactions change, each only to a session that asked for
/// its intent. Without MESSAGE_CONTENT, other users' guild messages arrive without content, embeds and components.
/// </summary>
internal sealed class ChannelEvents(GatewayHub hub, MessageStore messages, GuildDirectory directory)
{
    public Task MessageCreatedAsync(MessageRecord message) => MessageEventAsync("MESSAGE_CREATE", message);

    /// <summary>CHANNEL_DELETE (GUILDS intent), with the channel as it was.</summary>
    public Task ChannelDeletedAsync(ChannelLocation deleted) =>
        hub.PublishAsync("CHANNEL_DELETE", deleted.GuildId, GatewayIntents.Guilds, _ => DiscordObjects.Channel(deleted.Channel, deleted.GuildId));

    public Task MessageUpdatedAsync(MessageRecord message) => MessageEventAsync("MESSAGE_UPDATE", message);

    public Task MessageDeletedAsync(MessageRecord message)
    {
        if (message.IsEphemeral)
        {
            return Task.CompletedTask;
        }

        return hub.PublishAsync("MESSAGE_DELETE", message.GuildId, MessageIntent(message), _ => WithGuild(new JsonObject
        {
            ["id"] = DiscordObjects.Id(message.Id),
            ["channel_id"] = DiscordObjects.Id(message.ChannelId),
        }, message));
    }

    public Task ReactionAddedAsync(MessageRecord message, ReactionEmoji emoji, ulong userId) =>
        hub.PublishAsync("MESSAGE_REACTION_ADD", message.GuildId, ReactionIntent(message), _ =>
        {
            var d = ReactionBase(message, userId);
            if (message.GuildId is { } guildId && directory.FindGuild(guildId) is { } guild)
            {
                d["member"] = DiscordObjects.Member(directory.GetMember(guild, userId), includeUser: true);
            }

            d["emoji"] = emoji.ToJson();
            d["message_author_id"] = DiscordObjects.Id(message.Author.Id);
            d["burst"] = false;
            d["burst_colors"] = new JsonArray();
            d["type"] = 0;
            return d;
        });

    public Task ReactionRemovedAsync(MessageRecord message, ReactionEmoji emoji, ulong userId) =>
        hub.PublishAsync("MESSAGE_REACTION_REMOVE", message.GuildId, ReactionIntent(message), _ =>
        {
            var d = ReactionBase(message, userId);
            d["emoji"] = emoji.ToJson();
            d["burst"] = false;
            d["type"] = 0;
            return d;
        });

    public Task ReactionEmojiClearedAsync(MessageRecord message, ReactionEmoji emoji) =>
        hub.PublishAsync("MESSAGE_REACTION_REMOVE_EMOJI", message.GuildId, ReactionIntent(message), _ => WithGuild(new JsonObject
        {
            ["channel_id"] = DiscordObjects.Id(message.ChannelId),
            ["message_id"] = DiscordObjects.Id(message.Id),
            ["emoji"] = emoji.ToJson(),
        }, message));

    public Task ReactionsClearedAsync(MessageRecord message) =>
        hub.PublishAsync("MESSAGE_REACTION_REMOVE_ALL", message.GuildId, ReactionIntent(message), _ => WithGuild(new JsonObject
        {
            ["channel_id"] = DiscordObjects.Id(message.ChannelId),
            ["message_id"] = DiscordObjects.Id(message.Id),
        }, message));

    private Task MessageEventAsync(string eventName, MessageRecord message)
    {
        if (message.IsEphemeral)
        {
            return Task.CompletedTask; // ephemeral replies exist only for the invoking user
        }

        return hub.PublishAsync(eventName, message.GuildId, MessageIntent(message), intents =>
        {
            var d = messages.ToJson(message, directory.Bot.Id);
            if (message.GuildId is { } guildId && directory.FindGuild(guildId) is { } guild)
            {
                d["guild_id"] = DiscordObjects.Id(guildId);
                if (message.WebhookId is null)
                {
                    d["member"] = DiscordObjects.Member(directory.GetMember(guild, message.Author.Id), includeUser: false);
                }

                if ((intents & GatewayIntents.MessageContent) == 0 && !VisibleWithoutMessageContent(message))
                {
                    d["content"] = string.Empty;
                    d["embeds"] = new JsonArray();
                    d["attachments"] = new JsonArray();
                    d["components"] = new JsonArray();
                    d.Remove("poll");
                }
            }

            return d;
        });
    }

    private bool VisibleWithoutMessageContent(MessageRecord message) =>
        message.Author.Id == directory.Bot.Id
        || message.WebhookId is not null
        || message.Content.Contains($"<@{directory.Bot.Id}>", StringComparison.Ordinal);

    private static JsonObject ReactionBase(MessageRecord message, ulong userId) => WithGuild(new JsonObject
    {
        ["user_id"] = DiscordObjects.Id(userId),
        ["channel_id"] = DiscordObjects.Id(message.ChannelId),
        ["message_id"] = DiscordObjects.Id(message.Id),
    }, message);

    private static JsonObject WithGuild(JsonObject d, MessageRecord message)
    {
        if (message.GuildId is { } guildId)
        {
            d["guild_id"] = DiscordObjects.Id(guildId);
        }

        return d;
    }

    private static long MessageIntent(MessageRecord message) =>
        message.GuildId is null ? GatewayIntents.DirectMessages : GatewayIntents.GuildMessages;

    private static long ReactionIntent(MessageRecord message) =>
        message.GuildId is null ? GatewayIntents.DirectMessageReactions : GatewayIntents.GuildMessageReactions;
}
