namespace FakeDiscord.Gateway;

/// <summary>
/// Which intent brings which dispatch (gateway.mdx, "List of Intents"). A session gets an event only if it
/// identified with one of the intents listed for it; events in no list (READY, RESUMED, INTERACTION_CREATE,
/// USER_UPDATE, events the fake does not know) always go through.
/// </summary>
public static class GatewayEventIntents
{
    private const long GuildModeration = 1L << 2;
    private const long GuildExpressions = 1L << 3;
    private const long GuildIntegrations = 1L << 4;
    private const long GuildWebhooks = 1L << 5;
    private const long GuildInvites = 1L << 6;
    private const long GuildVoiceStates = 1L << 7;
    private const long GuildMessageTyping = 1L << 11;
    private const long DirectMessageTyping = 1L << 14;
    private const long GuildScheduledEvents = 1L << 16;
    private const long AutoModerationConfiguration = 1L << 20;
    private const long AutoModerationExecution = 1L << 21;
    private const long DirectMessagePolls = 1L << 25;

    // In a guild (guild_id present) and in a DM the same event can need different intents.
    private static readonly Dictionary<string, (long Guild, long Direct)> Table = Build();

    /// <summary>
    /// The intents any one of which makes the session receive <paramref name="eventName"/>, or null when the event
    /// needs none. <paramref name="inGuild"/> says whether the event carries a guild id.
    /// </summary>
    public static long? Required(string eventName, bool inGuild) =>
        Table.TryGetValue(eventName, out var intents) ? (inGuild ? intents.Guild : intents.Direct) : null;

    /// <summary>Whether a session that identified with <paramref name="sessionIntents"/> receives the event.</summary>
    public static bool Receives(long sessionIntents, string eventName, bool inGuild) =>
        Required(eventName, inGuild) is not { } required || (sessionIntents & required) != 0;

    private static Dictionary<string, (long Guild, long Direct)> Build()
    {
        var table = new Dictionary<string, (long Guild, long Direct)>(StringComparer.Ordinal);

        void Guild(long intent, params string[] events)
        {
            foreach (var name in events)
            {
                var (guild, direct) = table.GetValueOrDefault(name);
                table[name] = (guild | intent, direct);
            }
        }

        void Direct(long intent, params string[] events)
        {
            foreach (var name in events)
            {
                var (guild, direct) = table.GetValueOrDefault(name);
                table[name] = (guild, direct | intent);
            }
        }

        Guild(GatewayIntents.Guilds,
            "GUILD_CREATE", "GUILD_UPDATE", "GUILD_DELETE", "GUILD_ROLE_CREATE", "GUILD_ROLE_UPDATE", "GUILD_ROLE_DELETE",
            "CHANNEL_CREATE", "CHANNEL_UPDATE", "CHANNEL_DELETE", "CHANNEL_PINS_UPDATE", "THREAD_CREATE", "THREAD_UPDATE",
            "THREAD_DELETE", "THREAD_LIST_SYNC", "THREAD_MEMBER_UPDATE", "THREAD_MEMBERS_UPDATE", "STAGE_INSTANCE_CREATE",
            "STAGE_INSTANCE_UPDATE", "STAGE_INSTANCE_DELETE");
        Guild(GatewayIntents.GuildMembers, "GUILD_MEMBER_ADD", "GUILD_MEMBER_UPDATE", "GUILD_MEMBER_REMOVE", "THREAD_MEMBERS_UPDATE");
        Guild(GuildModeration, "GUILD_AUDIT_LOG_ENTRY_CREATE", "GUILD_BAN_ADD", "GUILD_BAN_REMOVE");
        Guild(GuildExpressions,
            "GUILD_EMOJIS_UPDATE", "GUILD_STICKERS_UPDATE", "GUILD_SOUNDBOARD_SOUND_CREATE", "GUILD_SOUNDBOARD_SOUND_UPDATE",
            "GUILD_SOUNDBOARD_SOUND_DELETE", "GUILD_SOUNDBOARD_SOUNDS_UPDATE");
        Guild(GuildIntegrations, "GUILD_INTEGRATIONS_UPDATE", "INTEGRATION_CREATE", "INTEGRATION_UPDATE", "INTEGRATION_DELETE");
        Guild(GuildWebhooks, "WEBHOOKS_UPDATE");
        Guild(GuildInvites, "INVITE_CREATE", "INVITE_DELETE");
        Guild(GuildVoiceStates, "VOICE_CHANNEL_EFFECT_SEND", "VOICE_STATE_UPDATE");
        Guild(GatewayIntents.GuildPresences, "PRESENCE_UPDATE");
        Guild(GatewayIntents.GuildMessages, "MESSAGE_CREATE", "MESSAGE_UPDATE", "MESSAGE_DELETE", "MESSAGE_DELETE_BULK");
        Guild(GatewayIntents.GuildMessageReactions,
            "MESSAGE_REACTION_ADD", "MESSAGE_REACTION_REMOVE", "MESSAGE_REACTION_REMOVE_ALL", "MESSAGE_REACTION_REMOVE_EMOJI");
        Guild(GuildMessageTyping, "TYPING_START");
        Guild(GuildScheduledEvents,
            "GUILD_SCHEDULED_EVENT_CREATE", "GUILD_SCHEDULED_EVENT_UPDATE", "GUILD_SCHEDULED_EVENT_DELETE",
            "GUILD_SCHEDULED_EVENT_USER_ADD", "GUILD_SCHEDULED_EVENT_USER_REMOVE");
        Guild(AutoModerationConfiguration, "AUTO_MODERATION_RULE_CREATE", "AUTO_MODERATION_RULE_UPDATE", "AUTO_MODERATION_RULE_DELETE");
        Guild(AutoModerationExecution, "AUTO_MODERATION_ACTION_EXECUTION");
        Guild(GatewayIntents.GuildMessagePolls, "MESSAGE_POLL_VOTE_ADD", "MESSAGE_POLL_VOTE_REMOVE");

        // Outside guilds: DMs. Guild-only events (roles, members, bulk delete...) cannot happen there at all: 0 means never.
        foreach (var name in table.Keys.ToArray())
        {
            table[name] = (table[name].Guild, 0);
        }

        Direct(GatewayIntents.DirectMessages, "CHANNEL_CREATE", "MESSAGE_CREATE", "MESSAGE_UPDATE", "MESSAGE_DELETE", "CHANNEL_PINS_UPDATE");
        Direct(GatewayIntents.DirectMessageReactions,
            "MESSAGE_REACTION_ADD", "MESSAGE_REACTION_REMOVE", "MESSAGE_REACTION_REMOVE_ALL", "MESSAGE_REACTION_REMOVE_EMOJI");
        Direct(DirectMessageTyping, "TYPING_START");
        Direct(DirectMessagePolls, "MESSAGE_POLL_VOTE_ADD", "MESSAGE_POLL_VOTE_REMOVE");
        return table;
    }
}
