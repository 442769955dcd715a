using Microsoft.Extensions.Logging.Abstractions;
using RumourBot.Discord.Gateway.Events;
using RumourBot.Discord.Models;
using RumourBot.Discord.Rest;
using RumourBot.OnDiscord;
using RumourBot.Polls;
using RumourBot.Tests.Support;

namespace RumourBot.Tests.OnDiscord;

public class PollReactionsTests
{
    [Fact]
    public async Task A_super_reaction_is_not_a_vote_but_a_normal_one_is()
    {
        using var bot = new TestBot();
        var poll = TestPolls.Open(bot.Polls, bot.Time);
        bot.Polls.Attach(poll, 5, 77);
        var queue = new VoteQueue(bot.Polls, NullLogger<VoteQueue>.Instance);
        await queue.StartAsync(CancellationToken.None);
        using var http = new HttpClient();
        var rest = new DiscordRestClient(http, new DiscordRestOptions(), NullLogger<DiscordRestClient>.Instance, bot.Time);
        using var reactions = new PollReactions(bot.Polls, queue, rest, new BotIdentity { UserId = "1" }, NullLogger<PollReactions>.Instance);
        static ReactionAdded Reaction(ulong user, bool burst) =>
            new(new Snowflake(user), new Snowflake(5), new Snowflake(77), new Snowflake(1), new PartialEmoji(null, "✅"), burst, "fan");

        reactions.OnReactionAdded(Reaction(10, burst: true));
        reactions.OnReactionAdded(Reaction(11, burst: false));
        await queue.FlushAsync().WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal([11UL], bot.Polls.Votes(poll.Id).Select(v => v.VoterId));
        await queue.StopAsync(CancellationToken.None);
    }
}
