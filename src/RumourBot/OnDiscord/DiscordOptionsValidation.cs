using Microsoft.Extensions.Options;

namespace RumourBot.OnDiscord;

/// <summary>Stops the bot at start when the shard settings make no sense (a shard outside the total, a malformed list).</summary>
public sealed class DiscordOptionsValidation : IValidateOptions<DiscordOptions>
{
    public ValidateOptionsResult Validate(string? name, DiscordOptions options) =>
        options.ReadShardPlan(out var problem) is null ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
}
