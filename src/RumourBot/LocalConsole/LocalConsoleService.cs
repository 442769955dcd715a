using Microsoft.Extensions.Hosting;
using RumourBot.Commands;

namespace RumourBot.LocalConsole;

/// <summary>
/// The bot without Discord: reads slash commands from standard input, answers on standard output, and stops the
/// app when input ends, so <c>echo "/rumours latest" | dotnet run</c> prints the answer and exits 0.
/// </summary>
public sealed class LocalConsoleService(
    SlashCommandParser parser,
    CommandRouter router,
    ConsoleVote votes,
    IHostApplicationLifetime lifetime,
    LocalConsoleStreams streams,
    ConsoleImages images) : BackgroundService
{
    /// <summary>The local console stands in for one Discord server and one member.</summary>
    public const ulong ConsoleGuildId = 1;
    public const ulong ConsoleUserId = 1;
    private const string ConsoleUserName = "you";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield(); // never hold up the host's start-up while waiting for input
        try
        {
            if (streams.Interactive)
            {
                await streams.Output.WriteLineAsync("RumourBot local console. Type /help for commands, Ctrl+D to quit.");
            }
            while (!stoppingToken.IsCancellationRequested)
            {
                if (streams.Interactive) await streams.Output.WriteAsync("rumourbot> ");
                var line = await streams.Input.ReadLineAsync(stoppingToken);
                if (line is null || line.Trim() is "quit" or "exit") break;
                if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#')) continue;
                await HandleAsync(line, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            await streams.Output.FlushAsync(CancellationToken.None);
            lifetime.StopApplication();
        }
    }

    private async Task HandleAsync(string line, CancellationToken cancellationToken)
    {
        Replies.Reply reply;
        if (ConsoleVote.Matches(line))
        {
            reply = await votes.HandleAsync(line, ConsoleGuildId, cancellationToken);
        }
        else
        {
            var (request, error) = parser.Parse(line, ConsoleGuildId, ConsoleUserId, ConsoleUserName);
            var progress = new ConsoleProgress(streams.Output);
            reply = request is null ? Replies.Reply.Error(error!) : await router.DispatchAsync(request with { Progress = progress }, cancellationToken);
            progress.Finish();
        }
        ConsoleReplyWriter.Write(reply, streams.Output, streams.Errors, images);
        await streams.Output.FlushAsync(cancellationToken);
    }
}
