using Microsoft.Extensions.DependencyInjection;

namespace Cms.Abstractions.Content;

/// <summary>
/// A path the site answers itself, never given to an item's AutoroutePart: an exact path (<c>agenda.ics</c>) or, when
/// <see cref="Prefix"/>, every path whose first segment it is (<c>admin</c>). Registered by the module that maps it.
/// </summary>
public sealed record ReservedPath(string Path, bool Prefix = false);

public static class ReservedPathServiceCollectionExtensions
{
    /// <summary>Keeps exact paths (without leading slash, e.g. <c>feed.xml</c>) for the module's own routes.</summary>
    public static IServiceCollection AddReservedPaths(this IServiceCollection services, params string[] paths)
    {
        foreach (var path in paths) services.AddSingleton(new ReservedPath(path.Trim('/')));
        return services;
    }

    /// <summary>Keeps every path under these first segments (e.g. <c>admin</c>).</summary>
    public static IServiceCollection AddReservedPrefixes(this IServiceCollection services, params string[] segments)
    {
        foreach (var segment in segments) services.AddSingleton(new ReservedPath(segment.Trim('/'), Prefix: true));
        return services;
    }
}
