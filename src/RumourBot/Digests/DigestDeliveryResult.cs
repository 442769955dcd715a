namespace RumourBot.Digests;

/// <summary>The outcome of posting a digest.</summary>
public enum DigestDeliveryResult
{
    Posted,

    /// <summary>The channel is gone or the bot may no longer post there: trying again will not help, so the schedule is turned off.</summary>
    ChannelUnusable,

    /// <summary>Something that may pass (Discord down, the network): the next slot tries again.</summary>
    Failed,

    /// <summary>The schedule was turned off or replaced while this digest waited its turn: nothing was posted.</summary>
    Cancelled,
}
