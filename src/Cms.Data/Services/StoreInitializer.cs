using Cms.Abstractions.Data;
using Cms.Data.Configuration;
using Cms.Data.Migrations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Cms.Data.Services;

/// <summary>
/// Applies the EF Core migrations of the configured provider; SQLite databases are switched to WAL. An up-to-date
/// store is left as it is: EF's <c>MigrateAsync</c> would still take its migration lock and compare the model with the
/// last migration's snapshot (building both), about a tenth of a command's start-up; that comparison is
/// <c>StoreModelTests</c>' job. A new store is created from the provider's <see cref="StoreCreationScript"/> (every
/// migration's SQL and history row, in one transaction) rather than by <c>MigrateAsync</c>, which would build each
/// migration's target model to generate the same SQL; a store with some migrations applied still goes through it.
/// </summary>
public sealed class StoreInitializer(CmsDbContext db, CmsDataOptions options, MigrationJournal journal) : IStoreInitializer
{
    public async Task<bool> InitializeAsync(CancellationToken cancellationToken = default)
    {
        options.EnsureDirectories();
        var applied = await db.Database.GetAppliedMigrationsAsync(cancellationToken);
        var created = !applied.Any();
        var pending = db.Database.GetMigrations().Except(applied).ToList();
        if (created) await CreateAsync(cancellationToken);
        else if (pending.Count > 0) await db.Database.MigrateAsync(cancellationToken);
        foreach (var migration in pending) journal.Add($"schema: {migration} ({options.Provider})");
        if (options.Provider == DatabaseProvider.Sqlite)
        {
            // WAL is a property of the database file: set once, kept by every later connection.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
        return created;
    }

    /// <summary>The database when missing (a PostgreSQL database, a SQLite file), then the creation script in one transaction.</summary>
    private async Task CreateAsync(CancellationToken cancellationToken)
    {
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (!await creator.ExistsAsync(cancellationToken)) await creator.CreateAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync(StoreCreationScript.For(options.Provider), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
