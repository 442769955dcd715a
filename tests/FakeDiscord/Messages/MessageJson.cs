using System.Text.Json.Nodes;
using FakeDiscord.Model;

namespace FakeDiscord.Messages;

/// <summary>A message as the REST API and the gateway show it; the caller holds the store's lock while it is written.</summary>
internal static class MessageJson
{
    public static JsonObject Of(MessageRecord message, ulong botUserId)
    {
        var json = new JsonObject
        {
            ["type"] = message.Type,
            ["content"] = message.Content,
            ["mentions"] = new JsonArray(),
            ["mention_roles"] = new JsonArray(),
            ["attachments"] = message.Attachments.DeepClone(),
            ["embeds"] = message.Embeds.DeepClone(),
            ["timestamp"] = DiscordObjects.Timestamp(message.CreatedAt),
            ["edited_timestamp"] = message.EditedAt is { } edited ? DiscordObjects.Timestamp(edited) : null,
            ["flags"] = message.Flags,
            ["components"] = message.Components.DeepClone(),
            ["id"] = DiscordObjects.Id(message.Id),
            ["channel_id"] = DiscordObjects.Id(message.ChannelId),
            ["author"] = DiscordObjects.User(message.Author),
            ["pinned"] = false,
            ["mention_everyone"] = false,
            ["tts"] = message.Tts,
        };
        if (message.Nonce is not null)
        {
            json["nonce"] = message.Nonce.DeepClone();
        }

        if (message.WebhookId is { } webhook)
        {
            json["webhook_id"] = DiscordObjects.Id(webhook);
        }

        if (message.ApplicationId is { } application)
        {
            json["application_id"] = DiscordObjects.Id(application);
        }

        if (message.InteractionMetadata is not null)
        {
            json["interaction_metadata"] = message.InteractionMetadata.DeepClone();
        }

        if (message.MessageReference is not null)
        {
            json["message_reference"] = message.MessageReference.DeepClone();
        }

        if (message.Poll is not null)
        {
            json["poll"] = message.Poll.DeepClone();
        }

        if (message.Reactions.Count > 0)
        {
            json["reactions"] = new JsonArray(message.Reactions.Select(r => (JsonNode)ReactionJson(r, botUserId)).ToArray());
        }

        return json;
    }

    private static JsonObject ReactionJson(ReactionRecord reaction, ulong botUserId) => new()
    {
        ["emoji"] = reaction.Emoji.ToJson(),
        ["count"] = reaction.Users.Count,
        ["count_details"] = new JsonObject { ["burst"] = 0, ["normal"] = reaction.Users.Count },
        ["burst_colors"] = new JsonArray(),
        ["me_burst"] = false,
        ["burst_me"] = false,
        ["me"] = reaction.Users.Contains(botUserId),
        ["burst_count"] = 0,
    };
}
