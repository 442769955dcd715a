using System.Globalization;
using System.Text;

namespace RumourBot.Reports.Text;

/// <summary>
/// Folds a name for comparison: lower case, accents removed ("António" and "Antonio" fold alike, so do "Lindstrøm" and
/// "Lindstrom"). Ordinal dictionaries over folded keys are far cheaper than culture-aware comparers on the analysis hot path.
/// </summary>
public static class NameKey
{
    public static string Fold(string name)
    {
        var plain = true;
        var ascii = true;
        foreach (var c in name)
        {
            if (c >= 128) { ascii = false; plain = false; break; }
            if (char.IsUpper(c)) plain = false;
        }
        if (plain) return name;
        // Plain ASCII with capitals ("Trent Alexander-Arnold"): no accents to strip, so lower case is the whole fold.
        if (ascii) return name.ToLowerInvariant();
        return StripAccents(name).ToLowerInvariant();
    }

    /// <summary>
    /// Accents off, case kept: "São Paulo" reads as "Sao Paulo" where names are matched letter for letter, capitals and
    /// all (the club gazetteer), so a name the data spells one way is found when the text spells it the other.
    /// </summary>
    public static string StripAccents(string text)
    {
        if (Ascii.IsValid(text)) return text;
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            // Letters no accent makes: "Lindstrøm" is Lindstrom, "Łukasz" Lukasz, "Yılmaz" Yilmaz.
            switch (c)
            {
                case 'ø': builder.Append('o'); break;
                case 'Ø': builder.Append('O'); break;
                case 'æ': builder.Append("ae"); break;
                case 'Æ': builder.Append("Ae"); break;
                case 'ß': builder.Append("ss"); break;
                case 'ł': builder.Append('l'); break;
                case 'Ł': builder.Append('L'); break;
                case 'đ': builder.Append('d'); break;
                case 'Đ': builder.Append('D'); break;
                case 'ı': builder.Append('i'); break;
                // "O’Brien" in one sentence, "O'Brien" in the next.
                case '\u2019' or '\u2018': builder.Append('\''); break;
                default: builder.Append(c); break;
            }
        }
        return builder.ToString();
    }
}
