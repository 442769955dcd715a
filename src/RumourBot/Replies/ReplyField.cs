namespace RumourBot.Replies;

/// <summary>A titled block of a reply (an embed field on Discord).</summary>
public sealed record ReplyField(string Name, string Value, bool Inline = false);
