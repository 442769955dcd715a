using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using RumourBot.Discord.Rest;
using RumourBot.Polls;

namespace RumourBot.Discord;

/// <summary>
/// Reactions on poll messages as votes: an added reaction votes, a removed one takes the vote back. In a
/// single-choice poll a second reaction moves the vote and the bot removes the member's earlier reaction, so what
/// members see matches what is counted. The bot's own reactions (the answer buttons) never count.
/// </summary>
public sealed partial class PollReactions(PollBook polls, DiscordRestClient rest, BotIdentity bot, ILogger<PollReactions> logger)
{
    public async Task OnReactionAddedAsync(JsonElement data, CancellationToken cancellationToken)
    {
        if (Read(data) is not var (poll, userId, emoji, name) || poll is null) return;
        var outcome = polls.AddVote(poll, ulong.Parse(userId, CultureInfo.InvariantCulture), name, emoji);
        foreach (var earlier in outcome.MovedFrom)
        {
            try
            {
                await rest.DeleteUserReactionAsync(poll.ChannelId!.Value.ToString(CultureInfo.InvariantCulture),
                    poll.MessageId!.Value.ToString(CultureInfo.InvariantCulture), earlier, userId, cancellationToken);
            }
            catch (DiscordRestException error)
            {
                LogCannotRemoveReaction(error, poll.Id); // most likely Manage Messages is missing: the vote still moved
            }
        }
    }

    public void OnReactionRemoved(JsonElement data)
    {
        if (Read(data) is not var (poll, userId, emoji, _) || poll is null) return;
        polls.RemoveVote(poll, ulong.Parse(userId, CultureInfo.InvariantCulture), emoji);
    }

    /// <summary>MESSAGE_REACTION_REMOVE_ALL and MESSAGE_REACTION_REMOVE_EMOJI: a moderator cleared reactions.</summary>
    public void OnReactionsCleared(JsonElement data)
    {
        if (PollOf(data, "message_id") is not { } poll) return;
        var emoji = data.TryGetProperty("emoji", out var cleared) ? EmojiKey(cleared) : null;
        polls.RemoveVotes(poll, emoji);
    }

    /// <summary>MESSAGE_DELETE: a deleted poll message cancels its poll.</summary>
    public void OnMessageDeleted(JsonElement data)
    {
        if (PollOf(data, "id") is { } poll) polls.Cancel(poll);
    }

    private Poll? PollOf(JsonElement data, string idProperty) =>
        ulong.TryParse(data.GetProperty(idProperty).GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var messageId)
            ? polls.FindByMessage(messageId)
            : null;

    // A unicode emoji by itself, a custom one as name:id (as the REST paths write it).
    private static string EmojiKey(JsonElement emoji) =>
        emoji.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
            ? $"{emoji.GetProperty("name").GetString()}:{id.GetString()}"
            : emoji.GetProperty("name").GetString() ?? "";

    private (Poll? Poll, string UserId, string Emoji, string Name)? Read(JsonElement data)
    {
        var userId = data.GetProperty("user_id").GetString();
        if (userId is null || userId == bot.UserId) return null;
        if (PollOf(data, "message_id") is not { } poll) return null;
        var key = EmojiKey(data.GetProperty("emoji"));
        var name = data.TryGetProperty("member", out var member) && member.TryGetProperty("user", out var user)
            ? (user.TryGetProperty("global_name", out var global) && global.ValueKind == JsonValueKind.String ? global.GetString() : user.GetProperty("username").GetString()) ?? userId
            : userId;
        return (poll, userId, key, name);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not remove a moved vote's earlier reaction on poll {PollId}")]
    private partial void LogCannotRemoveReaction(Exception error, int pollId);
}
