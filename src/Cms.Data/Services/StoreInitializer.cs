using Cms.Abstractions.Data;
using Cms.Data.Configuration;
using Microsoft.EntityFrameworkCore;

namespace Cms.Data.Services;

/// <summary>
/// Applies the EF Core migrations of the configured provider; SQLite databases are switched to WAL. An up-to-date
/// store is left as it is: EF's <c>MigrateAsync</c> would still take its migration lock and compare the model with the
/// last migration's snapshot (building both), about a tenth of a command's start-up; that comparison is
/// <c>StoreModelTests</c>' job, and a new store still goes through it.
/// </summary>
public sealed class StoreInitializer(CmsDbContext db, CmsDataOptions options, MigrationJournal journal) : IStoreInitializer
{
    public async Task<bool> InitializeAsync(CancellationToken cancellationToken = default)
    {
        options.EnsureDirectories();
        var applied = await db.Database.GetAppliedMigrationsAsync(cancellationToken);
        var created = !applied.Any();
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0) await db.Database.MigrateAsync(cancellationToken);
        foreach (var migration in pending) journal.Add($"schema: {migration} ({options.Provider})");
        if (options.Provider == DatabaseProvider.Sqlite)
        {
            // WAL is a property of the database file: set once, kept by every later connection.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
        return created;
    }
}
