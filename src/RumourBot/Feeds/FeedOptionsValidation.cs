using Microsoft.Extensions.Options;

namespace RumourBot.Feeds;

/// <summary>Checks the "Feeds" settings at start-up, naming the one to fix.</summary>
public sealed class FeedOptionsValidation : IValidateOptions<FeedOptions>
{
    public ValidateOptionsResult Validate(string? name, FeedOptions options) =>
        options.Problem() is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
}
