using System.Globalization;
using System.Text;

namespace Cms.Abstractions.Text;

/// <summary>Folding for search and slugs: lowercase, accents removed (é → e, œ → oe).</summary>
public static class TextNormalizer
{
    /// <summary>Lowercase without diacritics; other characters kept.</summary>
    public static string? Fold(string? text)
    {
        if (text is null) return null;
        return LatinFolding.TryFold(text) ?? FoldThroughUnicode(text);
    }

    /// <summary>
    /// The folding's definition, for any text: invariant lowercase, œ æ ß spelled out, canonical decomposition,
    /// non-spacing marks dropped, recomposed. <see cref="Fold"/> gives the same strings faster for Latin text
    /// (<see cref="LatinFolding"/>).
    /// </summary>
    internal static string FoldThroughUnicode(string text)
    {
        var decomposed = text.ToLowerInvariant()
            .Replace("œ", "oe", StringComparison.Ordinal)
            .Replace("æ", "ae", StringComparison.Ordinal)
            .Replace("ß", "ss", StringComparison.Ordinal)
            .Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) builder.Append(c);
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>A URL segment: folded, every run of characters other than a-z, 0-9 becomes '-', trimmed of '-'.</summary>
    public static string Slug(string? text)
    {
        var folded = Fold(text) ?? "";
        var builder = new StringBuilder(folded.Length);
        var dash = false;
        foreach (var c in folded)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                builder.Append(c);
                dash = false;
            }
            else if (!dash && builder.Length > 0)
            {
                builder.Append('-');
                dash = true;
            }
        }
        return builder.ToString().TrimEnd('-');
    }
}
