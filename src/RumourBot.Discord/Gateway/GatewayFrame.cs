namespace RumourBot.Discord.Gateway;

/// <summary>
/// The envelope of one received gateway message, read in place: <see cref="Data"/> and <see cref="EventName"/>
/// point into the receive buffer (valid until the next receive), so nothing is copied or decoded to a string.
/// </summary>
internal readonly ref struct GatewayFrame(int opCode, int? sequence, ReadOnlySpan<byte> eventName, ReadOnlySpan<byte> data)
{
    public int OpCode { get; } = opCode;
    public int? Sequence { get; } = sequence;

    /// <summary>The UTF-8 bytes of <c>t</c> (empty when null).</summary>
    public ReadOnlySpan<byte> EventName { get; } = eventName;

    /// <summary>The raw JSON of <c>d</c> (empty when absent); it may run on past d's end (readers stop at its end).</summary>
    public ReadOnlySpan<byte> Data { get; } = data;
}
