using Cms.Abstractions.Content;
using Cms.Abstractions.Data;
using Cms.Abstractions.Migrations;
using Cms.Abstractions.Modules;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.MarkdownImport.Tests;

/// <summary>
/// A fresh store — a SQLite file in a temporary folder, or a new PostgreSQL database on the server named by
/// <c>CMS_TEST_POSTGRES</c> — with the services the host would register for the import: the store, the content
/// core, the four types' migrations and the import module.
/// </summary>
public sealed class TestStore : IAsyncDisposable
{
    public const string PostgresVariable = "CMS_TEST_POSTGRES";

    private readonly string? postgresDatabase;

    private TestStore(string directory, ServiceProvider services, string? postgresDatabase)
    {
        DataDirectory = directory;
        Services = services;
        this.postgresDatabase = postgresDatabase;
    }

    /// <summary>
    /// Why PostgreSQL tests cannot run here (null when they can). Without <c>CMS_TEST_POSTGRES</c> they are skipped,
    /// except when <c>CI</c> is set: then they fail.
    /// </summary>
    public static string? PostgresUnavailable()
    {
        if (!string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(PostgresVariable))) return null;
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
        {
            throw new InvalidOperationException($"{PostgresVariable} n'est pas défini alors que CI l'est : lancez bash .ci/postgres.sh start.");
        }
        return $"{PostgresVariable} n'est pas défini : tests PostgreSQL ignorés (bash .ci/postgres.sh start, puis export {PostgresVariable}=…).";
    }

    public string DataDirectory { get; }
    public ServiceProvider Services { get; }

    public static async Task<TestStore> CreateAsync(Action<IServiceCollection>? configure = null, string provider = "Sqlite")
    {
        var directory = Path.Combine(Path.GetTempPath(), "cms-import-tests", Guid.NewGuid().ToString("N"));
        var settings = new Dictionary<string, string?>
        {
            ["Cms:DataDirectory"] = directory,
            ["Cms:Database:Provider"] = provider,
        };
        string? database = null;
        if (provider == "Postgres")
        {
            var server = Environment.GetEnvironmentVariable(PostgresVariable)!;
            database = "cms_import_" + Guid.NewGuid().ToString("N")[..16];
            await using (var connection = new Npgsql.NpgsqlConnection(server))
            {
                await connection.OpenAsync();
                await using var command = new Npgsql.NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
                await command.ExecuteNonQueryAsync();
            }
            settings["ConnectionStrings:Cms"] = new Npgsql.NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;
        }
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        ModuleStartup[] modules = [new Cms.Data.Startup(), new Cms.ContentManagement.Startup(), new Startup()];
        foreach (var module in modules) module.ConfigureServices(services, configuration);
        services.AddDataMigration<Cms.Events.Migrations>();
        services.AddDataMigration<Cms.Thematiques.Migrations>();
        services.AddDataMigration<Cms.Partners.Migrations>();
        configure?.Invoke(services);
        var serviceProvider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        await using (var scope = serviceProvider.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IStoreInitializer>().InitializeAsync();
            await scope.ServiceProvider.GetRequiredService<IDataMigrationManager>().RunPendingAsync();
        }
        return new TestStore(directory, serviceProvider, database);
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
        if (postgresDatabase is not null)
        {
            Npgsql.NpgsqlConnection.ClearAllPools();
            await using var connection = new Npgsql.NpgsqlConnection(Environment.GetEnvironmentVariable(PostgresVariable));
            await connection.OpenAsync();
            await using var command = new Npgsql.NpgsqlCommand($"DROP DATABASE IF EXISTS \"{postgresDatabase}\" WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }
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
