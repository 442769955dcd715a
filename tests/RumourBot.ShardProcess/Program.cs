using System.Net;
using Microsoft.Extensions.DependencyInjection;
using RumourBot.Fetching;
using RumourBot.Hosting;

// The bot exactly as `dotnet run --project src/RumourBot` runs it, configured by environment variables, with one
// test-only allowance no setting of the real bot can give: feeds served on the loopback endpoints listed in
// RUMOURBOT_TEST_FEEDS ("127.0.0.1:5123;…") may be fetched.
var feeds = (Environment.GetEnvironmentVariable("RUMOURBOT_TEST_FEEDS") ?? "")
    .Split(';', StringSplitOptions.RemoveEmptyEntries)
    .Select(IPEndPoint.Parse)
    .ToArray();
using var stopping = new CancellationTokenSource();
return await BotRunner.RunAsync(stopping.Token, builder => builder.Services.AddSingleton(AddressPolicy.AllowingOnly(feeds)));
