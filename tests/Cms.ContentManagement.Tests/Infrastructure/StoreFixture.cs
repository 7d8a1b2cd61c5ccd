using Cms.Abstractions.Data;
using Cms.ContentManagement;
using Cms.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Cms.ContentManagement.Tests.Infrastructure;

/// <summary>
/// One fresh store per test class: a temporary SQLite file, or a new PostgreSQL database created from
/// <c>CMS_TEST_POSTGRES</c>. Tests build service providers on it the way the host does (the two module startups).
/// </summary>
public abstract class StoreFixture : IAsyncLifetime
{
    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "cms-core-tests", Guid.NewGuid().ToString("N"));

    /// <summary>Why the tests of this provider cannot run here (null when they can).</summary>
    public string? SkipReason { get; protected set; }

    public abstract string ProviderName { get; }

    protected abstract IDictionary<string, string?> ProviderSettings();

    /// <summary>A service provider as the host builds it (Cms.Data then Cms.ContentManagement startups), plus <paramref name="configure"/>.</summary>
    public ServiceProvider BuildServices(Action<IServiceCollection>? configure = null)
    {
        var settings = new Dictionary<string, string?>(ProviderSettings()) { ["Cms:DataDirectory"] = DataDirectory };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        new Cms.Data.Startup().ConfigureServices(services, configuration);
        new Cms.ContentManagement.Startup().ConfigureServices(services, configuration);
        configure?.Invoke(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    public virtual async Task InitializeAsync()
    {
        await CreateDatabaseAsync();
        if (SkipReason is not null) return;
        await using var services = BuildServices();
        using var scope = services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<IStoreInitializer>().InitializeAsync();
    }

    public virtual async Task DisposeAsync()
    {
        await DropDatabaseAsync();
        try
        {
            if (Directory.Exists(DataDirectory)) Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on some platform: the temp folder is cleaned by the system.
        }
    }

    protected virtual Task CreateDatabaseAsync() => Task.CompletedTask;
    protected virtual Task DropDatabaseAsync() => Task.CompletedTask;
}

public sealed class SqliteStore : StoreFixture
{
    public override string ProviderName => "Sqlite";

    protected override IDictionary<string, string?> ProviderSettings() => new Dictionary<string, string?>
    {
        ["Cms:Database:Provider"] = "Sqlite",
    };

    public override async Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await base.DisposeAsync();
    }
}

public sealed class PostgresStore : StoreFixture
{
    public const string EnvironmentVariable = "CMS_TEST_POSTGRES";

    private readonly string? _server = Environment.GetEnvironmentVariable(EnvironmentVariable);
    private readonly string _database = "cms_test_" + Guid.NewGuid().ToString("N")[..16];

    public override string ProviderName => "Postgres";

    protected override IDictionary<string, string?> ProviderSettings() => new Dictionary<string, string?>
    {
        ["Cms:Database:Provider"] = "Postgres",
        ["ConnectionStrings:Cms"] = new NpgsqlConnectionStringBuilder(_server) { Database = _database }.ConnectionString,
    };

    protected override async Task CreateDatabaseAsync()
    {
        if (string.IsNullOrWhiteSpace(_server))
        {
            if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
            {
                throw new InvalidOperationException(
                    $"{EnvironmentVariable} is not set while CI is: PostgreSQL tests must run in CI (bash .ci/postgres.sh start).");
            }
            SkipReason = $"{EnvironmentVariable} is not set: PostgreSQL tests skipped (bash .ci/postgres.sh start, then export {EnvironmentVariable}=…).";
            return;
        }
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{_database}\"", connection);
        await command.ExecuteNonQueryAsync();
    }

    protected override async Task DropDatabaseAsync()
    {
        if (string.IsNullOrWhiteSpace(_server) || SkipReason is not null) return;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
