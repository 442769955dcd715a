namespace RumourBot.Reports.Clubs;

/// <summary>The shape of Data/clubs.json.</summary>
internal sealed class ClubData
{
    public List<CountryEntry> Countries { get; set; } = [];
    public List<ClubEntry> Clubs { get; set; } = [];
    public List<DescriptorEntry> Descriptors { get; set; } = [];

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
    }

    internal sealed class DescriptorEntry
    {
        public string Phrase { get; set; } = "";
        public List<string> Clubs { get; set; } = [];
    }
}
