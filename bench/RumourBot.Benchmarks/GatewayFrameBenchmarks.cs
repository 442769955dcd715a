using System.Buffers.Text;
using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Logging.Abstractions;
using RumourBot.Discord.Gateway;
using RumourBot.Discord.Models;

namespace RumourBot.Benchmarks;

/// <summary>
/// One received MESSAGE_REACTION_ADD message (the bytes as Discord sends them, member included) to a typed
/// <c>ReactionAdded</c> event routed to its poll by message id: envelope, sequence check, typed parse, handler.
/// The memory diagnoser shows what one dispatch allocates.
/// </summary>
[MemoryDiagnoser]
public class GatewayFrameBenchmarks
{
    private const int SequenceWidth = 10;
    private readonly Dictionary<Snowflake, int> _polls = [];
    private byte[] _frame = [];
    private int _slot;
    private int _sequence = 1;
    private DiscordGatewayClient _client = null!;

    [GlobalSetup]
    public void Setup()
    {
        var text = "{\"t\":\"MESSAGE_REACTION_ADD\",\"s\":" + new string(' ', SequenceWidth) + ",\"op\":0,\"d\":{\"user_id\":\"1310000000000100007\",\"type\":0," +
                   "\"message_id\":\"1310000000000050042\",\"message_author_id\":\"1310000000000000001\"," +
                   "\"member\":{\"user\":{\"username\":\"fan7\",\"public_flags\":0,\"id\":\"1310000000000100007\",\"global_name\":null,\"discriminator\":\"0\",\"avatar\":null}," +
                   "\"roles\":[],\"premium_since\":null,\"pending\":false,\"nick\":null,\"mute\":false,\"joined_at\":\"2025-08-01T10:00:00.000000+00:00\",\"flags\":0,\"deaf\":false,\"communication_disabled_until\":null,\"avatar\":null}," +
                   "\"emoji\":{\"name\":\"\u2705\",\"id\":null},\"channel_id\":\"1310000000000000103\",\"burst\":false,\"guild_id\":\"1310000000000000100\"}}";
        _frame = Encoding.UTF8.GetBytes(text);
        _slot = text.IndexOf("\"s\":", StringComparison.Ordinal) + 4;
        _client = new DiscordGatewayClient(new GatewayOptions { Token = "bench" }, NullLogger<DiscordGatewayClient>.Instance, TimeProvider.System);
        _client.Events.ReactionAdded += reaction =>
        {
            ref var votes = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_polls, reaction.MessageId, out _);
            votes++;
        };
    }

    [Benchmark]
    public int Frame_to_routed_reaction()
    {
        // Each dispatch needs a new sequence number (a repeated one is a replay and is skipped): written in place.
        Utf8Formatter.TryFormat(++_sequence, _frame.AsSpan(_slot, SequenceWidth), out _);
        return _client.Handle(_frame).OpCode;
    }
}
