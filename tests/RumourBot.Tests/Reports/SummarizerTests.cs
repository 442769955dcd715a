using RumourBot.Reports;
using RumourBot.Reports.Text;
using RumourBot.Tests.Support;

namespace RumourBot.Tests.Reports;

public class SummarizerTests
{
    public static TheoryData<string> SeedFiles() => [.. Directory.GetFiles(RepositoryPaths.Seeds, "*.txt").Select(f => Path.GetFileName(f)!)];

    [Theory]
    [MemberData(nameof(SeedFiles))]
    public void The_summary_is_two_or_three_of_the_articles_own_sentences_within_400_characters(string file)
    {
        var report = ReportFileReader.Read(RepositoryPaths.Seed(file));

        var summary = ReportAnalyzer.Default.Analyze(report).Summary;

        Assert.InRange(summary.Length, 1, Summarizer.MaxLength);
        var sentences = SentenceSplitter.Split(summary);
        Assert.InRange(sentences.Count, 2, 3);
        Assert.All(sentences, s => Assert.Contains(s.Text, report.Text));
    }

    [Fact]
    public void Lines_without_a_full_stop_stay_lines_of_their_own_in_the_summary()
    {
        // A wire bulletin: bullet lines with no full stop. Joined by spaces, the second and fourth would read as one
        // sentence the bulletin never wrote.
        const string text = "Aug 31 Lens SA :\n\n" +
            "* Finalizes the agreement with Porto for the loan of Tomas Varga for 5 million euros per year\n\n" +
            "* Has right to acquire Tomas Varga outright for 25 million euros\n\n" +
            "* To pay Porto up to 4 million euros more for Tomas Varga on achieving team performances";

        var summary = ReportAnalyzer.Default.Analyze(new Report("", null, null, null, text)).Summary;

        var sentences = SentenceSplitter.Split(summary);
        Assert.True(sentences.Count >= 2, summary);
        Assert.All(sentences, s => Assert.Contains(s.Text, text));
    }

    [Fact]
    public void A_list_item_keeps_its_bullet_at_a_lines_start_in_the_summary()
    {
        // A news digest told in bullet points: joined by a space, ". - The Telegraph" would hide the second item's bullet
        // inside the first item's line.
        const string text = "- Getafe have agreed a fee of about £20m with Valencia for Marco Delgado, subject to personal terms.\n" +
            "- Marca reports the player is keen on the move and could travel for a medical on Monday.\n" +
            "- Getafe are confident Delgado will be registered in time for the derby.";

        var summary = ReportAnalyzer.Default.Analyze(new Report("", null, null, null, text)).Summary;

        var lines = summary.Split('\n');
        Assert.True(lines.Length >= 2, summary);
        Assert.All(lines, line => Assert.StartsWith("- ", line));
        Assert.All(lines, line => Assert.Contains(line, text));
    }

    [Fact]
    public void An_embedded_post_opening_on_a_hashtag_is_left_out_of_the_summary()
    {
        const string text = "Bournemouth have made a £2m offer for Blackburn midfielder Joe Rothwell.\n" +
            "Rothwell, 27, is out of contract at Blackburn in the summer.\n" +
            "#AFCB have made an offer worth more than £2m for #Rovers midfielder Joe Rothwell.";

        var summary = ReportAnalyzer.Default.Analyze(new Report("", null, null, null, text)).Summary;

        Assert.DoesNotContain("#AFCB", summary, StringComparison.Ordinal);
        Assert.Contains("Bournemouth have made a £2m offer", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quotations_attribution_broken_onto_a_line_of_its_own_is_left_out_of_the_summary()
    {
        const string text = "Stephen Hunt has an agreement to leave Hull City after their relegation.\n" +
            "Hunt was the subject of a £5m bid from Wolves in January, but Hull turned it down.\n" +
            "\u201CI presume the club will want to sell me,\u201D\n" +
            "said the 28-year-old, whose current contract runs until 2013.";

        var summary = ReportAnalyzer.Default.Analyze(new Report("", null, null, null, text)).Summary;

        Assert.DoesNotContain("said the 28-year-old", summary, StringComparison.Ordinal);
        Assert.Contains("Hunt was the subject of a £5m bid", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_club_named_with_fc_at_the_end_of_a_sentence_ends_it()
    {
        var sentences = SentenceSplitter.Split("He joins after playing for Minnesota United FC. “He is a dynamic player,” said the president.");

        Assert.Equal(["He joins after playing for Minnesota United FC.", "“He is a dynamic player,” said the president."], sentences.Select(s => s.Text));
    }

    [Fact]
    public void A_league_s_letter_at_the_end_of_a_sentence_ends_it_where_an_initial_does_not()
    {
        var sentences = SentenceSplitter.Split("He has starred in his debut season in Serie A. Varga was signed by J. Smith in Group B. He cost £5m.");

        Assert.Equal(["He has starred in his debut season in Serie A.", "Varga was signed by J. Smith in Group B.", "He cost £5m."], sentences.Select(s => s.Text));
    }

    // "…made an offer for somebody! [Argentine and Sporting defender] Marcos Rojo refused…": an editor's bracket opens a sentence.
    [Fact]
    public void A_bracket_after_a_full_stop_opens_a_new_sentence()
    {
        var sentences = SentenceSplitter.Split("United have made an offer! [Sporting defender] Tomas Varga refused to train.");

        Assert.Equal(["United have made an offer!", "[Sporting defender] Tomas Varga refused to train."], sentences.Select(s => s.Text));
    }

    [Fact]
    public void Dotted_initials_inside_a_name_do_not_end_the_sentence()
    {
        var sentences = SentenceSplitter.Split("Maccabi Haifa are in talks to sign D.C. United defender Tomas Varga. He played for the U.S. Olympic team.");

        Assert.Equal(["Maccabi Haifa are in talks to sign D.C. United defender Tomas Varga.", "He played for the U.S. Olympic team."], sentences.Select(s => s.Text));
    }

    [Fact]
    public void A_one_sentence_report_is_its_own_summary()
    {
        const string text = "Chelsea have agreed a fee of £35m with Brighton for Jan Paul van Hecke.";

        var summary = ReportAnalyzer.Default.Analyze(new Report("", null, null, null, text)).Summary;

        Assert.Equal(text, summary);
    }

    [Fact]
    public void A_single_overlong_sentence_is_given_whole_never_cut()
    {
        var text = "Chelsea want " + string.Join(" and ", Enumerable.Repeat("a very long list of things", 40)) + ".";

        var summary = ReportAnalyzer.Default.Analyze(new Report("", null, null, null, text)).Summary;

        Assert.Equal(text, summary);
    }

    [Fact]
    public void A_quotation_over_two_sentences_is_never_split()
    {
        const string text = "Real Madrid have agreed a fee of €60m with Benfica for the defender. He will sign a five-year contract. " +
            "\"If something happens, we will respect it. But today he is our player,\" the president said. The fans were calm.";

        var summary = ReportAnalyzer.Default.Analyze(new Report("", null, null, null, text)).Summary;

        Assert.Equal(0, summary.Count(c => c == '"') % 2);
        Assert.Equal(summary.Contains("If something happens", StringComparison.Ordinal), summary.Contains("he is our player", StringComparison.Ordinal));
        Assert.Contains("agreed a fee of €60m", summary);
    }

    [Fact]
    public void A_quotation_still_open_after_four_sentences_is_left_out_whole()
    {
        // A quote over paragraphs run together: each reopens ("…with it. “He is…") and only the last one closes.
        const string text = "West Brom are yet to agree a new contract with Jonny Evans. " +
            "“Arsenal made a bid for him in the summer. Chelsea made a bid for him too. We said no to both of them at the time. " +
            "“He is under contract with West Brom until 2019. He knows he can talk to us about a new deal. " +
            "“We will give him the best deal we can.” The fans were calm about it all.";

        var summary = ReportAnalyzer.Default.Analyze(new Report("", null, null, null, text)).Summary;

        Assert.True(summary.Count(c => c == '“') == summary.Count(c => c == '”'), summary);
        Assert.Contains("yet to agree a new contract", summary);
    }

    [Fact]
    public void Html_entities_left_in_scraped_text_are_read_as_the_characters_they_stand_for()
    {
        const string text = "Morgan Sanson will arrive in Marseille this week and becomes Marseille&#039;s first signing of the window. " +
            "Montpellier &amp; Marseille agreed a fee of &euro;12 million for the midfielder.";

        var analysis = ReportAnalyzer.Default.Analyze(new Report("Sanson set for Marseille&#039;s medical", null, null, null, text));

        Assert.Contains("Marseille's first signing", analysis.Summary);
        Assert.DoesNotContain("&#", analysis.Summary);
        Assert.DoesNotContain("&amp;", analysis.Summary);
        Assert.Equal("EUR", analysis.MainMove?.Fee?.Currency);
    }

    [Fact]
    public void Bylines_questions_and_fragments_are_not_summary_sentences()
    {
        const string text = "By Transfer Desk\nBrighton have agreed a fee of £35m with Feyenoord for the striker Santiago Gimenez. " +
            "What does that mean for Danny Welbeck?\nSantiago Gimenez celebrates a goal\nHe will travel to the south coast for a medical on Tuesday. " +
            "Ditto for the club.";

        var summary = ReportAnalyzer.Default.Analyze(new Report("", null, null, null, text)).Summary;

        Assert.Equal("Brighton have agreed a fee of £35m with Feyenoord for the striker Santiago Gimenez. " +
            "He will travel to the south coast for a medical on Tuesday.", summary);
    }
}
