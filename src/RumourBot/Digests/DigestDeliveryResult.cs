namespace RumourBot.Digests;

/// <summary>The outcome of posting a digest.</summary>
public enum DigestDeliveryResult
{
    Posted,

    /// <summary>The channel is gone or the bot may no longer post there: trying again will not help, so the schedule is turned off.</summary>
    ChannelUnusable,

    /// <summary>Something that may pass (Discord down, the network): the next slot tries again.</summary>
    Failed,

    /// <summary>A quiet scheduled digest of a schedule set with quiet:skip: nothing was posted, nothing is lost.</summary>
    Skipped,

    /// <summary>The schedule was turned off or replaced while this digest waited its turn: nothing was posted.</summary>
    Cancelled,
}
