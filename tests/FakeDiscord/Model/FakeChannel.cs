namespace FakeDiscord.Model;

/// <summary>A guild channel. Types follow Discord: 0 text, 2 voice, 4 category, 5 announcement, 15 forum.</summary>
/// <param name="Id">The channel's snowflake.</param>
/// <param name="Name">The channel name without the leading '#'.</param>
/// <param name="Type">The Discord channel type.</param>
public sealed record FakeChannel(ulong Id, string Name, int Type = 0)
{
    /// <summary>The category the channel sits in, if any.</summary>
    public ulong? ParentId { get; init; }

    /// <summary>The channel topic.</summary>
    public string? Topic { get; init; }

    /// <summary>Sort position in the channel list.</summary>
    public int Position { get; init; }

    /// <summary>Whether messages can be posted here (text, announcement and thread channels).</summary>
    public bool IsTextBased => Type is 0 or 1 or 5 or 10 or 11 or 12;
}
