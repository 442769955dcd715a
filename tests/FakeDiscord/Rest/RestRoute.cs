using System.Security.Cryptography;
using System.Text;
using FakeDiscord.RateLimits;

namespace FakeDiscord.Rest;

/// <summary>One REST route: method, template with Discord's parameter names, its bucket and its handler.</summary>
internal sealed class RestRoute
{
    private static readonly string[] MajorParameters = ["channel_id", "guild_id", "webhook_id", "interaction_id"];

    public RestRoute(
        string method,
        string template,
        string bucket,
        Func<RateLimitOptions, RouteLimit> limit,
        RouteAuth auth,
        bool globalExempt,
        Func<RestCall, Task<RestResult>> handler)
    {
        Method = method;
        Template = template;
        Segments = template.Trim('/').Split('/');
        Bucket = bucket;
        BucketHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("fake-discord:" + bucket)).AsSpan(0, 16));
        Limit = limit;
        Auth = auth;
        GlobalExempt = globalExempt;
        Handler = handler;
    }

    public string Method { get; }

    /// <summary>E.g. <c>/channels/{channel_id}/messages</c>.</summary>
    public string Template { get; }

    public string[] Segments { get; }

    public string Bucket { get; }

    /// <summary>The opaque <c>X-RateLimit-Bucket</c> value, one per bucket name.</summary>
    public string BucketHash { get; }

    public Func<RateLimitOptions, RouteLimit> Limit { get; }

    public RouteAuth Auth { get; }

    /// <summary>Interaction endpoints do not count against the global limit.</summary>
    public bool GlobalExempt { get; }

    public Func<RestCall, Task<RestResult>> Handler { get; }

    /// <summary>The top-level resource a bucket is counted per: channel, guild, or webhook/interaction id + token.</summary>
    public string MajorKey(IReadOnlyDictionary<string, string> values)
    {
        foreach (var name in MajorParameters)
        {
            if (values.TryGetValue(name, out var value))
            {
                return name switch
                {
                    "webhook_id" => value + "/" + values.GetValueOrDefault("webhook_token"),
                    "interaction_id" => value + "/" + values.GetValueOrDefault("interaction_token"),
                    _ => value,
                };
            }
        }

        return string.Empty;
    }
}
