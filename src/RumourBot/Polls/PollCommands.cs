using Microsoft.Extensions.Options;
using RumourBot.Charts;
using RumourBot.Commands;
using RumourBot.Replies;
using RumourBot.Rumours;

namespace RumourBot.Polls;

/// <summary><c>/poll create | results | close</c>: reaction polls, optionally tied to a rumour.</summary>
public sealed class PollCommands(PollBook polls, RumourBook rumours, TimeProvider time, IOptions<LimitOptions>? limits = null) : ICommandModule
{
    private readonly LimitOptions _limits = limits?.Value ?? new LimitOptions();

    public IEnumerable<CommandDefinition> Commands =>
    [
        new("poll", "create", "Open a reaction poll, e.g. \"Will Trent stay?\"",
            [
                new CommandOption("question", "The question", Required: true, MaxLength: PollDraft.MaxQuestion),
                new CommandOption("options", "Answers separated by | (default Yes | No), at most 10", MaxLength: 600),
                new CommandOption("duration", "How long it runs, e.g. 2d, 12h (default 24h, at most 14d)", MaxLength: 20),
                new CommandOption("multiple", "Members may pick more than one answer", CommandOptionType.Boolean),
                new CommandOption("hide_results", "Keep the tally hidden until the poll closes", CommandOptionType.Boolean),
                new CommandOption("rumour", "The player whose rumour the poll is about", MaxLength: 100),
            ],
            CreateAsync),
        new("poll", "results", "A poll's current or final result",
            [new CommandOption("id", "The poll's number", CommandOptionType.Integer, Required: true, MinValue: 1, MaxValue: int.MaxValue)],
            ResultsAsync),
        new("poll", "close", "Close a poll now (its creator, or Manage Server)",
            [new CommandOption("id", "The poll's number", CommandOptionType.Integer, Required: true, MinValue: 1, MaxValue: int.MaxValue)],
            CloseAsync),
    ];

    private ValueTask<Reply> CreateAsync(CommandInvocation invocation, CancellationToken cancellationToken)
    {
        if (OpenPollsRefusal(invocation) is { } refusal) return ValueTask.FromResult(refusal);
        var question = invocation.GetString("question")!;
        if (PollDraft.CheckQuestion(question) is { } questionProblem) return Error(questionProblem);
        var (options, optionsProblem) = PollDraft.ParseOptions(invocation.GetString("options"));
        if (optionsProblem is not null) return Error(optionsProblem);
        var (duration, durationProblem) = PollDraft.ParseDuration(invocation.GetString("duration"));
        if (durationProblem is not null) return Error(durationProblem);
        string? rumourId = null;
        if (invocation.GetString("rumour") is { } player)
        {
            var found = rumours.About(player);
            if (found.Count == 0) return Error($"No rumour about '{player}'; /rumours latest lists them.");
            rumourId = found[0].Id;
        }

        var now = time.GetUtcNow();
        var poll = polls.Create(new Poll
        {
            GuildId = invocation.GuildId,
            Question = question.Trim(),
            Options = [.. options!],
            MultipleChoice = invocation.GetBoolean("multiple") ?? false,
            HideResults = invocation.GetBoolean("hide_results") ?? false,
            RumourId = rumourId,
            CreatorId = invocation.UserId,
            CreatorName = invocation.UserName,
            CreatedAt = now,
            ClosesAt = now + duration!.Value,
            State = PollState.Open,
        });
        return ValueTask.FromResult(Render(poll, polls.Tally(poll), $"Poll #{poll.Id} is open") with
        {
            Reactions = poll.Options.Select(o => o.Emoji).ToList(),
            Posted = (channelId, messageId) => polls.Attach(poll, channelId, messageId),
        });
    }

    // One member's polls, or one server's, must not crowd out everyone else's (or the digests that list them).
    private Reply? OpenPollsRefusal(CommandInvocation invocation)
    {
        var open = polls.OpenInGuild(invocation.GuildId);
        var now = time.GetUtcNow();
        var mine = open.Where(p => p.CreatorId == invocation.UserId).ToList();
        if (mine.Count >= _limits.OpenPollsPerMember)
        {
            var next = mine.Min(p => p.ClosesAt) - now;
            return Reply.Error($"You have {mine.Count} open polls here, the most anyone may; your next one closes {MemberRateLimit.When(next)}. " +
                "Try again then, or close one with /poll close.");
        }
        if (open.Count >= _limits.OpenPollsPerServer)
        {
            var next = open.Min(p => p.ClosesAt) - now;
            return Reply.Error($"This server has {open.Count} open polls, the most it may; the next one closes {MemberRateLimit.When(next)}. Try again then.");
        }
        return null;
    }

    private ValueTask<Reply> ResultsAsync(CommandInvocation invocation, CancellationToken cancellationToken)
    {
        if (Find(invocation) is not { } poll) return Error(NoSuchPoll(invocation));
        return ValueTask.FromResult(Render(poll, polls.Tally(poll), $"Poll #{poll.Id}") with { Image = ResultChart(poll) });
    }

    private ValueTask<Reply> CloseAsync(CommandInvocation invocation, CancellationToken cancellationToken)
    {
        if (Find(invocation) is not { } poll) return Error(NoSuchPoll(invocation));
        if (poll.CreatorId != invocation.UserId && !invocation.Has(Permissions.ManageGuild))
        {
            return Error($"Only {poll.CreatorName}, who opened poll #{poll.Id}, or a member with Manage Server can close it.");
        }
        if (poll.State != PollState.Open) return Error($"Poll #{poll.Id} is already {poll.State.ToString().ToLowerInvariant()}.");
        var closed = polls.Close(poll);
        // The tally only: the chart goes once, with the result message in the poll's channel.
        return ValueTask.FromResult(Render(poll, closed, $"Poll #{poll.Id} is closed"));
    }

    /// <summary>The poll as members see it: the tally unless it is hidden until the close.</summary>
    public Reply Render(Poll poll, PollTally tally, string title)
    {
        var now = time.GetUtcNow();
        var hidden = poll.HideResults && poll.State == PollState.Open;
        var lines = hidden ? poll.Options.Select(o => $"{o.Emoji} {o.Label}") : tally.Lines();
        var voters = hidden ? $"{tally.Voters} voted so far; results are hidden until the poll closes" : $"{tally.Voters} voted";
        var choice = poll.MultipleChoice ? "pick any number of answers" : "one answer each";
        if (poll.State != PollState.Open)
        {
            var ended = RumourText.Date(poll.ClosedAt ?? poll.ClosesAt);
            var how = poll.State == PollState.Cancelled ? $"cancelled {ended}: its message was deleted" : $"closed {ended}";
            return new Reply($"{title}: {poll.Question}", string.Join('\n', lines), Footer: $"{voters} · {choice} · {how}");
        }
        List<ReplyField> fields =
        [
            ReplyField.Moment("Closes", poll.ClosesAt, $"{RumourText.Ago(poll.ClosesAt, now)} ({RumourText.Date(poll.ClosesAt)} {poll.ClosesAt:HH:mm} UTC)", inline: true),
        ];
        if (poll.RumourId is { } rumourId && rumours.Find(rumourId) is { } rumour)
        {
            fields.Add(new ReplyField("Rumour", $"{rumour.Player}: {rumour.Route}", Inline: true));
        }
        return new Reply($"{title}: {poll.Question}", string.Join('\n', lines), fields, Footer: $"{voters} · {choice}");
    }

    /// <summary>
    /// A closed poll's result as a chart (shares and votes over time), or null while it is open or without votes. Drawn
    /// only for answers that show it (/poll results of a closed poll, the result message), not for every edit.
    /// </summary>
    public ReplyImage? ResultChart(Poll poll)
    {
        if (poll.State == PollState.Open) return null;
        var votes = polls.Votes(poll.Id);
        return votes.Count == 0 ? null : PollPictures.Result(poll, votes);
    }

    private Poll? Find(CommandInvocation invocation) => polls.Find(invocation.GuildId, (int)invocation.GetInteger("id")!.Value);

    private static string NoSuchPoll(CommandInvocation invocation) => $"There is no poll #{invocation.GetInteger("id")} in this server.";

    private static ValueTask<Reply> Error(string message) => ValueTask.FromResult(Reply.Error(message));
}
