namespace FakeDiscord.Model;

/// <summary>A channel and the guild it belongs to (null for a DM).</summary>
internal sealed record ChannelLocation(FakeChannel Channel, FakeGuild? Guild)
{
    public ulong? GuildId => Guild?.Id;
}
