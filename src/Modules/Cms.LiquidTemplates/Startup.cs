using Cms.Abstractions.Clustering;
using Cms.Abstractions.Admin;
using Cms.Abstractions.Modules;
using Cms.Abstractions.Security;
using Cms.Abstractions.Recipes;
using Cms.Admin;
using Cms.Display.Themes;
using Cms.LiquidTemplates.Services;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Cms.LiquidTemplates;

/// <summary>
/// Liquid templates stored in the database, as Orchard Core's Templates module: they win over the theme's files and
/// the modules' defaults of the same alternate name (<c>Content__LandingPage</c> is our <c>Content-LandingPage</c>).
/// </summary>
public sealed class Startup : ModuleStartup
{
    public const string AdminPath = "/admin/modeles";
    /// <summary>« Gérer les modèles » (Orchard's name): create, edit, preview and delete stored templates.</summary>
    public const string Permission = "ManageTemplates";

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddFeatureAliases("Liquid templates", "OrchardCore.Templates");
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<StoredTemplates>();
        services.AddSingleton<IStoredTemplateSource>(sp => sp.GetRequiredService<StoredTemplates>());
        // Data caches before the page caches: a page rendered after its eviction must not read the old templates.
        services.Insert(0, ServiceDescriptor.Singleton<IClusterCacheHandler>(sp => sp.GetRequiredService<StoredTemplates>()));
        services.AddScoped<IStartupTask, StoredTemplatesStartupTask>();
        services.AddScoped<TemplatesManager>();
        services.AddRecipeStep<TemplatesStep>();
        services.AddScoped<Cms.Abstractions.Transfer.IRecipeExportSource, TemplatesExportSource>();
        services.AddAdminPages(typeof(Startup).Assembly);
        services.AddPermission(Permission, "Gérer les modèles : créer, modifier, prévisualiser et supprimer les modèles Liquid enregistrés");
        services.AuthorizeAdminFolder("/Admin/Templates", Permission);
        services.AddAdminMenuEntry(new AdminMenuEntry("Modèles", AdminPath, Permission, 70));
    }
}
