using Cms.Abstractions.ContentKinds;
using Cms.Abstractions.Modules;
using Cms.Samples.Ratings.Fields;
using Cms.Samples.Ratings.Listing;
using Cms.Samples.Ratings.Parts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Samples.Ratings;

/// <summary>One field kind, one part kind, one content type and one listing — everything a module brings, with no core edit.</summary>
public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddContentField<RatingField>().WithSettings<RatingFieldSettings>()
            .UseDisplayDriver<RatingFieldDisplayDriver>().UseEditor<RatingFieldEditor>().UseIndexProvider<RatingFieldIndexProvider>(IndexValueKind.Number);
        services.AddContentPart<ReviewPart>()
            .UseDisplayDriver<ReviewPartDisplayDriver>().UseEditor<ReviewPartEditor>();
        services.AddDataMigration<Migrations>();
    }

    public override void MapRoutes(IEndpointRouteBuilder routes) =>
        routes.MapMethods(BestRatedPage.Path, [HttpMethods.Get, HttpMethods.Head], BestRatedPage.RenderAsync);
}
