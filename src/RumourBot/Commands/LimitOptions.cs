namespace RumourBot.Commands;

/// <summary>
/// What one member, or one server, may ask of the bot ("Limits" in configuration): enough for any fan, too little
/// for one member to crowd out everyone else. Past a limit the member gets a polite ephemeral refusal that says when
/// to try again. The local console is one member, with the same limits.
/// </summary>
public sealed class LimitOptions
{
    public const string Section = "Limits";

    /// <summary><c>/rumours submit</c> per member in any minute.</summary>
    public int SubmitsPerMinute { get; set; } = 5;

    /// <summary>Open polls one member may have in a server.</summary>
    public int OpenPollsPerMember { get; set; } = 3;

    /// <summary>Open polls a server may have.</summary>
    public int OpenPollsPerServer { get; set; } = 25;

    /// <summary>Pages and feeds fetched at once by the whole bot; more wait their turn (up to <see cref="FetchQueue"/>).</summary>
    public int ConcurrentFetches { get; set; } = 16;

    /// <summary>Fetches that may wait for a turn; past that a fetch is refused as busy.</summary>
    public int FetchQueue { get; set; } = 200;

    /// <summary>Commands one member may send in <see cref="BurstWindow"/>; more are refused at once, never queued.</summary>
    public int CommandBurst { get; set; } = 10;

    /// <summary>Autocomplete requests (one a keystroke) one member may send in <see cref="BurstWindow"/>.</summary>
    public int AutocompleteBurst { get; set; } = 60;

    public TimeSpan BurstWindow { get; set; } = TimeSpan.FromSeconds(10);

    public bool IsValid =>
        SubmitsPerMinute is >= 1 and <= 1000 && OpenPollsPerMember is >= 1 and <= 1000 && OpenPollsPerServer is >= 1 and <= 10_000
        && ConcurrentFetches is >= 1 and <= 256 && FetchQueue is >= 0 and <= 100_000 && CommandBurst is >= 1 and <= 100_000
        && AutocompleteBurst is >= 1 and <= 10_000 && BurstWindow > TimeSpan.Zero && BurstWindow <= TimeSpan.FromHours(1);
}
