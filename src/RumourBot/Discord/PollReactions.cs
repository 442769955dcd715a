using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using RumourBot.Discord.Rest;
using RumourBot.Polls;

namespace RumourBot.Discord;

/// <summary>
/// Reactions on poll messages as votes: an added reaction votes, a removed one takes the vote back. In a
/// single-choice poll a second reaction moves the vote and the bot removes the member's earlier reaction, so what
/// members see matches what is counted. The bot's own reactions (the answer buttons) never count. Votes are handed
/// to the <see cref="VoteQueue"/>, so the gateway never waits for the disk.
/// </summary>
public sealed partial class PollReactions : IDisposable
{
    private readonly PollBook _polls;
    private readonly VoteQueue _votes;
    private readonly DiscordRestClient _rest;
    private readonly BotIdentity _bot;
    private readonly ILogger<PollReactions> _logger;
    private readonly CancellationTokenSource _stopping = new();

    public PollReactions(PollBook polls, VoteQueue votes, DiscordRestClient rest, BotIdentity bot, ILogger<PollReactions> logger)
    {
        _polls = polls;
        _votes = votes;
        _rest = rest;
        _bot = bot;
        _logger = logger;
        votes.Moved += OnMoved;
    }

    public void OnReactionAdded(JsonElement data)
    {
        if (Read(data) is var (poll, userId, emoji, name)) _votes.Enqueue(new VoteChange(poll, userId, name, emoji, VoteChangeKind.Add));
    }

    public void OnReactionRemoved(JsonElement data)
    {
        if (Read(data) is var (poll, userId, emoji, name)) _votes.Enqueue(new VoteChange(poll, userId, name, emoji, VoteChangeKind.Remove));
    }

    /// <summary>MESSAGE_REACTION_REMOVE_ALL and MESSAGE_REACTION_REMOVE_EMOJI: a moderator cleared reactions.</summary>
    public void OnReactionsCleared(JsonElement data)
    {
        if (PollOf(data, "message_id") is not { } poll) return;
        var emoji = data.TryGetProperty("emoji", out var cleared) ? EmojiKey(cleared) : null;
        _votes.EnqueueInOrder(() => _polls.RemoveVotes(poll, emoji));
    }

    /// <summary>MESSAGE_DELETE: a deleted poll message cancels its poll.</summary>
    public void OnMessageDeleted(JsonElement data)
    {
        if (PollOf(data, "id") is { } poll) _votes.EnqueueInOrder(() => _polls.Cancel(poll));
    }

    private void OnMoved(VoteChange change, string earlier) => _ = RemoveEarlierReactionAsync(change, earlier, _stopping.Token);

    private async Task RemoveEarlierReactionAsync(VoteChange change, string earlier, CancellationToken cancellationToken)
    {
        var poll = change.Poll;
        try
        {
            await _rest.DeleteUserReactionAsync(Id(poll.ChannelId!.Value), Id(poll.MessageId!.Value), earlier, Id(change.VoterId), cancellationToken);
        }
        catch (DiscordRestException error)
        {
            LogCannotRemoveReaction(error, poll.Id); // most likely Manage Messages is missing: the vote still moved
        }
        catch (HttpRequestException error)
        {
            LogCannotRemoveReaction(error, poll.Id);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    private Poll? PollOf(JsonElement data, string idProperty) =>
        ulong.TryParse(data.GetProperty(idProperty).GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var messageId)
            ? _polls.FindByMessage(messageId)
            : null;

    // A unicode emoji by itself, a custom one as name:id (as the REST paths write it).
    private static string EmojiKey(JsonElement emoji) =>
        emoji.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
            ? $"{emoji.GetProperty("name").GetString()}:{id.GetString()}"
            : emoji.GetProperty("name").GetString() ?? "";

    private (Poll Poll, ulong UserId, string Emoji, string Name)? Read(JsonElement data)
    {
        // A super reaction (burst) is not a vote: the recount reads normal reactions only, and so do votes.
        if (data.TryGetProperty("burst", out var burst) && burst.ValueKind == JsonValueKind.True) return null;
        var userId = data.GetProperty("user_id").GetString();
        if (userId is null || userId == _bot.UserId) return null;
        if (!ulong.TryParse(userId, NumberStyles.None, CultureInfo.InvariantCulture, out var voterId)) return null;
        if (PollOf(data, "message_id") is not { } poll) return null;
        var key = EmojiKey(data.GetProperty("emoji"));
        var name = data.TryGetProperty("member", out var member) && member.TryGetProperty("user", out var user)
            ? (user.TryGetProperty("global_name", out var global) && global.ValueKind == JsonValueKind.String ? global.GetString() : user.GetProperty("username").GetString()) ?? userId
            : userId;
        return (poll, voterId, key, name);
    }

    private static string Id(ulong id) => id.ToString(CultureInfo.InvariantCulture);

    public void Dispose()
    {
        _votes.Moved -= OnMoved;
        _stopping.Cancel();
        _stopping.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not remove a moved vote's earlier reaction on poll {PollId}")]
    private partial void LogCannotRemoveReaction(Exception error, int pollId);
}
