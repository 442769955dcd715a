using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace RumourBot.Polls;

/// <summary>
/// Closes polls at their deadline: at start-up (deadlines that passed while the bot was down) and then once a
/// minute, on the injected clock. Whoever shows polls hears of it through <see cref="PollBook.Closed"/>.
/// </summary>
public sealed partial class PollCloser(PollBook polls, TimeProvider time, ILogger<PollCloser> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    /// <summary>Closes every poll whose deadline has passed; returns how many.</summary>
    public int CloseDue()
    {
        var closed = 0;
        foreach (var poll in polls.Due())
        {
            var tally = polls.Close(poll);
            LogClosed(poll.Id, poll.GuildId, tally.Voters);
            closed++;
        }
        return closed;
    }

    /// <summary>Polls that ended while the bot was down close before anything else runs.</summary>
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        CloseDue();
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken)) CloseDue();
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Poll {PollId} in guild {GuildId} closed at its deadline with {Voters} voters")]
    private partial void LogClosed(int pollId, ulong guildId, int voters);
}
