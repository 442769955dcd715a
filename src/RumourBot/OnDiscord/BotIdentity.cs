using RumourBot.Discord.Models;

namespace RumourBot.OnDiscord;

/// <summary>Who the bot is on Discord, learnt from READY: its own reactions never count as votes.</summary>
public sealed class BotIdentity : IGatewayEventHandler<ReadyData>
{
    private string? _userId;

    public string? UserId
    {
        get => _userId;
        set
        {
            _userId = value;
            Id = Snowflake.TryParse(value);
        }
    }

    /// <summary>The same id as a snowflake, to compare with the ids of typed events.</summary>
    public Snowflake? Id { get; private set; }

    /// <summary>Registered before every other READY handler, so they know the bot's id.</summary>
    public ValueTask HandleAsync(ReadyData ready, ShardContext shard, CancellationToken cancellationToken)
    {
        UserId = ready.User.Id;
        return ValueTask.CompletedTask;
    }
}
