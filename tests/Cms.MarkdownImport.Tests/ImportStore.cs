using Cms.Abstractions.Modules;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.MarkdownImport.Tests;

/// <summary>
/// A fresh store with the services the host would register for the import: the store, the content core, the four
/// types' migrations and the import module.
/// </summary>
public static class ImportStore
{
    public static Task<TestStore> CreateAsync(Action<IServiceCollection>? configure = null, string provider = TestDatabase.Sqlite) =>
        TestStore.StartAsync([new Cms.Data.Startup(), new Cms.ContentManagement.Startup(), new Cms.ContentFields.Startup(), new Startup()], services =>
        {
            services.AddDataMigration<Cms.Events.Migrations>();
            services.AddDataMigration<Cms.Thematiques.Migrations>();
            services.AddDataMigration<Cms.Partners.Migrations>();
            configure?.Invoke(services);
        }, provider, name: "cms-import-tests", databasePrefix: "cms_import_");
}
