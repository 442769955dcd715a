using RumourBot.Commands;
using RumourBot.Replies;

namespace RumourBot.Following;

/// <summary>
/// <c>/follow club:</c>, <c>/unfollow club:</c> (Manage Server) and <c>/following</c>: the clubs a server cares about.
/// With clubs followed, <c>/rumours latest</c> and the digests keep to rumours involving them.
/// </summary>
public sealed class FollowCommands(ClubFollows follows, ClubSuggestions suggestions) : ICommandModule
{
    public IEnumerable<CommandDefinition> Commands =>
    [
        new("follow", null, "Follow a club: rumours and digests here then keep to the clubs you follow",
            [new CommandOption("club", "The club (name or nickname)", Required: true, MaxLength: 100) { Suggest = suggestions.Suggest }],
            FollowAsync) { RequiredPermissions = Permissions.ManageGuild },
        new("unfollow", null, "Stop following a club",
            [new CommandOption("club", "The club (name or nickname)", Required: true, MaxLength: 100) { Suggest = suggestions.Suggest }],
            UnfollowAsync) { RequiredPermissions = Permissions.ManageGuild },
        new("following", null, "The clubs this server follows", [], ListAsync),
    ];

    private ValueTask<Reply> FollowAsync(CommandInvocation invocation, CancellationToken cancellationToken)
    {
        var typed = invocation.GetString("club")!;
        if (follows.Resolve(typed) is not { } club) return Answer(Unknown(typed));
        if (follows.Of(invocation.GuildId).Count >= ClubFollows.MaxPerServer)
        {
            return Answer(Reply.Error($"This server already follows {ClubFollows.MaxPerServer} clubs, the most it can. /unfollow one first."));
        }
        if (!follows.Follow(invocation.GuildId, club, invocation.UserId, invocation.UserName))
        {
            return Answer(new Reply($"Already following {club.Name}", Followed(invocation.GuildId), Ephemeral: true));
        }
        return Answer(new Reply($"Following {club.Name}",
            $"/rumours latest and the digests now keep to rumours involving {Followed(invocation.GuildId)}; /rumours latest all:true shows everything.",
            Tone: ReplyTone.Success));
    }

    private ValueTask<Reply> UnfollowAsync(CommandInvocation invocation, CancellationToken cancellationToken)
    {
        var typed = invocation.GetString("club")!;
        if (follows.Resolve(typed) is not { } club) return Answer(Unknown(typed));
        if (!follows.Unfollow(invocation.GuildId, club))
        {
            return Answer(Reply.Error($"This server does not follow {club.Name}. /following lists the clubs it does."));
        }
        var left = follows.Of(invocation.GuildId);
        return Answer(new Reply($"No longer following {club.Name}",
            left.Count == 0 ? "This server follows no clubs now: rumours and digests show everything again." : $"Still following {Followed(invocation.GuildId)}.",
            Tone: ReplyTone.Success));
    }

    private ValueTask<Reply> ListAsync(CommandInvocation invocation, CancellationToken cancellationToken)
    {
        var list = follows.List(invocation.GuildId);
        if (list.Count == 0)
        {
            return Answer(new Reply("Clubs followed here", "None: rumours and digests show every club. A moderator can /follow club:<club>.", Ephemeral: true));
        }
        return Answer(new Reply("Clubs followed here",
            string.Join('\n', list.Select(f => $"{f.Club} · since {Rumours.RumourText.Date(f.FollowedAt)}, by {f.FollowedByName}")),
            Footer: "/rumours latest and the digests keep to rumours involving these clubs (as buyer or seller); /rumours latest all:true shows everything."));
    }

    private string Followed(ulong guildId) => string.Join(", ", follows.List(guildId).Select(f => f.Club));

    private static Reply Unknown(string typed) =>
        Reply.Error($"'{typed}' is not a club on our list. Pick one from the suggestions, or try its full name or nickname (\"the Gunners\").");

    private static ValueTask<Reply> Answer(Reply reply) => ValueTask.FromResult(reply);
}
