namespace RumourBot.Reports.Clubs;

/// <summary>A football club as the gazetteer knows it.</summary>
public sealed record Club(string Name, string Country, string? City, IReadOnlyList<string> Aliases);
