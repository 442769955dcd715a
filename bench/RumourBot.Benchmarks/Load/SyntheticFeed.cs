using System.Globalization;
using System.Net;
using System.Text;

namespace RumourBot.Benchmarks.Load;

/// <summary>
/// An invented RSS feed of many transfer articles and their pages, for the feed ingestion measurement: every
/// article names a different (invented) player moving between real clubs, in one of five kinds of story.
/// </summary>
public static class SyntheticFeed
{
    private static readonly string[] FirstNames = ["Dario", "Tomas", "Mateo", "Jonah", "Kwame", "Niklas", "Lucas", "Enzo", "Callum", "Ilias"];
    private static readonly string[] Surnames = ["Velanco", "Brandauer", "Sandoval", "Pettersen", "Osei-Bright", "Markou", "Lindgren", "Ravelle", "Ashworth", "Okafor-Reyes"];
    private static readonly string[] Clubs =
    [
        "Arsenal", "Chelsea", "Liverpool", "Tottenham Hotspur", "Aston Villa", "Newcastle United", "Everton", "Brentford",
        "Fulham", "Crystal Palace", "Bayern Munich", "Borussia Dortmund", "Juventus", "Napoli", "Real Madrid", "Barcelona",
        "Atletico Madrid", "Real Betis", "Porto", "Benfica", "Sporting CP", "Ajax", "Lyon", "Lille",
    ];
    private static readonly string[] Positions = ["midfielder", "centre-back", "winger", "striker", "full-back"];

    public static string Player(int i) => $"{FirstNames[i % 10]} {Surnames[i / 10 % 10]}";

    public static string Rss(string baseUrl, int count)
    {
        var items = new StringBuilder();
        var published = new DateTimeOffset(2025, 9, 30, 18, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < count; i++)
        {
            items.Append(CultureInfo.InvariantCulture,
                $"<item><title>{WebUtility.HtmlEncode(Title(i))}</title><link>{baseUrl}/articles/{i}.html</link><guid isPermaLink=\"false\">synthetic-{i}</guid>" +
                $"<pubDate>{published.AddMinutes(-17 * i):R}</pubDate><description>{WebUtility.HtmlEncode($"<p>{Title(i)}.</p>")}</description></item>");
        }
        return $"<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Synthetic Transfer Wire</title><link>{baseUrl}/</link>{items}</channel></rss>";
    }

    public static string Page(int i)
    {
        var paragraphs = Story(i).Select(p => $"<p>{WebUtility.HtmlEncode(p)}</p>");
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + WebUtility.HtmlEncode(Title(i)) +
               "</title><meta property=\"og:site_name\" content=\"Synthetic Transfer Wire\"></head><body><header><nav><a href=\"/\">Home</a> " +
               "<a href=\"/transfers\">Transfers</a></nav></header><main><article><h1>" + WebUtility.HtmlEncode(Title(i)) + "</h1>" +
               string.Concat(paragraphs) + "</article><aside><h2>Most read</h2><ul><li>Ten things from the weekend</li></ul></aside></main>" +
               "<footer>Synthetic Transfer Wire. All rights reserved.</footer></body></html>";
    }

    private static (string Player, string From, string To, string Fee, string Position, int Age) Facts(int i) =>
        (Player(i), Clubs[i % Clubs.Length], Clubs[(i * 7 + 5) % Clubs.Length], $"£{10 + i % 40} million", Positions[i % Positions.Length], 19 + i % 12);

    private static string Title(int i)
    {
        var (player, from, to, fee, _, _) = Facts(i);
        return (i % 5) switch
        {
            0 => $"{to} open talks with {from} over {player}",
            1 => $"{from} reject {fee} bid from {to} for {player}",
            2 => $"{to} agree {fee} fee with {from} for {player}",
            3 => $"{to} complete signing of {player} from {from}",
            _ => $"{to} submit bid for {from} {Facts(i).Position} {player}",
        };
    }

    private static IEnumerable<string> Story(int i)
    {
        var (player, from, to, fee, position, age) = Facts(i);
        var surname = player[(player.IndexOf(' ', StringComparison.Ordinal) + 1)..];
        yield return (i % 5) switch
        {
            0 => $"{to} have opened talks with {from} over a deal for {player}, the {age}-year-old {position}, and hope to agree a fee of around {fee}.",
            1 => $"{from} have rejected a bid of {fee} from {to} for {player}, telling the club that the {age}-year-old {position} is not for sale.",
            2 => $"{to} have agreed a {fee} fee with {from} for {player}, and the {age}-year-old {position} will have a medical this week.",
            3 => $"{to} have completed the signing of {player} from {from} for {fee}, with the {age}-year-old {position} signing a five-year contract.",
            _ => $"{to} have submitted a bid of around {fee} for {from} {position} {player}, who is {age}.",
        };
        yield return $"{surname} has been one of the most consistent performers in his league this season, starting {20 + i % 15} matches and impressing scouts from several countries with his work rate and his decisions on the ball.";
        yield return $"Officials from both clubs are expected to speak again in the coming days. {from} would prefer to keep the player until the end of the season, but the offer has forced them to consider their position.";
        yield return $"The {position} has two years left on his current contract, and people close to him say he would welcome a new challenge if the clubs can find an agreement that suits everyone involved.";
    }
}
