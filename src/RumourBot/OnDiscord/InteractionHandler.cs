using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RumourBot.Commands;
using RumourBot.Discord.Models;
using RumourBot.Discord.Rest;
using RumourBot.Replies;
using RumourBot.Rumours;

namespace RumourBot.OnDiscord;

/// <summary>
/// Answers interactions within Discord's three seconds: a command that finishes quickly is answered at once; a
/// slow one is deferred ("RumourBot is thinking…") and its answer edited in. Autocomplete gets the option's own
/// suggestions (e.g. rumours for /settle), else player names.
/// </summary>
public sealed partial class InteractionHandler(
    CommandRouter router,
    CommandCatalog catalog,
    RumourBook book,
    DiscordRestClient rest,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    ILogger<InteractionHandler> logger,
    InteractionBurstGuard burst) : IGatewayEventHandler<Interaction>
{
    private const int MaxChoices = 25;

    // Off the shard's receive loop: the next event (any guild's) need not wait for this answer, however slow.
    ValueTask IGatewayEventHandler<Interaction>.HandleAsync(Interaction interaction, ShardContext shard, CancellationToken cancellationToken) =>
        new(Task.Run(() => HandleAsync(interaction, cancellationToken), cancellationToken));

    public async Task HandleAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        try
        {
            if (await burst.RefusedAsync(interaction, cancellationToken)) return;
            switch (interaction.Type)
            {
                case Interaction.ApplicationCommandAutocomplete:
                    await AutocompleteAsync(interaction, cancellationToken);
                    break;
                case Interaction.ApplicationCommand:
                    await AnswerAsync(interaction, cancellationToken);
                    break;
            }
        }
        catch (DiscordRestException error)
        {
            LogAnswerFailed(error, interaction.Id);
        }
    }

    private async Task AnswerAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        var request = ToRequest(interaction);
        var progress = new InteractionProgress((body, token) => rest.EditOriginalResponseAsync(interaction, body, token), time, logger);
        var work = request is null
            ? Task.FromResult(Reply.Error("That command cannot be used here."))
            : Task.Run(() => router.DispatchAsync(request with { Progress = progress }, cancellationToken).AsTask(), cancellationToken); // a synchronous command still lets the deferral happen
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var first = await Task.WhenAny(work, Task.Delay(options.Value.DeferAfter, time, deadline.Token));
        await deadline.CancelAsync(); // no timer left behind per interaction
        Reply answer;
        if (first == work)
        {
            answer = await work;
            await rest.RespondToInteractionAsync(interaction,
                new InteractionResponse(InteractionResponse.ChannelMessageWithSource, ReplyAttachments.ToCallback(answer)), ReplyAttachments.Files(answer), cancellationToken);
        }
        else
        {
            LogDeferred(interaction.Data?.Name ?? "?");
            // The deferral fixes the answer's visibility: a private command's stays private.
            var deferral = DefinitionOf(interaction)?.Private == true ? new InteractionCallbackData(Flags: InteractionCallbackData.Ephemeral) : null;
            await rest.RespondToInteractionAsync(interaction, new InteractionResponse(InteractionResponse.DeferredChannelMessageWithSource, deferral), cancellationToken);
            progress.Start();
            answer = await work;
            await progress.StopAsync();
            if (answer.Ephemeral && deferral is null)
            {
                // A public deferral cannot turn private: a private answer (an error, say) replaces it as a private
                // follow-up instead of being shown to the whole channel.
                await rest.DeleteOriginalResponseAsync(interaction, cancellationToken);
                await rest.CreateFollowUpAsync(interaction, ReplyAttachments.ToFollowUp(answer, ephemeral: true), ReplyAttachments.Files(answer), cancellationToken);
            }
            else
            {
                await rest.EditOriginalResponseAsync(interaction, ReplyAttachments.ToMessage(answer), ReplyAttachments.Files(answer), cancellationToken);
            }
        }
        if (answer.Posted is not null || answer.Reactions.Count > 0) await AfterPostingAsync(interaction, answer, cancellationToken);
        foreach (var followUp in answer.FollowUps)
        {
            await rest.CreateFollowUpAsync(interaction, ReplyAttachments.ToFollowUp(followUp, answer.Ephemeral), ReplyAttachments.Files(followUp), cancellationToken);
        }
    }

    // A poll learns its message, then gets its answer reactions in order (Discord keeps them in that order).
    private async Task AfterPostingAsync(Interaction interaction, Reply answer, CancellationToken cancellationToken)
    {
        if (await rest.GetOriginalResponseAsync(interaction, cancellationToken) is not { } message) return;
        answer.Posted?.Invoke(ParseId(message.ChannelId), ParseId(message.Id));
        foreach (var emoji in answer.Reactions) await rest.AddOwnReactionAsync(message.ChannelId, message.Id, emoji, cancellationToken);
    }

    private async Task AutocompleteAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        var focused = Flatten(interaction.Data?.Options).FirstOrDefault(o => o.Focused == true);
        var typed = focused?.Value ?? "";
        var suggest = OptionOf(interaction, focused?.Name)?.Suggest;
        var choices = suggest is null
            ? book.PlayerNames(typed, MaxChoices)
                .Select(name => new CommandOptionChoice(DiscordText.Truncate(name, 100), DiscordText.Truncate(name, 100)))
                .ToList()
            : suggest(typed)
                .Where(s => s.Value.Length <= 100) // a longer value could not be sent back whole
                .Take(MaxChoices)
                .Select(s => new CommandOptionChoice(DiscordText.Truncate(s.Name, 100), s.Value))
                .ToList();
        await rest.RespondToInteractionAsync(interaction,
            new InteractionResponse(InteractionResponse.ApplicationCommandAutocompleteResult, new InteractionCallbackData(Choices: choices)), cancellationToken);
    }

    private CommandOption? OptionOf(Interaction interaction, string? optionName) =>
        optionName is null ? null : DefinitionOf(interaction)?.Options.FirstOrDefault(o => o.Name == optionName);

    private CommandDefinition? DefinitionOf(Interaction interaction)
    {
        if (interaction.Data is not { } data) return null;
        var subcommand = data.Options is [{ Type: ApplicationCommandOption.SubCommand } sub] ? sub.Name : null;
        return catalog.Find(data.Name, subcommand);
    }

    /// <summary>A slash command's name, subcommand and option values as the router takes them.</summary>
    public static CommandRequest? ToRequest(Interaction interaction)
    {
        if (interaction.Data is not { } data || interaction.Actor is not { } user) return null;
        string? subcommand = null;
        var options = data.Options ?? [];
        if (options is [{ Type: ApplicationCommandOption.SubCommand } sub])
        {
            subcommand = sub.Name;
            options = sub.Options ?? [];
        }
        var values = options.Where(o => o.Value is not null).ToDictionary(o => o.Name, o => o.Value!, StringComparer.OrdinalIgnoreCase);
        var name = interaction.Member?.Nick ?? user.GlobalName ?? user.Username;
        var channelNames = (data.Resolved?.Channels ?? new Dictionary<string, ResolvedChannel>())
            .Where(c => c.Value.Name is not null && ParseId(c.Key) != 0)
            .ToDictionary(c => ParseId(c.Key), c => c.Value.Name!);
        var roleNames = (data.Resolved?.Roles ?? new Dictionary<string, ResolvedRole>())
            .Where(r => r.Value.Name is not null && ParseId(r.Key) != 0)
            .ToDictionary(r => ParseId(r.Key), r => r.Value.Name!);
        return new CommandRequest(data.Name, subcommand, values, ParseId(interaction.GuildId), ParseId(user.Id), name)
        {
            MemberRoles = (interaction.Member?.Roles ?? []).Select(ParseId).Where(id => id != 0).ToList(),
            RoleNames = roleNames,
            MemberPermissions = ulong.TryParse(interaction.Member?.Permissions, NumberStyles.None, CultureInfo.InvariantCulture, out var bits) ? bits : 0,
            ChannelNames = channelNames,
        };
    }

    private static IEnumerable<InteractionOption> Flatten(IReadOnlyList<InteractionOption>? options) =>
        options?.SelectMany(o => Flatten(o.Options).Prepend(o)) ?? [];

    private static ulong ParseId(string? id) => ulong.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0;

    [LoggerMessage(Level = LogLevel.Information, Message = "/{Command} is taking a while: deferred the answer")]
    private partial void LogDeferred(string command);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not answer interaction {InteractionId}")]
    private partial void LogAnswerFailed(Exception error, string interactionId);
}
