using Cms.Abstractions.Admin;
using Cms.Abstractions.Clustering;
using Cms.Abstractions.ContentKinds;
using Cms.Abstractions.Display;
using Cms.Abstractions.Editing;
using Cms.Abstractions.Modules;
using Cms.Abstractions.Recipes;
using Cms.Abstractions.Security;
using Cms.Abstractions.Transfer;
using Cms.Admin;
using Cms.Layers.Editors;
using Cms.Layers.Services;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Cms.Layers;

/// <summary>
/// Layers and widgets, as Orchard Core's Layers and Rules modules: the layers (rules) in a document, the published
/// widgets placed in the layout's zones of the pages whose request matches their layer, the <c>layers</c> recipe step
/// and its export, the « Widgets » back-office page and the widget's placement in its edit form.
/// </summary>
public sealed class Startup : ModuleStartup
{
    public const string AdminPath = "/admin/widgets";
    /// <summary>« Gérer les calques et les widgets » (Orchard's ManageLayers).</summary>
    public const string Permission = "ManageLayers";
    /// <summary>The zones the DSFR layout declares (a theme may declare others: a widget may name any zone).</summary>
    public static readonly string[] LayoutZones = ["Header", "Content", "Footer"];

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddFeatureAliases("Layers", "OrchardCore.Layers", "OrchardCore.Rules", "OrchardCore.Widgets");
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<WidgetCatalog>();
        services.AddSingleton<IClusterCacheHandler, WidgetCacheHandler>();
        services.AddScoped<IStartupTask, WidgetCatalogStartupTask>();
        services.AddScoped<ILayoutZoneSource, WidgetZoneSource>();
        services.AddContentHandler<WidgetChangeHandler>();
        services.AddScoped<LayersManager>();
        services.AddRecipeStep<LayersStep>();
        services.AddScoped<IRecipeExportSource, LayersExportSource>();
        services.AddContentPart<LayerMetadata>().UseEditor<LayerMetadataEditor>();
        services.AddSingleton<IEditorPartSource, LayerMetadataEditorSource>();
        services.AddAdminPages(typeof(Startup).Assembly);
        services.AddPermission(Permission, "Gérer les calques et les widgets : règles d'affichage, widgets placés dans les zones de la mise en page");
        services.AuthorizeAdminFolder("/Admin/Layers", Permission);
        services.AddAdminMenuEntry(new AdminMenuEntry("Widgets", AdminPath, Permission, 74));
    }
}
