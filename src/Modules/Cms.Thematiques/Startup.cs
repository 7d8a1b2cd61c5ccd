using Cms.Abstractions.Content;
using Cms.Abstractions.Display;
using Cms.Abstractions.Modules;
using Cms.Display.Listing;
using Cms.Thematiques.Handlers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Thematiques;

/// <summary>
/// The <c>Theme</c> content type (a thematic track, not a site theme): its definition, the display handler of its
/// pages (<c>Content-Theme.Detail</c> lists its events) and the <c>/thematiques</c> index.
/// </summary>
public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddDataMigration<Migrations>();
        services.AddReservedPaths(ThemeDisplayHandler.IndexPath);
        services.AddNavigationEntry(ThemeDisplayHandler.IndexTitle, ThemeDisplayHandler.IndexPath, 20);
        services.AddScoped<IContentDisplayHandler, ThemeDisplayHandler>();
    }

    public override void MapRoutes(IEndpointRouteBuilder routes)
    {
        routes.MapGet(ThemeDisplayHandler.IndexPath, (Delegate)((HttpContext http) => ContentIndexPage.RenderAsync(
            http, "Theme", "ThemeIndex", ThemeDisplayHandler.IndexTitle,
            "Les grandes thématiques des évènements : chacune réunit ses évènements à venir et passés.",
            ThemeDisplayHandler.IndexPath)));
    }
}
