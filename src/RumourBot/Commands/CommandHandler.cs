using RumourBot.Replies;

namespace RumourBot.Commands;

/// <summary>Runs a command whose options have already been checked against its definition.</summary>
public delegate ValueTask<Reply> CommandHandler(CommandInvocation invocation, CancellationToken cancellationToken);
