using Cms.Abstractions.ContentKinds;
using Cms.Abstractions.Display;
using Cms.Abstractions.Modules;
using Cms.Abstractions.Recipes;
using Cms.Admin;
using Cms.Abstractions.Admin;
using Cms.Menus.Editors;
using Cms.Menus.Services;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Menus;

/// <summary>
/// Orchard Core's menus: the <c>Menu</c> type and its item types by migration, the menu editor
/// (<c>/admin/menus/{id}</c>), and the site's header and footer navigation from the published menus aliased
/// <c>main-menu</c> and <c>footer-menu</c> (an <see cref="INavigationMenuSource"/>; without them the layout keeps the
/// navigation entries and its own footer links).
/// </summary>
public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddFeatureAliases("Menus", "OrchardCore.Menu");
        services.AddDataMigration<Migrations>();
        services.AddContentPart(MenuTypes.ItemsPart, typeof(object)).UseEditor<MenuItemsListPartEditor>();
        var menuCache = new MenuCacheOptions();
        configuration.GetSection("Cms:MenuCache").Bind(menuCache);
        services.AddSingleton(menuCache);
        services.AddSingleton<MenuLinksCache>();
        services.AddScoped<INavigationMenuSource, MenuNavigationSource>();
        services.AddAdminPages(typeof(Startup).Assembly);
        services.AddAdminMenuEntry(new AdminMenuEntry("Menus", "/admin?type=" + MenuTypes.Menu, Cms.Admin.Security.Permissions.EditContent, 15) { AlsoCurrentUnder = ["/admin/menus"] });
    }
}
