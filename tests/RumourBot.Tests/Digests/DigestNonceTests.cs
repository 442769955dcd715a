using RumourBot.Commands;
using RumourBot.Digests;

namespace RumourBot.Tests.Digests;

public class DigestNonceTests
{
    private static readonly DateTimeOffset NineInLondon = new(2027, 3, 26, 9, 0, 0, TimeSpan.Zero);
    private static readonly ChannelChoice Rumours = new(1310000000000000102, "rumours");
    private static readonly ChannelChoice OtherServersRumours = new(1310000000000000902, "rumours");

    [Fact]
    public void The_same_channel_and_slot_always_get_the_same_nonce() =>
        Assert.Equal(DigestNonce.ForSlot(Rumours, NineInLondon), DigestNonce.ForSlot(new ChannelChoice(Rumours.Id, "renamed"), NineInLondon));

    [Fact]
    public void Two_channels_with_the_same_slot_get_different_nonces()
    {
        // Discord matches nonces per sender, so a shared one would hand the second server the first's message.
        Assert.NotEqual(DigestNonce.ForSlot(Rumours, NineInLondon), DigestNonce.ForSlot(OtherServersRumours, NineInLondon));
        Assert.NotEqual(DigestNonce.ForNow(Rumours, NineInLondon), DigestNonce.ForNow(OtherServersRumours, NineInLondon));
    }

    [Fact]
    public void Another_slot_or_digest_now_gets_another_nonce()
    {
        var slot = DigestNonce.ForSlot(Rumours, NineInLondon);

        Assert.NotEqual(slot, DigestNonce.ForSlot(Rumours, NineInLondon.AddDays(1)));
        Assert.NotEqual(slot, DigestNonce.ForNow(Rumours, NineInLondon));
    }

    [Theory]
    [InlineData(ulong.MaxValue, "a-channel-with-a-long-name")]
    [InlineData(1UL, null)]
    public void A_nonce_with_the_page_number_fits_Discords_25_characters(ulong channel, string? name)
    {
        var nonce = DigestNonce.ForSlot(new ChannelChoice(channel, name), DateTimeOffset.MaxValue);

        Assert.True(nonce.Length <= 20, nonce); // what IDigestPoster promises; "-99" makes 23
        Assert.Matches("^ds[A-Za-z0-9_-]+$", nonce);
    }
}
