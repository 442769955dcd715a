using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FakeDiscord.Model;

namespace FakeDiscord.Messages;

/// <summary>The emoji of a reaction: unicode (<see cref="Id"/> null) or a custom guild emoji.</summary>
internal sealed partial record ReactionEmoji(ulong? Id, string? Name, bool Animated = false)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Custom emojis are identified by id, unicode ones by name.</summary>
    public string Key => Id is { } id ? id.ToString(CultureInfo.InvariantCulture) : Name!;

    /// <summary>How a test names it: the unicode text, or <c>name:id</c>.</summary>
    public string Display => Id is { } id ? $"{Name}:{id}" : Name!;

    public JsonObject ToJson()
    {
        var json = new JsonObject { ["id"] = Id?.ToString(CultureInfo.InvariantCulture), ["name"] = Name };
        if (Animated)
        {
            json["animated"] = true;
        }

        return json;
    }

    /// <summary>
    /// Reads the <c>{emoji}</c> path segment as sent: percent-encoded UTF-8 of a unicode emoji, or <c>name:id</c>
    /// of a custom emoji the bot can see. Anything else (raw text, shortcodes, double encoding) is Unknown Emoji.
    /// </summary>
    public static ReactionEmoji? FromPathSegment(string raw, GuildDirectory directory)
    {
        if (!PathCharacters().IsMatch(raw) || Decode(raw) is not { } text)
        {
            return null;
        }

        return FromText(text, directory);
    }

    /// <summary>Reads an emoji as a test writes it: "✅", "trent:123" or "&lt;:trent:123&gt;".</summary>
    public static ReactionEmoji? FromText(string text, GuildDirectory directory)
    {
        var custom = CustomEmoji().Match(text);
        if (custom.Success)
        {
            var id = ulong.Parse(custom.Groups["id"].Value, CultureInfo.InvariantCulture);
            return directory.FindCustomEmoji(id) is { } known ? new ReactionEmoji(known.Id, known.Name, known.Animated) : null;
        }

        return IsUnicodeEmoji(text) ? new ReactionEmoji(null, text) : null;
    }

    private static string? Decode(string raw)
    {
        var bytes = new List<byte>(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == '%')
            {
                if (i + 2 >= raw.Length || !byte.TryParse(raw.AsSpan(i + 1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var b))
                {
                    return null;
                }

                bytes.Add(b);
                i += 2;
            }
            else
            {
                bytes.Add((byte)raw[i]);
            }
        }

        try
        {
            return StrictUtf8.GetString(bytes.ToArray());
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static bool IsUnicodeEmoji(string text)
    {
        if (text.Length == 0 || text.Length > 64)
        {
            return false;
        }

        var runes = text.EnumerateRunes().ToArray();
        var sawEmoji = false;
        for (var i = 0; i < runes.Length; i++)
        {
            var rune = runes[i];
            if (rune.IsAscii)
            {
                // Only keycap bases (1️⃣ is "1" + U+FE0F + U+20E3) may be ASCII.
                var keycap = (rune.Value is >= '0' and <= '9' or '#' or '*')
                             && runes.Skip(i + 1).Take(2).Any(r => r.Value == 0x20E3);
                if (!keycap)
                {
                    return false;
                }

                continue;
            }

            if (rune.Value is 0x200D or 0xFE0F or 0xFE0E or 0x20E3 or (>= 0xE0020 and <= 0xE007F))
            {
                continue; // joiners, variation selectors, keycap and tag characters
            }

            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.OtherSymbol or UnicodeCategory.ModifierSymbol or UnicodeCategory.MathSymbol
                || rune.Value is 0x203C or 0x2049)
            {
                sawEmoji = true;
                continue;
            }

            return false;
        }

        return sawEmoji || runes.Any(r => r.Value == 0x20E3);
    }

    [GeneratedRegex(@"^(?:[A-Za-z0-9\-._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})+$")]
    private static partial Regex PathCharacters();

    [GeneratedRegex(@"^<?a?:?(?<name>[A-Za-z0-9_~\-]{1,32}):(?<id>[0-9]{1,20})>?$")]
    private static partial Regex CustomEmoji();
}
