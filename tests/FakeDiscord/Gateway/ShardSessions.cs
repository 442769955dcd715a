namespace FakeDiscord.Gateway;

/// <summary>
/// Every session the fake handed out, by id, and the latest of each shard ([shard_id, num_shards]; unsharded counts
/// as [0, 1]) with when it last became live: which session an event for a guild goes to.
/// </summary>
internal sealed class ShardSessions
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, GatewaySession> _sessions = [];
    private readonly Dictionary<(int Id, int Count), (GatewaySession Session, long Stamp)> _latestByShard = [];
    private long _stamp;
    private GatewaySession? _current;

    /// <summary>The session of the latest successful Identify or Resume, if any.</summary>
    public GatewaySession? Current
    {
        get
        {
            lock (_gate)
            {
                return _current;
            }
        }
    }

    /// <summary>The shard a guild belongs to among <paramref name="shardCount"/> shards (gateway.mdx, "Sharding").</summary>
    public static int ShardOf(ulong guildId, int shardCount) => (int)((guildId >> 22) % (ulong)shardCount);

    /// <summary>A new session (Identify): known by its id and the latest of its shard.</summary>
    public void Add(GatewaySession session)
    {
        lock (_gate)
        {
            _sessions[session.SessionId] = session;
            MakeLatestLocked(session);
        }
    }

    /// <summary>A resumed session becomes the latest of its shard again.</summary>
    public void MakeLatest(GatewaySession session)
    {
        lock (_gate)
        {
            MakeLatestLocked(session);
        }
    }

    public GatewaySession? Find(string sessionId)
    {
        lock (_gate)
        {
            return _sessions.GetValueOrDefault(sessionId);
        }
    }

    /// <summary>A session known to exist (one a lifecycle event named).</summary>
    public GatewaySession Get(string sessionId)
    {
        lock (_gate)
        {
            return _sessions[sessionId];
        }
    }

    /// <summary>The live session whose shard holds the guild (DMs and guild-less events: shard 0), newest first.</summary>
    public GatewaySession? SessionFor(ulong? guildId)
    {
        lock (_gate)
        {
            GatewaySession? best = null;
            long bestStamp = -1;
            foreach (var ((id, count), (session, stamp)) in _latestByShard)
            {
                var shard = guildId is { } guild ? ShardOf(guild, count) : 0;
                if (shard == id && !session.IsInvalidated && stamp > bestStamp)
                {
                    (best, bestStamp) = (session, stamp);
                }
            }

            return best;
        }
    }

    public bool HasLiveSession()
    {
        lock (_gate)
        {
            return _latestByShard.Values.Any(v => !v.Session.IsInvalidated);
        }
    }

    private void MakeLatestLocked(GatewaySession session)
    {
        var key = session.Shard is { } shard ? (shard[0], shard[1]) : (0, 1);
        _latestByShard[key] = (session, ++_stamp);
        _current = session;
    }
}
