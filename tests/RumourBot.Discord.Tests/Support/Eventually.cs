using System.Runtime.CompilerServices;

namespace RumourBot.Discord.Tests.Support;

/// <summary>Waits for something the bot does on its own time (over real sockets) to become true.</summary>
public static class Eventually
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    /// <summary>Waits until <paramref name="condition"/> holds; on time-out names the condition it waited for.</summary>
    public static async Task TrueAsync(Func<bool> condition, [CallerArgumentExpression(nameof(condition))] string expected = "")
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"waited {Patience.TotalSeconds:0} s for {expected}");
            await Task.Delay(20);
        }
    }

    /// <summary>
    /// Waits until what <paramref name="observe"/> returns satisfies <paramref name="condition"/>, and returns it; on
    /// time-out says what it waited for and what it saw last, so a failure reads as a diagnosis.
    /// </summary>
    public static async Task<T> TrueAsync<T>(Func<T> observe, Func<T, bool> condition,
        [CallerArgumentExpression(nameof(condition))] string expected = "")
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var seen = observe();
            if (condition(seen)) return seen;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"waited {Patience.TotalSeconds:0} s for {expected}; last saw {seen}");
            await Task.Delay(20);
        }
    }
}
