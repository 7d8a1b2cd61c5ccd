using Cms.Abstractions.Content;
using Cms.Abstractions.Display;
using Cms.Abstractions.Modules;
using Cms.Display.Listing;
using Cms.Abstractions.ContentKinds;
using Cms.Partners.Display;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Partners;

/// <summary>
/// The <c>Partner</c> content type: its definition, the display driver of its pages (<c>Content-Partner.Detail</c>
/// lists its events) and the <c>/partenaires</c> index.
/// </summary>
public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddDataMigration<Migrations>();
        services.AddReservedPaths(PartnerPartDisplayDriver.IndexPath);
        services.AddNavigationEntry(PartnerPartDisplayDriver.IndexTitle, PartnerPartDisplayDriver.IndexPath, 30);
        services.AddSitemapPath(PartnerPartDisplayDriver.IndexPath);
        services.AddContentPart("Partner", typeof(object)).UseDisplayDriver<PartnerPartDisplayDriver>();
        // Lists show the title and fields their own way (Content-Partner.Summary): the title and body shapes are not needed there.
        services.AddShapePlacement("TitlePart", ShapePlacementRule.Hidden, "Summary", "Partner");
        services.AddShapePlacement("MarkdownBodyPart", ShapePlacementRule.Hidden, "Summary", "Partner");
    }

    public override void MapRoutes(IEndpointRouteBuilder routes)
    {
        routes.MapGet(PartnerPartDisplayDriver.IndexPath, (Delegate)((HttpContext http) => ContentIndexPage.RenderAsync(
            http, "Partner", "PartnerIndex", PartnerPartDisplayDriver.IndexTitle,
            "Les organisations partenaires des évènements, et les évènements organisés avec chacune.",
            PartnerPartDisplayDriver.IndexPath)));
    }
}
