using Microsoft.Extensions.Options;
using RumourBot.Following;
using RumourBot.Rumours;

namespace RumourBot.Digests;

/// <summary>Composes a digest from every registered section, in registration order.</summary>
public sealed class DigestComposer(IEnumerable<IDigestSection> sections, IRumourStore store, IFollowStore follows, IOptions<DigestOptions> options, TimeProvider time)
{
    private readonly IReadOnlyList<IDigestSection> _sections = [.. sections];

    public Digest Compose(DigestWindow window)
    {
        var context = new DigestContext(window, time.GetUtcNow(), store, follows, options.Value);
        return new Digest(window, _sections.Select(s => s.Compose(context)).OfType<ComposedSection>().ToList());
    }
}
