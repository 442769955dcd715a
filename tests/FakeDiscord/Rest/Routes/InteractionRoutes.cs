using System.Text.Json.Nodes;
using FakeDiscord.Interactions;
using FakeDiscord.Messages;
using FakeDiscord.Model;
using FakeDiscord.Support;

namespace FakeDiscord.Rest.Routes;

/// <summary>
/// <c>POST /interactions/{interaction_id}/{interaction_token}/callback</c>: one response per interaction, within the
/// deadline, of a type that suits the interaction.
/// </summary>
internal sealed class InteractionRoutes(
    FakeDiscordOptions options,
    GuildDirectory directory,
    InteractionStore interactions,
    MessageStore messages,
    ChannelEvents events)
{
    public void Register(RouteTable routes) =>
        routes.Add("POST", "/interactions/{interaction_id}/{interaction_token}/callback", "interaction-callback",
            l => l.InteractionCallback, CallbackAsync, RouteAuth.Optional, globalExempt: true);

    private async Task<RestResult> CallbackAsync(RestCall call)
    {
        var interaction = interactions.Find(call.Id("interaction_id"));
        if (interaction is null || interaction.Token != call.Raw("interaction_token"))
        {
            return UnknownInteraction();
        }

        if (interaction.IsAcknowledged)
        {
            return AlreadyAcknowledged();
        }

        if (call.Now - interaction.CreatedAt > options.InteractionResponseDeadline)
        {
            return UnknownInteraction();
        }

        if (call.Body is not JsonObject body || !JsonRead.TryGetInteger(body["type"], out var type))
        {
            return RestResult.InvalidForm("type", "BASE_TYPE_REQUIRED", "This field is required");
        }

        var allowed = AllowedTypes(interaction.Type);
        if (!allowed.Contains((int)type))
        {
            return RestResult.InvalidForm("type", "BASE_TYPE_CHOICES", $"Value must be one of {{{string.Join(", ", allowed)}}}.");
        }

        var data = body["data"] as JsonObject;
        if (Validate((int)type, data) is { } invalid)
        {
            return invalid;
        }

        if (!interaction.TryAcknowledge((int)type))
        {
            return AlreadyAcknowledged();
        }

        var message = await ApplyAsync(interaction, (int)type, data, call.Now).ConfigureAwait(false);
        interaction.Complete(new InteractionCallback(
            (int)type, data is null ? null : JsonDefaults.ToElement(data), call.Now, call.Now - interaction.CreatedAt, message?.Id));
        var result = call.IsTrue("with_response") ? RestResult.Json(WithResponse(interaction, (int)type, message)) : RestResult.NoContent;
        return type is 4 or 5 && message is not null ? result with { CreatedMessageId = message.Id } : result;
    }

    private static int[] AllowedTypes(int interactionType) => interactionType switch
    {
        1 => [1],
        2 => [4, 5, 9],
        3 => [4, 5, 6, 7, 9],
        4 => [8],
        5 => [4, 5, 6, 7],
        _ => [],
    };

    private static RestResult? Validate(int type, JsonObject? data)
    {
        switch (type)
        {
            case 4:
                if (data is null)
                {
                    return RestResult.EmptyMessage();
                }

                var replyErrors = MessageRules.Validate(data, MessageKind.InteractionReply);
                return !replyErrors.IsEmpty ? RestResult.InvalidForm(replyErrors)
                    : MessageRules.HasPayload(data) ? null : RestResult.EmptyMessage();
            case 5 when data is not null:
                var deferredErrors = MessageRules.Validate(data, MessageKind.InteractionDeferred);
                return deferredErrors.IsEmpty ? null : RestResult.InvalidForm(deferredErrors);
            case 7 when data is not null:
                var updateErrors = MessageRules.Validate(data, MessageKind.InteractionUpdate);
                return updateErrors.IsEmpty ? null : RestResult.InvalidForm(updateErrors);
            case 8:
                if (data?["choices"] is not JsonArray choices)
                {
                    return RestResult.InvalidForm("data.choices", "BASE_TYPE_REQUIRED", "This field is required");
                }

                var choiceErrors = new FormErrors();
                if (choices.Count > 25)
                {
                    choiceErrors.MaxLength("data.choices", 25);
                }

                for (var i = 0; i < choices.Count; i++)
                {
                    if (JsonRead.Length(JsonRead.GetString(choices[i]?["name"]) ?? string.Empty) is < 1 or > 100)
                    {
                        choiceErrors.LengthBetween($"data.choices.{i}.name", 1, 100);
                    }

                    if (JsonRead.GetString(choices[i]?["value"]) is { } text && JsonRead.Length(text) > 100)
                    {
                        choiceErrors.MaxLength($"data.choices.{i}.value", 100);
                    }
                }

                return choiceErrors.IsEmpty ? null : RestResult.InvalidForm(choiceErrors);
            case 9:
                var modalErrors = new FormErrors();
                if (JsonRead.Length(JsonRead.GetString(data?["custom_id"]) ?? string.Empty) is < 1 or > 100)
                {
                    modalErrors.LengthBetween("data.custom_id", 1, 100);
                }

                if (JsonRead.Length(JsonRead.GetString(data?["title"]) ?? string.Empty) is < 1 or > 45)
                {
                    modalErrors.LengthBetween("data.title", 1, 45);
                }

                if (data?["components"] is not JsonArray { Count: >= 1 and <= 5 })
                {
                    modalErrors.LengthBetween("data.components", 1, 5);
                }

                return modalErrors.IsEmpty ? null : RestResult.InvalidForm(modalErrors);
            default:
                return null;
        }
    }

    private async Task<MessageRecord?> ApplyAsync(InteractionRecord interaction, int type, JsonObject? data, DateTimeOffset now)
    {
        switch (type)
        {
            case 4 or 5:
                var where = directory.FindChannel(interaction.ChannelId)!;
                var message = messages.Create(where, directory.Bot, data ?? [], now, m =>
                {
                    m.Type = interaction.Type == 2 ? 20 : 0;
                    m.WebhookId = directory.ApplicationId;
                    m.ApplicationId = directory.ApplicationId;
                    m.InteractionMetadata = Metadata(interaction);
                    if (type == 5)
                    {
                        m.Flags |= MessageFlags.Loading;
                    }
                });
                interaction.OriginalMessageId = message.Id;
                await events.MessageCreatedAsync(message).ConfigureAwait(false);
                return message;
            case 6 or 7 when interaction.SourceMessageId is { } sourceId && messages.Find(sourceId) is { } source:
                interaction.OriginalMessageId = source.Id;
                if (type == 7 && data is not null
                    && messages.Edit(source, data, MessageKind.InteractionUpdate, now, countTowardCap: false) == EditOutcome.Edited)
                {
                    await events.MessageUpdatedAsync(source).ConfigureAwait(false);
                }

                return source;
            default:
                return null;
        }
    }

    private JsonObject Metadata(InteractionRecord interaction)
    {
        var metadata = new JsonObject
        {
            ["id"] = DiscordObjects.Id(interaction.Id),
            ["type"] = interaction.Type,
            ["user"] = DiscordObjects.User(interaction.User),
            ["authorizing_integration_owners"] = interaction.Payload["authorizing_integration_owners"]?.DeepClone(),
        };
        if (interaction.CommandName is { } name)
        {
            metadata["name"] = name;
            metadata["command_type"] = 1;
        }

        return metadata;
    }

    private JsonObject WithResponse(InteractionRecord interaction, int type, MessageRecord? message)
    {
        var summary = new JsonObject
        {
            ["id"] = DiscordObjects.Id(interaction.Id),
            ["type"] = interaction.Type,
            ["activity_instance_id"] = null,
        };
        var resource = new JsonObject { ["type"] = type };
        if (message is not null)
        {
            summary["response_message_id"] = DiscordObjects.Id(message.Id);
            summary["response_message_loading"] = (message.Flags & MessageFlags.Loading) != 0;
            summary["response_message_ephemeral"] = message.IsEphemeral;
            resource["message"] = messages.ToJson(message, directory.Bot.Id);
        }

        return new JsonObject { ["interaction"] = summary, ["resource"] = resource };
    }

    private static RestResult UnknownInteraction() =>
        RestResult.Error(404, DiscordErrorCode.UnknownInteraction, "Unknown interaction");

    private static RestResult AlreadyAcknowledged() =>
        RestResult.Error(400, DiscordErrorCode.InteractionAlreadyAcknowledged, "Interaction has already been acknowledged.");
}
