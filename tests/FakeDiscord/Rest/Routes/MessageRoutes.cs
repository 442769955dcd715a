using System.Globalization;
using System.Text.Json.Nodes;
using FakeDiscord.Messages;
using FakeDiscord.Model;
using FakeDiscord.Support;

namespace FakeDiscord.Rest.Routes;

/// <summary><c>/channels/{channel_id}</c> and its messages: read, create, edit, delete.</summary>
internal sealed class MessageRoutes(GuildDirectory directory, MessageStore messages, ChannelEvents events)
{
    public void Register(RouteTable routes)
    {
        routes.Add("GET", "/channels/{channel_id}", "channel-read", l => l.ReadMessages, GetChannelAsync);
        routes.Add("GET", "/channels/{channel_id}/messages", "messages-read", l => l.ReadMessages, ListAsync);
        routes.Add("POST", "/channels/{channel_id}/messages", "messages-create", l => l.CreateMessage, CreateAsync);
        routes.Add("GET", "/channels/{channel_id}/messages/{message_id}", "messages-read", l => l.ReadMessages, GetAsync);
        routes.Add("PATCH", "/channels/{channel_id}/messages/{message_id}", "messages-edit", l => l.EditMessage, EditAsync);
        routes.Add("DELETE", "/channels/{channel_id}/messages/{message_id}", "messages-delete", l => l.DeleteMessage, DeleteAsync);
    }

    private Task<RestResult> GetChannelAsync(RestCall call) =>
        Task.FromResult(Unusable(call, out var where) ?? RestResult.Json(DiscordObjects.Channel(where.Channel, where.GuildId)));

    // A deleted channel is unknown (404, 10003); one the bot may not view is Missing Access (403, 50001).
    private RestResult? Unusable(RestCall call, out ChannelLocation where)
    {
        var channelId = call.Id("channel_id");
        if (directory.FindChannel(channelId) is not { } found)
        {
            where = null!;
            return RestResult.UnknownChannel();
        }

        where = found;
        return directory.BotMay(channelId, ChannelPermissions.ViewChannel) ? null : RestResult.MissingAccess();
    }

    private Task<RestResult> ListAsync(RestCall call)
    {
        if (Unusable(call, out _) is { } unusable)
        {
            return Task.FromResult(unusable);
        }

        if (!Paging.TryReadLimit(call, 1, 100, 50, out var limit, out var error))
        {
            return Task.FromResult(error!);
        }

        if ((Paging.Invalid(call, "before") ?? Paging.Invalid(call, "after") ?? Paging.Invalid(call, "around")) is { } badCursor)
        {
            return Task.FromResult(badCursor);
        }

        IEnumerable<MessageRecord> found = messages.InChannel(call.Id("channel_id")).Where(m => !m.IsEphemeral);
        if (Paging.Snowflake(call, "before") is { } before)
        {
            found = found.Where(m => m.Id < before);
        }
        else if (Paging.Snowflake(call, "after") is { } after)
        {
            found = found.Where(m => m.Id > after).Reverse().Take(limit).Reverse();
        }
        else if (Paging.Snowflake(call, "around") is { } around)
        {
            var all = found.ToList();
            var newer = all.Where(m => m.Id >= around).TakeLast((limit + 1) / 2);
            found = newer.Concat(all.Where(m => m.Id < around).Take(limit / 2)).ToList();
        }

        var page = new JsonArray(found.Take(limit).Select(m => (JsonNode)messages.ToJson(m, directory.Bot.Id)).ToArray());
        return Task.FromResult(RestResult.Json(page));
    }

    private async Task<RestResult> CreateAsync(RestCall call)
    {
        if (Unusable(call, out var where) is { } unusable)
        {
            return unusable;
        }

        if (!directory.BotMay(where.Channel.Id, ChannelPermissions.SendMessages))
        {
            return RestResult.MissingPermissions();
        }

        if (!where.Channel.IsTextBased)
        {
            return RestResult.Error(400, DiscordErrorCode.NonTextChannel, "Cannot send messages in a non-text channel");
        }

        if (call.Body is not JsonObject body)
        {
            return call.Body is null ? RestResult.EmptyMessage() : NotAnObject();
        }

        var errors = MessageRules.Validate(body, MessageKind.Create);
        if (body["message_reference"] is JsonObject reference
            && JsonRead.TryGetSnowflake(reference["message_id"], out var referenced)
            && messages.Find(where.Channel.Id, referenced) is null
            && reference["fail_if_not_exists"]?.GetValueKind() != System.Text.Json.JsonValueKind.False)
        {
            errors.Add("message_reference", "MESSAGE_REFERENCE_UNKNOWN_MESSAGE", "Unknown message");
        }

        if (!errors.IsEmpty)
        {
            return RestResult.InvalidForm(errors);
        }

        if (!MessageRules.HasPayload(body))
        {
            return RestResult.EmptyMessage();
        }

        if (messages.FindByNonce(directory.Bot.Id, body, call.Now) is { } earlier)
        {
            return RestResult.Json(messages.ToJson(earlier, directory.Bot.Id));
        }

        var message = messages.Create(where, directory.Bot, body, call.Now);
        await events.MessageCreatedAsync(message).ConfigureAwait(false);
        return RestResult.Json(messages.ToJson(message, directory.Bot.Id)) with { CreatedMessageId = message.Id };
    }

    private Task<RestResult> GetAsync(RestCall call)
    {
        if (Unusable(call, out _) is { } unusable)
        {
            return Task.FromResult(unusable);
        }

        return Task.FromResult(messages.Find(call.Id("channel_id"), call.Id("message_id")) is { IsEphemeral: false } message
            ? RestResult.Json(messages.ToJson(message, directory.Bot.Id))
            : RestResult.UnknownMessage());
    }

    private async Task<RestResult> EditAsync(RestCall call)
    {
        if (Unusable(call, out _) is { } unusable)
        {
            return unusable;
        }

        if (messages.Find(call.Id("channel_id"), call.Id("message_id")) is not { IsEphemeral: false } message)
        {
            return RestResult.UnknownMessage();
        }

        if (call.Body is not JsonObject body)
        {
            return call.Body is null ? RestResult.EmptyMessage() : NotAnObject();
        }

        var errors = MessageRules.Validate(body, MessageKind.Edit);
        if (!errors.IsEmpty)
        {
            return RestResult.InvalidForm(errors);
        }

        if (message.Author.Id != directory.Bot.Id && (body.ContainsKey("content") || body.ContainsKey("embeds") || body.ContainsKey("components")))
        {
            return RestResult.Error(403, DiscordErrorCode.CannotEditOthersMessage, "Cannot edit a message authored by another user");
        }

        switch (messages.Edit(message, body, MessageKind.Edit, call.Now, countTowardCap: true))
        {
            case EditOutcome.TooManyOldEdits:
                return RestResult.Error(
                    400, DiscordErrorCode.MaximumOldMessageEdits, "Maximum number of edits to messages older than 1 hour reached. Try again later");
            case EditOutcome.WouldBeEmpty:
                return RestResult.EmptyMessage();
            default:
                await events.MessageUpdatedAsync(message).ConfigureAwait(false);
                return RestResult.Json(messages.ToJson(message, directory.Bot.Id));
        }
    }

    private async Task<RestResult> DeleteAsync(RestCall call)
    {
        if (Unusable(call, out _) is { } unusable)
        {
            return unusable;
        }

        if (messages.Find(call.Id("channel_id"), call.Id("message_id")) is not { IsEphemeral: false } message || !messages.Delete(message))
        {
            return RestResult.UnknownMessage();
        }

        await events.MessageDeletedAsync(message).ConfigureAwait(false);
        return RestResult.NoContent;
    }

    private static RestResult NotAnObject() =>
        RestResult.InvalidForm(string.Empty, "DICT_TYPE_CONVERT", "Only dictionaries may be used in a DictType");
}
