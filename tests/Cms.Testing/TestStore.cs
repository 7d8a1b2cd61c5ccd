using Cms.Abstractions.Content;
using Cms.Abstractions.Data;
using Cms.Abstractions.Migrations;
using Cms.Abstractions.Modules;
using Cms.Data.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Testing;

/// <summary>
/// A fresh store — a SQLite file in a temporary data directory, or a new PostgreSQL database (see
/// <see cref="TestDatabase"/>) — and the services the host would register on it: the given module startups'
/// <see cref="ModuleStartup.ConfigureServices"/>, in order, plus the test's own registrations.
/// </summary>
public sealed class TestStore : IAsyncDisposable
{
    private readonly IReadOnlyList<ModuleStartup> _modules;
    private ServiceProvider? _services;

    private TestStore(string dataDirectory, TestDatabase database, IReadOnlyList<ModuleStartup> modules)
    {
        DataDirectory = dataDirectory;
        Database = database;
        _modules = modules;
        Configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>(database.Settings) { [CmsDataOptions.DataDirectoryKey] = dataDirectory })
            .Build();
    }

    /// <summary>The store's data directory (holds the SQLite file); not created until the store is.</summary>
    public string DataDirectory { get; }

    public TestDatabase Database { get; }

    /// <summary><c>Cms:DataDirectory</c> and the database settings, as the host would read them.</summary>
    public IConfiguration Configuration { get; }

    /// <summary>The services built by <see cref="StartAsync"/>, disposed with the store.</summary>
    public ServiceProvider Services => _services ?? throw new InvalidOperationException("The test store is not started (StartAsync).");

    /// <summary>
    /// The database and data directory of a new store on <paramref name="provider"/>, served by
    /// <paramref name="modules"/>; <paramref name="name"/> names the temporary folder, <paramref name="databasePrefix"/>
    /// the PostgreSQL database. Nothing is built nor initialized yet.
    /// </summary>
    public static async Task<TestStore> CreateAsync(IEnumerable<ModuleStartup> modules, string provider = TestDatabase.Sqlite,
        string name = "cms-tests", string databasePrefix = "cms_test_")
    {
        var database = await TestDatabase.CreateAsync(provider, databasePrefix);
        return new TestStore(TestDirectory.NewPath(name), database, modules.ToArray());
    }

    /// <summary>
    /// Creates a store, builds its <see cref="Services"/> with <paramref name="configure"/>, creates its schema and
    /// runs the pending data migrations (see <see cref="StartAsync"/>).
    /// </summary>
    public static async Task<TestStore> StartAsync(IEnumerable<ModuleStartup> modules, Action<IServiceCollection>? configure = null,
        string provider = TestDatabase.Sqlite, string name = "cms-tests", string databasePrefix = "cms_test_")
    {
        var store = await CreateAsync(modules, provider, name, databasePrefix);
        try
        {
            await store.StartAsync(configure);
            return store;
        }
        catch
        {
            await store.DisposeAsync();
            throw;
        }
    }

    /// <summary>A service provider as the host builds it (logging, configuration, the modules' services), plus <paramref name="configure"/>.</summary>
    public ServiceProvider BuildServices(Action<IServiceCollection>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(Configuration);
        foreach (var module in _modules) module.ConfigureServices(services, Configuration);
        configure?.Invoke(services);
        ServiceDecorations.Apply(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    /// <summary>Creates the store's schema with a service provider of its own, disposed afterwards.</summary>
    public async Task InitializeSchemaAsync()
    {
        await using var services = BuildServices();
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IStoreInitializer>().InitializeAsync();
    }

    /// <summary>Builds <see cref="Services"/>, creates the schema and runs the pending data migrations with them.</summary>
    public async Task StartAsync(Action<IServiceCollection>? configure = null)
    {
        if (_services is not null) throw new InvalidOperationException("The test store is already started.");
        _services = BuildServices(configure);
        await using var scope = _services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IStoreInitializer>().InitializeAsync();
        await scope.ServiceProvider.GetRequiredService<IDataMigrationManager>().RunPendingAsync();
    }

    /// <summary>Runs <paramref name="work"/> in a new scope of <see cref="Services"/> (as one request or one command would).</summary>
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
        if (_services is not null) await _services.DisposeAsync();
        await Database.DisposeAsync();
        TestDirectory.Delete(DataDirectory);
    }
}
