namespace RumourBot.Rumours;

/// <summary>
/// What one report does to one rumour: <see cref="Apply"/> gets the stored rumour (null when it is new) and returns it
/// changed. The store calls it inside its transaction, with the rumour locked where the engine can.
/// </summary>
public sealed record RumourUpdate(string RumourId, Func<Rumour?, Rumour> Apply);
