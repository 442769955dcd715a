using System.Globalization;
using System.Text;

namespace RumourBot.Reports.Text;

/// <summary>
/// Folds a name for comparison: lower case, accents removed ("António" and "Antonio" fold alike). Ordinal
/// dictionaries over folded keys are far cheaper than culture-aware comparers on the analysis hot path.
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
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }
}
