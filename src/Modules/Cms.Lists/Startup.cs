using Cms.Abstractions.Display;
using Cms.Abstractions.Recipes;
using Cms.Abstractions.Content;
using Cms.Abstractions.ContentKinds;
using Cms.Abstractions.Modules;
using Cms.Admin;
using Cms.Lists.Display;
using Cms.Lists.Editors;
using Cms.Lists.Feeds;
using Cms.Lists.Handlers;
using Cms.Lists.Indexing;
using Cms.Lists.Models;
using Cms.Display.Liquid;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Lists;

/// <summary>
/// Orchard Core's <c>ListPart</c> (a container: its page lists its items, its Atom feed, its items in its edit form)
/// and <c>ContainedPart</c> (welded on each contained item: indexed, its path kept under the container's, a link back).
/// </summary>
public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddFeatureAliases("Lists", "OrchardCore.Lists", "OrchardCore.Feeds");
        services.AddScoped<ContainedItems>();
        services.AddLiquidFilters<Liquid.ContainerLiquidFilter>();
        services.AddScoped<ListFeed>();
        services.AddContentPart<ListPart>().WithSettings<ListPartSettings>()
            .UseDisplayDriver<ListPartDisplayDriver>().UseEditor<ListPartEditor>();
        services.AddContentPart<ContainedPart>()
            .UseDisplayDriver<ContainedPartDisplayDriver>()
            .UseIndexProvider<ContainedPartIndexProvider>(IndexValueKind.Reference, IndexValueKind.Number);
        services.AddContentHandler<ContainedPathHandler>();
        services.AddAdminPages(typeof(Startup).Assembly);
    }

    public override void MapRoutes(IEndpointRouteBuilder routes)
    {
        // A container's feed at its path + /feed.xml, for containers one or two segments deep (blog, actualites/blog).
        routes.MapMethods("/{container}/" + ListFeed.FileName, ["GET", "HEAD"], (HttpContext http, string container) => FeedAsync(http, container));
        routes.MapMethods("/{section}/{container}/" + ListFeed.FileName, ["GET", "HEAD"],
            (HttpContext http, string section, string container) => FeedAsync(http, section + "/" + container));
    }

    private static async Task<IResult> FeedAsync(HttpContext http, string path)
    {
        var feed = await http.RequestServices.GetRequiredService<ListFeed>().AtomAsync(http, path, http.RequestAborted);
        return feed is null ? Results.NotFound() : new Utf8TextResult(feed, "application/atom+xml; charset=utf-8");
    }
}
