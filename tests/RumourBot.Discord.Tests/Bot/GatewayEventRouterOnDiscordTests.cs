using System.Threading.Channels;
using FakeDiscord.Model;
using Microsoft.Extensions.DependencyInjection;
using RumourBot.Discord.Gateway.Events;
using RumourBot.Discord.Tests.Support;
using RumourBot.OnDiscord;

namespace RumourBot.Discord.Tests.Bot;

/// <summary>
/// The bot's gateway events go to every handler a feature registered, in order, over real sockets: one handler's
/// fault, thrown at once or later, is logged and keeps the event from no other handler and the gateway from nothing.
/// </summary>
public class GatewayEventRouterOnDiscordTests
{
    private static readonly TimeSpan Patience = Eventually.Patience;

    [Fact]
    public async Task A_handler_that_throws_or_fails_later_is_logged_and_the_next_handler_and_the_next_event_still_arrive()
    {
        var seen = Channel.CreateUnbounded<(ReactionAdded Reaction, ShardContext Shard)>();
        await using var bot = await BotHarness.StartAsync(services: services =>
        {
            services.AddSingleton<ThrowsAtOnce>();
            services.AddSingleton<FailsLater>();
            services.AddSingleton(new Records(seen.Writer));
            services.AddGatewayEventHandler<ReactionAdded, ThrowsAtOnce>();
            services.AddGatewayEventHandler<ReactionAdded, FailsLater>();
            services.AddGatewayEventHandler<ReactionAdded, Records>();
        });
        await bot.Server.WaitForRequestAsync(r => r.Method == "PUT" && r.Path.Contains("/commands", StringComparison.Ordinal), Patience);

        foreach (var user in new[] { SampleIds.Bob, SampleIds.Carol })
        {
            await bot.Server.DispatchAsync("MESSAGE_REACTION_ADD", new
            {
                user_id = user.ToString(), channel_id = SampleIds.PollsChannel.ToString(), message_id = "1310000000000009999",
                guild_id = SampleIds.Guild.ToString(), burst = false, type = 0, emoji = new { id = (string?)null, name = "👍" },
            });
        }
        using var patience = new CancellationTokenSource(Patience);
        var first = await seen.Reader.ReadAsync(patience.Token);
        var second = await seen.Reader.ReadAsync(patience.Token);

        Assert.Equal([SampleIds.Bob, SampleIds.Carol], new[] { first.Reaction.UserId, second.Reaction.UserId }.Select(id => (ulong)id));
        Assert.Equal(new ShardContext(0, 1), first.Shard);
        await Eventually.TrueAsync(() => bot.LogText.Split('\n').Count(l => l.Contains("Handling a ReactionAdded failed", StringComparison.Ordinal)) == 2);
        Assert.Equal(2, bot.LogText.Split('\n').Count(l => l.Contains("ThrowsAtOnce could not handle a ReactionAdded on shard 0", StringComparison.Ordinal)));
        Assert.Equal(1, bot.Server.IdentifyCount); // the session never dropped
        Assert.Equal(0, bot.Exit.Code);
    }

    private sealed class ThrowsAtOnce : IGatewayEventHandler<ReactionAdded>
    {
        public ValueTask HandleAsync(ReactionAdded gatewayEvent, ShardContext shard, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("a handler's bug");
    }

    private sealed class FailsLater : IGatewayEventHandler<ReactionAdded>
    {
        public async ValueTask HandleAsync(ReactionAdded gatewayEvent, ShardContext shard, CancellationToken cancellationToken)
        {
            await Task.Yield();
            throw new InvalidOperationException("a handler's bug, off the receive loop");
        }
    }

    private sealed class Records(ChannelWriter<(ReactionAdded, ShardContext)> seen) : IGatewayEventHandler<ReactionAdded>
    {
        public ValueTask HandleAsync(ReactionAdded gatewayEvent, ShardContext shard, CancellationToken cancellationToken)
        {
            seen.TryWrite((gatewayEvent, shard));
            return ValueTask.CompletedTask;
        }
    }
}
