using FakeDiscord.Messages;
using FakeDiscord.Model;

namespace FakeDiscord.Tests.Messages;

public sealed class ReactionEmojiTests
{
    private readonly GuildDirectory _directory = new(new FakeDiscordOptions());

    [Theory]
    [InlineData("%E2%9C%85", "✅")]
    [InlineData("%E2%9D%8C", "❌")]
    [InlineData("%F0%9F%87%AC%F0%9F%87%A7", "🇬🇧")]
    [InlineData("%F0%9F%91%8D%F0%9F%8F%BD", "👍🏽")]
    [InlineData("%F0%9F%91%A8%E2%80%8D%F0%9F%91%A9%E2%80%8D%F0%9F%91%A7", "👨‍👩‍👧")]
    [InlineData("%23%EF%B8%8F%E2%83%A3", "#️⃣")]
    [InlineData("trent:1310000000000000301", "trent:1310000000000000301")]
    public void Reads_encoded_unicode_and_custom_emoji(string segment, string expected) =>
        Assert.Equal(expected, ReactionEmoji.FromPathSegment(segment, _directory)?.Display);

    [Theory]
    [InlineData("✅")]
    [InlineData(":white_check_mark:")]
    [InlineData("%25E2%259C%2585")]
    [InlineData("%C3%A9")]
    [InlineData("abc")]
    [InlineData("%FF")]
    [InlineData("trent:42")]
    [InlineData("%")]
    public void Refuses_anything_else(string segment) =>
        Assert.Null(ReactionEmoji.FromPathSegment(segment, _directory));
}
