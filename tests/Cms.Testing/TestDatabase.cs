using Cms.Data.Configuration;
using Npgsql;

namespace Cms.Testing;

/// <summary>
/// The database of one test store: SQLite (a file in the data directory, nothing to create) or a new PostgreSQL
/// database on the server named by <c>CMS_TEST_POSTGRES</c>, dropped on dispose. Gives the settings that point the
/// store at it, as configuration keys or as host command-line arguments.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "CMS_TEST_POSTGRES";
    public const string Sqlite = nameof(DatabaseProvider.Sqlite);
    public const string Postgres = nameof(DatabaseProvider.Postgres);

    private readonly string? _server;

    private TestDatabase(string provider, string? server, string? postgresDatabase)
    {
        Provider = provider;
        _server = server;
        PostgresDatabase = postgresDatabase;
        var settings = new Dictionary<string, string?> { [CmsDataOptions.ProviderKey] = provider };
        if (postgresDatabase is not null)
        {
            settings[CmsDataOptions.ConnectionStringKey] = new NpgsqlConnectionStringBuilder(server) { Database = postgresDatabase }.ConnectionString;
        }
        Settings = settings;
    }

    /// <summary><see cref="Sqlite"/> or <see cref="Postgres"/>.</summary>
    public string Provider { get; }

    /// <summary>The PostgreSQL database created for this store (null on SQLite).</summary>
    public string? PostgresDatabase { get; }

    /// <summary>The store's configuration: <c>Cms:Database:Provider</c>, and <c>ConnectionStrings:Cms</c> on PostgreSQL.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; }

    /// <summary><see cref="Settings"/> as host arguments (<c>--key=value</c>).</summary>
    public IEnumerable<string> Arguments => Settings.Select(setting => $"--{setting.Key}={setting.Value}");

    /// <summary>
    /// Why <paramref name="provider"/>'s tests cannot run here (null when they can). PostgreSQL needs
    /// <c>CMS_TEST_POSTGRES</c>: without it the tests are skipped, except when <c>CI</c> is set: then this throws and
    /// they fail.
    /// </summary>
    public static string? Unavailable(string provider) => provider == Postgres ? PostgresUnavailable() : null;

    /// <inheritdoc cref="Unavailable"/>
    public static string? PostgresUnavailable()
    {
        if (!string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(PostgresVariable))) return null;
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
        {
            throw new InvalidOperationException(
                $"{PostgresVariable} is not set while CI is: PostgreSQL tests must run in CI (bash .ci/postgres.sh start).");
        }
        return $"{PostgresVariable} is not set: PostgreSQL tests skipped (bash .ci/postgres.sh start, then export {PostgresVariable}=…).";
    }

    /// <summary>
    /// The database of a new store on <paramref name="provider"/>; on PostgreSQL, creates a database named
    /// <paramref name="prefix"/> followed by a random suffix. Call <see cref="Unavailable"/> first: this does not skip.
    /// </summary>
    public static async Task<TestDatabase> CreateAsync(string provider = Sqlite, string prefix = "cms_test_")
    {
        if (provider == Sqlite) return new TestDatabase(provider, null, null);
        if (provider != Postgres) throw new ArgumentException($"Unknown database provider: {provider} (expected {Sqlite} or {Postgres}).", nameof(provider));
        var server = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(server)) throw new InvalidOperationException(PostgresUnavailable());
        var database = prefix + Guid.NewGuid().ToString("N")[..16];
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
        await command.ExecuteNonQueryAsync();
        return new TestDatabase(provider, server, database);
    }

    /// <summary>
    /// Drops the PostgreSQL database. Best effort: the cluster is a throwaway one, so a drop that keeps failing (a
    /// connection still closing) is reported on the console rather than failing the tests that passed.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (PostgresDatabase is null) return;
        NpgsqlConnection.ClearAllPools();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var connection = new NpgsqlConnection(_server);
                await connection.OpenAsync();
                await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{PostgresDatabase}\" WITH (FORCE)", connection);
                await command.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException e) when (attempt < 3)
            {
                Console.Error.WriteLine($"DROP DATABASE {PostgresDatabase}: {e.SqlState} {e.MessageText}; nouvel essai.");
                await Task.Delay(TimeSpan.FromSeconds(attempt));
            }
            catch (PostgresException e)
            {
                Console.Error.WriteLine($"DROP DATABASE {PostgresDatabase} failed: {e.SqlState} {e.MessageText}; left in the throwaway cluster.");
                return;
            }
        }
    }
}
