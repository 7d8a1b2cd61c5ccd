namespace Cms.ContentFields.Fields;

/// <summary><c>{ "Url": "…", "Text": "…" }</c></summary>
public sealed class LinkField
{
    public string? Url { get; set; }
    public string? Text { get; set; }

    /// <summary>
    /// A link a visitor can follow: an absolute http(s), mailto or tel address, a path of the site starting with '/'
    /// or an anchor. The one rule for the editor and for the types' validators.
    /// </summary>
    public static bool IsValidUrl(string url) =>
        (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal))
        || url.StartsWith('#')
        || (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "mailto" or "tel");
}
