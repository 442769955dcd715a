namespace FakeDiscord.Attachments;

/// <summary>A file the fake keeps and serves at its CDN-style URL.</summary>
/// <param name="Id">The attachment's snowflake.</param>
/// <param name="FileName">Its file name.</param>
/// <param name="ContentType">Its media type.</param>
/// <param name="Content">The bytes.</param>
/// <param name="Url">Where the fake serves it: <c>http://127.0.0.1:PORT/attachments/{channel_id}/{id}/{file name}</c>.</param>
public sealed record StoredAttachment(ulong Id, string FileName, string ContentType, byte[] Content, string Url);
