using Microsoft.Extensions.Options;
using RumourBot.Commands;
using RumourBot.Replies;
using RumourBot.Storage;

namespace RumourBot.Rumours;

/// <summary>
/// Who may use <c>/rumours submit</c>, and how often: each server chooses everyone (the default) or only members
/// with Manage Server (<c>/submit-access</c>), and every member has at most <see cref="LimitOptions.SubmitsPerMinute"/>
/// a minute, since each submit may fetch a page and every import is shared by all servers.
/// </summary>
public sealed class SubmitGate(RumourDatabase database, IOptions<LimitOptions> limits, TimeProvider time)
{
    public const string Everyone = "everyone";
    public const string Moderators = "moderators";

    private readonly MemberRateLimit _rate = new(limits.Value.SubmitsPerMinute, TimeSpan.FromMinutes(1), time);

    /// <summary>Null when the member may submit now (the submit is counted); else the polite refusal.</summary>
    public Reply? Refusal(CommandInvocation invocation)
    {
        if (Access(invocation.GuildId) == Moderators && !invocation.Has(Permissions.ManageGuild))
        {
            return Reply.Error("In this server only moderators (Manage Server) can submit reports; ask one to submit it for you.");
        }
        if (_rate.TryAcquire(invocation.UserId) is { } wait)
        {
            return Reply.Error($"You have submitted {_rate.Permits} reports in the last minute, the most anyone may; try again {MemberRateLimit.When(wait)}.");
        }
        return null;
    }

    public string Access(ulong guildId) => database.Settings.FindById(Key(guildId))?.Value ?? Everyone;

    public void SetAccess(ulong guildId, string access) => database.Settings.Upsert(new StoredSetting { Id = Key(guildId), Value = access });

    private static string Key(ulong guildId) => $"submit-access:{guildId}";
}
