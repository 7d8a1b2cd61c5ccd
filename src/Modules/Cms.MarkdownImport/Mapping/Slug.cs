using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Cms.MarkdownImport.Mapping;

/// <summary>
/// URL slugs (docs/contracts.md §5): lowercase, accents folded to ASCII (œ → oe, æ → ae, ß → ss), every run of other
/// characters becomes <c>-</c>, trimmed of <c>-</c>.
/// </summary>
public static partial class Slug
{
    public static string From(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            var lower = char.ToLowerInvariant(c);
            switch (lower)
            {
                case 'œ': folded.Append("oe"); break;
                case 'æ': folded.Append("ae"); break;
                case 'ß': folded.Append("ss"); break;
                case 'ø': folded.Append('o'); break;
                case 'đ': folded.Append('d'); break;
                case 'ł': folded.Append('l'); break;
                default: folded.Append(lower); break;
            }
        }
        return Others().Replace(folded.ToString(), "-").Trim('-');
    }

    /// <summary>The slug of a Jekyll file name: date prefix <c>YYYY-MM-DD-</c> and extension removed.</summary>
    public static string FromFileName(string fileName)
    {
        var name = Path.GetFileNameWithoutExtension(fileName);
        return From(DatePrefix().Replace(name, ""));
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex Others();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}-")]
    private static partial Regex DatePrefix();
}
