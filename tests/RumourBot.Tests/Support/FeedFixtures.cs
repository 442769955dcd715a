namespace RumourBot.Tests.Support;

/// <summary>The feed and article fixtures in Feeds/Fixtures, and a server that serves them all.</summary>
public static class FeedFixtures
{
    public const string Rss = "application/rss+xml; charset=utf-8";
    public const string Atom = "application/atom+xml; charset=utf-8";
    public const string Html = "text/html; charset=utf-8";

    /// <summary>The articles of both feeds, by file name without ".html"; served at /articles/NAME.html.</summary>
    public static readonly string[] Articles =
    [
        "brentford-velanco", "everton-keita-laurent", "bayern-oberholz", "villa-lindqvist", "palace-ravelle",
        "juventus-ashworth", "betis-maclaren",
    ];

    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Feeds", "Fixtures", name));

    /// <summary>
    /// /touchline.rss (4 articles, ETag "v1"), /mercato.atom (2 articles, no validators), and every article page.
    /// </summary>
    public static async Task<FeedServer> StartServerAsync()
    {
        var server = await FeedServer.StartAsync();
        server.ServeText("/touchline.rss", Rss, Read("touchline-wire.rss"), etag: "\"v1\"", lastModified: new DateTimeOffset(2025, 9, 30, 16, 45, 0, TimeSpan.Zero));
        server.ServeText("/mercato.atom", Atom, Read("mercato-desk.atom"));
        foreach (var article in Articles) server.ServeText($"/articles/{article}.html", Html, Read($"articles/{article}.html"));
        return server;
    }
}
