namespace FakeDiscord.Interactions;

/// <summary>An interaction for <see cref="FakeDiscordServer.SendInteractionAsync(InteractionRequest, CancellationToken)"/> to dispatch.</summary>
/// <param name="Data">
/// The interaction's <c>data</c> (anonymous object, JsonNode or JsonElement), e.g.
/// <c>new { name = "rumours", options = new[] { new { name = "player", type = 3, value = "Trent" } } }</c>.
/// For application commands a missing <c>id</c> is filled from the registered command and <c>type</c> defaults to 1.
/// </param>
public sealed record InteractionRequest(object Data)
{
    /// <summary>2 APPLICATION_COMMAND (default), 3 MESSAGE_COMPONENT, 4 AUTOCOMPLETE, 5 MODAL_SUBMIT.</summary>
    public int Type { get; init; } = 2;

    /// <summary>The invoking user; defaults to the guild's first member.</summary>
    public ulong? UserId { get; init; }

    /// <summary>The guild; defaults to the first configured guild.</summary>
    public ulong? GuildId { get; init; }

    /// <summary>The channel; defaults to the guild's first text channel.</summary>
    public ulong? ChannelId { get; init; }

    /// <summary>Sends the interaction from a DM with the bot instead of a guild.</summary>
    public bool DirectMessage { get; init; }

    /// <summary>For components: the message the component is on (must be stored in the fake).</summary>
    public ulong? MessageId { get; init; }

    /// <summary>Overrides <c>member.permissions</c> (default: computed from the member's roles).</summary>
    public string? MemberPermissions { get; init; }

    /// <summary>The invoker's client locale.</summary>
    public string Locale { get; init; } = "en-GB";
}
