using System.Text.Json.Nodes;
using FakeDiscord.Messages;
using FakeDiscord.Model;

namespace FakeDiscord.Rest.Routes;

/// <summary>Reactions on a message: add and remove own, remove others', clear, and list who reacted.</summary>
internal sealed class ReactionRoutes(FakeDiscordOptions options, GuildDirectory directory, MessageStore messages, ChannelEvents events)
{
    private const string Base = "/channels/{channel_id}/messages/{message_id}/reactions";

    public void Register(RouteTable routes)
    {
        routes.Add("PUT", Base + "/{emoji}/@me", "reactions-modify", l => l.ModifyReactions, AddOwnAsync);
        routes.Add("DELETE", Base + "/{emoji}/@me", "reactions-modify", l => l.ModifyReactions, c => RemoveAsync(c, directory.Bot.Id));
        routes.Add("DELETE", Base + "/{emoji}/{user_id}", "reactions-modify", l => l.ModifyReactions, c => RemoveAsync(c, c.Id("user_id")));
        routes.Add("DELETE", Base + "/{emoji}", "reactions-modify", l => l.ModifyReactions, ClearEmojiAsync);
        routes.Add("DELETE", Base, "reactions-modify", l => l.ModifyReactions, ClearAllAsync);
        routes.Add("GET", Base + "/{emoji}", "reactions-list", l => l.ListReactions, ListAsync);
    }

    private async Task<RestResult> AddOwnAsync(RestCall call)
    {
        if (!TryFind(call, out var message, out var emoji, out var error))
        {
            return error!;
        }

        var change = messages.AddReaction(message!, emoji!, directory.Bot.Id);
        if (change == ReactionChange.TooManyEmojis)
        {
            return RestResult.Error(400, DiscordErrorCode.MaximumReactions, $"Maximum number of reactions reached ({options.MaxReactionEmojis})");
        }

        if (change == ReactionChange.Changed)
        {
            await events.ReactionAddedAsync(message!, emoji!, directory.Bot.Id).ConfigureAwait(false);
        }

        return RestResult.NoContent;
    }

    private async Task<RestResult> RemoveAsync(RestCall call, ulong userId)
    {
        if (!TryFind(call, out var message, out var emoji, out var error))
        {
            return error!;
        }

        if (messages.RemoveReaction(message!, emoji!, userId) == ReactionChange.Changed)
        {
            await events.ReactionRemovedAsync(message!, emoji!, userId).ConfigureAwait(false);
        }

        return RestResult.NoContent;
    }

    private async Task<RestResult> ClearEmojiAsync(RestCall call)
    {
        if (!TryFind(call, out var message, out var emoji, out var error))
        {
            return error!;
        }

        if (messages.ClearEmoji(message!, emoji!))
        {
            await events.ReactionEmojiClearedAsync(message!, emoji!).ConfigureAwait(false);
        }

        return RestResult.NoContent;
    }

    private async Task<RestResult> ClearAllAsync(RestCall call)
    {
        if (!TryFindMessage(call, out var message, out var error))
        {
            return error!;
        }

        if (messages.ClearAll(message!))
        {
            await events.ReactionsClearedAsync(message!).ConfigureAwait(false);
        }

        return RestResult.NoContent;
    }

    private Task<RestResult> ListAsync(RestCall call)
    {
        if (!TryFind(call, out var message, out var emoji, out var error))
        {
            return Task.FromResult(error!);
        }

        if (Paging.Invalid(call, "after") is { } badAfter)
        {
            return Task.FromResult(badAfter);
        }

        if (!Paging.TryReadLimit(call, 1, 100, 25, out var limit, out var badLimit))
        {
            return Task.FromResult(badLimit!);
        }

        // type=1 lists super-reactors; the fake has no burst reactions.
        var burst = call.Query["type"].ToString() == "1";
        var users = burst ? [] : messages.Reactors(message!, emoji!, Paging.Snowflake(call, "after") ?? 0, limit);
        var page = new JsonArray(users.Select(id => (JsonNode)DiscordObjects.User(directory.GetUser(id))).ToArray());
        return Task.FromResult(RestResult.Json(page));
    }

    private bool TryFind(RestCall call, out MessageRecord? message, out ReactionEmoji? emoji, out RestResult? error)
    {
        emoji = null;
        if (!TryFindMessage(call, out message, out error))
        {
            return false;
        }

        emoji = ReactionEmoji.FromPathSegment(call.Raw("emoji"), directory);
        if (emoji is null)
        {
            error = RestResult.UnknownEmoji();
            return false;
        }

        return true;
    }

    private bool TryFindMessage(RestCall call, out MessageRecord? message, out RestResult? error)
    {
        message = null;
        error = null;
        if (directory.FindChannel(call.Id("channel_id")) is null)
        {
            error = RestResult.UnknownChannel();
            return false;
        }

        message = messages.Find(call.Id("channel_id"), call.Id("message_id"));
        if (message is null || message.IsEphemeral)
        {
            error = RestResult.UnknownMessage();
            return false;
        }

        return true;
    }
}
