using Cms.Abstractions.Data;
using Cms.Data.Configuration;
using Microsoft.EntityFrameworkCore;

namespace Cms.Data.Services;

/// <summary>Applies the EF Core migrations of the configured provider; SQLite databases are switched to WAL.</summary>
public sealed class StoreInitializer(CmsDbContext db, CmsDataOptions options, MigrationJournal journal) : IStoreInitializer
{
    public async Task<bool> InitializeAsync(CancellationToken cancellationToken = default)
    {
        options.EnsureDirectories();
        var applied = await db.Database.GetAppliedMigrationsAsync(cancellationToken);
        var created = !applied.Any();
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        await db.Database.MigrateAsync(cancellationToken);
        foreach (var migration in pending) journal.Add($"schema: {migration} ({options.Provider})");
        if (options.Provider == DatabaseProvider.Sqlite)
        {
            // WAL is a property of the database file: set once, kept by every later connection.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
        return created;
    }
}
