using Cms.Abstractions.Content;
using Cms.Abstractions.Data;
using Cms.Abstractions.Migrations;
using Cms.Abstractions.Modules;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Recipes.Tests;

/// <summary>
/// A fresh SQLite store in a temporary folder with the services the host would register for the import: the
/// store, the content core, the four types' migrations and the import module.
/// </summary>
public sealed class TestStore : IAsyncDisposable
{
    private TestStore(string directory, ServiceProvider services)
    {
        DataDirectory = directory;
        Services = services;
    }

    public string DataDirectory { get; }
    public ServiceProvider Services { get; }

    public static async Task<TestStore> CreateAsync(Action<IServiceCollection>? configure = null)
    {
        var directory = Path.Combine(Path.GetTempPath(), "cms-recipe-tests", Guid.NewGuid().ToString("N"));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Cms:DataDirectory"] = directory,
            ["Cms:Database:Provider"] = "Sqlite",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        ModuleStartup[] modules = [new Cms.Data.Startup(), new Cms.ContentManagement.Startup(), new Cms.Recipes.Startup(), new Cms.MarkdownImport.Startup()];
        foreach (var module in modules) module.ConfigureServices(services, configuration);
        services.AddDataMigration<Cms.Events.Migrations>();
        services.AddDataMigration<Cms.Thematiques.Migrations>();
        services.AddDataMigration<Cms.Partners.Migrations>();
        configure?.Invoke(services);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        await using (var scope = provider.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IStoreInitializer>().InitializeAsync();
            await scope.ServiceProvider.GetRequiredService<IDataMigrationManager>().RunPendingAsync();
        }
        return new TestStore(directory, provider);
    }

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public Task<ContentItem?> LatestAsync(string contentItemId) =>
        InScopeAsync(sp => sp.GetRequiredService<IContentManager>().GetAsync(contentItemId, VersionOptions.Latest));

    public Task<IReadOnlyList<ContentItem>> VersionsAsync(string contentItemId) =>
        InScopeAsync(sp => sp.GetRequiredService<IContentManager>().ListVersionsAsync(contentItemId));

    public Task<IReadOnlyDictionary<string, int>> CountsAsync() =>
        InScopeAsync(sp => sp.GetRequiredService<IContentQuery>().CountByTypeAsync());

    /// <summary>Every version of every item: what an import must not grow when nothing changed.</summary>
    public async Task<int> VersionCountAsync(IEnumerable<string> ids)
    {
        var total = 0;
        foreach (var id in ids) total += (await VersionsAsync(id)).Count;
        return total;
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // left to the system's temp cleaning
        }
    }
}
