using RumourBot.Polls;

namespace RumourBot.Tests.Support;

/// <summary>An open Yes/No poll straight into the book, for tests about votes rather than the /poll command.</summary>
public static class TestPolls
{
    public static Poll Open(PollBook polls, TimeProvider time, string question = "Will Trent stay?", bool multiple = false, bool hidden = false, ulong guild = 1) =>
        polls.Create(new Poll
        {
            GuildId = guild,
            Question = question,
            Options = [.. PollDraft.YesNo],
            MultipleChoice = multiple,
            HideResults = hidden,
            CreatedAt = time.GetUtcNow(),
            ClosesAt = time.GetUtcNow().AddDays(1),
            State = PollState.Open,
        });
}
