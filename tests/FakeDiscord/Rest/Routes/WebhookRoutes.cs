using System.Text.Json.Nodes;
using FakeDiscord.Interactions;
using FakeDiscord.Messages;
using FakeDiscord.Model;

namespace FakeDiscord.Rest.Routes;

/// <summary>
/// Interaction follow-ups and edits under <c>/webhooks/{application_id}/{interaction_token}</c>. The token works
/// for 15 minutes (then 401, 50027); an unknown token is an unknown webhook (404, 10015).
/// </summary>
internal sealed class WebhookRoutes(
    FakeDiscordOptions options,
    GuildDirectory directory,
    InteractionStore interactions,
    MessageStore messages,
    ChannelEvents events)
{
    private const string Base = "/webhooks/{webhook_id}/{webhook_token}";

    public void Register(RouteTable routes)
    {
        routes.Add("POST", Base, "webhook-execute", l => l.ExecuteWebhook, FollowUpAsync, RouteAuth.Optional, globalExempt: true);
        foreach (var template in new[] { Base + "/messages/@original", Base + "/messages/{message_id}" })
        {
            routes.Add("GET", template, "webhook-messages", l => l.WebhookMessages, GetAsync, RouteAuth.Optional, globalExempt: true);
            routes.Add("PATCH", template, "webhook-messages", l => l.WebhookMessages, EditAsync, RouteAuth.Optional, globalExempt: true);
            routes.Add("DELETE", template, "webhook-messages", l => l.WebhookMessages, DeleteAsync, RouteAuth.Optional, globalExempt: true);
        }
    }

    private async Task<RestResult> FollowUpAsync(RestCall call)
    {
        if (!TryResolve(call, out var interaction, out var error))
        {
            return error!;
        }

        if (!interaction!.IsAcknowledged)
        {
            return UnknownWebhook(); // follow-ups exist only after the first response
        }

        if (call.Body is not JsonObject body)
        {
            return RestResult.EmptyMessage();
        }

        var errors = MessageRules.Validate(body, MessageKind.FollowUp);
        if (!errors.IsEmpty)
        {
            return RestResult.InvalidForm(errors);
        }

        if (!MessageRules.HasPayload(body))
        {
            return RestResult.EmptyMessage();
        }

        // The documented (deprecated) quirk: the first follow-up after a deferred reply fills the loading message.
        if (interaction.OriginalMessageId is { } originalId && messages.Find(originalId) is { } loading
            && (loading.Flags & MessageFlags.Loading) != 0)
        {
            messages.Edit(loading, body, MessageKind.WebhookEdit, call.Now, countTowardCap: false);
            await events.MessageUpdatedAsync(loading).ConfigureAwait(false);
            return RestResult.Json(messages.ToJson(loading, directory.Bot.Id));
        }

        var where = directory.FindChannel(interaction.ChannelId)!;
        var message = messages.Create(where, directory.Bot, body, call.Now, m =>
        {
            m.WebhookId = directory.ApplicationId;
            m.ApplicationId = directory.ApplicationId;
        });
        interaction.AddFollowUp(message.Id);
        await events.MessageCreatedAsync(message).ConfigureAwait(false);
        return RestResult.Json(messages.ToJson(message, directory.Bot.Id)) with { CreatedMessageId = message.Id };
    }

    private Task<RestResult> GetAsync(RestCall call) =>
        Task.FromResult(TryFindMessage(call, out var message, out var error)
            ? RestResult.Json(messages.ToJson(message!, directory.Bot.Id))
            : error!);

    private async Task<RestResult> EditAsync(RestCall call)
    {
        if (!TryFindMessage(call, out var message, out var error))
        {
            return error!;
        }

        if (call.Body is not JsonObject body)
        {
            return RestResult.EmptyMessage();
        }

        var errors = MessageRules.Validate(body, MessageKind.WebhookEdit);
        if (!errors.IsEmpty)
        {
            return RestResult.InvalidForm(errors);
        }

        if (messages.Edit(message!, body, MessageKind.WebhookEdit, call.Now, countTowardCap: false) == EditOutcome.WouldBeEmpty)
        {
            return RestResult.EmptyMessage();
        }

        await events.MessageUpdatedAsync(message!).ConfigureAwait(false);
        return RestResult.Json(messages.ToJson(message!, directory.Bot.Id));
    }

    private async Task<RestResult> DeleteAsync(RestCall call)
    {
        if (!TryFindMessage(call, out var message, out var error))
        {
            return error!;
        }

        messages.Delete(message!);
        await events.MessageDeletedAsync(message!).ConfigureAwait(false);
        return RestResult.NoContent;
    }

    private bool TryFindMessage(RestCall call, out MessageRecord? message, out RestResult? error)
    {
        message = null;
        if (!TryResolve(call, out var interaction, out error))
        {
            return false;
        }

        ulong? id = call.Route.Template.EndsWith("@original", StringComparison.Ordinal)
            ? interaction!.OriginalMessageId
            : interaction!.Owns(call.Id("message_id")) ? call.Id("message_id") : null;
        message = id is { } found ? messages.Find(found) : null;
        if (message is null)
        {
            error = RestResult.UnknownMessage();
            return false;
        }

        return true;
    }

    private bool TryResolve(RestCall call, out InteractionRecord? interaction, out RestResult? error)
    {
        error = null;
        interaction = call.Id("webhook_id") == directory.ApplicationId ? interactions.FindByToken(call.Raw("webhook_token")) : null;
        if (interaction is null)
        {
            error = UnknownWebhook();
            return false;
        }

        if (call.Now - interaction.CreatedAt > options.InteractionTokenLifetime)
        {
            error = RestResult.Error(401, DiscordErrorCode.InvalidWebhookToken, "Invalid Webhook Token");
            return false;
        }

        return true;
    }

    private static RestResult UnknownWebhook() => RestResult.Error(404, DiscordErrorCode.UnknownWebhook, "Unknown Webhook");
}
