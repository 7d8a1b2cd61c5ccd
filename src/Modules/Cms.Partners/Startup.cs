using Cms.Abstractions.Content;
using Cms.Abstractions.Display;
using Cms.Abstractions.Modules;
using Cms.Display.Listing;
using Cms.Partners.Handlers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Partners;

/// <summary>
/// The <c>Partner</c> content type: its definition, the display handler of its pages (<c>Content-Partner.Detail</c>
/// lists its events) and the <c>/partenaires</c> index.
/// </summary>
public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddDataMigration<Migrations>();
        services.AddReservedPaths(PartnerDisplayHandler.IndexPath);
        services.AddNavigationEntry(PartnerDisplayHandler.IndexTitle, PartnerDisplayHandler.IndexPath, 30);
        services.AddScoped<IContentDisplayHandler, PartnerDisplayHandler>();
    }

    public override void MapRoutes(IEndpointRouteBuilder routes)
    {
        routes.MapGet(PartnerDisplayHandler.IndexPath, (Delegate)((HttpContext http) => ContentIndexPage.RenderAsync(
            http, "Partner", "PartnerIndex", PartnerDisplayHandler.IndexTitle,
            "Les organisations partenaires des évènements, et les évènements organisés avec chacune.",
            PartnerDisplayHandler.IndexPath)));
    }
}
