using Microsoft.Extensions.DependencyInjection;

namespace Cms.Abstractions.Display;

/// <summary>
/// A page of the site that is not a content item (a listing such as <c>/agenda</c>) and belongs in the sitemap,
/// registered by the module that serves it with <see cref="SitemapServiceCollectionExtensions.AddSitemapPath"/>.
/// Published items with an address are in the sitemap without registration.
/// </summary>
public sealed record SitemapPath(string Path);

public static class SitemapServiceCollectionExtensions
{
    /// <summary>Adds a site path to the sitemap: <c>services.AddSitemapPath("/agenda")</c>.</summary>
    public static IServiceCollection AddSitemapPath(this IServiceCollection services, string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return services.AddSingleton(new SitemapPath("/" + path.Trim().Trim('/')));
    }
}
