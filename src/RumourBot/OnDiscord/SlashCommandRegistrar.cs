using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RumourBot.Commands;
using RumourBot.Discord.Models;
using RumourBot.Discord.Rest;

namespace RumourBot.OnDiscord;

/// <summary>
/// Registers the slash commands once, on shard 0's first READY (the application id comes with it). A bot whose shards
/// run in several processes has one shard 0, so the commands are written once per start, not once per process.
/// </summary>
public sealed partial class SlashCommandRegistrar(
    DiscordRestClient rest,
    CommandCatalog catalog,
    IOptions<DiscordOptions> options,
    ILogger<SlashCommandRegistrar> logger) : IGatewayEventHandler<ReadyData>
{
    private int _registered;

    public ValueTask HandleAsync(ReadyData ready, ShardContext shard, CancellationToken cancellationToken) =>
        shard.Id == 0 && Interlocked.Exchange(ref _registered, 1) == 0 ? new ValueTask(RegisterAsync(ready.Application.Id, cancellationToken)) : ValueTask.CompletedTask;

    private async Task RegisterAsync(string applicationId, CancellationToken cancellationToken)
    {
        try
        {
            var commands = CommandRegistration.Build(catalog);
            await rest.OverwriteCommandsAsync(applicationId, options.Value.DevGuildId, commands, cancellationToken);
            LogRegistered(commands.Count, options.Value.DevGuildId ?? "global");
        }
        catch (DiscordRestException error)
        {
            LogRegistrationFailed(error);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Registered {Count} slash commands ({Scope})")]
    private partial void LogRegistered(int count, string scope);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not register the slash commands")]
    private partial void LogRegistrationFailed(Exception error);
}
