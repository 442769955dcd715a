using RumourBot.Commands;
using RumourBot.Digests;
using RumourBot.Replies;

namespace RumourBot.Tests.Support;

/// <summary>A digest poster that keeps what it was given and when (on the fake clock), and answers as told.</summary>
public sealed class RecordingDigestPoster(TimeProvider time) : IDigestPoster
{
    private readonly Lock _lock = new();
    private readonly List<PostedDigest> _posts = [];

    /// <summary>What the next posts answer; a result other than Posted records nothing.</summary>
    public DigestDelivery? NextResult { get; set; }

    public IReadOnlyList<PostedDigest> Posts
    {
        get
        {
            lock (_lock) return [.. _posts];
        }
    }

    public Task<DigestDelivery> PostAsync(ChannelChoice channel, IReadOnlyList<Reply> pages, string nonce, CancellationToken cancellationToken)
    {
        if (NextResult is { Result: not DigestDeliveryResult.Posted } refused) return Task.FromResult(refused);
        lock (_lock) _posts.Add(new PostedDigest(channel, pages, nonce, time.GetUtcNow()));
        return Task.FromResult(DigestDelivery.Posted(pages.Count));
    }

    public sealed record PostedDigest(ChannelChoice Channel, IReadOnlyList<Reply> Pages, string Nonce, DateTimeOffset At)
    {
        public string Text => string.Join("\n", Pages.SelectMany(p => new[] { p.Title, p.Description ?? "" }.Concat(p.Fields.SelectMany(f => new[] { f.Name, f.Value }))));
    }
}
