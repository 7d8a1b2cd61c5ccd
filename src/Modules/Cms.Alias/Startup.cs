using Cms.Abstractions.Clustering;
using Cms.Abstractions.Content;
using Cms.Abstractions.ContentKinds;
using Cms.Abstractions.Modules;
using Cms.Abstractions.Recipes;
using Cms.Alias.Editors;
using Cms.Alias.Handlers;
using Cms.Alias.Liquid;
using Cms.Alias.Models;
using Cms.Alias.Services;
using Cms.Display.Liquid;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Alias;

/// <summary>
/// Orchard Core's <c>AliasPart</c> (<c>{ "Alias": "main-menu" }</c>): unique per item, checked on every save and
/// import; <see cref="IAliasLookup"/> finds items by alias; the Liquid filters <c>content_item_id</c> and
/// <c>content_item</c> take <c>"alias:main-menu"</c>.
/// </summary>
public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddFeatureAliases("Alias", "OrchardCore.Alias");
        services.AddContentPart<AliasPart>().UseEditor<AliasPartEditor>();
        services.AddContentHandler<AliasPartHandler>();
        services.AddSingleton<AliasTable>();
        // First among the handlers: the table is forgotten before the output cache evicts the pages built from it.
        services.Insert(0, ServiceDescriptor.Scoped<IContentHandler, AliasTableHandler>());
        services.AddSingleton<IClusterCacheHandler>(sp => new AliasTableHandler(sp.GetRequiredService<AliasTable>()));
        services.AddScoped<IAliasLookup, AliasLookup>();
        services.AddLiquidFilters<AliasLiquidFilters>();
    }
}
