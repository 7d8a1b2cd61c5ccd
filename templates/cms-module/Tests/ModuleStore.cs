using Cms.Testing;

namespace Sample.Module.Tests;

/// <summary>A fresh SQLite store with the content core, the recipes and this module, its migration run.</summary>
public static class ModuleStore
{
    public static Task<TestStore> StartAsync() =>
        TestStore.StartAsync([new Cms.Data.Startup(), new Cms.ContentManagement.Startup(), new Cms.Recipes.Startup(), new Startup()],
            name: "sample-module-tests");
}
