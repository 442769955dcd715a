namespace RumourBot.Reports.Clubs;

/// <summary>
/// Two clubs named as the two sides of one deal whose direction the sentence leaves open; <see cref="FirstBuys"/> is
/// the reading to take when the rest of the story says nothing (null: no reading).
/// </summary>
public sealed record DealSides(Club First, Club Second, double Weight, bool? FirstBuys);
