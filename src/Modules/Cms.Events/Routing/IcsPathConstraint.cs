using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cms.Events.Routing;

/// <summary>Matches a catch-all path that ends with <c>.ics</c> (an event's calendar file: its path + <c>.ics</c>).</summary>
public sealed class IcsPathConstraint : IRouteConstraint
{
    /// <summary>The constraint's name in route templates: <c>{**path:ics}</c>.</summary>
    public const string Name = "ics";

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        values.TryGetValue(routeKey, out var value) && value is string path
        && path.Length > ".ics".Length && path.EndsWith(".ics", StringComparison.OrdinalIgnoreCase);
}
