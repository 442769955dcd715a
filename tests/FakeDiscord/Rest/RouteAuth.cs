namespace FakeDiscord.Rest;

/// <summary>What a route needs in <c>Authorization</c>.</summary>
internal enum RouteAuth
{
    /// <summary>Nothing (GET /gateway).</summary>
    None,

    /// <summary><c>Bot {token}</c> is required.</summary>
    Bot,

    /// <summary>Interaction and webhook-token routes: the token in the path authenticates; a given header must still be right.</summary>
    Optional,
}
