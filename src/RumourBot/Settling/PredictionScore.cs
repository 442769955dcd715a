namespace RumourBot.Settling;

/// <summary>A member's answer scored against what came true.</summary>
public sealed record PredictionScore(bool Right, double Brier);
