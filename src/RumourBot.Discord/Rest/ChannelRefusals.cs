using System.Collections.Concurrent;

namespace RumourBot.Discord.Rest;

/// <summary>
/// Where Discord just said no: after 403 50001 (Missing Access) every optional request in that channel is withheld;
/// after 403 50013 (Missing Permissions) optional requests of the same kind there are. A refusal lasts until a
/// later request there succeeds, the channel or its server changes (permissions may have been granted: the bot
/// calls <see cref="Forget"/>), or <see cref="Lifetime"/> passes. Without this, every moved vote in a channel where
/// the bot lacks Manage Messages would cost a 403.
/// </summary>
public sealed class ChannelRefusals(TimeSpan lifetime, TimeProvider time)
{
    public const int MissingAccess = 50001;
    public const int MissingPermissions = 50013;

    // Per channel: the route templates refused ("*" for the whole channel) and when.
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, DateTimeOffset>> _byChannel = new();

    public TimeSpan Lifetime { get; } = lifetime;

    /// <summary>Channels with a refusal on record.</summary>
    public int Count => _byChannel.Count;

    internal void Note(RestRoute route, int code)
    {
        if (!route.IsChannelRoute || code is not (MissingAccess or MissingPermissions)) return;
        var refused = _byChannel.GetOrAdd(route.MajorParameter, static _ => new());
        refused[code == MissingAccess ? "*" : route.RouteKey] = time.GetUtcNow();
    }

    internal void Succeeded(RestRoute route)
    {
        if (!route.IsChannelRoute || !_byChannel.TryGetValue(route.MajorParameter, out var refused)) return;
        refused.TryRemove("*", out _);
        refused.TryRemove(route.RouteKey, out _);
        if (refused.IsEmpty) _byChannel.TryRemove(route.MajorParameter, out _);
    }

    internal bool Refuses(RestRoute route)
    {
        if (!route.IsChannelRoute || !_byChannel.TryGetValue(route.MajorParameter, out var refused)) return false;
        var now = time.GetUtcNow();
        foreach (var (kind, at) in refused)
        {
            if (now - at >= Lifetime)
            {
                refused.TryRemove(kind, out _);
                continue;
            }
            if (kind == "*" || kind == route.RouteKey) return true;
        }
        if (refused.IsEmpty) _byChannel.TryRemove(route.MajorParameter, out _);
        return false;
    }

    /// <summary>The channel changed (CHANNEL_UPDATE/DELETE): try again there.</summary>
    public void Forget(ulong channelId) => _byChannel.TryRemove(channelId.ToString(System.Globalization.CultureInfo.InvariantCulture), out _);

    /// <summary>A server's roles or settings changed (GUILD_UPDATE, GUILD_ROLE_*): try again everywhere.</summary>
    public void ForgetAll() => _byChannel.Clear();
}
