using Cms.Abstractions.Clustering;
using Cms.Abstractions.Modules;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Display.Caching;

/// <summary>
/// Registers the <see cref="PublishedContentCache"/> (<c>Cms:PublishedContentCache</c>), its eviction handler and
/// <see cref="PublishedContent"/>. Runs before every other module (the output cache's startup included), so that its
/// handler is called first after a change: when the output cache then evicts a page, the next rendering can only
/// read the new content, never a cached copy of the old one that it would store again as a page.
/// </summary>
public sealed class PublishedContentCacheStartup : ModuleStartup
{
    public override int Order => -1_000;

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        var options = new PublishedContentCacheOptions();
        configuration.GetSection("Cms:PublishedContentCache").Bind(options);
        services.AddSingleton(options);
        services.AddSingleton<PublishedContentCache>();
        services.AddScoped<PublishedContent>();
        services.AddContentHandler<PublishedContentCacheHandler>();
        services.AddSingleton<IClusterCacheHandler>(sp => new PublishedContentCacheHandler(sp.GetRequiredService<PublishedContentCache>()));
    }
}
