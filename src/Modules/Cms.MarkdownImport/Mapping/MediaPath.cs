using System.Text.RegularExpressions;

namespace Cms.MarkdownImport.Mapping;

/// <summary>
/// Media references of a document (<c>/uploads/1500-500-max%20bis.jpg</c>) as media store paths
/// (<c>uploads/1500-500-max bis.jpg</c>): URL-decoded, because Jekyll served the file under its real name and the
/// link carried it percent-encoded; leading <c>/</c> removed. A path that would leave the media root is refused.
/// </summary>
public static partial class MediaPath
{
    /// <summary>The store path, or null for an external URL (<c>https://…</c>), which is not a media store file.</summary>
    /// <exception cref="ArgumentException">The path leaves the media root or is not a file path.</exception>
    public static string? ToStorePath(string reference)
    {
        var value = reference.Trim();
        if (ExternalUrl().IsMatch(value)) return null;
        var cut = value.IndexOfAny(['?', '#']);
        if (cut >= 0) value = value[..cut];
        string decoded;
        try
        {
            decoded = Uri.UnescapeDataString(value);
        }
        catch (UriFormatException)
        {
            decoded = value;
        }
        if (decoded.Length == 0
            || decoded.Contains('\\') || decoded.Contains(':') || decoded.Any(char.IsControl)
            || decoded.StartsWith("//", StringComparison.Ordinal))
        {
            throw new ArgumentException($"« {reference} » n'est pas un chemin de la médiathèque.");
        }
        var path = decoded.TrimStart('/');
        var segments = path.Split('/');
        if (path.Length == 0 || segments.Any(s => s is "" or "." or ".."))
        {
            throw new ArgumentException($"« {reference} » sort de la médiathèque.");
        }
        return path;
    }

    /// <summary>The <c>/uploads/…</c> links written in Markdown or HTML text, as store paths (those that are valid).</summary>
    public static IEnumerable<string> UploadLinks(string? text)
    {
        if (string.IsNullOrEmpty(text)) yield break;
        foreach (Match match in UploadLink().Matches(text))
        {
            string? path;
            try
            {
                path = ToStorePath(match.Value);
            }
            catch (ArgumentException)
            {
                continue;
            }
            if (path is not null) yield return path;
        }
    }

    [GeneratedRegex(@"^[a-zA-Z][a-zA-Z0-9+.-]*://")]
    private static partial Regex ExternalUrl();

    [GeneratedRegex(@"(?<=^|[\s(""'=])/uploads/[^\s)""'<>]+")]
    private static partial Regex UploadLink();
}
