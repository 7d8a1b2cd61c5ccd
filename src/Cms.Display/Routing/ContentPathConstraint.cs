using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cms.Display.Routing;

/// <summary>
/// Keeps the catch-all content route away from static files (<c>/themes/…</c>, <c>/media/…</c>) and from paths with a
/// file extension, so that the static file middleware, which only serves requests no endpoint took, still sees them.
/// </summary>
public sealed class ContentPathConstraint : IRouteConstraint
{
    public const string Name = "cmscontentpath";

    private static readonly string[] ReservedFirstSegments = ["themes", "media", "_framework", "_content"];

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
        return !Path.HasExtension(last);
    }
}
