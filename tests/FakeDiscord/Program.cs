using FakeDiscord.Scripting;

return await FakeDiscordCommandLine.Create(Console.Out, Console.Error).Parse(args).InvokeAsync();
