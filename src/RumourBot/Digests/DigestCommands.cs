using Microsoft.Extensions.Options;
using RumourBot.Commands;
using RumourBot.Replies;
using RumourBot.Rumours;

namespace RumourBot.Digests;

/// <summary>
/// <c>/digest schedule | off | now</c>. Schedule and off need Manage Server. <c>/digest now</c> from a moderator in a
/// server with a schedule posts the digest to the scheduled channel, and the next scheduled digest starts from there;
/// otherwise the digest comes as the answer and nothing moves, so the scheduled digest still covers everything.
/// </summary>
public sealed class DigestCommands(
    DigestBook book,
    DigestComposer composer,
    DigestPublisher publisher,
    IOptions<DigestOptions> options,
    TimeProvider time) : ICommandModule
{
    private const int UpcomingShown = 3;

    public IEnumerable<CommandDefinition> Commands =>
    [
        new("digest", "schedule", "Post a digest of what moved to a channel on a schedule (Manage Server)",
            [
                new CommandOption("channel", "The channel the digests go to", CommandOptionType.Channel, Required: true),
                new CommandOption("cron", "When: five cron fields, e.g. 0 9 * * * for 09:00 every day", Required: true, MaxLength: 100),
                new CommandOption("timezone", "The cron's time zone, e.g. Europe/London (the default)", MaxLength: 64),
                new CommandOption("quiet", "With nothing new: post a short note (post, the default) or nothing (skip)") { Choices = ["post", "skip"] },
            ],
            ScheduleAsync) { RequiredPermissions = Permissions.ManageGuild },
        new("digest", "off", "Stop the scheduled digests (Manage Server)", [], OffAsync) { RequiredPermissions = Permissions.ManageGuild },
        new("digest", "now", "The digest of what moved since the last one, now", [], NowAsync),
    ];

    private ValueTask<Reply> ScheduleAsync(CommandInvocation invocation, CancellationToken cancellationToken)
    {
        var channel = invocation.GetChannel("channel")!;
        var zoneName = invocation.GetString("timezone") ?? options.Value.DefaultTimeZone;
        var now = time.GetUtcNow();
        var (timing, problem) = DigestTiming.Parse(invocation.GetString("cron")!, zoneName, options.Value.MinimumInterval, now);
        if (timing is null) return ValueTask.FromResult(Reply.Error(problem!));

        var previous = book.Find(invocation.GuildId);
        var schedule = new DigestSchedule
        {
            Id = invocation.GuildId,
            ChannelId = channel.Id,
            ChannelName = channel.Name,
            Cron = timing.Text,
            TimeZone = timing.Zone.Id,
            SetBy = invocation.UserName,
            SetAt = DigestWindow.Moment(now),
            SkipQuiet = invocation.GetString("quiet") == "skip",
            NextSlot = timing.NextAfter(now),
            // A new schedule's first digest covers one period, as if it had always run; a changed one carries on.
            CoveredUntil = previous is { Enabled: true }
                ? previous.CoveredUntil
                : DigestWindow.Moment(timing.LatestAtOrBefore(now) ?? now - options.Value.DefaultWindow),
        };
        book.Save(schedule);

        var upcoming = new List<DateTimeOffset>();
        for (var slot = schedule.NextSlot; slot is { } at && upcoming.Count < UpcomingShown; slot = timing.NextAfter(at)) upcoming.Add(at);
        var lines = new List<string>
        {
            $"Digests go to {channel.Display} at \"{timing.Text}\" ({timing.Zone.Id} time).",
            $"Next: {DigestText.LocalTimeAndAgo(upcoming[0], timing.Zone, now)}" +
                (upcoming.Count > 1 ? $", then {string.Join(", ", upcoming.Skip(1).Select(s => DigestText.LocalTime(s, timing.Zone)))}." : "."),
        };
        lines.Add(schedule.SkipQuiet ? "With nothing new, no digest is posted (quiet:skip)." : "With nothing new, a short \"quiet one\" note is posted (quiet:post).");
        if (previous is { Enabled: false }) lines.Add($"The earlier schedule had stopped: {StoppedNote(previous, now)}");
        return ValueTask.FromResult(new Reply("Digest scheduled", string.Join('\n', lines), Tone: ReplyTone.Success));
    }

    private ValueTask<Reply> OffAsync(CommandInvocation invocation, CancellationToken cancellationToken) =>
        ValueTask.FromResult(book.Delete(invocation.GuildId)
            ? new Reply("Digests are off", "No more scheduled digests in this server. /digest schedule starts them again.", Tone: ReplyTone.Success)
            : new Reply("No digest schedule", "This server has no digest schedule to turn off; /digest schedule sets one.", Ephemeral: true));

    private async ValueTask<Reply> NowAsync(CommandInvocation invocation, CancellationToken cancellationToken)
    {
        var schedule = book.Find(invocation.GuildId);
        string? notice = null;
        if (schedule is { Enabled: true } && invocation.Has(Permissions.ManageGuild))
        {
            var delivery = await publisher.PostAsync(schedule, DigestNonce.ForNow(schedule.Channel, time.GetUtcNow()), cancellationToken);
            if (delivery.Result == DigestDeliveryResult.Posted)
            {
                var messages = delivery.Messages == 1 ? "one message" : $"{delivery.Messages} messages";
                return new Reply("Digest posted", $"Posted to {schedule.Channel.Display} ({messages}). The next scheduled digest starts from here.",
                    Tone: ReplyTone.Success, Ephemeral: true);
            }
            if (delivery.Result == DigestDeliveryResult.Failed)
            {
                notice = $"I couldn't post this to {schedule.Channel.Display} ({delivery.Problem}), so here it is.";
            }
            schedule = book.Find(invocation.GuildId); // turned off or replaced meanwhile
        }

        var now = time.GetUtcNow();
        if (schedule is { Enabled: false }) notice = $"Scheduled digests are off: {StoppedNote(schedule, now)}";
        var timing = schedule is null ? null : DigestTiming.Of(schedule);
        var zone = timing?.Zone ?? TimeZoneInfo.FindSystemTimeZoneById(options.Value.DefaultTimeZone);
        var since = schedule is { Enabled: true } ? schedule.CoveredUntil : DigestWindow.Moment(now - options.Value.DefaultWindow);
        var pages = DigestPages.Layout(composer.Compose(new DigestWindow(invocation.GuildId, since, DigestWindow.Moment(now), zone)), now, notice);
        return pages[0] with { FollowUps = pages.Skip(1).ToList() };
    }

    // "#rumours was deleted (Tue 2 Mar 09:00, yesterday). /digest schedule picks a channel again."
    private static string StoppedNote(DigestSchedule schedule, DateTimeOffset now)
    {
        var zone = DigestTiming.Of(schedule)?.Zone ?? TimeZoneInfo.Utc;
        var when = schedule.DisabledAt is { } at ? $" ({DigestText.LocalTime(at, zone)}, {RumourText.Ago(at, now)})" : "";
        return $"{schedule.DisabledReason ?? "turned off"}{when}. /digest schedule picks a channel again.";
    }
}
