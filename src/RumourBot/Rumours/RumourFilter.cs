namespace RumourBot.Rumours;

/// <summary>
/// Which rumours <see cref="IRumourStore.Latest"/> returns: the player key containing <see cref="PlayerKeyPart"/>; a move
/// to or from <see cref="Club"/> (a known club's name, matched exactly) or, when the club is not known, a club
/// name containing <see cref="ClubText"/>. A null part does not filter.
/// </summary>
public sealed record RumourFilter(string? PlayerKeyPart = null, string? Club = null, string? ClubText = null)
{
    public bool Matches(Rumour rumour) =>
        (PlayerKeyPart is null || rumour.PlayerKey.Contains(PlayerKeyPart, StringComparison.Ordinal))
        && (Club is null || rumour.ToClub == Club || rumour.FromClub == Club)
        && (ClubText is null || (rumour.ToClub?.Contains(ClubText, StringComparison.Ordinal) ?? false)
            || (rumour.FromClub?.Contains(ClubText, StringComparison.Ordinal) ?? false));
}
