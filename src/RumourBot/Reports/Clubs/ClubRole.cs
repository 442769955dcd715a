namespace RumourBot.Reports.Clubs;

/// <summary>How strongly the words around a club's mentions cast it as buying or selling a player.</summary>
public sealed class ClubRole(Club club)
{
    public Club Club { get; } = club;
    public double Buyer { get; set; }
    public double Seller { get; set; }

    /// <summary>Times it was named as the other side of a deal without a side ("an agreement with X").</summary>
    public int OpenSides { get; set; }
    public int FirstSentence { get; set; } = int.MaxValue;

    public bool IsBuyer => Buyer > Seller;
    public bool IsSeller => Seller > Buyer;
}
