namespace FakeDiscord.Rest;

/// <summary>Failures and delays that tests plan for matching REST requests.</summary>
internal sealed class FaultInjector
{
    private readonly Lock _gate = new();
    private readonly List<PlannedFailure> _failures = [];
    private readonly List<(string Text, RoutePattern Pattern, TimeSpan Delay)> _delays = [];

    public void FailNext(string pattern, int status, int times, TimeSpan retryAfter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(status, 400);
        ArgumentOutOfRangeException.ThrowIfLessThan(times, 1);
        lock (_gate)
        {
            _failures.Add(new PlannedFailure(RoutePattern.Parse(pattern), status, times, retryAfter));
        }
    }

    /// <summary>Delays matching requests from now on; <see cref="TimeSpan.Zero"/> removes the delay.</summary>
    public void Delay(string pattern, TimeSpan delay)
    {
        lock (_gate)
        {
            _delays.RemoveAll(d => d.Text == pattern);
            if (delay > TimeSpan.Zero)
            {
                _delays.Add((pattern, RoutePattern.Parse(pattern), delay));
            }
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _failures.Clear();
            _delays.Clear();
        }
    }

    /// <summary>Takes one planned failure for this request, if any.</summary>
    public (int Status, TimeSpan RetryAfter)? TakeFailure(string method, RestRoute route, IReadOnlyList<string> segments)
    {
        lock (_gate)
        {
            var failure = _failures.FirstOrDefault(f => f.Pattern.Matches(method, route, segments));
            if (failure is null)
            {
                return null;
            }

            if (--failure.Remaining == 0)
            {
                _failures.Remove(failure);
            }

            return (failure.Status, failure.RetryAfter);
        }
    }

    public TimeSpan DelayFor(string method, RestRoute route, IReadOnlyList<string> segments)
    {
        lock (_gate)
        {
            return _delays.Where(d => d.Pattern.Matches(method, route, segments))
                .Select(d => d.Delay)
                .DefaultIfEmpty(TimeSpan.Zero)
                .Max();
        }
    }
}
