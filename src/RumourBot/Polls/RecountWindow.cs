namespace RumourBot.Polls;

/// <summary>
/// One recount of one poll, from the moment it starts reading the message's reactions: the members whose votes
/// changed live since then. Their live events are newer than what the recount read, so it leaves them alone.
/// Used under PollBook's lock only.
/// </summary>
public sealed class RecountWindow
{
    private readonly HashSet<ulong> _changedLive = [];

    internal void NoteLiveChange(ulong voterId) => _changedLive.Add(voterId);

    internal bool ChangedLive(ulong voterId) => _changedLive.Contains(voterId);
}
