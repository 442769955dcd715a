using System.Collections.Concurrent;

namespace FakeDiscord.Interactions;

/// <summary>Interactions by id and by token.</summary>
internal sealed class InteractionStore
{
    private readonly ConcurrentDictionary<ulong, InteractionRecord> _byId = new();
    private readonly ConcurrentDictionary<string, InteractionRecord> _byToken = new(StringComparer.Ordinal);

    public void Add(InteractionRecord interaction)
    {
        _byId[interaction.Id] = interaction;
        _byToken[interaction.Token] = interaction;
    }

    public InteractionRecord? Find(ulong id) => _byId.GetValueOrDefault(id);

    public InteractionRecord? FindByToken(string token) => _byToken.GetValueOrDefault(token);
}
