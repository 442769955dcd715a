using RumourBot.Polls;
using RumourBot.Reports.Clubs;
using RumourBot.Settling;

namespace RumourBot.Tests.Settling;

public class PollAnswerDeriverTests
{
    private static readonly PollAnswerDeriver Deriver = new(new ClubMatch(ClubGazetteer.Default));
    private static readonly IReadOnlyList<SettledOption> YesNo = PollDraft.YesNo.Select(o => new SettledOption(o.Emoji, o.Label, 0)).ToList();

    private static Settlement Trent(TransferOutcome outcome, string? club = null) => new()
    {
        Player = "Trent Alexander-Arnold",
        FromClub = "Liverpool",
        RumourClub = "Real Madrid",
        Outcome = outcome,
        Club = outcome == TransferOutcome.Completed ? "Real Madrid" : club,
    };

    private static string? YesOrNo(string question, TransferOutcome outcome, string? club = null) =>
        Deriver.Derive(question, YesNo, Trent(outcome, club)).Emoji switch
        {
            "✅" => "Yes",
            "❌" => "No",
            null => null,
            var other => throw new InvalidOperationException(other),
        };

    [Theory]
    [InlineData("Will Trent stay?", TransferOutcome.Stayed, null, "Yes")]
    [InlineData("Will Trent stay?", TransferOutcome.Completed, null, "No")]
    [InlineData("Will Trent stay?", TransferOutcome.Elsewhere, "Chelsea", "No")]
    [InlineData("will he stay", TransferOutcome.Stayed, null, "Yes")]
    [InlineData("Will Trent stay at Liverpool?", TransferOutcome.Stayed, null, "Yes")]
    [InlineData("Is Alexander-Arnold staying?", TransferOutcome.Stayed, null, "Yes")]
    [InlineData("Will Trent sign a new contract?", TransferOutcome.Completed, null, "No")]
    [InlineData("Will Trent join Real Madrid?", TransferOutcome.Completed, null, "Yes")]
    [InlineData("Will Trent join Los Blancos?", TransferOutcome.Completed, null, "Yes")]
    [InlineData("Will Trent Alexander-Arnold move to Real Madrid?", TransferOutcome.Completed, null, "Yes")]
    [InlineData("Will Trent join Real Madrid?", TransferOutcome.Elsewhere, "Chelsea", "No")]
    [InlineData("Will Trent move to Chelsea?", TransferOutcome.Elsewhere, "Chelsea", "Yes")]
    [InlineData("Will Trent join Real Madrid?", TransferOutcome.Stayed, null, "No")]
    [InlineData("Will Trent join Real Madrid?", TransferOutcome.Collapsed, null, "No")]
    [InlineData("Will Trent leave?", TransferOutcome.Completed, null, "Yes")]
    [InlineData("Will Trent leave Liverpool?", TransferOutcome.Elsewhere, "Chelsea", "Yes")]
    [InlineData("Will Trent leave?", TransferOutcome.Stayed, null, "No")]
    public void A_plain_question_is_answered_from_the_outcome(string question, TransferOutcome outcome, string? club, string expected) =>
        Assert.Equal(expected, YesOrNo(question, outcome, club));

    [Theory]
    [InlineData("Will Trent stay?", TransferOutcome.Collapsed, null)] // a collapse is not a stay for good
    [InlineData("Will Trent leave?", TransferOutcome.Collapsed, null)]
    [InlineData("Will Trent join Chelsea?", TransferOutcome.Collapsed, null)] // the Real Madrid move collapsing says nothing of Chelsea
    [InlineData("Will Trent stay at Chelsea?", TransferOutcome.Stayed, null)]
    [InlineData("Will Trent join Real Madrid this summer?", TransferOutcome.Completed, null)]
    [InlineData("Will Trent join Real Madrid for more than £50m?", TransferOutcome.Completed, null)]
    [InlineData("Will Trent not join Real Madrid?", TransferOutcome.Completed, null)]
    [InlineData("Won't Trent stay?", TransferOutcome.Stayed, null)]
    [InlineData("Will Salah join Real Madrid?", TransferOutcome.Completed, null)] // another player
    [InlineData("Will Trent stay or join Real Madrid?", TransferOutcome.Completed, null)]
    [InlineData("Who wins the league?", TransferOutcome.Stayed, null)]
    public void Anything_else_is_left_to_a_moderator(string question, TransferOutcome outcome, string? club)
    {
        var derived = Deriver.Derive(question, YesNo, Trent(outcome, club));

        Assert.Null(derived.Emoji);
        Assert.NotEmpty(derived.Reason);
    }

    private static IReadOnlyList<SettledOption> Answers(params string[] labels) =>
        labels.Select((label, i) => new SettledOption(PollDraft.NumberEmojis[i], label, 0)).ToList();

    [Theory]
    [InlineData(TransferOutcome.Completed, null, "1️⃣")]
    [InlineData(TransferOutcome.Stayed, null, "3️⃣")]
    [InlineData(TransferOutcome.Elsewhere, "Manchester City", "2️⃣")] // "Man City" is Manchester City
    [InlineData(TransferOutcome.Elsewhere, "Chelsea", null)] // no answer names Chelsea
    [InlineData(TransferOutcome.Collapsed, null, null)]
    public void Answers_that_name_the_club_or_say_he_stays_are_matched(TransferOutcome outcome, string? club, string? expected) =>
        Assert.Equal(expected, Deriver.Derive("Where will Trent play next season?", Answers("Real Madrid", "Man City", "Stays"), Trent(outcome, club)).Emoji);

    [Fact]
    public void Answers_phrased_as_moves_count_but_ambiguous_or_qualified_ones_do_not()
    {
        var phrased = Answers("Joins Chelsea", "Stays at Liverpool", "Somewhere else");
        Assert.Equal("1️⃣", Deriver.Derive("What next?", phrased, Trent(TransferOutcome.Elsewhere, "Chelsea")).Emoji);
        Assert.Equal("2️⃣", Deriver.Derive("What next?", phrased, Trent(TransferOutcome.Stayed)).Emoji);

        Assert.Null(Deriver.Derive("How?", Answers("Real Madrid on loan", "Real Madrid for good"), Trent(TransferOutcome.Completed)).Emoji);
        Assert.Null(Deriver.Derive("What?", Answers("Stays", "He stays", "Leaves"), Trent(TransferOutcome.Stayed)).Emoji);
    }
}
