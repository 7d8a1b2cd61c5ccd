using System.Globalization;
using System.Text;

namespace Cms.Admin.Media;

/// <summary>
/// Store names for uploaded files and new folders: only the last segment of what the browser sent (never a path),
/// accents folded to ASCII, lowercase, every run of other characters (spaces, dots inside the name…) turned into
/// one '-', no leading dot, at most 100 characters before the extension. Names with control characters are
/// refused rather than guessed at; reserved device names (<c>con</c>, <c>nul</c>…) get a suffix.
/// </summary>
public static class MediaFileName
{
    public const int MaxStemLength = 100;

    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal)
    {
        "con", "prn", "aux", "nul",
        "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
        "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
    };

    /// <summary>The store name of an uploaded file (<c>stem.ext</c>), or an error in French.</summary>
    public static (string? Name, string? Error) ForFile(string? original)
    {
        var name = LastSegment(original);
        if (name is null) return (null, "le nom du fichier contient un caractère de contrôle");
        name = name.Trim().TrimStart('.');
        var dot = name.LastIndexOf('.');
        if (dot <= 0 || dot == name.Length - 1) return (null, "le nom du fichier n'a pas d'extension (.jpg, .pdf…)");
        var extension = Slug(name[(dot + 1)..]).Replace("-", "", StringComparison.Ordinal);
        if (extension.Length == 0) return (null, "l'extension du fichier n'est pas valide");
        var stem = Stem(name[..dot]);
        return ($"{stem}.{extension}", null);
    }

    /// <summary>The store name of a new folder, or an error in French.</summary>
    public static (string? Name, string? Error) ForFolder(string? original)
    {
        if (string.IsNullOrWhiteSpace(original)) return (null, "le nom du dossier est vide");
        if (original.Any(char.IsControl)) return (null, "le nom du dossier contient un caractère de contrôle");
        if (original.Contains('/') || original.Contains('\\')) return (null, "le nom du dossier ne peut pas contenir « / » ni « \\ » : créez les dossiers un par un");
        var slug = Slug(original.Trim().TrimStart('.'));
        if (slug.Length == 0) return (null, "le nom du dossier ne contient aucune lettre ni chiffre");
        return (Stem(slug), null);
    }

    /// <summary>The name with <c>-2</c>, <c>-3</c>… before the extension, for a name already taken.</summary>
    public static string WithSuffix(string name, int number)
    {
        var dot = name.LastIndexOf('.');
        return dot <= 0 ? $"{name}-{number}" : $"{name[..dot]}-{number}{name[dot..]}";
    }

    /// <summary>Lowercase ASCII letters and digits, every other run of characters as one '-', trimmed.</summary>
    public static string Slug(string text)
    {
        var builder = new StringBuilder(text.Length);
        var dash = false;
        foreach (var c in Fold(text))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (dash && builder.Length > 0) builder.Append('-');
                builder.Append(char.ToLowerInvariant(c));
                dash = false;
            }
            else
            {
                dash = true;
            }
        }
        return builder.ToString();
    }

    /// <summary>Accents removed (é → e, ç → c), ligatures spelled out (œ → oe).</summary>
    public static string Fold(string text)
    {
        var decomposed = text.Replace("œ", "oe", StringComparison.Ordinal).Replace("Œ", "OE", StringComparison.Ordinal)
            .Replace("æ", "ae", StringComparison.Ordinal).Replace("Æ", "AE", StringComparison.Ordinal)
            .Replace("ß", "ss", StringComparison.Ordinal).Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) builder.Append(c);
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    private static string Stem(string text)
    {
        var stem = Slug(text);
        if (stem.Length > MaxStemLength) stem = stem[..MaxStemLength].TrimEnd('-');
        if (stem.Length == 0) stem = "fichier";
        if (Reserved.Contains(stem)) stem += "-fichier";
        return stem;
    }

    /// <summary>What follows the last '/' or '\' (browsers may send a full path); null when a control character is present.</summary>
    private static string? LastSegment(string? original)
    {
        var text = original ?? "";
        if (text.Any(char.IsControl)) return null;
        var cut = text.LastIndexOfAny(['/', '\\']);
        return cut >= 0 ? text[(cut + 1)..] : text;
    }
}
