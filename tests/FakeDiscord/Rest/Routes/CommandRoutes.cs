using System.Text.Json.Nodes;
using FakeDiscord.Commands;
using FakeDiscord.Model;

namespace FakeDiscord.Rest.Routes;

/// <summary>Global and guild application commands: bulk overwrite and list.</summary>
internal sealed class CommandRoutes(GuildDirectory directory, CommandStore commands)
{
    public void Register(RouteTable routes)
    {
        routes.Add("GET", "/applications/{application_id}/commands", "commands-read", l => l.ReadCommands, c => ListAsync(c, null));
        routes.Add("PUT", "/applications/{application_id}/commands", "commands-write", l => l.WriteCommands, c => OverwriteAsync(c, null));
        routes.Add("GET", "/applications/{application_id}/guilds/{guild_id}/commands", "commands-read", l => l.ReadCommands,
            c => ListAsync(c, c.Id("guild_id")));
        routes.Add("PUT", "/applications/{application_id}/guilds/{guild_id}/commands", "commands-write", l => l.WriteCommands,
            c => OverwriteAsync(c, c.Id("guild_id")));
    }

    private Task<RestResult> ListAsync(RestCall call, ulong? guildId) =>
        Task.FromResult(Check(call, guildId) ?? RestResult.Json(commands.List(guildId)));

    private Task<RestResult> OverwriteAsync(RestCall call, ulong? guildId)
    {
        if (Check(call, guildId) is { } denied)
        {
            return Task.FromResult(denied);
        }

        if (call.Body is not JsonArray definitions)
        {
            return Task.FromResult(RestResult.InvalidForm(string.Empty, "BASE_TYPE_ARRAY", "Must be an array."));
        }

        var errors = CommandRules.Validate(definitions);
        return Task.FromResult(errors.IsEmpty ? RestResult.Json(commands.Overwrite(guildId, definitions)) : RestResult.InvalidForm(errors));
    }

    /// <summary>Another application's commands, or a guild the bot is not in: Missing Access.</summary>
    private RestResult? Check(RestCall call, ulong? guildId)
    {
        if (call.Id("application_id") != directory.ApplicationId)
        {
            return RestResult.MissingAccess();
        }

        return guildId is { } guild && directory.FindGuild(guild) is null ? RestResult.MissingAccess() : null;
    }
}
