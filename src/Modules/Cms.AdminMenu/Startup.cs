using Cms.Abstractions.Modules;
using Cms.Abstractions.Recipes;
using Cms.Abstractions.Security;
using Cms.Admin.Navigation;
using Cms.AdminMenu.Services;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.AdminMenu;

/// <summary>Orchard's AdminMenu step: menus of links stored as a document, shown in the back office's navigation.</summary>
public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddFeatureAliases("Admin menu", "OrchardCore.AdminMenu");
        services.AddRecipeStep<AdminMenuStep>();
        services.AddScoped<Cms.Abstractions.Transfer.IRecipeExportSource, AdminMenuExportSource>();
        services.AddScoped<IAdminNavigationSource, AdminMenuNodes>();
        // Orchard's permission for editing admin menus; granted by a Roles step (the menus are set by recipes here).
        services.AddPermission("ManageAdminMenu", "Gérer les menus de l'administration");
    }
}
