using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Cms.MarkdownImport.Jekyll;

/// <summary>
/// Jekyll's <c>Utils.slugify</c> (jekyll/lib/jekyll/utils.rb), mode for mode: runs of characters outside the mode's
/// set become one <c>-</c>, one leading and one trailing <c>-</c> are removed, then lowercased unless
/// <c>cased</c>. A collection permalink's <c>:title</c> is <c>slugify(slug, mode: "pretty", cased: true)</c>.
/// </summary>
public static partial class JekyllSlug
{
    public static readonly string[] Modes = ["raw", "default", "pretty", "ascii", "latin"];

    public static string? Slugify(string? text, string? mode = null, bool cased = false)
    {
        mode ??= "default";
        if (text is null) return null;
        if (!Modes.Contains(mode)) return cased ? text : text.ToLowerInvariant();
        if (mode == "latin") text = Transliterate(text);
        var replaceable = mode switch
        {
            "raw" => Raw(),
            "pretty" => Pretty(),
            "ascii" => Ascii(),
            _ => Default(),
        };
        var slug = replaceable.Replace(text, "-");
        slug = Edges().Replace(slug, "");
        return cased ? slug : slug.ToLowerInvariant();
    }

    /// <summary>I18n.transliterate of Latin letters: accents dropped (à → a, ç → c), ligatures spelled out.</summary>
    private static string Transliterate(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            builder.Append(c switch
            {
                'æ' => "ae", 'Æ' => "AE", 'œ' => "oe", 'Œ' => "OE", 'ß' => "ss", 'ø' => "o", 'Ø' => "O",
                _ when c > 127 && !char.IsWhiteSpace(c) => "?",
                _ => c.ToString(),
            });
        }
        return builder.ToString();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Raw();

    [GeneratedRegex(@"[^\p{M}\p{L}\p{Nd}]+")]
    private static partial Regex Default();

    [GeneratedRegex(@"[^\p{M}\p{L}\p{Nd}._~!$&'()+,;=@]+")]
    private static partial Regex Pretty();

    [GeneratedRegex("[^A-Za-z0-9]+")]
    private static partial Regex Ascii();

    [GeneratedRegex("^-|-$")]
    private static partial Regex Edges();
}
