using System.Text.Json.Nodes;
using FakeDiscord.Model;
using FakeDiscord.Support;

namespace FakeDiscord.Messages;

/// <summary>What Discord makes of the embeds and poll a bot posts: rich embeds, numbered answers, an expiry.</summary>
internal static class PostedContent
{
    public static JsonArray Embeds(JsonNode? node)
    {
        if (node is not JsonArray given)
        {
            return [];
        }

        var embeds = (JsonArray)given.DeepClone();
        foreach (var embed in embeds.OfType<JsonObject>())
        {
            embed["type"] = "rich"; // Discord forces rich for bot embeds
            embed["content_scan_version"] = 0;
        }

        return embeds;
    }

    public static JsonObject Poll(JsonObject poll, DateTimeOffset now)
    {
        var hours = JsonRead.TryGetInteger(poll["duration"], out var duration) ? duration : 24;
        var answers = new JsonArray();
        if (poll["answers"] is JsonArray given)
        {
            var answerId = 1;
            foreach (var answer in given.OfType<JsonObject>())
            {
                answers.Add(new JsonObject { ["answer_id"] = answerId++, ["poll_media"] = answer["poll_media"]?.DeepClone() });
            }
        }

        return new JsonObject
        {
            ["question"] = poll["question"]?.DeepClone(),
            ["answers"] = answers,
            ["expiry"] = DiscordObjects.Timestamp(now.AddHours(hours)),
            ["allow_multiselect"] = poll["allow_multiselect"]?.GetValueKind() == System.Text.Json.JsonValueKind.True,
            ["layout_type"] = 1,
            ["results"] = new JsonObject { ["is_finalized"] = false, ["answer_counts"] = new JsonArray() },
        };
    }
}
