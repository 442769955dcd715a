using System.Text.Json.Serialization;

namespace RumourBot.Reports.Clubs;

/// <summary>The shape of Data/clubs*.json and of the optional extra club file (Analysis:ClubsFile).</summary>
internal sealed class ClubData
{
    public List<CountryEntry> Countries { get; set; } = [];
    public List<ClubEntry> Clubs { get; set; } = [];
    public List<DescriptorEntry> Descriptors { get; set; } = [];

    /// <summary>More names for clubs another file defines: {"club": "Blackpool", "aliases": ["the Tangerines"]}.</summary>
    [JsonPropertyName("extra_aliases")]
    public List<ExtraAliasEntry> ExtraAliases { get; set; } = [];

    internal sealed class ExtraAliasEntry
    {
        public string Club { get; set; } = "";
        public List<string> Aliases { get; set; } = [];
    }

    /// <summary>
    /// Several files as one: a club named twice keeps its first entry and gains the other's aliases; countries
    /// merge their adjectives and leagues; extra aliases join the club they name (case-insensitively).
    /// </summary>
    public static ClubData Merge(IEnumerable<ClubData> files)
    {
        var merged = new ClubData();
        var clubs = new Dictionary<string, ClubEntry>(StringComparer.OrdinalIgnoreCase);
        var countries = new Dictionary<string, CountryEntry>(StringComparer.OrdinalIgnoreCase);
        var extra = new List<ExtraAliasEntry>();
        var first = true;
        foreach (var file in files)
        {
            foreach (var country in file.Countries.Where(c => !string.IsNullOrWhiteSpace(c.Name)))
            {
                if (!countries.TryGetValue(country.Name, out var known))
                {
                    countries[country.Name] = known = new CountryEntry { Name = country.Name };
                    merged.Countries.Add(known);
                }
                AddNew(known.Adjectives, country.Adjectives);
                AddNew(known.Leagues, country.Leagues);
            }
            foreach (var club in file.Clubs.Where(c => !string.IsNullOrWhiteSpace(c.Name)))
            {
                if (clubs.TryGetValue(club.Name.Trim(), out var known))
                {
                    AddNew(known.Aliases, club.Aliases);
                    continue;
                }
                var copy = new ClubEntry { Name = club.Name.Trim(), Country = club.Country, City = club.City, Prominent = first };
                AddNew(copy.Aliases, club.Aliases);
                clubs[copy.Name] = copy;
                merged.Clubs.Add(copy);
            }
            merged.Descriptors.AddRange(file.Descriptors.Where(d => !string.IsNullOrWhiteSpace(d.Phrase)));
            extra.AddRange(file.ExtraAliases);
            first = false;
        }
        // Extra aliases last, so a file may name more aliases for a club a later file defines.
        foreach (var entry in extra)
        {
            if (clubs.TryGetValue(entry.Club.Trim(), out var club)) AddNew(club.Aliases, entry.Aliases);
        }
        return merged;
    }

    private static void AddNew(List<string> into, IEnumerable<string>? values)
    {
        foreach (var value in values ?? [])
        {
            var trimmed = value?.Trim();
            if (string.IsNullOrEmpty(trimmed)) continue;
            // "the Tangerines" is matched as "Tangerines": the article's "the" is not part of a club's name.
            if (trimmed.StartsWith("the ", StringComparison.Ordinal) && trimmed.Length > 4) trimmed = trimmed[4..];
            if (!into.Contains(trimmed, StringComparer.Ordinal)) into.Add(trimmed);
        }
    }

    internal sealed class CountryEntry
    {
        public string Name { get; set; } = "";
        public List<string> Adjectives { get; set; } = [];
        public List<string> Leagues { get; set; } = [];
    }

    internal sealed class ClubEntry
    {
        public string Name { get; set; } = "";
        public string Country { get; set; } = "";
        public string? City { get; set; }
        public List<string> Aliases { get; set; } = [];

        /// <summary>In the first (main) list: a shared nickname no article settles means this club.</summary>
        [JsonIgnore]
        public bool Prominent { get; set; }
    }

    internal sealed class DescriptorEntry
    {
        public string Phrase { get; set; } = "";
        public List<string> Clubs { get; set; } = [];
    }
}
