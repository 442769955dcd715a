using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace RumourBot.Tests.Support;

/// <summary>
/// A web server on 127.0.0.1 (a free port) for the feed and fetching tests: each path is given a response by the
/// test, every request is recorded with its conditional headers, and "{base}" in served text becomes the server's
/// own address, so fixtures can link to its articles.
/// </summary>
public sealed class FeedServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, Func<HttpContext, Task>> _routes = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<FeedServerRequest> _requests = new();

    private FeedServer(WebApplication app) => _app = app;

    public static async Task<FeedServer> StartAsync()
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        builder.Services.AddRoutingCore();
        var app = builder.Build();
        var server = new FeedServer(app);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Port = new Uri(address).Port;
        return server;
    }

    public int Port { get; private set; }

    /// <summary>The one endpoint the feed tests let the fetcher reach.</summary>
    public IPEndPoint EndPoint => new(IPAddress.Loopback, Port);

    public string Base => $"http://127.0.0.1:{Port}";

    public Uri Url(string path) => new($"{Base}{path}");

    public IReadOnlyList<FeedServerRequest> Requests => [.. _requests];

    public int CountRequests(string path) => _requests.Count(r => r.Path == path);

    /// <summary>Answers <paramref name="path"/> with <paramref name="handler"/> (replacing what it answered before).</summary>
    public void Serve(string path, Func<HttpContext, Task> handler) => _routes[path] = handler;

    /// <summary>
    /// Serves text, with an ETag and a Last-Modified date when given; a request whose If-None-Match matches the ETag
    /// gets 304 Not Modified and no body.
    /// </summary>
    public void ServeText(string path, string contentType, string text, string? etag = null, DateTimeOffset? lastModified = null) =>
        Serve(path, async context =>
        {
            if (etag is not null)
            {
                if (context.Request.Headers.IfNoneMatch.ToString() == etag)
                {
                    context.Response.StatusCode = StatusCodes.Status304NotModified;
                    return;
                }
                context.Response.Headers.ETag = etag;
            }
            if (lastModified is { } modified) context.Response.Headers.LastModified = modified.ToString("R");
            context.Response.ContentType = contentType;
            await context.Response.WriteAsync(text.Replace("{base}", Base, StringComparison.Ordinal), Encoding.UTF8);
        });

    public void ServeStatus(string path, int status) => Serve(path, context =>
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    });

    public void Redirect(string path, string location, int status = StatusCodes.Status302Found) => Serve(path, context =>
    {
        context.Response.StatusCode = status;
        context.Response.Headers.Location = location.Replace("{base}", Base, StringComparison.Ordinal);
        return Task.CompletedTask;
    });

    /// <summary>Resolves when a request for <paramref name="path"/> has arrived (or fails after ten real seconds).</summary>
    public async Task WaitForRequestAsync(string path, int count = 1)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (CountRequests(path) < count) await Task.Delay(5, patience.Token);
    }

    private Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        _requests.Enqueue(new FeedServerRequest(request.Path.Value ?? "", request.Headers.IfNoneMatch.ToString() is { Length: > 0 } tag ? tag : null,
            request.Headers.IfModifiedSince.ToString() is { Length: > 0 } since ? since : null, request.Headers.UserAgent.ToString()));
        if (_routes.TryGetValue(request.Path.Value ?? "", out var handler)) return handler(context);
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        await _app.StopAsync(patience.Token);
        await _app.DisposeAsync();
    }
}
