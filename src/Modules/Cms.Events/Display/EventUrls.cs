namespace Cms.Events.Display;

/// <summary>Links as event pages show them.</summary>
public static class EventUrls
{
    /// <summary>
    /// A link target safe to put in an href: a site path, or an http, https, mailto or tel URL. Anything else
    /// (javascript:, data:…) gives null, so that the link is not shown.
    /// </summary>
    public static string? SafeLinkUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return null;
        var trimmed = url.Trim();
        if (trimmed.StartsWith('/') && !trimmed.StartsWith("//", StringComparison.Ordinal)) return trimmed;
        if (trimmed.StartsWith('#')) return trimmed;
        return Uri.TryCreate(trimmed, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeMailto || uri.Scheme == "tel")
            ? trimmed
            : null;
    }

    /// <summary>True for an http or https URL (opened in a new window).</summary>
    public static bool IsExternal(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    /// <summary>The last segment of a site path: "/thematiques/souverainete" → "souverainete".</summary>
    public static string? Slug(string? path) =>
        string.IsNullOrWhiteSpace(path) ? null : path.Trim('/').Split('/')[^1].ToLowerInvariant();
}
