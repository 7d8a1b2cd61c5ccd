namespace Cms.Redirects.Services;

/// <summary>
/// The one form of an old address: a decoded site path starting with <c>/</c>, without query, fragment or trailing
/// slash (so <c>/agenda/x/</c> and <c>/agenda/x</c> are one). A target is a site path (same form) or an absolute
/// http(s) URL.
/// </summary>
public static class RedirectPaths
{
    public const int MaxLength = 2048;

    /// <summary>The normalized source path, or an error in French naming the value.</summary>
    public static (string? Path, string? Error) NormalizeFrom(string? value)
    {
        var path = Clean(value);
        if (path is null) return (null, $"« {value} » n'est pas une adresse du site (elle doit commencer par /).");
        if (path == "/") return (null, "La page d'accueil ne peut pas être redirigée.");
        if (path.StartsWith("/admin", StringComparison.OrdinalIgnoreCase) && (path.Length == 6 || path[6] == '/'))
        {
            return (null, "Les adresses de l'administration ne peuvent pas être redirigées.");
        }
        return (path, null);
    }

    /// <summary>The normalized target: a site path, or an absolute http(s) URL kept as given.</summary>
    public static (string? Path, string? Error) NormalizeTo(string? value)
    {
        var text = value?.Trim() ?? "";
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && !text.StartsWith('/'))
        {
            return text.Length > MaxLength ? (null, "Adresse de destination trop longue.") : (text, null);
        }
        var path = Clean(text);
        return path is null ? (null, $"« {value} » n'est ni une adresse du site (commençant par /) ni une adresse web (https://…).") : (path, null);
    }

    /// <summary>The lookup key of a request path (normalized, lowercase).</summary>
    public static string Key(string path) => path.ToLowerInvariant();

    private static string? Clean(string? value)
    {
        var text = value?.Trim() ?? "";
        var cut = text.IndexOfAny(['?', '#']);
        if (cut >= 0) text = text[..cut];
        if (!text.StartsWith('/') || text.StartsWith("//", StringComparison.Ordinal)) return null;
        try
        {
            text = Uri.UnescapeDataString(text);
        }
        catch (UriFormatException)
        {
            return null;
        }
        if (text.Any(char.IsControl) || text.Contains('\\') || text.Length > MaxLength) return null;
        var trimmed = text.TrimEnd('/');
        return trimmed.Length == 0 ? "/" : trimmed;
    }
}
