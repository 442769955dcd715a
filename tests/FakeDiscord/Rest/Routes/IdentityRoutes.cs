using System.Text.Json.Nodes;
using FakeDiscord.Gateway;
using FakeDiscord.Model;

namespace FakeDiscord.Rest.Routes;

/// <summary>Who the bot is and where the gateway lives: <c>/gateway</c>, <c>/gateway/bot</c>, <c>/users/@me</c>, <c>/applications/@me</c>.</summary>
internal sealed class IdentityRoutes(FakeDiscordOptions options, GuildDirectory directory, GatewayHub gateway)
{
    private const int IdentifiesPerDay = 1000;

    public void Register(RouteTable routes)
    {
        routes.Add("GET", "/gateway", "gateway", l => l.Identity, GetGatewayAsync, RouteAuth.None);
        routes.Add("GET", "/gateway/bot", "gateway-bot", l => l.Identity, GetGatewayBotAsync);
        routes.Add("GET", "/users/@me", "users-me", l => l.Identity, GetCurrentUserAsync);
        routes.Add("GET", "/applications/@me", "applications-me", l => l.Identity, GetApplicationAsync);
    }

    private Task<RestResult> GetGatewayAsync(RestCall call) =>
        Task.FromResult(RestResult.Json(new JsonObject { ["url"] = gateway.GatewayUrl }));

    private Task<RestResult> GetGatewayBotAsync(RestCall call) =>
        Task.FromResult(RestResult.Json(new JsonObject
        {
            ["url"] = gateway.GatewayUrl,
            ["shards"] = options.RecommendedShards ?? Math.Max(1, (directory.Guilds.Count + options.MaxGuildsPerShard - 1) / options.MaxGuildsPerShard), // as FakeDiscordServer.RecommendedShards
            ["session_start_limit"] = new JsonObject
            {
                ["total"] = IdentifiesPerDay,
                ["remaining"] = Math.Max(0, IdentifiesPerDay - gateway.IdentifyCount),
                ["reset_after"] = 86_400_000,
                ["max_concurrency"] = 1,
            },
        }));

    private Task<RestResult> GetCurrentUserAsync(RestCall call)
    {
        var user = DiscordObjects.User(directory.Bot);
        user["mfa_enabled"] = false;
        user["locale"] = "en-US";
        user["premium_type"] = 0;
        user["email"] = null;
        user["verified"] = true;
        user["bio"] = string.Empty;
        return Task.FromResult(RestResult.Json(user));
    }

    private Task<RestResult> GetApplicationAsync(RestCall call) =>
        Task.FromResult(RestResult.Json(new JsonObject
        {
            ["id"] = DiscordObjects.Id(directory.ApplicationId),
            ["name"] = directory.Bot.Username,
            ["icon"] = null,
            ["description"] = "A FakeDiscord application",
            ["type"] = null,
            ["bot"] = DiscordObjects.User(directory.Bot),
            ["summary"] = string.Empty,
            ["bot_public"] = true,
            ["bot_require_code_grant"] = false,
            ["verify_key"] = "0000000000000000000000000000000000000000000000000000000000000000",
            ["flags"] = 0,
            ["hook"] = true,
            ["is_monetized"] = false,
            ["integration_types_config"] = new JsonObject { ["0"] = new JsonObject() },
            ["approximate_guild_count"] = directory.Guilds.Count,
            ["owner"] = directory.Guilds.FirstOrDefault() is { } guild
                ? DiscordObjects.User(directory.GetUser(guild.OwnerId))
                : DiscordObjects.User(directory.Bot),
            ["team"] = null,
            ["redirect_uris"] = new JsonArray(),
            ["interactions_endpoint_url"] = null,
        }));
}
