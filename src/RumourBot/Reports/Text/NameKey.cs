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
        foreach (var c in name)
        {
            if (c >= 128 || char.IsUpper(c)) { plain = false; break; }
        }
        if (plain) return name;

        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }
}
