using System.Net;
using System.Text;

namespace RumourBot.Discord.Tests.Support;

/// <summary>
/// Stands for a channel where the bot lacks Manage Messages, which FakeDiscord does not model for reactions:
/// removing someone else's reaction there is answered 403 50013 as Discord answers it; every other request goes
/// on to FakeDiscord untouched. Counts the refusals it gave.
/// </summary>
public sealed class MissingManageMessages(ulong channelId) : DelegatingHandler
{
    private int _refused;

    public int Refused => Volatile.Read(ref _refused);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = request.RequestUri!.AbsolutePath;
        if (request.Method != HttpMethod.Delete || !path.Contains($"/channels/{channelId}/messages/", StringComparison.Ordinal)
            || !path.Contains("/reactions/", StringComparison.Ordinal) || path.EndsWith("/@me", StringComparison.Ordinal))
        {
            return base.SendAsync(request, cancellationToken);
        }
        Interlocked.Increment(ref _refused);
        return Task.FromResult(new HttpResponseMessage(HttpStatusCode.Forbidden)
        {
            RequestMessage = request,
            Content = new StringContent("""{"message": "Missing Permissions", "code": 50013}""", Encoding.UTF8, "application/json"),
        });
    }
}
