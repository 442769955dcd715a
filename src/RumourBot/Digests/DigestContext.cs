using RumourBot.Storage;

namespace RumourBot.Digests;

/// <summary>
/// What sections of one digest share: the window, the time it is composed at, and the rumour news of the window, read
/// once however many sections use it.
/// </summary>
public sealed class DigestContext(DigestWindow window, DateTimeOffset now, RumourDatabase database, DigestOptions options)
{
    private IReadOnlyList<RumourNews>? _rumours;

    public DigestWindow Window { get; } = window;
    public DateTimeOffset Now { get; } = now;
    public DigestOptions Options { get; } = options;

    public IReadOnlyList<RumourNews> Rumours => _rumours ??= RumourActivity.Within(database, Window, Options.NewsMaxAge);
}
