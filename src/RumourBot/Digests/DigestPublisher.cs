using Microsoft.Extensions.Logging;

namespace RumourBot.Digests;

/// <summary>
/// Composes a scheduled server's digest from where the last posted one ended and posts it to the schedule's channel,
/// one digest at a time (the scheduler and /digest now never post over each other). Afterwards: posted, the next
/// digest starts where this one ended; the channel gone or closed to the bot, the schedule is turned off with the
/// reason kept for moderators; any other failure is logged and the news waits for the next digest.
/// </summary>
public sealed partial class DigestPublisher(
    DigestBook book,
    DigestComposer composer,
    IDigestPoster poster,
    TimeProvider time,
    ILogger<DigestPublisher> logger) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <param name="nonce">Names this posting (see <see cref="DigestNonce"/>), so a retried request never doubles a message.</param>
    public Task<DigestDelivery> PostAsync(DigestSchedule schedule, string nonce, CancellationToken cancellationToken) =>
        PostAsync(schedule, nonce, scheduled: false, cancellationToken);

    /// <param name="scheduled">A slot of the schedule (not /digest now): a quiet digest is skipped when the schedule says quiet:skip.</param>
    public async Task<DigestDelivery> PostAsync(DigestSchedule schedule, string nonce, bool scheduled, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            // Read again inside the gate: a digest posted meanwhile moved the start of this one.
            var current = book.Find(schedule.Id);
            if (current is null || current.SetAt != schedule.SetAt || !current.Enabled) return new DigestDelivery(DigestDeliveryResult.Cancelled, 0);
            var now = time.GetUtcNow();
            if (DigestTiming.Of(current) is not { } timing)
            {
                const string unreadable = "its cron expression or time zone can no longer be read";
                book.Disable(current, unreadable, now);
                LogDisabled(current.Id, current.Channel.Display, unreadable);
                return new DigestDelivery(DigestDeliveryResult.ChannelUnusable, 0, unreadable);
            }

            var window = new DigestWindow(current.Id, current.CoveredUntil, DigestWindow.Moment(now), timing.Zone);
            var digest = composer.Compose(window);
            if (scheduled && current.SkipQuiet && digest.IsQuiet)
            {
                LogSkippedQuiet(current.Id, current.Channel.Display);
                return new DigestDelivery(DigestDeliveryResult.Skipped, 0);
            }
            var pages = DigestPages.Layout(digest, now);
            var delivery = await poster.PostAsync(current.Channel, pages, nonce, cancellationToken);
            switch (delivery.Result)
            {
                case DigestDeliveryResult.Posted:
                    book.MarkCovered(current, window.Until);
                    LogPosted(current.Id, current.Channel.Display, delivery.Messages);
                    break;
                case DigestDeliveryResult.ChannelUnusable:
                    book.Disable(current, delivery.Problem ?? $"{current.Channel.Display} cannot be used", now);
                    LogDisabled(current.Id, current.Channel.Display, delivery.Problem ?? "");
                    break;
                default:
                    LogFailed(current.Id, current.Channel.Display, delivery.Problem ?? "", delivery.Messages);
                    break;
            }
            return delivery;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    [LoggerMessage(Level = LogLevel.Information, Message = "Quiet digest for guild {GuildId} not posted to {Channel} (quiet:skip)")]
    private partial void LogSkippedQuiet(ulong guildId, string channel);

    [LoggerMessage(Level = LogLevel.Information, Message = "Digest for guild {GuildId} posted to {Channel} in {Messages} messages")]
    private partial void LogPosted(ulong guildId, string channel, int messages);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Digest schedule of guild {GuildId} turned off: {Reason} (channel {Channel})")]
    private partial void LogDisabled(ulong guildId, string channel, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Digest for guild {GuildId} could not be posted to {Channel} ({Problem}, {Messages} messages went); its news waits for the next digest")]
    private partial void LogFailed(ulong guildId, string channel, string problem, int messages);
}
