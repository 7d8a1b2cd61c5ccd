using Cms.Abstractions.Admin;
using Cms.Abstractions.Modules;
using Cms.Abstractions.Recipes;
using Cms.Abstractions.Security;
using Cms.Admin;
using Cms.Display.Liquid;
using Cms.Queries.Liquid;
using Cms.Queries.Services;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Queries;

/// <summary>
/// Named read-only SQL queries over the index tables, as Orchard Core's Queries module: the <c>queries</c> recipe
/// step, the « Requêtes » back-office page (list, edit, run with a preview, delete), and Liquid's <c>query</c> filter.
/// Queries of another source (Orchard's <c>Lucene</c>) run through the <see cref="Cms.Abstractions.Queries.IQuerySource"/>
/// a module registers under that name.
/// </summary>
public sealed class Startup : ModuleStartup
{
    public const string AdminPath = "/admin/requetes";
    /// <summary>« Gérer les requêtes » (Orchard's ManageQueries): create, edit, run and delete named queries.</summary>
    public const string Permission = "ManageQueries";

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddFeatureAliases("Queries", "OrchardCore.Queries", "OrchardCore.Queries.Sql");
        services.AddScoped<SqlQueryRunner>();
        services.AddScoped<QueriesManager>();
        services.AddRecipeStep<QueriesStep>();
        services.AddScoped<Cms.Abstractions.Transfer.IRecipeExportSource, QueriesExportSource>();
        services.AddLiquidFilters<QueryLiquidFilters>();
        services.AddAdminPages(typeof(Startup).Assembly);
        services.AddPermission(Permission, "Gérer les requêtes : créer, modifier, exécuter et supprimer les requêtes nommées");
        services.AuthorizeAdminFolder("/Admin/Queries", Permission);
        services.AddAdminMenuEntry(new AdminMenuEntry("Requêtes", AdminPath, Permission, 72));
    }
}
