namespace FakeDiscord.Rest;

/// <summary>The JSON error codes the fake returns (opcodes-and-status-codes.mdx).</summary>
public static class DiscordErrorCode
{
    /// <summary>0: generic HTTP errors (401, 404, 405, 429).</summary>
    public const int General = 0;

    /// <summary>10003: Unknown Channel.</summary>
    public const int UnknownChannel = 10003;

    /// <summary>10004: Unknown Guild.</summary>
    public const int UnknownGuild = 10004;

    /// <summary>10008: Unknown Message.</summary>
    public const int UnknownMessage = 10008;

    /// <summary>40005: Request entity too large (an upload over the size limit, with status 413).</summary>
    public const int RequestEntityTooLarge = 40005;

    /// <summary>10014: Unknown Emoji.</summary>
    public const int UnknownEmoji = 10014;

    /// <summary>10015: Unknown Webhook.</summary>
    public const int UnknownWebhook = 10015;

    /// <summary>10062: Unknown interaction.</summary>
    public const int UnknownInteraction = 10062;

    /// <summary>30010: Maximum number of reactions reached (20).</summary>
    public const int MaximumReactions = 30010;

    /// <summary>30046: Maximum number of edits to messages older than 1 hour reached.</summary>
    public const int MaximumOldMessageEdits = 30046;

    /// <summary>40060: Interaction has already been acknowledged.</summary>
    public const int InteractionAlreadyAcknowledged = 40060;

    /// <summary>40333: internal network error (Cloudflare rejecting a request, e.g. without a proper User-Agent).</summary>
    public const int InternalNetworkError = 40333;

    /// <summary>50001: Missing Access.</summary>
    public const int MissingAccess = 50001;

    /// <summary>50013: Missing Permissions (the bot may see the channel but not do this there).</summary>
    public const int MissingPermissions = 50013;

    /// <summary>50005: Cannot edit a message authored by another user.</summary>
    public const int CannotEditOthersMessage = 50005;

    /// <summary>50006: Cannot send an empty message.</summary>
    public const int EmptyMessage = 50006;

    /// <summary>50008: Cannot send messages in a non-text channel.</summary>
    public const int NonTextChannel = 50008;

    /// <summary>50027: Invalid Webhook Token (an interaction token older than 15 minutes).</summary>
    public const int InvalidWebhookToken = 50027;

    /// <summary>50035: Invalid Form Body.</summary>
    public const int InvalidFormBody = 50035;

    /// <summary>50109: The request body contains invalid JSON.</summary>
    public const int InvalidJson = 50109;
}
