using System.Globalization;
using Microsoft.Extensions.Logging;
using RumourBot.Coordination;
using RumourBot.Discord.Models;
using RumourBot.Discord.Rest;
using RumourBot.Polls;

namespace RumourBot.OnDiscord;

/// <summary>
/// Recounts open polls from the reactions on their messages, so votes cast while the bot was away (or in events a
/// new gateway session never replays) are not lost and taken-back reactions stop counting. Runs on every READY:
/// a resumed session has its missed events replayed, a new one does not. Only the polls of the session's servers that
/// this process owns are recounted.
/// </summary>
public sealed partial class PollRecount(PollBook polls, DiscordRestClient rest, BotIdentity bot, ILogger<PollRecount> logger, GuildOwnership? ownership = null)
    : IGatewayEventHandler<ReadyData>
{
    private readonly GuildOwnership _ownership = ownership ?? GuildOwnership.Everything;

    /// <summary>READY: a new session replays nothing that happened before it, so votes cast meanwhile are read from the messages.</summary>
    public ValueTask HandleAsync(ReadyData ready, ShardContext shard, CancellationToken cancellationToken) =>
        new(RecountOpenPollsAsync(guildId => shard.Holds(guildId), cancellationToken));

    private const int UnknownMessage = 10008;

    /// <param name="inShard">Which servers this gateway session serves (the others are recounted by their own shard).</param>
    public async Task RecountOpenPollsAsync(Func<ulong, bool> inShard, CancellationToken cancellationToken)
    {
        var (recounted, added, removed) = (0, 0, 0);
        foreach (var poll in polls.OpenOnDiscord().Where(p => inShard(p.GuildId) && _ownership.Owns(p.GuildId)))
        {
            try
            {
                var result = await RecountAsync(poll, cancellationToken);
                (recounted, added, removed) = (recounted + 1, added + result.Added, removed + result.Removed);
            }
            catch (DiscordRestException error) when (error.Code == UnknownMessage)
            {
                polls.Cancel(poll); // deleted while the bot was away
                LogDeletedWhileAway(poll.Id);
            }
            catch (Exception error) when (!cancellationToken.IsCancellationRequested)
            {
                LogRecountFailed(error, poll.Id); // one poll's trouble must not stop the others; the next READY tries again
            }
        }
        LogRecounted(recounted, added, removed);
    }

    private async Task<RecountResult> RecountAsync(Poll poll, CancellationToken cancellationToken)
    {
        var (channel, message) = (Id(poll.ChannelId!.Value), Id(poll.MessageId!.Value));
        var window = polls.BeginRecount(poll);
        var reactions = new Dictionary<string, IReadOnlyList<PollVoter>>();
        foreach (var option in poll.Options)
        {
            var users = await rest.GetAllReactionsAsync(channel, message, option.Emoji, cancellationToken);
            reactions[option.Emoji] = users
                .Where(u => u.Id != bot.UserId)
                .Select(u => new PollVoter(ulong.Parse(u.Id, CultureInfo.InvariantCulture), u.GlobalName ?? u.Username))
                .ToList();
        }
        var result = polls.Recount(poll, window, reactions);
        foreach (var (voterId, emoji) in result.ExtraReactions)
        {
            try
            {
                await rest.DeleteUserReactionAsync(channel, message, emoji, Id(voterId), cancellationToken);
            }
            catch (RequestWithheldException)
            {
                break; // refused in this channel a moment ago: the count is right, the extra reactions stay
            }
        }
        return result;
    }

    private static string Id(ulong id) => id.ToString(CultureInfo.InvariantCulture);

    [LoggerMessage(Level = LogLevel.Information, Message = "Recounted {Polls} open polls from their reactions: {Added} votes added, {Removed} removed")]
    private partial void LogRecounted(int polls, int added, int removed);

    [LoggerMessage(Level = LogLevel.Information, Message = "Poll {PollId}'s message was deleted while the bot was away: the poll is cancelled")]
    private partial void LogDeletedWhileAway(int pollId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not recount poll {PollId}")]
    private partial void LogRecountFailed(Exception error, int pollId);
}
