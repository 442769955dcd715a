using System.Text.Json;
using RumourBot.Discord.Models;

namespace RumourBot.Discord.Rest;

// Messages with files: the same routes, limits and retries as their JSON twins, the body sent as multipart.
public sealed partial class DiscordRestClient
{
    /// <summary>Posts a message with files; the body's <c>attachments</c> should list them (see <see cref="AttachmentReference.For"/>).</summary>
    public Task<Message?> CreateMessageAsync(string channelId, MessageBody body, IReadOnlyList<FileAttachment> files, CancellationToken cancellationToken) =>
        SendAsync(RestRoute.CreateMessage(channelId),
            JsonSerializer.SerializeToUtf8Bytes(body, DiscordJsonContext.Default.MessageBody), files, DiscordJsonContext.Default.Message, cancellationToken);

    /// <summary>Answers an interaction with a message that carries files.</summary>
    public Task RespondToInteractionAsync(Interaction interaction, InteractionResponse response, IReadOnlyList<FileAttachment> files, CancellationToken cancellationToken) =>
        SendAsync<JsonElement>(RestRoute.InteractionCallback(interaction.Id, interaction.Token),
            JsonSerializer.SerializeToUtf8Bytes(response, DiscordJsonContext.Default.InteractionResponse), files, null, cancellationToken);

    /// <summary>Edits the interaction's answer (e.g. after deferring), adding files.</summary>
    public Task<Message?> EditOriginalResponseAsync(Interaction interaction, MessageBody body, IReadOnlyList<FileAttachment> files, CancellationToken cancellationToken) =>
        SendAsync(RestRoute.EditOriginal(interaction.ApplicationId, interaction.Token),
            JsonSerializer.SerializeToUtf8Bytes(body, DiscordJsonContext.Default.MessageBody), files, DiscordJsonContext.Default.Message, cancellationToken);

    /// <summary>Sends a follow-up message with files.</summary>
    public Task<Message?> CreateFollowUpAsync(Interaction interaction, MessageBody body, IReadOnlyList<FileAttachment> files, CancellationToken cancellationToken) =>
        SendAsync(RestRoute.FollowUp(interaction.ApplicationId, interaction.Token),
            JsonSerializer.SerializeToUtf8Bytes(body, DiscordJsonContext.Default.MessageBody), files, DiscordJsonContext.Default.Message, cancellationToken);
}
