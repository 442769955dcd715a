using System.Buffers;
using System.Text.RegularExpressions;

namespace RumourBot.Reports;

// Background: the clauses of a sentence that tell what happened before this story ("signed a new contract last
// summer", "collapsed a few weeks ago"), which no status or side of this move is read from.
public static partial class StatusDetector
{
    /// <summary>"signed a new contract last summer", "arrived from Atalanta in 2017": background, not this story's news.</summary>
    public static bool IsBackground(string sentence) => MayHold(sentence, HistoricalWords) && HistoricalAtWords.IsMatch(sentence);

    /// <summary>Where the background clause ends ("who joined Atalanta from Juventus in 2022"), or -1 when there is none.</summary>
    public static (int Start, int End) BackgroundSpan(string sentence) =>
        MayHold(sentence, HistoricalWords) && HistoricalAtWords.Match(sentence) is { Success: true } match ? (match.Index, match.Index + match.Length) : (-1, -1);

    /// <summary>Every background clause of the sentence ("back in summer 2022 when they paid Middlesbrough £20m" has two).</summary>
    public static IEnumerable<(int Start, int End)> BackgroundSpans(string sentence) =>
        MayHold(sentence, HistoricalWords) ? HistoricalAtWords.Matches(sentence).Select(m => (m.Index, m.Index + m.Length)) : [];

    public static int BackgroundEnd(string sentence) =>
        MayHold(sentence, HistoricalWords) && HistoricalAtWords.Match(sentence) is { Success: true } match ? match.Index + match.Length : -1;

    // The Kelvin sign is the one non-ASCII letter the patterns' ignore-case reads as an ASCII one ('k').
    private static bool MayHold(string sentence, SearchValues<string> words) =>
        sentence.AsSpan().IndexOfAny(words) >= 0 || sentence.Contains('\u212A');

    [GeneratedRegex(@"\blast (?:summer|year|season|window|month|january|february|march|april|may|june|july|august|september|october|november|december)\b|\b(?:starting|beginning) in (?:19|20)\d\d\b|\b(?:\d+|two|three|four|five|six|eight|ten|twelve|18) (?:months|years|seasons) ago\b|\bwhen he (?:moved|joined|signed|arrived|left)\b|\bpreviously\b|\bback in (?:the )?(?:(?:19|20)\d\d|january|february|march|april|may|june|july|august|september|october|november|december|summer|winter|spring|autumn|day|days)\b|\bwhen\b[^.,;]{0,40}\b(?:sold|bought|paid)\b|\bhad already (?:secured|signed|brought in|completed|sold|added|landed)\b|\bat the time\b|\bat one (?:stage|point)\b|\bprior to (?:the )?(?:euro |world cup )?(?:19|20)\d\d\b|\byears ago\b|\b(?:joined|joining|arrived|arriving|signed|signing|sign|moved|moving|bought|sold|paid|cost|left)\b(?:[^.]|(?<=\d)\.(?=\d))*\bin (?:the (?:summer|winter|january|spring) of |(?:summer|winter|spring|autumn) )?(?:19|20)\d\d\b|\b(?:joined|arrived|signed|moved|bought|sold|paid|failed)\b(?:[^.]|(?<=\d)\.(?=\d))*\bin (?:january|february|march|april|may|june|july|august|september|october|november|december) (?:19|20)\d\d\b|\b(?<!\b(?:has|have|had) )(?:only |originally |first )?(?:joined|arrived at)\b(?![^.;]{0,40}?\bloan\b)[^.;]{0,40}?\bin (?:january|february|march|april|may|june|july|august|september|october|november|december)\b(?! (?:19|20)\d\d)|\bsince (?:he |his )?(?:joined|left|arrived|signed|moved|joining|arriving|signing|transferring|moving)\b|\binitially (?:joined|arrived|moved)\b|^\W*in (?:the summer of |(?:january|february|march|april|may|june|july|august|september|october|november|december) )?(?:19|20)\d\d,", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Historical();

    // Past events a status sentence may report without a year: "collapsed a few weeks ago", "signed a new contract in December".
    [GeneratedRegex(@"\b(?:a few|a couple of|several|\d+|two|three|four|five|six) (?:weeks|days|months) ago\b|\ba (?:week|month) ago\b|\bearlier (?:this|in the) (?:month|summer|year|window|season)\b|\bmonths ago\b|\bin the past\b|\bin recent (?:years|seasons|windows|summers)\b|\blast (?:january|february|march|april|may|june|july|august|september|october|november|december)\b|\bprevious (?:\w+ )?(?:offer|bid|approach)|\b(?:signed|joined|renewed|extended|arrived|collapsed)\b[^.]{0,60}\bin (?:january|february|march|april|june|july|august|september|october|november|december)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RecentPast();
}
