namespace RumourBot.Replies;

/// <summary>
/// A picture a reply carries (a chart): attached and shown in the embed on Discord, saved to a file by the console.
/// </summary>
/// <param name="FileName">A plain file name (letters, digits, dash, dot), e.g. <c>poll-3-result.png</c>.</param>
/// <param name="Png">The PNG bytes.</param>
/// <param name="Description">What it shows, in words (alt text).</param>
public sealed record ReplyImage(string FileName, byte[] Png, string Description);
