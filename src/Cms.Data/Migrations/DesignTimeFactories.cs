using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Cms.Data.Migrations;

/// <summary>
/// Lets <c>dotnet ef</c> build each provider's context without a host:
/// <c>dotnet ef migrations add NAME --project src/Cms.Data --context SqliteCmsDbContext --output-dir Migrations/Sqlite</c>
/// (and <c>PostgresCmsDbContext</c> / <c>Migrations/Postgres</c>). The connection strings are never opened.
/// </summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteCmsDbContext>
{
    public SqliteCmsDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<SqliteCmsDbContext>();
        CmsDataServiceCollectionExtensions.ConfigureSqlite(builder, "Data Source=design-time.db", compiledModel: false);
        return new SqliteCmsDbContext(builder.Options);
    }
}

public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresCmsDbContext>
{
    public PostgresCmsDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<PostgresCmsDbContext>();
        CmsDataServiceCollectionExtensions.ConfigurePostgres(builder, "Host=localhost;Database=cms_design_time", compiledModel: false);
        return new PostgresCmsDbContext(builder.Options);
    }
}
