using System.Security.Cryptography;
using System.Text;

namespace RumourBot.Ingestion;

/// <summary>
/// Every string from outside (a feed, a page, a member) is cut to these lengths on the way in, before it is kept
/// anywhere: a hostile feed or page can send megabytes in one title or site name, and that copied into every
/// seen-article record or into a rumour shared by every server would fill the disk or break the rumour.
/// </summary>
public static class InboundText
{
    public const int MaxTitle = 300;
    public const int MaxOutlet = 100;
    public const int MaxLink = 2000;
    public const int MaxSummary = 1000;

    public static string Title(string title) => Cut(title, MaxTitle);

    public static string? Outlet(string? outlet) => outlet is null ? null : Cut(outlet, MaxOutlet);

    public static string Summary(string summary) => Cut(summary, MaxSummary);

    /// <summary>A link longer than any real one is dropped rather than cut (a cut link leads elsewhere).</summary>
    public static string? Link(string? link) => link is { Length: > MaxLink } ? null : link;

    /// <summary>
    /// A feed's id for an article (a guid): a longer one keeps its start and a hash of the whole, so two long ids
    /// that differ only at the end stay different.
    /// </summary>
    public static string? Key(string? key) =>
        key is not { Length: > MaxLink } ? key : key[..(MaxLink - 65)] + "#" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    // At a word where there is one near the end, with an ellipsis.
    private static string Cut(string text, int max)
    {
        if (text.Length <= max) return text;
        var space = text.LastIndexOf(' ', max - 1, Math.Min(max - 1, 40));
        return text[..(space > 0 ? space : max - 1)].TrimEnd() + "…";
    }
}
