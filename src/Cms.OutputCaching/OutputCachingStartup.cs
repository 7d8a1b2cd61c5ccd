using Cms.Abstractions.Data;
using Cms.Abstractions.Recipes;
using System.IO.Compression;
using Cms.Abstractions.Clustering;
using Cms.Abstractions.Display;
using Cms.Abstractions.Modules;
using Cms.Abstractions.Settings;
using Cms.OutputCaching.Handlers;
using Cms.OutputCaching.Middleware;
using Cms.OutputCaching.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.OutputCaching;

/// <summary>
/// Speed of the public site. Middleware, outermost first (this module depends on Cms.Display and Cms.Admin, so its
/// middleware wraps their static files and sign-in): the output cache (<see cref="PublicPagePolicy"/>, <c>Cms:OutputCache</c>), response compression
/// (Brotli then gzip, for HTML, CSS, JavaScript, JSON, XML, feeds, calendars, SVG; not for the back office over
/// HTTPS), then page ETags (<see cref="PageETagMiddleware"/>). The cache therefore holds compressed bytes with their
/// ETag. Content changes evict by tag (<see cref="OutputCacheEvictionHandler"/>), the page renderer is decorated to
/// tag each response with the items and types its page shows (<see cref="PageTaggingStartup"/>).
/// </summary>
public sealed class OutputCachingStartup : ModuleStartup
{
    internal static readonly string[] CompressedMimeTypes =
    [
        .. ResponseCompressionDefaults.MimeTypes,
        "text/javascript", "application/ld+json", "application/manifest+json", "application/atom+xml",
        "application/rss+xml", "image/svg+xml", "text/calendar", "image/x-icon",
    ];

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddFeatureAliases("Output caching", "OrchardCore.DynamicCache");
        var options = new OutputCachingOptions();
        configuration.GetSection("Cms:OutputCache").Bind(options);
        services.AddSingleton(options);

        services.AddOutputCache(o => o.SizeLimit = options.SizeLimitBytes);
        DecorateStore(services);
        services.AddSingleton<PublicPagePolicy>();
        services.AddOptions<OutputCacheOptions>().Configure<PublicPagePolicy>((o, policy) => o.AddBasePolicy(policy));
        services.AddContentHandler<OutputCacheEvictionHandler>();
        services.AddScoped<ISiteSettingsHandler, SiteSettingsEvictionHandler>();
        services.AddSingleton<IClusterCacheHandler>(sp => new OutputCacheEvictionHandler(sp.GetRequiredService<IOutputCacheStore>()));
        services.AddSingleton<IClusterCacheHandler>(sp => new SiteSettingsEvictionHandler(sp.GetRequiredService<IOutputCacheStore>()));
        services.AddScoped<IDocumentChangeHandler, DocumentEvictionHandler>();
        services.AddSingleton<IClusterCacheHandler>(sp => new DocumentEvictionHandler(sp.GetRequiredService<IOutputCacheStore>()));
        services.AddHttpContextAccessor();

        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = CompressedMimeTypes;
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
    }

    public override void Configure(IApplicationBuilder app)
    {
        app.UseMiddleware<Middleware.UnusableQueryRedirect>();
        app.UseOutputCache();
        app.UseResponseCompression();
        app.UseMiddleware<BackOfficeCompressionGuard>();
        app.UseMiddleware<PageETagMiddleware>();
    }

    /// <summary>The store registered by AddOutputCache, wrapped so that evictions are never undone by a late write.</summary>
    private static void DecorateStore(IServiceCollection services)
    {
        var descriptor = services.Last(d => d.ServiceType == typeof(IOutputCacheStore));
        services.Remove(descriptor);
        services.AddSingleton<CacheGeneration>();
        services.AddSingleton(sp => new ConsistentOutputCacheStore((IOutputCacheStore)ServiceDecorations.Create(sp, descriptor), sp.GetRequiredService<CacheGeneration>()));
        services.AddSingleton<IOutputCacheStore>(sp => sp.GetRequiredService<ConsistentOutputCacheStore>());
    }
}
