using System.Globalization;
using Microsoft.Extensions.Options;
using RumourBot.Commands;
using RumourBot.Replies;

namespace RumourBot.Rumours;

/// <summary>
/// Who may use <c>/rumours submit</c>, and how often: each server chooses everyone (the default), only members
/// with Manage Server, or members with one role (<c>/submit-access</c>; moderators always may), and every member has
/// at most <see cref="LimitOptions.SubmitsPerMinute"/> a minute, since each submit may fetch a page and every import
/// is shared by all servers.
/// </summary>
public sealed class SubmitGate(IRumourStore store, IOptions<LimitOptions> limits, TimeProvider time)
{
    public const string Everyone = "everyone";
    public const string Moderators = "moderators";
    public const string Role = "role";

    private const string RolePrefix = "role:";
    private readonly MemberRateLimit _rate = new(limits.Value.SubmitsPerMinute, TimeSpan.FromMinutes(1), time);

    /// <summary>Null when the member may submit now (the submit is counted); else the polite refusal.</summary>
    public Reply? Refusal(CommandInvocation invocation)
    {
        var access = Access(invocation.GuildId);
        if (access != Everyone && !invocation.Has(Permissions.ManageGuild))
        {
            if (access == Moderators)
            {
                return Reply.Error("In this server only moderators (Manage Server) can submit reports; ask one to submit it for you.");
            }
            if (RoleOf(access) is { } role && !invocation.HasRole(role))
            {
                return Reply.Error($"In this server only members with the {role.Display} role (or Manage Server) can submit reports; ask one of them to submit it for you.");
            }
        }
        if (_rate.TryAcquire(invocation.UserId) is { } wait)
        {
            return Reply.Error($"You have submitted {_rate.Permits} reports in the last minute, the most anyone may; try again {MemberRateLimit.When(wait)}.");
        }
        return null;
    }

    /// <summary><see cref="Everyone"/>, <see cref="Moderators"/>, or the role's setting (see <see cref="RoleOf"/>).</summary>
    public string Access(ulong guildId) => store.Setting(Key(guildId)) ?? Everyone;

    public void SetAccess(ulong guildId, string access) => store.SaveSetting(Key(guildId), access);

    /// <summary>Keeps submits to members with <paramref name="role"/> (and moderators).</summary>
    public void SetRole(ulong guildId, RoleChoice role) =>
        SetAccess(guildId, $"{RolePrefix}{role.Id?.ToString(CultureInfo.InvariantCulture)}:{role.Name}");

    /// <summary>The role a setting keeps submits to, or null for everyone/moderators.</summary>
    public static RoleChoice? RoleOf(string access)
    {
        if (!access.StartsWith(RolePrefix, StringComparison.Ordinal)) return null;
        var rest = access[RolePrefix.Length..];
        var colon = rest.IndexOf(':', StringComparison.Ordinal);
        var id = colon < 0 ? rest : rest[..colon];
        var name = colon < 0 ? null : rest[(colon + 1)..];
        return new RoleChoice(ulong.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null, name is { Length: > 0 } ? name : null);
    }

    private static string Key(ulong guildId) => $"submit-access:{guildId}";
}
