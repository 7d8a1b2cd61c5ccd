using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Cms.Data.Configuration;

/// <summary>
/// Sets the per-connection SQLite pragmas: NORMAL synchronous (safe with WAL), a busy timeout for concurrent writers,
/// temporary data in memory: the statement journals of multi-row inserts (and sorts) no longer go through files
/// under /var/tmp (nothing durable lives there; an import of 3,000 documents wrote 186,000 pages to them), and the WAL
/// checkpointed into the database every 10,000 pages (40 MB) rather than every 1,000: a bulk import's commits each
/// wrote about 1,500 pages, so nearly every commit also copied the WAL into the database, on the writer's thread, and
/// a page changed by several batches was copied as many times. Commits are as durable as before (WAL, NORMAL).
/// </summary>
internal sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=10000; PRAGMA foreign_keys=ON; PRAGMA temp_store=MEMORY; PRAGMA wal_autocheckpoint=10000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Run(connection);

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void Run(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }
}
