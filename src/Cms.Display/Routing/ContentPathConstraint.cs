using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cms.Display.Routing;

/// <summary>
/// Keeps the catch-all content route away from static files (<c>/themes/…</c>, <c>/media/…</c>) and from paths ending
/// with a file extension (<c>.css</c>, <c>.ics</c>…), so that the static file middleware and the modules' file
/// routes, which only see requests no endpoint took, still get them. A content path with a dot (<c>agenda/v1.2</c>)
/// stays a content path.
/// </summary>
public sealed class ContentPathConstraint : IRouteConstraint
{
    public const string Name = "cmscontentpath";

    private static readonly string[] ReservedFirstSegments = ["themes", "media", "_framework", "_content"];

    private static readonly HashSet<string> FileExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".css", ".js", ".mjs", ".map", ".png", ".jpg", ".jpeg", ".gif", ".svg", ".ico", ".webp", ".avif", ".woff", ".woff2",
        ".ttf", ".otf", ".eot", ".json", ".xml", ".txt", ".pdf", ".ics", ".webmanifest", ".zip", ".csv", ".mp4", ".webm", ".mp3",
    };

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection)
    {
        var path = values.TryGetValue(routeKey, out var value) ? value?.ToString() ?? "" : "";
        return IsContentPath(path);
    }

    public static bool IsContentPath(string path)
    {
        path = path.Trim('/');
        if (path.Length == 0) return true;
        var first = path.Split('/')[0];
        if (ReservedFirstSegments.Contains(first, StringComparer.OrdinalIgnoreCase)) return false;
        var last = path[(path.LastIndexOf('/') + 1)..];
        return !FileExtensions.Contains(Path.GetExtension(last));
    }
}
