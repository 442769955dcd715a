using System.Collections.Concurrent;
using FakeDiscord.Model;
using RumourBot.Discord.Gateway;
using RumourBot.Discord.Gateway.Events;
using RumourBot.Discord.Models;
using RumourBot.Discord.Tests.Support;

namespace RumourBot.Discord.Tests.Gateway;

/// <summary>
/// Dispatches as Discord shapes them, through FakeDiscord over a real socket, arrive as typed events with snowflake
/// ids: what the bot subscribes to instead of reading JSON.
/// </summary>
public class GatewayEventsTests
{
    private const GatewayIntents Intents = GatewayIntents.Guilds | GatewayIntents.GuildMessages | GatewayIntents.GuildMessageReactions;

    private sealed class Received
    {
        public ConcurrentQueue<ReactionAdded> Added { get; } = new();
        public ConcurrentQueue<ReactionRemoved> Removed { get; } = new();
        public ConcurrentQueue<ReactionsCleared> Cleared { get; } = new();
        public ConcurrentQueue<MessagesDeleted> Deleted { get; } = new();
        public ConcurrentQueue<GuildAvailable> Guilds { get; } = new();
        public ConcurrentQueue<GuildGone> GuildsGone { get; } = new();
        public ConcurrentQueue<ChannelChanged> Channels { get; } = new();
        public ConcurrentQueue<Interaction> Interactions { get; } = new();

        public void Subscribe(DiscordGatewayClient client)
        {
            client.Events.ReactionAdded += Added.Enqueue;
            client.Events.ReactionRemoved += Removed.Enqueue;
            client.Events.ReactionsCleared += Cleared.Enqueue;
            client.Events.MessagesDeleted += Deleted.Enqueue;
            client.Events.GuildAvailable += Guilds.Enqueue;
            client.Events.GuildGone += GuildsGone.Enqueue;
            client.Events.ChannelChanged += Channels.Enqueue;
            client.Events.InteractionCreated += Interactions.Enqueue;
        }
    }

    private static async Task<(GatewayHarness Harness, Received Events)> StartAsync()
    {
        var received = new Received();
        var harness = await GatewayHarness.StartAsync(client: o => o.Intents = Intents, subscribe: received.Subscribe);
        await harness.WaitForAsync("READY");
        return (harness, received);
    }

    [Fact]
    public async Task Reactions_arrive_typed_with_snowflake_ids_the_emoji_and_the_members_name()
    {
        var (harness, events) = await StartAsync();
        await using var _ = harness;

        await harness.Server.DispatchAsync("MESSAGE_REACTION_ADD", new
        {
            user_id = "1310000000000000202", channel_id = "1310000000000000103", message_id = "1310000000000050042", guild_id = "1310000000000000100",
            member = new { user = new { id = "1310000000000000202", username = "bob", global_name = "Zoë \"the pundit\"" }, roles = Array.Empty<string>() },
            emoji = new { id = "1310000000000000301", name = "trent" }, burst = false, type = 0,
        });
        await harness.Server.DispatchAsync("MESSAGE_REACTION_ADD", new
        {
            user_id = "1310000000000000203", channel_id = "1310000000000000103", message_id = "1310000000000050042", guild_id = "1310000000000000100",
            member = new { user = new { id = "1310000000000000203", username = "carol", global_name = (string?)null } },
            emoji = new { id = (string?)null, name = "✅" }, burst = true, type = 1,
        });
        await harness.Server.DispatchAsync("MESSAGE_REACTION_REMOVE", new
        {
            user_id = "1310000000000000203", channel_id = "1310000000000000103", message_id = "1310000000000050042", guild_id = "1310000000000000100",
            emoji = new { id = (string?)null, name = "✅" }, burst = false, type = 0,
        });
        await harness.Server.DispatchAsync("MESSAGE_REACTION_REMOVE_EMOJI", new
        {
            channel_id = "1310000000000000103", message_id = "1310000000000050042", guild_id = "1310000000000000100", emoji = new { id = (string?)null, name = "✅" },
        });
        await harness.Server.DispatchAsync("MESSAGE_REACTION_REMOVE_ALL", new { channel_id = "1310000000000000103", message_id = "1310000000000050043", guild_id = "1310000000000000100" });
        await Eventually.TrueAsync(() => events.Added.Count == 2 && events.Removed.Count == 1 && events.Cleared.Count == 2);

        var (custom, burst) = (events.Added.First(), events.Added.Last());
        Assert.Equal(new ReactionAdded(new Snowflake(1310000000000000202), new Snowflake(1310000000000000103), new Snowflake(1310000000000050042),
            new Snowflake(1310000000000000100), new PartialEmoji(new Snowflake(1310000000000000301), "trent"), false, "Zoë \"the pundit\""), custom);
        Assert.Equal("trent:1310000000000000301", custom.Emoji.Key);
        Assert.True(burst.Burst);
        Assert.Equal("carol", burst.MemberName); // no global name: the username
        Assert.Equal("✅", burst.Emoji.Key);
        var removed = events.Removed.Single();
        Assert.Equal((1310000000000000203UL, "✅"), (removed.UserId.Value, removed.Emoji.Key));
        Assert.Equal([(ulong)1310000000000050042, 1310000000000050043], events.Cleared.Select(c => c.MessageId.Value));
        Assert.Equal(["✅", null], events.Cleared.Select(c => c.Emoji?.Key));
        Assert.Equal(new Snowflake(1310000000000000100), events.Cleared.Last().GuildId);
    }

    [Fact]
    public async Task Deletions_servers_and_channels_arrive_typed()
    {
        var (harness, events) = await StartAsync();
        await using var _ = harness;
        await Eventually.TrueAsync(() => !events.Guilds.IsEmpty); // the backfill after READY

        await harness.Server.DispatchAsync("MESSAGE_DELETE", new { id = "1310000000000050042", channel_id = "1310000000000000103", guild_id = "1310000000000000100" });
        await harness.Server.DispatchAsync("MESSAGE_DELETE_BULK", new { ids = new[] { "1310000000000050043", "1310000000000050044" }, channel_id = "1310000000000000103", guild_id = "1310000000000000100" });
        await harness.Server.DeleteChannelAsync(SampleIds.GeneralChannel);
        await harness.Server.DispatchAsync("GUILD_DELETE", new { id = "1310000000000000100", unavailable = true });
        await Eventually.TrueAsync(() => events.Deleted.Count == 2 && events.Channels.Count == 1 && events.GuildsGone.Count == 1);

        var guild = events.Guilds.First();
        Assert.Equal(new Snowflake(SampleIds.Guild), guild.Id);
        Assert.False(guild.Unavailable);
        Assert.False(string.IsNullOrEmpty(guild.Name));
        Assert.Equal([[(ulong)1310000000000050042], [1310000000000050043, 1310000000000050044]], events.Deleted.Select(d => d.MessageIds.Select(id => id.Value).ToArray()));
        var channel = events.Channels.Single();
        Assert.Equal((SampleIds.GeneralChannel, (ulong?)SampleIds.Guild, true), (channel.Id.Value, channel.GuildId?.Value, channel.Deleted));
        Assert.False(events.GuildsGone.Single().Removed); // an outage, not a removal
    }

    [Fact]
    public async Task An_interaction_arrives_typed_with_its_option_values_as_text()
    {
        var (harness, events) = await StartAsync();
        await using var _ = harness;

        await harness.Server.SendInteractionAsync(new
        {
            name = "rumours",
            type = 1,
            options = new[] { new { name = "latest", type = 1, options = new object[]
            {
                new { name = "count", type = 4, value = 3 },
                new { name = "player", type = 3, value = "Trent" },
                new { name = "loans", type = 5, value = true },
            } } },
        }, SampleIds.Bob, SampleIds.Guild, SampleIds.RumoursChannel);
        await Eventually.TrueAsync(() => !events.Interactions.IsEmpty);

        var interaction = events.Interactions.Single();
        Assert.Equal(Interaction.ApplicationCommand, interaction.Type);
        Assert.Equal(SampleIds.Bob.ToString(System.Globalization.CultureInfo.InvariantCulture), interaction.Actor?.Id);
        var values = interaction.Data!.Options!.Single().Options!.ToDictionary(o => o.Name, o => o.Value);
        Assert.Equal(new Dictionary<string, string?> { ["count"] = "3", ["player"] = "Trent", ["loans"] = "true" }, values);
    }

    [Fact]
    public async Task A_guild_create_larger_than_the_receive_buffer_is_read_whole_and_the_stream_goes_on()
    {
        var (harness, events) = await StartAsync();
        await using var _ = harness;
        await Eventually.TrueAsync(() => !events.Guilds.IsEmpty);
        var channels = Enumerable.Range(0, 3000)
            .Select(i => new { id = (1310000000000200000UL + (ulong)i).ToString(System.Globalization.CultureInfo.InvariantCulture), type = 0, name = $"transfer-talk-{i}", guild_id = "1310000000000000900" })
            .ToArray();

        await harness.Server.DispatchAsync("GUILD_CREATE", new { id = "1310000000000000900", name = "Big Club Fans", member_count = 250000, unavailable = false, channels, roles = Array.Empty<object>() });
        await harness.Server.DispatchAsync("MESSAGE_REACTION_ADD", new
        {
            // In the sample guild: the fake, like Discord, sends nothing about a guild the bot is not a member of.
            user_id = "1310000000000000202", channel_id = "1310000000000000103", message_id = "1310000000000050042", guild_id = "1310000000000000100",
            emoji = new { id = (string?)null, name = "✅" },
        });
        await Eventually.TrueAsync(() => events.Guilds.Count == 2 && events.Added.Count == 1);

        var big = events.Guilds.Last();
        Assert.Equal((1310000000000000900UL, "Big Club Fans", 250000), (big.Id.Value, big.Name, big.MemberCount));
        Assert.Null(events.Added.Single().MemberName); // no member in the payload
    }
}
