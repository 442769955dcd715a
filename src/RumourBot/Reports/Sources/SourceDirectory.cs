using System.Text.Json;
using System.Text.Json.Serialization;
using RumourBot.Reports.Text;

namespace RumourBot.Reports.Sources;

/// <summary>The outlets and journalists we know, each with a credibility tier, found by name in a report.</summary>
public sealed class SourceDirectory
{
    private readonly PhraseMatcher<KnownSource> _matcher;
    private readonly Dictionary<string, KnownSource> _byName;

    public IReadOnlyList<KnownSource> Sources { get; }

    private SourceDirectory(IReadOnlyList<KnownSource> sources)
    {
        Sources = sources;
        _byName = new Dictionary<string, KnownSource>(StringComparer.OrdinalIgnoreCase);
        foreach (var source in sources)
        {
            _byName.TryAdd(source.Name, source);
            foreach (var alias in source.Aliases) _byName.TryAdd(alias, source);
        }
        // "@SkySportsNews understands": a social-media handle is the name run together.
        foreach (var source in sources)
        {
            foreach (var phrase in source.Aliases.Prepend(source.Name).Where(p => p.Contains(' ', StringComparison.Ordinal)))
                _byName.TryAdd(phrase.Replace(" ", "", StringComparison.Ordinal), source);
        }
        _matcher = new PhraseMatcher<KnownSource>(
            sources.SelectMany(s => Phrases(s).Select(phrase => (phrase, s))), StringComparer.Ordinal);
    }

    // "The Athletic" is as often "the Athletic" mid-sentence.
    private static IEnumerable<string> Phrases(KnownSource source)
    {
        foreach (var phrase in source.Aliases.Prepend(source.Name))
        {
            yield return phrase;
            if (phrase.StartsWith("The ", StringComparison.Ordinal)) yield return "the " + phrase[4..];
        }
    }

    public static SourceDirectory Default { get; } = Load(EmbeddedData.Open("sources.json"));

    public static SourceDirectory Load(Stream json)
    {
        var options = new JsonSerializerOptions(EmbeddedData.JsonOptions);
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        var data = JsonSerializer.Deserialize<SourceData>(json, options) ?? throw new InvalidDataException("The source list is empty.");
        return new SourceDirectory(data.Sources);
    }

    /// <summary>The source with this name or alias, if we know it.</summary>
    public KnownSource? Find(string name) => _byName.GetValueOrDefault(name.Trim());

    /// <summary>A cited source for a name: with its tier when we know it, tier unknown otherwise.</summary>
    public CitedSource Describe(string name, SourceKind kindIfUnknown) =>
        Find(name)?.ToCited() ?? new CitedSource(name.Trim(), kindIfUnknown, null);

    /// <summary>Every known source named in the sentence, with the words it spans.</summary>
    public IEnumerable<PhraseMatch<KnownSource>> FindIn(IReadOnlyList<Word> words) => _matcher.FindAll(words);

    private sealed class SourceData
    {
        public List<KnownSource> Sources { get; set; } = [];
    }
}
