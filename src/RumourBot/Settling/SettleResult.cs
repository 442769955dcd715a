namespace RumourBot.Settling;

/// <summary>
/// What /settle did: the settlement and its polls, or, when the rumour was settled before and no
/// correction was asked for, that earlier settlement untouched (<see cref="Refused"/>).
/// </summary>
public sealed record SettleResult(Settlement Settlement, IReadOnlyList<SettledPoll> Polls, bool Refused, bool Corrected);
