using System.Globalization;
using Microsoft.Extensions.Logging;
using RumourBot.Discord.Gateway.Events;
using RumourBot.Discord.Rest;
using RumourBot.Polls;

namespace RumourBot.OnDiscord;

/// <summary>
/// Reactions on poll messages as votes: an added reaction votes, a removed one takes the vote back. In a
/// single-choice poll a second reaction moves the vote and the bot removes the member's earlier reaction, so what
/// members see matches what is counted. The bot's own reactions (the answer buttons) never count. Votes are handed
/// to the <see cref="VoteQueue"/>, so the gateway never waits for the disk. A deleted poll message, or its deleted
/// channel, ends the poll.
/// </summary>
public sealed partial class PollReactions : IDisposable, IGatewayEventHandler<ReactionAdded>, IGatewayEventHandler<ReactionRemoved>,
    IGatewayEventHandler<ReactionsCleared>, IGatewayEventHandler<MessagesDeleted>, IGatewayEventHandler<ChannelChanged>
{
    private readonly PollBook _polls;
    private readonly VoteQueue _votes;
    private readonly DiscordRestClient _rest;
    private readonly BotIdentity _bot;
    private readonly ILogger<PollReactions> _logger;
    private readonly CancellationTokenSource _stopping = new();
    private readonly TrackedTasks _removals;

    public PollReactions(PollBook polls, VoteQueue votes, DiscordRestClient rest, BotIdentity bot, ILogger<PollReactions> logger)
    {
        _polls = polls;
        _votes = votes;
        _rest = rest;
        _bot = bot;
        _logger = logger;
        _removals = new TrackedTasks(logger);
        votes.Moved += OnMoved;
    }

    public void OnReactionAdded(ReactionAdded reaction)
    {
        // A super reaction (burst) is not a vote: the recount reads normal reactions only, and so do votes.
        if (reaction.Burst || reaction.UserId == _bot.Id || _polls.FindByMessage(reaction.MessageId) is not { } poll) return;
        _votes.Enqueue(new VoteChange(poll, reaction.UserId, reaction.MemberName ?? reaction.UserId.ToString(), reaction.Emoji.Key, VoteChangeKind.Add));
    }

    public void OnReactionRemoved(ReactionRemoved reaction)
    {
        if (reaction.Burst || reaction.UserId == _bot.Id || _polls.FindByMessage(reaction.MessageId) is not { } poll) return;
        var voter = reaction.UserId.ToString();
        _votes.Enqueue(new VoteChange(poll, reaction.UserId, voter, reaction.Emoji.Key, VoteChangeKind.Remove));
    }

    /// <summary>MESSAGE_REACTION_REMOVE_ALL and MESSAGE_REACTION_REMOVE_EMOJI: a moderator cleared reactions.</summary>
    public void OnReactionsCleared(ReactionsCleared cleared)
    {
        if (_polls.FindByMessage(cleared.MessageId) is not { } poll) return;
        var emoji = cleared.Emoji?.Key;
        _votes.EnqueueInOrder(() => _polls.RemoveVotes(poll, emoji));
    }

    /// <summary>MESSAGE_DELETE and MESSAGE_DELETE_BULK: a deleted poll message cancels its poll.</summary>
    public void OnMessagesDeleted(MessagesDeleted deleted)
    {
        foreach (var messageId in deleted.MessageIds)
        {
            if (_polls.FindByMessage(messageId) is { } poll) _votes.EnqueueInOrder(() => _polls.Cancel(poll));
        }
    }

    /// <summary>A deleted channel takes its messages with it: its open polls end as a deleted poll message ends one.</summary>
    public void OnChannelDeleted(ChannelChanged channel)
    {
        if (!channel.Deleted || channel.GuildId is not { } guildId) return;
        foreach (var poll in _polls.OpenInGuild(guildId).Where(p => p.ChannelId == channel.Id.Value))
        {
            _votes.EnqueueInOrder(() => _polls.Cancel(poll));
        }
    }

    // On the receive loop, so votes are queued in gateway order (no closure: this is the path of every vote).
    ValueTask IGatewayEventHandler<ReactionAdded>.HandleAsync(ReactionAdded reaction, ShardContext shard, CancellationToken cancellationToken)
    {
        OnReactionAdded(reaction);
        return ValueTask.CompletedTask;
    }

    ValueTask IGatewayEventHandler<ReactionRemoved>.HandleAsync(ReactionRemoved reaction, ShardContext shard, CancellationToken cancellationToken)
    {
        OnReactionRemoved(reaction);
        return ValueTask.CompletedTask;
    }

    ValueTask IGatewayEventHandler<ReactionsCleared>.HandleAsync(ReactionsCleared cleared, ShardContext shard, CancellationToken cancellationToken)
    {
        OnReactionsCleared(cleared);
        return ValueTask.CompletedTask;
    }

    ValueTask IGatewayEventHandler<MessagesDeleted>.HandleAsync(MessagesDeleted deleted, ShardContext shard, CancellationToken cancellationToken)
    {
        OnMessagesDeleted(deleted);
        return ValueTask.CompletedTask;
    }

    ValueTask IGatewayEventHandler<ChannelChanged>.HandleAsync(ChannelChanged channel, ShardContext shard, CancellationToken cancellationToken)
    {
        OnChannelDeleted(channel);
        return ValueTask.CompletedTask;
    }

    // A vote with no message behind it (the local console's) has no reaction to take off.
    private void OnMoved(VoteChange change, string earlier)
    {
        if (change.Poll is { ChannelId: { } channel, MessageId: { } message })
        {
            _removals.Track(RemoveEarlierReactionAsync(change, channel, message, earlier, _stopping.Token), change.Poll.Id, "Removing a moved vote's earlier reaction");
        }
    }

    private async Task RemoveEarlierReactionAsync(VoteChange change, ulong channel, ulong message, string earlier, CancellationToken cancellationToken)
    {
        var poll = change.Poll;
        try
        {
            await _rest.DeleteUserReactionAsync(Id(channel), Id(message), earlier, Id(change.VoterId), cancellationToken);
        }
        catch (RequestWithheldException)
        {
            LogRemovalWithheld(poll.Id); // refused in that channel a moment ago (no Manage Messages): the vote moved all the same
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

    private static string Id(ulong id) => id.ToString(CultureInfo.InvariantCulture);

    public void Dispose()
    {
        _votes.Moved -= OnMoved;
        _stopping.Cancel();
        _stopping.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Not removing a moved vote's earlier reaction on poll {PollId}: Discord refused that in its channel a moment ago")]
    private partial void LogRemovalWithheld(int pollId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not remove a moved vote's earlier reaction on poll {PollId}")]
    private partial void LogCannotRemoveReaction(Exception error, int pollId);
}
