using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using RumourBot.Reports;
using RumourBot.Reports.Text;
using RumourBot.Tests.Support;

namespace RumourBot.Tests.Reports;

/// <summary>
/// The engines that scan for cues must find exactly what the searches they replaced found: every list whose word
/// occurs (case-blind, ordinal), and every match of a pattern, in order.
/// </summary>
public class CueScanningTests
{
    private static readonly string[] Pieces =
        ["he", "she", "hers", "his", "HIS", "Hers", " ", "  ", "-", "new", "renewal", "News", "off", "offer", "u-turn", "talk", "ed", "s", "é", "\u212A", "\u017F", "ago", "last", "k", "K", ".", ",", "2019", "in 20", "Sign", "signed", "’", "‘", "“", "no", "it", "—"];

    private static IEnumerable<string> RandomTexts(int seed, int count)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var text = new StringBuilder();
            for (var n = random.Next(0, 30); n > 0; n--) text.Append(Pieces[random.Next(Pieces.Length)]);
            yield return text.ToString();
        }
    }

    [Fact]
    public void The_scanner_finds_the_lists_whose_words_occur_as_a_case_blind_ordinal_search_does()
    {
        (string Word, ulong Bits)[] words =
            [("he", 1), ("she", 2), ("hers", 4), ("his", 8), ("u-turn", 16), ("new", 32), ("renewal", 32), ("off", 64), ("last ", 128), (" ago", 128), ("in 20", 256), ("é", 512), ("kk", 1024), ("it’s off", 2048), ("“no", 4096), ("’", 8192), ("s—", 16384)];
        var scanner = new WordSetScanner(words);
        var checkedTexts = 0;
        foreach (var text in RandomTexts(seed: 7, count: 5000).Append("Ushers said HERS").Append("a U-TURN, off the record").Append("\u212A\u212A and \u017Fhe").Append("IT’S OFF, said “No”"))
        {
            ulong expected = 0;
            foreach (var (word, bits) in words) if (text.Contains(word, StringComparison.OrdinalIgnoreCase)) expected |= bits;
            Assert.Equal(expected, scanner.Scan(text));
            checkedTexts++;
        }
        Assert.Equal(5004, checkedTexts);
    }

    // Deseret's capital and small long I (U+10400, U+10428) are one letter in two cases beyond the first plane.
    [Theory]
    [InlineData("\U00010400x", "a \U00010428x b")]
    [InlineData("\U00010400x", "a \U00010400x b")]
    [InlineData("\U00010400x", "a \U00010401x b")]
    public void A_word_with_a_letter_beyond_the_first_plane_is_found_as_a_case_blind_search_finds_it(string word, string text)
    {
        var scanner = new WordSetScanner([(word, 1)]);
        Assert.Equal(text.Contains(word, StringComparison.OrdinalIgnoreCase) ? 1UL : 0UL, scanner.Scan(text));
    }

    [Fact]
    public void A_non_ascii_letter_is_no_ascii_one_to_the_scanner()
    {
        var scanner = new WordSetScanner([("kick", 1), ("last", 2)]);
        Assert.Equal(0UL, scanner.Scan("\u212Aick la\u017Ft")); // the Kelvin sign and the long s, as ordinal case-blind search reads them
        Assert.Equal(3UL, scanner.Scan("KICK LAST"));
    }

    [Theory]
    [InlineData(@"\bofficially signs?\b|\b(?:has|have) (?:now )?joined\b")]
    [InlineData(@"\b(?:have |has )?paid (?:a )?fee to\b|\bnew\b")]
    [InlineData(@"\bhe\b|\bhers?\b|\bsigned\b(?! ago)|\bin (?:19|20)\d\d")]
    [InlineData(@"\b(?:\d+|two) (?:weeks|months) ago\b|\b2019\b|\blast (?:\S+ )?ago")]
    [InlineData(@"\bsign|\bhe\b|\bsigned\b|\b(?:ago|signs)|\b(?:la|x)?st")] // two branches of one letter: the first wins
    [InlineData(@"\bhe\b|^\W*in (?:the summer of )?20\d\d,|\bsigned\b")] // a branch at the text's start is tried there alone
    [InlineData(@"^\W*in 20\d\d|\bin\b|^he\b|\b2019\b")] // the pattern's order still chooses among the branches at the start
    [InlineData(@"\b(?<!\bbe )(?:paid|signed)\b|\b(?-i:P)\S*, who paid\b|\b(?=(?:in|since) )(?<!\bhe )(?:in|since) 20\d\d\b|\b(?:is|as|(?<=['’])s) free\b")] // lookarounds and case options first
    [InlineData(@"\bs(?<=\bs)(?=h|\b)(?:he)?\b|\bu-?turn|\bk(?:ick)+|\bl(?<pre>a)*st\b|\bo(?i:f)f|\bh[ei]rs?\b|\b(?:e|2)d{1,2}")] // what the openings' reading lets through
    public void A_pattern_whose_branches_begin_at_words_finds_the_same_matches_at_word_starts(string pattern)
    {
        var regex = new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        var atWords = new WordStartPattern(regex);
        Assert.True(atWords.AtWordStarts);
        var texts = RandomTexts(seed: 11, count: 3000).Concat(["He has now joined and officially signs", "they have paid a fee to Porto", "in 2019 he signed", "Hers? his. signed ago", "12 weeks ago, two months ago, x2019", "In 2019, he signed", "“in 2019, he", "in 2019 he signed", "He in 2019, he", "Porto, who paid", "he's free, Smith’s free", "be paid, he signed", "he since 2019 in 2020"]).ToList();
        var found = 0;
        foreach (var text in texts)
        {
            var expected = regex.Matches(text).Select(m => (m.Index, m.Value)).ToList();
            Assert.Equal(expected, atWords.Matches(text).Select(m => (m.Index, m.Value)).ToList());
            Assert.Equal(regex.IsMatch(text), atWords.IsMatch(text));
            var first = regex.Match(text);
            Assert.Equal((first.Success, first.Index, first.Value), (atWords.Match(text).Success, atWords.Match(text).Index, atWords.Match(text).Value));
            found += expected.Count;
        }
        Assert.True(found > 0);
    }

    // .NET 10's compiled regex throws IndexOutOfRangeException on this headline with the denial cues (dotnet/runtime#129511
    // is of the same kind); the interpreter reads it, and finds no status in it.
    [Fact]
    public void A_sentence_that_trips_the_compiled_regex_engine_is_read_by_the_interpreter() =>
        Assert.Equal(MoveStatus.Unknown, StatusDetector.DetectOne("Alba agent quashes League in their opening three games"));

    // Halves of real sentences spliced together: ordinary words in orders no report has used, the input that found the
    // headline above. Every cue pattern runs on each, headline and sentence alike; none may throw.
    [Fact]
    public void Sentences_spliced_from_real_reports_are_read_without_failing()
    {
        var dev = Path.Combine(RepositoryPaths.Root, "tests", "RumourBot.Tests", "Reports", "RealReports", "Dev");
        var sentences = Directory.GetFiles(dev, "*.txt").Order(StringComparer.Ordinal)
            .Select(ReportFileReader.Read)
            .SelectMany(report => (report.Title + "\n" + report.Text).Split([". ", "\n"], StringSplitOptions.RemoveEmptyEntries))
            .Select(sentence => sentence.Split(' '))
            .ToArray();
        var random = new Random(1);
        for (var i = 0; i < 50_000; i++)
        {
            var (first, second) = (sentences[random.Next(sentences.Length)], sentences[random.Next(sentences.Length)]);
            var spliced = string.Join(' ', first.Take(random.Next(first.Length + 1)).Concat(second.Skip(random.Next(second.Length + 1))));
            StatusDetector.DetectOne(spliced);
            StatusDetector.DetectHeadline(spliced);
        }
    }

    [Theory]
    [InlineData(@"\bofficially signs?\b", "of")]
    [InlineData(@"\b(?:was|were|been) paraded\b", "wa we be")]
    [InlineData(@"\b(?:has|have) (?:now )?joined\b", "ha")]
    [InlineData(@"\bs?he\b", "sh he")]
    [InlineData(@"\ba(?:\S+ )?deal", "a ad")] // "a" then anything: the class is not read
    [InlineData(@"\b(?<!\bany )talks\b", "ta")] // a lookbehind matches no character
    [InlineData(@"\b\d+ weeks", "0 1 2 3 4 5 6 7 8 9")]
    [InlineData(@"\b(?:u-turn|up)", "u- up")]
    [InlineData(@"\b(?i:he)s?\b", "he")] // a case option's group is read like any other
    public void A_branch_opens_only_with_the_pairs_its_text_allows(string branch, string openings) =>
        Assert.Equal(openings.Split(' ').Order(), MatchStarts.Openings(branch, 2).Distinct().Order());

    [Fact]
    public void A_word_whose_first_three_characters_open_no_branch_is_passed_over_and_any_other_is_tried()
    {
        var starts = MatchStarts.Read([@"\bofficially signs?\b", @"\b(?:has|have) joined\b", @"\ba\b", @"\bno\b"])!;
        Assert.False(starts.MayStartAt("they signed", 0));
        Assert.False(starts.MayStartAt("he often signed", 3)); // "of" opens a branch, "oft" does not
        Assert.False(starts.MayStartAt("he hated it", 3));
        Assert.True(starts.MayStartAt("said no.", 5)); // "no" may be followed by anything
        Assert.True(starts.MayStartAt("said no", 5)); // the text's end among them
        Assert.True(starts.MayStartAt("they OFFICIALLY signed", 5));
        Assert.True(starts.MayStartAt("he has joined", 3));
        Assert.True(starts.MayStartAt("a", 0)); // "a" may be followed by anything, the text's end among them
        Assert.True(starts.MayStartAt("h\u00E9", 0)); // a character outside ASCII is always tried
        Assert.Null(MatchStarts.Read([@"\bsigned", @"\b(?-i:[A-Z])\w+ joined"]));
    }

    [Fact]
    public void Every_status_cue_pattern_passes_over_the_words_none_of_its_branches_open_with() =>
        Assert.Empty(StatusDetector.CuesTriedAtEveryWord);

    [Theory]
    [InlineData(@"\bbid\b|£\d+")] // a branch that starts at a pound sign
    [InlineData(@"\bs?he\b")] // a letter that may be skipped
    [InlineData(@"\b\d*he\b")] // a digit that may be skipped
    [InlineData(@"\bbid|(?<=\s)offer")] // a branch without \b
    [InlineData(@"^\W*in (\d+)|\bbid\b")] // a branch at the start, with a group that splitting would renumber
    public void A_pattern_with_a_branch_of_another_shape_runs_as_it_is(string pattern)
    {
        var regex = new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        var atWords = new WordStartPattern(regex);
        Assert.False(atWords.AtWordStarts);
        const string text = "a £40 offer, two weeks ago: he bid";
        Assert.Equal(regex.Matches(text).Select(m => m.Value), atWords.Matches(text).Select(m => m.Value));
    }

    [Theory]
    [InlineData(@"\bofficially signs?\b", "o")]
    [InlineData(@"\b(?:has|have) (?:now )?joined\b", "h")]
    [InlineData(@"\b(?:\d+|two) weeks", "0123456789t")]
    [InlineData(@"\b(?:(?:a|an) |the )deal", "at")]
    [InlineData(@"\b(?<!\bbe )(?:paid|signed)", "ps")] // a lookbehind matches no character
    [InlineData(@"\b(?=(?:in|since) )(?:in|since)", "is")]
    [InlineData(@"\b(?-i:F)ree", "f")]
    public void A_branch_is_tried_only_at_words_starting_with_the_letters_it_can_start_with(string branch, string letters) =>
        Assert.Equal(letters.Order(), WordStartPattern.FirstLetters(branch)!.Order());

    [Theory]
    [InlineData(@"\b(?:la|x)?st")] // a group that may be skipped
    [InlineData(@"\bs?he")]
    [InlineData(@"\b(?-i:[A-Z])\w+ for")]
    public void A_branch_whose_first_letter_cannot_be_read_is_tried_at_every_word(string branch) =>
        Assert.Null(WordStartPattern.FirstLetters(branch));

    [Fact]
    public void Every_status_cue_pattern_is_tried_at_word_starts_only()
    {
        // A branch that starts anywhere else ("|£|€|\$" in a group of words) makes its whole pattern run at every
        // character of every sentence holding a trigger word: several times slower. Start such a branch at a word.
        Assert.Empty(StatusDetector.CuesTriedAtEveryCharacter);
    }

    // A pattern the source generator cannot build (a case-insensitive backreference, for one) silently becomes an
    // interpreted Regex; SymbolFirst did, and ran interpreted on every sentence that holds a currency sign.
    [Fact]
    public void Every_generated_pattern_is_built_by_the_source_generator_not_the_interpreter()
    {
        var patterns = typeof(ReportAnalyzer).Assembly.GetTypes()
            .SelectMany(type => type.GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Where(method => method.GetCustomAttribute<GeneratedRegexAttribute>() is not null)
            .ToList();
        Assert.True(patterns.Count > 100, $"found only {patterns.Count} generated patterns");
        var interpreted = patterns.Where(method => method.Invoke(null, null)!.GetType() == typeof(Regex)).Select(method => $"{method.DeclaringType!.Name}.{method.Name}");
        Assert.Empty(interpreted);
    }
}
