namespace RumourBot.Storage;

/// <summary>The configured database cannot be used (misconfigured, unreachable, refused): the bot stops at start with this message.</summary>
public sealed class StorageUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
