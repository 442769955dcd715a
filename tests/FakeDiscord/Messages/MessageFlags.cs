namespace FakeDiscord.Messages;

/// <summary>Message flag bits the fake looks at.</summary>
internal static class MessageFlags
{
    public const int SuppressEmbeds = 1 << 2;
    public const int Ephemeral = 1 << 6;
    public const int Loading = 1 << 7;
    public const int SuppressNotifications = 1 << 12;
    public const int IsVoiceMessage = 1 << 13;
    public const int IsComponentsV2 = 1 << 15;

    /// <summary>The flags a client may set through each endpoint (message.mdx, receiving-and-responding.mdx).</summary>
    public static int Settable(MessageKind kind) => kind switch
    {
        MessageKind.Create => SuppressEmbeds | SuppressNotifications | IsVoiceMessage | IsComponentsV2,
        MessageKind.InteractionReply or MessageKind.FollowUp =>
            SuppressEmbeds | Ephemeral | SuppressNotifications | IsVoiceMessage | IsComponentsV2,
        MessageKind.InteractionDeferred => Ephemeral,
        _ => SuppressEmbeds | IsComponentsV2,
    };
}
