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
            folded.Append(char.ToLowerInvariant(c) switch
            {
                'œ' => "oe",
                'æ' => "ae",
                'ß' => "ss",
                'ø' => "o",
                'đ' => "d",
                'ł' => "l",
                var other => other.ToString(),
            });
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
