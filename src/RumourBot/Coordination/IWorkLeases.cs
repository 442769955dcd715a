namespace RumourBot.Coordination;
public interface IWorkLeases
{
    /// Claims `work` for `holder` until now + hold. True when it was free, expired, or already this holder's (then extended).
    bool TryClaim(string work, string holder, DateTimeOffset now, TimeSpan hold);
    /// Gives the claim up early if this holder has it.
    void Release(string work, string holder);
}
