using Cms.Abstractions.Content;
using Cms.Abstractions.Display;
using Cms.Abstractions.Modules;
using Cms.Display.Listing;
using Cms.Abstractions.ContentKinds;
using Cms.Thematiques.Display;
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
        services.AddReservedPaths(ThemePartDisplayDriver.IndexPath);
        services.AddNavigationEntry(ThemePartDisplayDriver.IndexTitle, ThemePartDisplayDriver.IndexPath, 20);
        services.AddSitemapPath(ThemePartDisplayDriver.IndexPath);
        services.AddContentPart("Theme", typeof(object)).UseDisplayDriver<ThemePartDisplayDriver>();
        // Lists show the title and fields their own way (Content-Theme.Summary): the title and body shapes are not needed there.
        services.AddShapePlacement("TitlePart", ShapePlacementRule.Hidden, "Summary", "Theme");
        services.AddShapePlacement("MarkdownBodyPart", ShapePlacementRule.Hidden, "Summary", "Theme");
    }

    public override void MapRoutes(IEndpointRouteBuilder routes)
    {
        routes.MapGet(ThemePartDisplayDriver.IndexPath, (Delegate)((HttpContext http) => ContentIndexPage.RenderAsync(
            http, "Theme", "ThemeIndex", ThemePartDisplayDriver.IndexTitle,
            "Les grandes thématiques des évènements : chacune réunit ses évènements à venir et passés.",
            ThemePartDisplayDriver.IndexPath)));
    }
}
