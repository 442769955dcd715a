namespace FakeDiscord.Messages;

/// <summary>Which endpoint a message body came through; the rules (flags, emptiness) differ per endpoint.</summary>
internal enum MessageKind
{
    /// <summary>POST /channels/{channel_id}/messages.</summary>
    Create,

    /// <summary>PATCH /channels/{channel_id}/messages/{message_id}.</summary>
    Edit,

    /// <summary>Interaction callback type 4.</summary>
    InteractionReply,

    /// <summary>Interaction callback type 5.</summary>
    InteractionDeferred,

    /// <summary>Interaction callback type 7.</summary>
    InteractionUpdate,

    /// <summary>POST /webhooks/{application_id}/{token}.</summary>
    FollowUp,

    /// <summary>PATCH /webhooks/{application_id}/{token}/messages/....</summary>
    WebhookEdit,
}
