namespace FakeDiscord.Support;

/// <summary>An append-only list that can be read as snapshots and awaited for an item matching a condition.</summary>
internal sealed class WatchableList<T>
{
    private readonly Lock _gate = new();
    private readonly List<T> _items = [];
    private readonly List<Waiter> _waiters = [];

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _items.Count;
            }
        }
    }

    public IReadOnlyList<T> Snapshot()
    {
        lock (_gate)
        {
            return _items.ToArray();
        }
    }

    public void Add(T item)
    {
        List<(Waiter Waiter, int Index)> matched = [];
        lock (_gate)
        {
            _items.Add(item);
            var index = _items.Count - 1;
            foreach (var waiter in _waiters)
            {
                if (index >= waiter.FromIndex && waiter.Predicate(item))
                {
                    matched.Add((waiter, index));
                }
            }

            foreach (var (waiter, _) in matched)
            {
                _waiters.Remove(waiter);
            }
        }

        foreach (var (waiter, index) in matched)
        {
            waiter.Completion.TrySetResult((item, index));
        }
    }

    /// <summary>Waits for the first item at or after <paramref name="fromIndex"/> that matches.</summary>
    /// <exception cref="TimeoutException">No such item arrived in time.</exception>
    public async Task<(T Item, int Index)> WaitAsync(
        Func<T, bool> predicate, int fromIndex, TimeSpan timeout, CancellationToken cancellationToken)
    {
        Waiter waiter;
        lock (_gate)
        {
            for (var i = Math.Max(0, fromIndex); i < _items.Count; i++)
            {
                if (predicate(_items[i]))
                {
                    return (_items[i], i);
                }
            }

            waiter = new Waiter(predicate, fromIndex);
            _waiters.Add(waiter);
        }

        try
        {
            // Wall-clock on purpose: this bounds how long a test waits, not protocol time.
            return await waiter.Completion.Task.WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            lock (_gate)
            {
                _waiters.Remove(waiter);
            }
        }
    }

    private sealed class Waiter(Func<T, bool> predicate, int fromIndex)
    {
        public Func<T, bool> Predicate { get; } = predicate;

        public int FromIndex { get; } = fromIndex;

        public TaskCompletionSource<(T, int)> Completion { get; } =
            new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
