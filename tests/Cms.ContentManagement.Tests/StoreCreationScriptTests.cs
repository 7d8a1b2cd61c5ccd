using System.Data.Common;
using Cms.Data;
using Cms.Data.Configuration;
using Cms.Data.Migrations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.ContentManagement.Tests;

/// <summary>
/// A new store is created from each provider's <see cref="StoreCreationScript"/> instead of <c>MigrateAsync</c>: the
/// script must be what the migrations generate, and the store it makes the one they make (same tables, indexes and
/// constraints, same <c>__EFMigrationsHistory</c> rows, so later migrations apply to it as to any other).
/// </summary>
public class StoreCreationScriptTests
{
    private const string Regenerate =
        "regenerate it: dotnet ef migrations script --no-transactions --project src/Cms.Data --startup-project src/Cms.Data " +
        "--context {0}CmsDbContext -o src/Cms.Data/Migrations/{0}/CreateStore.sql (src/Cms.Data/README.md, \"Changing the schema\")";

    [Fact]
    public void The_SQLite_script_is_what_the_migrations_generate()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);
        AssertScriptGenerated(db, DatabaseProvider.Sqlite);
    }

    [Fact]
    public void The_PostgreSQL_script_is_what_the_migrations_generate()
    {
        using var db = new PostgresDesignTimeFactory().CreateDbContext([]);
        AssertScriptGenerated(db, DatabaseProvider.Postgres);
    }

    [Fact]
    public Task A_SQLite_store_created_from_the_script_is_the_one_the_migrations_make() =>
        AssertSameStoreAsync(TestDatabase.Sqlite, SqliteSchemaQuery);

    [SkippableFact]
    public Task A_PostgreSQL_store_created_from_the_script_is_the_one_the_migrations_make()
    {
        var unavailable = TestDatabase.PostgresUnavailable();
        Skip.If(unavailable is not null, unavailable);
        return AssertSameStoreAsync(TestDatabase.Postgres, PostgresSchemaQuery);
    }

    private static void AssertScriptGenerated(DbContext db, DatabaseProvider provider)
    {
        var generated = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.NoTransactions);
        var embedded = StoreCreationScript.For(provider);
        Assert.True(Normalize(generated) == Normalize(embedded),
            $"Migrations/{provider}/CreateStore.sql differs from what the migrations generate: " + string.Format(Regenerate, provider));
    }

    private static string Normalize(string script) => script.TrimStart('\uFEFF').ReplaceLineEndings("\n").Trim();

    private static async Task AssertSameStoreAsync(string provider, string schemaQuery)
    {
        await using var fromScript = await TestStore.CreateAsync([new Cms.Data.Startup()], provider, "store-script", "cms_script_");
        await using var fromMigrations = await TestStore.CreateAsync([new Cms.Data.Startup()], provider, "store-migrations", "cms_migrations_");
        await fromScript.InitializeSchemaAsync();
        await using (var services = fromMigrations.BuildServices())
        await using (var scope = services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<CmsDataOptions>().EnsureDirectories();
            await scope.ServiceProvider.GetRequiredService<CmsDbContext>().Database.MigrateAsync();
        }

        var script = await DescribeAsync(fromScript, schemaQuery);
        var migrations = await DescribeAsync(fromMigrations, schemaQuery);
        Assert.NotEmpty(script.Schema);
        Assert.Equal(migrations.Schema, script.Schema);
        Assert.Equal(migrations.History, script.History);
        Assert.Empty(script.Pending);
    }

    private static async Task<(List<string> Schema, List<string> History, List<string> Pending)> DescribeAsync(TestStore store, string schemaQuery)
    {
        await using var services = store.BuildServices();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        var schema = await ReadRowsAsync(db, schemaQuery);
        var history = await ReadRowsAsync(db, "SELECT \"MigrationId\", \"ProductVersion\" FROM \"__EFMigrationsHistory\" ORDER BY \"MigrationId\"");
        var pending = (await db.Database.GetPendingMigrationsAsync()).ToList();
        return (schema, history, pending);
    }

    private static async Task<List<string>> ReadRowsAsync(CmsDbContext db, string sql)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await using var reader = await command.ExecuteReaderAsync();
            var rows = new List<string>();
            while (await reader.ReadAsync()) rows.Add(Row(reader));
            return rows;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static string Row(DbDataReader reader) =>
        string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "NULL" : Convert.ToString(reader.GetValue(i))));

    // EF's migration lock table (__EFMigrationsLock) is MigrateAsync's own: it takes its lock there, the script needs none.
    private const string SqliteSchemaQuery =
        "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE '__EFMigrationsLock%' ORDER BY type, name";

    private const string PostgresSchemaQuery = """
        SELECT 'column', table_name, column_name || ' ' || data_type || ' ' || is_nullable || ' ' || coalesce(column_default, '') || ' ' || coalesce(character_maximum_length::text, '')
          FROM information_schema.columns WHERE table_schema = 'public'
        UNION ALL SELECT 'index', tablename, indexdef FROM pg_indexes WHERE schemaname = 'public'
        UNION ALL SELECT 'constraint', conrelid::regclass::text, conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint WHERE connamespace = 'public'::regnamespace
        ORDER BY 1, 2, 3
        """;
}
