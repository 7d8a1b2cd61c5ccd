using Cms.Abstractions.Recipes;
using Cms.Abstractions.ContentKinds;
using Cms.Abstractions.Display;
using Cms.Abstractions.Modules;
using Cms.Taxonomies.Display;
using Cms.Taxonomies.Editors;
using Cms.Taxonomies.Indexing;
using Cms.Taxonomies.Models;
using Cms.Taxonomies.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Taxonomies;

/// <summary>
/// Orchard Core's Taxonomies: the <c>Taxonomy</c> type (migration), <c>TaxonomyPart</c> (its terms, listed on its page and edited in the taxonomy's form),
/// <c>TermPart</c> (welded on each term: the term's page lists the items carrying it), <c>TaxonomyField</c> (editor in
/// terms or tags mode, indexed, shown as tags) and the term pages at their paths under the taxonomy's.
/// </summary>
public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddFeatureAliases("Taxonomies", "OrchardCore.Taxonomies");
        services.AddDataMigration<Migrations>();
        services.AddContentPart(TaxonomyPart.Name, typeof(object)).UseDisplayDriver<TaxonomyPartDisplayDriver>().UseEditor<TaxonomyPartEditor>();
        services.AddContentPart<TermPart>().UseDisplayDriver<TermPartDisplayDriver>();
        services.AddContentField<TaxonomyField>()
            .WithSettings<TaxonomyFieldSettings>()
            .UseDisplayDriver<TaxonomyFieldDisplayDriver>()
            .UseEditor<TaxonomyFieldEditor>()
            .UseIndexProvider<TaxonomyFieldIndexProvider>(IndexValueKind.Reference);
        services.AddScoped<IContentRouteResolver, TermRouteResolver>();
    }
}
