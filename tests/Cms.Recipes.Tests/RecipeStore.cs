using Cms.Abstractions.Modules;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Recipes.Tests;

/// <summary>
/// A fresh SQLite store with the services the host would register for the recipes: the store, the content core,
/// the four types' migrations, the recipes and the import step.
/// </summary>
public static class RecipeStore
{
    public static Task<TestStore> CreateAsync(Action<IServiceCollection>? configure = null) =>
        TestStore.StartAsync([new Cms.Data.Startup(), new Cms.ContentManagement.Startup(), new Cms.ContentFields.Startup(), new Cms.Recipes.Startup(), new Cms.MarkdownImport.Startup()], services =>
        {
            services.AddDataMigration<Cms.Events.Migrations>();
            services.AddDataMigration<Cms.Thematiques.Migrations>();
            services.AddDataMigration<Cms.Partners.Migrations>();
            services.AddDataMigration<Cms.Menus.Migrations>();
            configure?.Invoke(services);
        }, name: "cms-recipe-tests");
}
