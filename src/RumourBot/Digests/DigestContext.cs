using RumourBot.Following;
using RumourBot.Rumours;

namespace RumourBot.Digests;

/// <summary>
/// What sections of one digest share: the window, the time it is composed at, and the rumour news of the window, read
/// once however many sections use it.
/// </summary>
public sealed class DigestContext(DigestWindow window, DateTimeOffset now, IRumourStore store, IFollowStore follows, DigestOptions options)
{
    private IReadOnlyList<RumourNews>? _rumours;

    public DigestWindow Window { get; } = window;
    public DateTimeOffset Now { get; } = now;
    public DigestOptions Options { get; } = options;

    /// <summary>The clubs the server follows (empty: every club); the rumour news keeps to moves involving them.</summary>
    public IReadOnlySet<string> FollowedClubs { get; } = follows.InGuild(window.GuildId)
        .Select(f => f.Club).ToHashSet(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<RumourNews> Rumours => _rumours ??= RumourActivity.Within(store, Window, Options.NewsMaxAge)
        .Where(n => FollowedClubs.Count == 0 || ClubFollows.Involves(FollowedClubs, n.FromClub, n.ToClub))
        .ToList();
}
