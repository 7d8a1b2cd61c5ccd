using Cms.Abstractions.Display;
using Cms.Abstractions.Settings;
using Cms.Display.Themes;

namespace Cms.Display.Rendering;

/// <summary>What every template of one request sees besides its model: <c>Site</c>, <c>Meta</c>, <c>Page</c> (absolute
/// URLs and safe JSON-LD computed from Meta, the main navigation), <c>Request</c> and <c>Theme</c>.
/// <see cref="Navigation"/> is what the modules' <see cref="INavigationProvider"/>s contribute.</summary>
public sealed record RenderContext(SiteSettings Site, PageMeta Meta, RequestInfo Request, SiteTheme Theme, IReadOnlyList<NavigationLink> Navigation);

public sealed record RequestInfo(string Path, string? Origin);

/// <summary>Values the layout needs, computed in code so that templates stay simple and safe.</summary>
public static class PageValues
{
    public static Dictionary<string, object?> For(RenderContext context)
    {
        var meta = context.Meta;
        var site = context.Site;
        var baseUrl = (site.BaseUrl ?? context.Request.Origin ?? "").TrimEnd('/');
        var title = string.IsNullOrWhiteSpace(meta.Title) || meta.Title == site.SiteName ? site.SiteName : $"{meta.Title} - {site.SiteName}";
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["Title"] = title,
            ["CanonicalUrl"] = meta.CanonicalPath is { } path ? Absolute(baseUrl, path) : null,
            ["ImageUrl"] = meta.Image is { Length: > 0 } image ? Absolute(baseUrl, image) : null,
            ["JsonLd"] = meta.JsonLd.Select(JsonLdScript.Escape).ToList(),
            ["Navigation"] = Navigation(site.Navigation.Count > 0 ? site.Navigation : context.Navigation, context.Request.Path),
        };
    }

    /// <summary>The site settings' navigation when they define one, else the modules' entries; the current link marked.</summary>
    private static List<Dictionary<string, object?>> Navigation(IReadOnlyList<NavigationLink> links, string requestPath)
    {
        var current = links
            .Where(l => IsUnder(requestPath, l.Path))
            .OrderByDescending(l => l.Path.Length)
            .FirstOrDefault();
        return links.Select(l => new Dictionary<string, object?>
        {
            ["Label"] = l.Label,
            ["Path"] = l.Path,
            ["Current"] = ReferenceEquals(l, current),
        }).ToList();
    }

    private static bool IsUnder(string requestPath, string linkPath)
    {
        var link = "/" + linkPath.Trim('/');
        var path = "/" + requestPath.Trim('/');
        return link == "/" ? path == "/" : path == link || path.StartsWith(link + "/", StringComparison.OrdinalIgnoreCase);
    }

    public static string Absolute(string baseUrl, string pathOrUrl)
    {
        if (Uri.TryCreate(pathOrUrl, UriKind.Absolute, out var absolute) && (absolute.Scheme == Uri.UriSchemeHttp || absolute.Scheme == Uri.UriSchemeHttps))
        {
            return absolute.ToString();
        }
        var relative = "/" + pathOrUrl.TrimStart('/');
        // Through Uri, so that spaces and other characters a path may hold are escaped (already escaped ones stay).
        return Uri.TryCreate(baseUrl + "/", UriKind.Absolute, out var root) && Uri.TryCreate(root, relative, out var combined)
            ? combined.AbsoluteUri
            : baseUrl + relative;
    }
}

/// <summary>JSON put inside a <c>script</c> element: <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c> become <c>\u003c</c>… so
/// that no <c>&lt;/script&gt;</c> or comment in the data can end the element. They can only occur inside JSON strings,
/// where the escapes mean the same characters.</summary>
public static class JsonLdScript
{
    public static string Escape(string json) => json
        .Replace("<", "\\u003c", StringComparison.Ordinal)
        .Replace(">", "\\u003e", StringComparison.Ordinal)
        .Replace("&", "\\u0026", StringComparison.Ordinal)
        .Replace("\u2028", "\\u2028", StringComparison.Ordinal)
        .Replace("\u2029", "\\u2029", StringComparison.Ordinal);
}
