namespace FakeDiscord.Gateway;

/// <summary>Gateway opcodes.</summary>
public static class GatewayOpcode
{
    /// <summary>0: an event was dispatched (server to client).</summary>
    public const int Dispatch = 0;

    /// <summary>1: heartbeat (both directions).</summary>
    public const int Heartbeat = 1;

    /// <summary>2: identify (client to server).</summary>
    public const int Identify = 2;

    /// <summary>3: presence update.</summary>
    public const int PresenceUpdate = 3;

    /// <summary>4: voice state update.</summary>
    public const int VoiceStateUpdate = 4;

    /// <summary>6: resume (client to server).</summary>
    public const int Resume = 6;

    /// <summary>7: reconnect (server to client).</summary>
    public const int Reconnect = 7;

    /// <summary>8: request guild members.</summary>
    public const int RequestGuildMembers = 8;

    /// <summary>9: invalid session (server to client).</summary>
    public const int InvalidSession = 9;

    /// <summary>10: hello (server to client).</summary>
    public const int Hello = 10;

    /// <summary>11: heartbeat ACK (server to client).</summary>
    public const int HeartbeatAck = 11;

    /// <summary>31: request soundboard sounds.</summary>
    public const int RequestSoundboardSounds = 31;

    /// <summary>43: request channel info.</summary>
    public const int RequestChannelInfo = 43;

    /// <summary>Whether a client may send this opcode once identified.</summary>
    internal static bool IsClientOpcode(long op) =>
        op is Heartbeat or Identify or PresenceUpdate or VoiceStateUpdate or Resume or RequestGuildMembers
            or RequestSoundboardSounds or RequestChannelInfo;
}
