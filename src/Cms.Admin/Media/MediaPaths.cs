namespace Cms.Admin.Media;

/// <summary>Store paths as MediaFields hold them: <c>uploads/a.jpg</c>, or as imported from Jekyll <c>/uploads/a%20b.jpg</c>.</summary>
public static class MediaPaths
{
    /// <summary>The store path a field path names (URL-unescaped, without leading '/' nor <c>/media/</c>), or null when it is not a safe store path.</summary>
    public static string? ToStorePath(string? fieldPath)
    {
        if (string.IsNullOrWhiteSpace(fieldPath)) return null;
        var text = fieldPath.Trim().Split('?', '#')[0];
        if (text.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("https://", StringComparison.OrdinalIgnoreCase)) return null;
        try
        {
            text = Uri.UnescapeDataString(text);
        }
        catch (UriFormatException)
        {
            return null;
        }
        text = text.TrimStart('/');
        if (text.StartsWith("media/", StringComparison.Ordinal)) text = text["media/".Length..];
        return MediaLibrary.IsSafePath(text) ? text : null;
    }
}
