using Cms.Abstractions.Admin;
using Cms.Abstractions.Recipes;
using Cms.Abstractions.Security;
using Cms.Data.Identity;
using Cms.Abstractions.Modules;
using Cms.Admin;
using Cms.Redirects.Handlers;
using Cms.Redirects.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Cms.Redirects;

/// <summary>
/// Old addresses keep working: redirects stored in the database (typed in « Redirections », made when an item's
/// address changes, or from an imported document's Jekyll URL and <c>redirect_from:</c>), answered with 301 before
/// any page is looked up; old <c>/uploads/…</c> media URLs too.
/// </summary>
public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddFeatureAliases("Redirects", "OrchardCore.UrlRewriting");
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<RedirectTable>();
        services.AddScoped<RedirectStore>();
        services.AddContentHandler<RedirectContentHandler>();
        services.AddAdminPages(typeof(Startup).Assembly);
        services.AddPermission(RedirectRoutes.Permission, "Gérer les redirections : lister, ajouter, modifier, supprimer, importer et exporter", CmsRoles.Editor);
        services.AuthorizeAdminFolder("/Admin/Redirects", RedirectRoutes.Permission);
        services.AddAdminMenuEntry(new AdminMenuEntry("Redirections", RedirectRoutes.Admin, RedirectRoutes.Permission, 60));
    }

    public override void Configure(IApplicationBuilder app) => app.UseMiddleware<RedirectMiddleware>();
}
