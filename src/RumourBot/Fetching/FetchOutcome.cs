namespace RumourBot.Fetching;

/// <summary>How a fetch ended.</summary>
public enum FetchOutcome
{
    /// <summary>The body was read whole, within the limits.</summary>
    Fetched,

    /// <summary>The server answered 304: nothing changed since the ETag or date we sent.</summary>
    NotModified,

    /// <summary>Refused before connecting: not http(s), or an address that is not on the public internet.</summary>
    Blocked,

    TooManyRedirects,

    /// <summary>The body is bigger than <see cref="SafeHttpFetcher.MaxBodyBytes"/>; reading stopped at the cap.</summary>
    TooLarge,

    /// <summary>The whole fetch, redirects and body included, took longer than <see cref="SafeHttpFetcher.TimeLimit"/>.</summary>
    TimedOut,

    /// <summary>The server answered with an error status (4xx, 5xx).</summary>
    HttpError,

    /// <summary>The host could not be found or reached, or the connection broke.</summary>
    NetworkError,

    /// <summary>The bot was already fetching as many pages as it may, with a full queue waiting: nothing was sent.</summary>
    Busy,
}
