using Cms.Abstractions.Content;
using Cms.Abstractions.Clustering;
using Cms.Abstractions.Modules;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Display.Caching;

/// <summary>
/// Registers the <see cref="PublishedContentCache"/> (<c>Cms:PublishedContentCache</c>), its eviction handler and
/// <see cref="PublishedContent"/>. Its handler is the first content handler, so that it is called first after a
/// change: when the output cache then evicts a page, the next rendering can only read the new content, never a cached
/// copy of the old one that it would store again as a page.
/// </summary>
public sealed class PublishedContentCacheStartup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        var options = new PublishedContentCacheOptions();
        configuration.GetSection("Cms:PublishedContentCache").Bind(options);
        services.AddSingleton(options);
        services.AddSingleton<PublishedContentCache>();
        services.AddScoped<PublishedContent>();
        services.Insert(0, ServiceDescriptor.Scoped<IContentHandler, PublishedContentCacheHandler>());
        services.AddSingleton<IClusterCacheHandler>(sp => new PublishedContentCacheHandler(sp.GetRequiredService<PublishedContentCache>()));
    }
}
