using System.Globalization;
using RumourBot.Commands;
using RumourBot.Polls;
using RumourBot.Replies;
using RumourBot.Rumours;

namespace RumourBot.Settling;

/// <summary>
/// <c>/settle</c> and <c>/settle-poll</c> (Manage Server): record what happened to a rumoured move in this server,
/// then say which answer came true for each tied poll the outcome could not answer safely. Two commands rather than
/// two subcommands, because Discord does not let a command with subcommands be run on its own.
/// </summary>
public sealed class SettleCommands(SettlementBook settlements, RumourPicker picker, SettlementDraft draft, PollBook polls, TimeProvider time) : ICommandModule
{
    private const int MaxWaitingListed = 10;

    public IEnumerable<CommandDefinition> Commands =>
    [
        new("settle", null, "Record how a rumoured move ended, for this server (Manage Server)",
            [
                new CommandOption("rumour", "The rumour: the player, or player → club", Required: true, MaxLength: 200) { Suggest = picker.Suggest },
                new CommandOption("outcome", "completed (joined that club), collapsed, stayed, or elsewhere (give club)", Required: true)
                {
                    Choices = TransferOutcomeNames.All,
                },
                new CommandOption("club", "The club he joined instead, for elsewhere", MaxLength: 100),
                new CommandOption("note", "A line about how it ended, e.g. the fee", MaxLength: 300),
                new CommandOption("correct", "Replace this server's earlier settlement of the rumour", CommandOptionType.Boolean),
            ],
            TransferAsync) { RequiredPermissions = Permissions.ManageGuild },
        new("settle-poll", null, "Say which answer of a settled poll came true (Manage Server)",
            [
                new CommandOption("id", "The poll's number", CommandOptionType.Integer, Required: true, MinValue: 1, MaxValue: int.MaxValue),
                new CommandOption("answer", "The answer that came true: its emoji or number, or none", Required: true, MaxLength: 60),
            ],
            PollAsync) { RequiredPermissions = Permissions.ManageGuild },
    ];

    private ValueTask<Reply> TransferAsync(CommandInvocation invocation, CancellationToken cancellationToken)
    {
        var (rumour, problem) = picker.Pick(invocation.GetString("rumour")!);
        if (rumour is null) return Error(problem!);
        var outcome = TransferOutcomeNames.Parse(invocation.GetString("outcome"))!.Value; // the router allows only the choices
        var (club, clubProblem) = draft.Check(rumour, outcome, invocation.GetString("club"));
        if (clubProblem is not null) return Error(clubProblem);

        var result = settlements.Settle(new Settlement
        {
            Id = Settlement.IdFor(invocation.GuildId, rumour.Id),
            GuildId = invocation.GuildId,
            RumourId = rumour.Id,
            Player = rumour.Player,
            FromClub = rumour.FromClub,
            RumourClub = rumour.ToClub,
            Outcome = outcome,
            Club = club,
            Note = invocation.GetString("note"),
            SettledAt = time.GetUtcNow(),
            SettledById = invocation.UserId,
            SettledByName = invocation.UserName,
        }, correct: invocation.GetBoolean("correct") ?? false);

        var settlement = result.Settlement;
        if (result.Refused)
        {
            return Error($"{RumourPicker.Label(rumour)} was settled here on {RumourText.Date(settlement.SettledAt)} by {settlement.SettledByName}: " +
                $"{SettlementText.Describe(settlement)}. To change it, run /settle again with correct:true.");
        }

        var description = $"{RumourPicker.Label(rumour)} · settled {RumourText.Date(settlement.SettledAt)} by {settlement.SettledByName}";
        if (result.Corrected) description += $" · corrected by {settlement.CorrectedByName}, every poll's answer worked out again";
        if (settlement.Note is { } note) description += $"\n“{note}”";
        var waiting = result.Polls.Count(p => p.State == AnswerState.Waiting);
        var footer = result.Polls.Count == 0
            ? "No poll in this server was tied to this rumour."
            : waiting > 0
                ? $"{(waiting == 1 ? "1 poll waits" : $"{waiting} polls wait")} for its answer; nobody is scored on it until a moderator runs /settle-poll."
                : "Every poll is scored: /leaderboard fans shows who called it.";
        return ValueTask.FromResult(new Reply(
            $"{(result.Corrected ? "Corrected" : "Settled")}: {SettlementText.Happened(settlement, rumour.Player)}",
            description,
            result.Polls.Select(p => PollField(p, settlement)).ToList(),
            ReplyTone.Success,
            Footer: footer));
    }

    private ValueTask<Reply> PollAsync(CommandInvocation invocation, CancellationToken cancellationToken)
    {
        var id = (int)invocation.GetInteger("id")!.Value;
        var settled = settlements.FindPoll(invocation.GuildId, id);
        Poll? late = null;
        string rumourId;
        IReadOnlyList<SettledOption> options;
        if (settled is not null)
        {
            (rumourId, options) = (settled.RumourId, settled.Options);
        }
        else
        {
            // A poll tied to the rumour after it was settled joins the others (and closes) once its answer is given.
            late = polls.Find(invocation.GuildId, id);
            if (late is null) return Error($"There is no poll #{id} in this server.");
            if (late.RumourId is null) return Error($"Poll #{id} is not tied to a rumour, so no outcome settles it.");
            if (late.State == PollState.Cancelled) return Error($"Poll #{id} was cancelled (its message was deleted), so it is not scored.");
            (rumourId, options) = (late.RumourId, late.Options.Select(o => new SettledOption(o.Emoji, o.Label, 0)).ToList());
        }
        if (settlements.Find(invocation.GuildId, rumourId) is not { } settlement)
        {
            var rumour = picker.Pick(rumourId).Rumour;
            var pick = rumour is null ? "<its rumour>" : RumourPicker.PickText(rumour);
            return Error($"Poll #{id}'s rumour is not settled yet: run /settle rumour:{pick} outcome:<…> first.");
        }

        var text = invocation.GetString("answer")!;
        if (!TryReadAnswer(options, text, out var answer))
        {
            return Error($"'{text}' is not an answer of poll #{id}: use {AnswerHint(options)} (none when none of them came true).");
        }
        settled = settlements.Confirm(settled ?? settlements.Include(settlement, late!), answer, invocation.UserName);

        var fields = new List<ReplyField> { PollField(settled, settlement) };
        var waiting = settlements.PollsOf(settlement).Where(p => p.State == AnswerState.Waiting).ToList();
        if (waiting.Count > 0)
        {
            fields.Add(new ReplyField("Still waiting for their answer", string.Join('\n',
                waiting.Take(MaxWaitingListed).Select(p => $"/settle-poll id:{p.Id} answer:<{AnswerHint(p.Options)}> · {p.Question}"))));
        }
        var shown = settled.OptionFor(answer) is { } option ? $"{option.Emoji} {option.Label}" : "none of its answers";
        return ValueTask.FromResult(new Reply($"Poll #{id}: {shown} came true", SettlementText.Happened(settlement, settlement.Player) + ".",
            fields, ReplyTone.Success));
    }

    /// <summary>What the poll predicted, what came true, and who called it (or the command that would say).</summary>
    private static ReplyField PollField(SettledPoll poll, Settlement settlement)
    {
        var lines = new List<string> { SettlementText.Predicted(poll, settlement) };
        var answer = poll.OptionFor(poll.Answer) is { } option ? $"{option.Emoji} {option.Label}" : "none of the answers";
        switch (poll.State)
        {
            case AnswerState.Waiting:
                lines.Add($"Answer needed ({poll.Reason}): /settle-poll id:{poll.Id} answer:<{AnswerHint(poll.Options)}>");
                break;
            case AnswerState.Derived:
                lines.Add($"Answer: {answer}, worked out from the outcome ({poll.Reason}). If that is wrong: /settle-poll id:{poll.Id} answer:<{AnswerHint(poll.Options)}>");
                break;
            default:
                lines.Add($"Answer: {answer} ({poll.Reason}).");
                break;
        }
        if (poll.State != AnswerState.Waiting && poll.Ballots.Count > 0)
        {
            lines.Add($"{SettlementText.Number(poll.Right)} of {SettlementText.Voters(poll.Ballots.Count)} called it right.");
        }
        return new ReplyField($"Poll #{poll.Id}: {poll.Question}", string.Join('\n', lines));
    }

    private static string AnswerHint(IReadOnlyList<SettledOption> options) =>
        $"{string.Join(' ', options.Select(o => o.Emoji))}, 1-{options.Count} or none";

    // An answer's emoji, its number, its label ("yes"), or "none" when none of them came true.
    private static bool TryReadAnswer(IReadOnlyList<SettledOption> options, string text, out string? emoji)
    {
        text = text.Trim();
        emoji = null;
        if (text.Equals("none", StringComparison.OrdinalIgnoreCase)) return true;
        var option = options.FirstOrDefault(o => o.Emoji == text)
            ?? (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1 && number <= options.Count
                ? options[number - 1]
                : options.FirstOrDefault(o => o.Label.Equals(text, StringComparison.OrdinalIgnoreCase)));
        emoji = option?.Emoji;
        return option is not null;
    }

    private static ValueTask<Reply> Error(string message) => ValueTask.FromResult(Reply.Error(message));
}
