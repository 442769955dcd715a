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

        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            // Letters no accent makes: "Lindstrøm" is Lindstrom, "Łukasz" Lukasz, "Yılmaz" Yilmaz.
            switch (c)
            {
                case 'ø' or 'Ø': builder.Append('o'); break;
                case 'æ' or 'Æ': builder.Append("ae"); break;
                case 'ß': builder.Append("ss"); break;
                case 'ł' or 'Ł': builder.Append('l'); break;
                case 'đ' or 'Đ': builder.Append('d'); break;
                case 'ı': builder.Append('i'); break;
                // "O’Brien" in one sentence, "O'Brien" in the next.
                case '\u2019' or '\u2018': builder.Append('\''); break;
                default: builder.Append(char.ToLowerInvariant(c)); break;
            }
        }
        return builder.ToString();
    }
}
