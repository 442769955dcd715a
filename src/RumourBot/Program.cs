using System.CommandLine;
using RumourBot.Hosting;
using RumourBot.Reports;

var root = new RootCommand(
    "RumourBot: transfer rumours for football Discord servers. With no Discord token it runs the local console " +
    "on the bundled reports; type /help there.");
root.Subcommands.Add(AnalyzeCommandLine.Create());
root.SetAction((_, cancellationToken) => BotRunner.RunAsync(cancellationToken));
return await root.Parse(args).InvokeAsync();
