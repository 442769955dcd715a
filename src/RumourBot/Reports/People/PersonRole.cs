namespace RumourBot.Reports.People;

/// <summary>Why a named person appears in a report. Only a <see cref="Player"/> can be the subject of a move.</summary>
public enum PersonRole
{
    Player,
    Manager,
    Official,
    Journalist,
}
