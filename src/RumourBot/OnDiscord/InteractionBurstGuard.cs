using System.Globalization;
using Microsoft.Extensions.Options;
using RumourBot.Commands;
using RumourBot.Discord.Models;
using RumourBot.Discord.Rest;
using RumourBot.Replies;

namespace RumourBot.OnDiscord;

/// <summary>
/// Refuses, at once, a member's interactions beyond a burst (<see cref="LimitOptions.CommandBurst"/> commands, or
/// <see cref="LimitOptions.AutocompleteBurst"/> autocomplete requests, per <see cref="LimitOptions.BurstWindow"/>):
/// one member flooding the bot must not queue work without end ahead of everyone else. A refused command is told
/// when to try again; a refused autocomplete gets no suggestions.
/// </summary>
public sealed class InteractionBurstGuard(DiscordRestClient rest, IOptions<LimitOptions> limits, TimeProvider time)
{
    private readonly MemberRateLimit _commands = new(limits.Value.CommandBurst, limits.Value.BurstWindow, time);
    private readonly MemberRateLimit _autocomplete = new(limits.Value.AutocompleteBurst, limits.Value.BurstWindow, time);

    /// <summary>True when the interaction was refused (and answered as such): the caller does nothing more.</summary>
    public async Task<bool> RefusedAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        if (interaction.Actor is not { } user || !ulong.TryParse(user.Id, NumberStyles.None, CultureInfo.InvariantCulture, out var memberId)) return false;
        switch (interaction.Type)
        {
            case Interaction.ApplicationCommand when _commands.TryAcquire(memberId) is { } wait:
                var reply = Reply.Error($"That is more than {_commands.Permits} commands in {Seconds(_commands.Window)}; please slow down and try again {MemberRateLimit.When(wait)}.");
                await rest.RespondToInteractionAsync(interaction,
                    new InteractionResponse(InteractionResponse.ChannelMessageWithSource, ReplyRenderer.ToCallback(reply)), cancellationToken);
                return true;
            case Interaction.ApplicationCommandAutocomplete when _autocomplete.TryAcquire(memberId) is not null:
                await rest.RespondToInteractionAsync(interaction,
                    new InteractionResponse(InteractionResponse.ApplicationCommandAutocompleteResult, new InteractionCallbackData(Choices: [])), cancellationToken);
                return true;
            default:
                return false;
        }
    }

    private static string Seconds(TimeSpan window) => window.TotalSeconds < 90 ? $"{window.TotalSeconds:0} seconds" : $"{window.TotalMinutes:0} minutes";
}
