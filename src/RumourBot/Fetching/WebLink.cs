namespace RumourBot.Fetching;

/// <summary>Checks a link a member typed before anything is fetched: an absolute http or https URL with a host.</summary>
public static class WebLink
{
    public const int MaxLength = 2000;

    /// <summary>The link, with its #fragment dropped; or why it cannot be fetched.</summary>
    public static bool TryParse(string? text, out Uri link, out string problem)
    {
        link = null!;
        problem = "";
        text = text?.Trim() ?? "";
        if (text.Length == 0)
        {
            problem = "No link was given.";
            return false;
        }
        if (text.Length > MaxLength)
        {
            problem = $"That link is {text.Length} characters long; at most {MaxLength}.";
            return false;
        }
        if (!Uri.TryCreate(text, UriKind.Absolute, out var parsed) || parsed.IsFile || parsed.IsUnc)
        {
            problem = $"'{text}' is not a web address; it should look like https://example.com/feed.xml.";
            return false;
        }
        if (!IsWebScheme(parsed))
        {
            problem = $"Only http:// and https:// links can be fetched, not {parsed.Scheme}://.";
            return false;
        }
        if (parsed.Host.Length == 0)
        {
            problem = $"'{text}' has no host name.";
            return false;
        }
        if (parsed.UserInfo.Length > 0)
        {
            problem = "Links with a user name or password in them are not fetched.";
            return false;
        }
        link = WithoutFragment(parsed);
        return true;
    }

    public static bool IsWebScheme(Uri url) => url.IsAbsoluteUri && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps);

    /// <summary>The fragment never reaches the server, so two links that differ only there are the same article.</summary>
    public static Uri WithoutFragment(Uri url) =>
        url.Fragment.Length == 0 ? url : new UriBuilder(url) { Fragment = "" }.Uri;
}
