using Cms.Abstractions.Recipes;
using Cms.Abstractions.Content;
using Cms.Abstractions.Display;
using Cms.Abstractions.Modules;
using Cms.Abstractions.Search;
using Cms.Search.Indexing;
using Cms.Search.Named;
using Cms.Search.Querying;
using Cms.Search.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Cms.Search;

/// <summary>
/// French full-text search with Lucene.Net: this node's index (kept in step by a content handler, rebuilt at start
/// when empty or stale, and by the <c>reindex</c> command) made of the text each part and field kind contributes
/// (<see cref="Cms.Abstractions.ContentKinds.IContentTextExtractor"/>, registered with the kind), the <c>/recherche</c>
/// page, its JSON suggestions and the closest pages on the 404 page.
/// </summary>
public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddFeatureAliases("Search", "OrchardCore.Lucene", "OrchardCore.Search", "OrchardCore.Search.Lucene");
        services.Configure<SearchOptions>(configuration.GetSection("Cms:Search"));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SearchIndex>();
        services.AddSingleton<SearchIndexService>();
        services.AddHostedService<SearchIndexBackgroundService>();
        services.AddScoped<SearchDocumentBuilder>();
        services.AddScoped<SearchService>();
        services.AddScoped<IContentTextSearch>(sp => sp.GetRequiredService<SearchService>());
        services.AddContentHandler<SearchIndexHandler>();
        services.AddSingleton<Cms.Abstractions.Clustering.IClusterCacheHandler, SearchIndexClusterHandler>();
        services.AddCommand<ReindexCommand>();
        // Orchard's named Lucene indexes and its Lucene query source (run by the Queries module through IQuerySource).
        services.AddSingleton<NamedIndexService>();
        services.AddContentHandler<NamedIndexHandler>();
        services.AddScoped<Cms.Abstractions.Data.IDocumentChangeHandler, NamedIndexDocumentHandler>();
        services.AddSingleton<Cms.Abstractions.Clustering.IClusterCacheHandler, NamedIndexClusterHandler>();
        services.AddRecipeStep<LuceneIndexStep>();
        services.AddRecipeStep<LuceneIndexRebuildStep>();
        services.AddRecipeStep<LuceneIndexResetStep>();
        services.AddScoped<Cms.Abstractions.Queries.IQuerySource, LuceneQuerySource>();
        services.AddScoped<INotFoundContributor, ClosestPagesOnNotFound>();
    }

    public override void MapRoutes(IEndpointRouteBuilder routes)
    {
        routes.MapGet(SearchPage.Path, (Delegate)SearchPage.RenderAsync);
        routes.MapGet(SearchPage.SuggestPath, (Delegate)SearchPage.Suggest);
    }
}
