namespace Cms.Abstractions.Media;

/// <summary>
/// The path rules every <see cref="IMediaStore"/> applies, whatever keeps the bytes: relative, '/'-separated, no
/// '..' / '.' / empty segment, no control character, no ':' or '\'. One leading or trailing '/' is only the store's
/// root and is dropped.
/// </summary>
public static class MediaStorePath
{
    /// <summary>Where every store's files are served.</summary>
    public const string RequestPath = "/media";

    /// <summary>The path without leading/trailing '/', or <see cref="ArgumentException"/> when it could leave the store.</summary>
    public static string Normalize(string? path, bool allowEmpty = false)
    {
        var trimmed = (path ?? "").Trim().Trim('/');
        if (trimmed.Length == 0)
        {
            if (allowEmpty) return "";
            throw new ArgumentException("Media path is empty.", nameof(path));
        }
        if ((path ?? "").TrimStart().StartsWith("//", StringComparison.Ordinal) || trimmed.Any(char.IsControl) ||
            trimmed.Contains('\\') || trimmed.Contains(':') || Path.IsPathRooted(trimmed))
        {
            throw new ArgumentException($"Media path '{path}' is not a relative '/'-separated path.", nameof(path));
        }
        foreach (var segment in trimmed.Split('/'))
        {
            if (segment.Length == 0 || segment == "." || segment == "..")
            {
                throw new ArgumentException($"Media path '{path}' has an empty, '.' or '..' segment.", nameof(path));
            }
        }
        return trimmed;
    }

    /// <summary>The public URL of a store path: <c>/media/</c> and each segment escaped.</summary>
    public static string PublicUrl(string path) =>
        RequestPath + "/" + string.Join('/', Normalize(path).Split('/').Select(Uri.EscapeDataString));

    /// <summary>A file's path inside a folder (the root is "").</summary>
    public static string Join(string folder, string name) => folder.Length == 0 ? name : $"{folder}/{name}";
}
