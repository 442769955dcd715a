namespace FakeDiscord.Gateway;

/// <summary>Gateway close codes (opcodes-and-status-codes.mdx) and the reasons the fake sends with them.</summary>
public static class GatewayCloseCode
{
    /// <summary>4000: unknown error; reconnect and resume.</summary>
    public const int UnknownError = 4000;

    /// <summary>4001: an invalid opcode or payload for an opcode was sent.</summary>
    public const int UnknownOpcode = 4001;

    /// <summary>4002: a payload could not be decoded (bad JSON, over 4096 bytes, wrong encoding).</summary>
    public const int DecodeError = 4002;

    /// <summary>4003: a payload other than a heartbeat was sent before identifying.</summary>
    public const int NotAuthenticated = 4003;

    /// <summary>4004: the token in Identify or Resume is wrong.</summary>
    public const int AuthenticationFailed = 4004;

    /// <summary>4005: a second Identify (or Resume) on an authenticated connection.</summary>
    public const int AlreadyAuthenticated = 4005;

    /// <summary>4007: the sequence sent when resuming is invalid.</summary>
    public const int InvalidSequence = 4007;

    /// <summary>4008: more payloads than the send limit (120 per 60 s).</summary>
    public const int RateLimited = 4008;

    /// <summary>4009: the session timed out (here: no heartbeat in time).</summary>
    public const int SessionTimedOut = 4009;

    /// <summary>4010: an invalid shard was sent in Identify.</summary>
    public const int InvalidShard = 4010;

    /// <summary>4011: the session would handle too many guilds.</summary>
    public const int ShardingRequired = 4011;

    /// <summary>4012: an invalid gateway version (<c>v</c> query parameter).</summary>
    public const int InvalidApiVersion = 4012;

    /// <summary>4013: an invalid intent bit (or no intents).</summary>
    public const int InvalidIntents = 4013;

    /// <summary>4014: a privileged intent that is not enabled.</summary>
    public const int DisallowedIntents = 4014;

    /// <summary>The reason text Discord sends with a close code.</summary>
    public static string ReasonFor(int code) => code switch
    {
        UnknownError => "Unknown error.",
        UnknownOpcode => "Unknown opcode.",
        DecodeError => "Decode error.",
        NotAuthenticated => "Not authenticated.",
        AuthenticationFailed => "Authentication failed.",
        AlreadyAuthenticated => "Already authenticated.",
        InvalidSequence => "Invalid seq.",
        RateLimited => "Rate limited.",
        SessionTimedOut => "Session timed out.",
        InvalidShard => "Invalid shard.",
        ShardingRequired => "Sharding required.",
        InvalidApiVersion => "Invalid API version.",
        InvalidIntents => "Invalid intent(s).",
        DisallowedIntents => "Disallowed intent(s).",
        _ => string.Empty,
    };

    /// <summary>Whether a server close with this code ends the session (no Resume possible afterwards).</summary>
    public static bool EndsSession(int code) =>
        code is NotAuthenticated or AuthenticationFailed or InvalidSequence or SessionTimedOut or InvalidShard
            or ShardingRequired or InvalidApiVersion or InvalidIntents or DisallowedIntents;
}
