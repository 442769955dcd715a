using Microsoft.Extensions.Logging;

namespace FakeDiscord.Rest;

/// <summary>Source-generated log messages of the REST side.</summary>
internal static partial class RestLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "{Method} {Path} -> {Status}")]
    public static partial void Handled(this ILogger logger, string method, string path, int status);

    [LoggerMessage(Level = LogLevel.Error, Message = "The handler of {Method} {Route} failed; answering 500")]
    public static partial void HandlerFailed(this ILogger logger, Exception exception, string method, string route);
}
