using System.Buffers.Text;
using System.Globalization;

namespace RumourBot.Discord.Models;

/// <summary>
/// A Discord id (a 64-bit snowflake). The JSON carries ids as strings; the gateway reads them straight from the
/// received bytes into this, so routing by id allocates nothing.
/// </summary>
public readonly record struct Snowflake(ulong Value) : IComparable<Snowflake>, ISpanFormattable
{
    /// <summary>The snowflake written in UTF-8 digits, or null if the bytes are not one.</summary>
    public static Snowflake? TryParse(ReadOnlySpan<byte> utf8Digits) =>
        Utf8Parser.TryParse(utf8Digits, out ulong value, out var consumed) && consumed == utf8Digits.Length && utf8Digits.Length > 0
            ? new Snowflake(value)
            : null;

    /// <summary>The snowflake in a string of digits, or null if the text is not one.</summary>
    public static Snowflake? TryParse(string? digits) =>
        ulong.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? new Snowflake(value) : null;

    /// <summary>When Discord made the thing this id names (ms since 2015 in the top 42 bits).</summary>
    public DateTimeOffset CreatedAt => DateTimeOffset.FromUnixTimeMilliseconds((long)(Value >> 22) + 1420070400000L);

    public static implicit operator ulong(Snowflake id) => id.Value;

    public int CompareTo(Snowflake other) => Value.CompareTo(other.Value);

    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);

    public string ToString(string? format, IFormatProvider? formatProvider) => Value.ToString(format, CultureInfo.InvariantCulture);

    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        Value.TryFormat(destination, out charsWritten, format, CultureInfo.InvariantCulture);
}
