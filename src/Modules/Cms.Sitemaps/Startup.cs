using Cms.Abstractions.Display;
using Cms.Abstractions.Content;
using Cms.Abstractions.Modules;
using Cms.Abstractions.Recipes;
using Cms.Abstractions.Settings;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Sitemaps;

/// <summary>
/// Orchard Core's Sitemaps, in its simplest form: one sitemap of the home page, the listing pages other modules
/// register (<c>AddSitemapPath</c>) and every published item with an address; robots.txt points to it.
/// </summary>
public sealed class Startup : ModuleStartup
{
    private static readonly string[] GetHead = [HttpMethods.Get, HttpMethods.Head];

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddFeatureAliases("Sitemaps", "OrchardCore.Sitemaps");
        services.AddReservedPaths(SitemapService.Path.TrimStart('/'), RobotsTxt.Path.TrimStart('/'));
        services.AddHttpContextAccessor();
        services.AddScoped<SitemapService>();
    }

    public override void MapRoutes(IEndpointRouteBuilder routes)
    {
        routes.MapMethods(SitemapService.Path, GetHead, async (HttpContext http, SitemapService sitemap, CancellationToken ct) =>
            new Utf8TextResult(await sitemap.SitemapAsync(http, ct), "application/xml; charset=utf-8"));
        routes.MapMethods(RobotsTxt.Path, GetHead, async (HttpContext http, ISiteSettingsStore settings, CancellationToken ct) =>
            new Utf8TextResult(RobotsTxt.Write(SiteUrls.Absolute(SiteUrls.BaseUrl(await settings.GetForReadingAsync(ct), http), SitemapService.Path)), "text/plain; charset=utf-8"));
    }
}
