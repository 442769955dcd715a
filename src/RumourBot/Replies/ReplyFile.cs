namespace RumourBot.Replies;

/// <summary>
/// A file a reply hands over (an export): attached on Discord, saved under <c>&lt;DataFolder&gt;/exports/</c> by the console.
/// </summary>
/// <param name="FileName">A plain file name, e.g. <c>polls.csv</c>.</param>
/// <param name="ContentType">Its media type, e.g. <c>text/csv</c>.</param>
/// <param name="Content">The bytes.</param>
/// <param name="Description">What it holds, in words.</param>
public sealed record ReplyFile(string FileName, string ContentType, byte[] Content, string Description);
