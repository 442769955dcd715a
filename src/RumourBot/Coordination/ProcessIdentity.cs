using System.Security.Cryptography;

namespace RumourBot.Coordination;

/// <summary>
/// Who this process is when it claims work: machine name, process id and a random suffix, so that a restarted
/// process with a recycled pid (in a container, pid 1 every time) is never taken for the one that died.
/// </summary>
public sealed class ProcessIdentity
{
    public ProcessIdentity()
        : this($"{Environment.MachineName}/{Environment.ProcessId}/{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}")
    {
    }

    public ProcessIdentity(string holder)
    {
        ArgumentException.ThrowIfNullOrEmpty(holder);
        Holder = holder;
    }

    /// <summary>The holder name given to <see cref="IWorkLeases"/>.</summary>
    public string Holder { get; }

    public override string ToString() => Holder;
}
